"""CSV export: Excel-safe, round-trips, atomic, never truncated."""

from __future__ import annotations

import csv
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
