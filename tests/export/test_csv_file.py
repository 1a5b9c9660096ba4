"""CSV export: Excel-safe, round-trips, atomic, never truncated."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop.export.csv_file import (
    CsvOptions,
    ExportCancelled,
    cell_text,
    excel_safe,
    write_csv,
)


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_round_trip_with_commas_quotes_newlines_and_chinese(tmp_path: Path) -> None:
    rows = [
        ["即墨区", 'He said "hi", then left', "line one\nline two", 1513.33],
        ["蓝谷, 青岛", "", None, 1780.0],
    ]
    target = tmp_path / "out.csv"
    assert write_csv(target, ["name", "text", "note", "value"], rows) == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_back(target) == [
        ["name", "text", "note", "value"],
        ["即墨区", 'He said "hi", then left', "line one\nline two", "1513.33"],
        ["蓝谷, 青岛", "", "", "1780"],
    ]


def test_no_bom_option(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv(target, ["a"], [["即墨"]], CsvOptions(bom=False))
    assert target.read_bytes().startswith(b"a\r\n")


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+CMD|' /C calc'!A0", "'+CMD|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("-12.5", "-12.5"),
        ("+7", "+7"),
        ("-1,234.5", "-1,234.5"),
        ("1e-3", "1e-3"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised_numbers_left_alone(cell: str, safe: str) -> None:
    assert excel_safe(cell) == safe


def test_raw_mode_keeps_formulas(tmp_path: Path) -> None:
    target = tmp_path / "raw.csv"
    write_csv(target, ["f"], [["=1+1"], [-3.5]], CsvOptions(excel_safe=False))
    assert read_back(target) == [["f"], ["=1+1"], ["-3.5"]]
    safe = tmp_path / "safe.csv"
    write_csv(safe, ["f"], [["=1+1"], [-3.5]])
    assert read_back(safe) == [["f"], ["'=1+1"], ["-3.5"]]


def test_failure_mid_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old content", encoding="utf-8")

    def rows():
        yield ["ok"]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_csv(target, ["a"], rows())
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    seen = []

    def progress(count: int) -> bool:
        seen.append(count)
        return False

    with pytest.raises(ExportCancelled):
        write_csv(target, ["n"], ([i] for i in range(2000)), progress=progress)
    assert seen == [500]
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_large_export_is_not_truncated(tmp_path: Path) -> None:
    target = tmp_path / "big.csv"
    counts = []
    assert write_csv(target, ["n"], ([i] for i in range(12345)), progress=counts.append) == 12345
    assert len(read_back(target)) == 12346
    assert counts[-1] == 12345


def test_cell_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(3.0) == "3"
    assert cell_text(0.1) == "0.1"
    assert cell_text(True) == "yes"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=20), min_size=2, max_size=2), max_size=10))
def test_any_text_round_trips_in_raw_mode(tmp_path_factory: pytest.TempPathFactory, rows) -> None:
    target = tmp_path_factory.mktemp("rt") / "x.csv"
    write_csv(target, ["a", "b"], rows, CsvOptions(excel_safe=False))
    back = read_back(target)[1:]
    normalise = [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] for row in rows]
    assert [[c.replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in back] == normalise


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("\t5", "'\t5"),  # a tab before a number is not a plain number
        ("\r-3", "'\r-3"),
        ("-5\n", "'-5\n"),  # nor is a number with a line break after it
        ("-", "'-"),
        ("+", "'+"),
        ("=", "'="),
        ("-0.5e-3", "-0.5e-3"),
        ("即墨=1", "即墨=1"),  # only the first character counts
        ("'=1", "'=1"),
    ],
)
def test_formula_edge_cases(cell: str, safe: str) -> None:
    assert excel_safe(cell) == safe


def test_headers_are_neutralised_too(tmp_path: Path) -> None:
    target = tmp_path / "h.csv"
    write_csv(target, ["=cmd", "名称"], [["a", "b"]])
    assert read_back(target)[0] == ["'=cmd", "名称"]


def test_bom_only_once_and_utf8_without_it(tmp_path: Path) -> None:
    with_bom, without = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(with_bom, ["名称"], [["即墨"]])
    write_csv(without, ["名称"], [["即墨"]], CsvOptions(bom=False))
    assert with_bom.read_bytes() == b"\xef\xbb\xbf" + without.read_bytes()
    assert without.read_bytes().decode("utf-8") == "名称\r\n即墨\r\n"


def test_write_errors_are_described_in_one_line(tmp_path: Path) -> None:
    from jimo_desktop.export.csv_file import describe_write_error

    missing = tmp_path / "no" / "such" / "out.csv"
    with pytest.raises(FileNotFoundError) as caught:
        write_csv(missing, ["a"], [["b"]])
    message = describe_write_error(missing, caught.value)
    assert "does not exist" in message and "\n" not in message
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises((IsADirectoryError, PermissionError)) as caught:  # Windows: permission
        write_csv(folder, ["a"], [["b"]])
    assert "it is a folder" in describe_write_error(folder, caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.csv"], "no temp file left"


# --------------------------------------------------------------------------- the target


def untouched_rows(seen: list[int]):
    """Rows that record whether the export began to read them."""
    seen.append(0)
    yield ["b"]


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def refuse(target: Path, expected: str) -> str:
    """Write ``target``, which must be refused before a row is read; the one-line message."""
    from jimo_desktop.export.csv_file import describe_write_error
    from jimo_desktop.safe_write import RefusedTarget

    seen: list[int] = []
    with pytest.raises(RefusedTarget) as caught:
        write_csv(target, ["a"], untouched_rows(seen))
    assert seen == [], "refused before anything was written"
    message = describe_write_error(target, caught.value)
    assert expected in message, message
    assert "\n" not in message and target.name in message
    return message


def test_a_name_too_long_is_one_line_naming_the_file(tmp_path: Path) -> None:
    from jimo_desktop.export.csv_file import describe_write_error

    target = tmp_path / ("长" * 100 + ".csv")  # 304 bytes: over any file system's 255
    with pytest.raises(OSError, match="too long") as caught:
        write_csv(target, ["a"], [["b"]])
    message = describe_write_error(target, caught.value)
    assert "the file name is too long" in message and "长长长" in message
    assert "\n" not in message
    assert listing(tmp_path) == []


def test_a_name_that_fits_gets_a_temporary_file_that_fits(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 250 + ".csv")  # 254 bytes: ".NAME.TOKEN.tmp" would not fit
    assert write_csv(target, ["a"], [["b"]]) == 1
    assert listing(tmp_path) == [target.name]


def test_a_missing_folder_with_a_line_break_in_its_name_is_one_line(tmp_path: Path) -> None:
    from jimo_desktop.export.csv_file import describe_write_error

    target = tmp_path / "two\nlines" / "out\x1b.csv"
    with pytest.raises(FileNotFoundError) as caught:
        write_csv(target, ["a"], [["b"]])
    message = describe_write_error(target, caught.value)
    assert "does not exist" in message and "two\\nlines" in message and "out\\x1b.csv" in message
    assert "\n" not in message and "\x1b" not in message
    assert listing(tmp_path) == []


def test_a_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    refuse(folder, "it is a folder")
    assert listing(tmp_path) == ["folder.csv"] and folder.is_dir()


def test_a_device_is_refused_and_stays_a_device(tmp_path: Path) -> None:
    device = tmp_path / "null.csv"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
    except (PermissionError, AttributeError):
        pytest.skip("devices can only be made by root on Linux")
    refuse(device, "it is a device")
    assert stat.S_ISCHR(os.lstat(device).st_mode) and listing(tmp_path) == ["null.csv"]


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    refuse(fifo, "it is a pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and listing(tmp_path) == ["pipe.csv"]


def test_a_link_to_a_file_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real.name)
    write_csv(link, ["a"], [["b"]])
    assert link.is_symlink() and os.readlink(link) == real.name
    assert read_back(real) == [["a"], ["b"]]
    assert stat.S_IMODE(real.stat().st_mode) == 0o640, "the file keeps its mode"
    assert listing(tmp_path) == ["link.csv", "real.csv"]


def test_a_link_to_nothing_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to("nowhere.csv")
    message = refuse(link, "which does not exist")
    assert "nowhere.csv" in message
    assert link.is_symlink() and listing(tmp_path) == ["link.csv"]


def test_a_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    target = tmp_path / "kept.csv"
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    refuse(target, "the file is read-only")
    assert target.read_bytes() == b"keep me" and listing(tmp_path) == ["kept.csv"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        write_csv(tmp_path / "new.csv", ["a"], [["b"]])
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "old.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    previous = os.umask(0o077)
    try:
        write_csv(target, ["a"], [["b"]])
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664 and read_back(target) == [["a"], ["b"]]


def test_ctrl_c_mid_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old bytes")

    def rows():
        yield ["ok"]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(target, ["a"], rows())
    assert target.read_bytes() == b"old bytes" and listing(tmp_path) == ["out.csv"]


def test_cells_with_lone_surrogates_and_control_characters_are_written(tmp_path: Path) -> None:
    target = tmp_path / "odd.csv"
    odd = "a\ud800b\x00c\x1b\ufffe"
    write_csv(target, [odd], [[odd]])
    assert read_back(target) == [["a\ufffdb\x00c\x1b\ufffe"]] * 2
