"""``jimo-desktop export``: the real entry point in a subprocess, as a user runs it."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jimo_desktop import paths
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.export.columns import KINDS
from jimo_desktop.store import STORE_NAME, UserStore

DB = paths.source_checkout_database()
TABLE_KINDS = [k for k in KINDS if k != "shortlist"]

pytestmark = pytest.mark.slow


def run(*args: str, profile: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, paths.PROFILE_ENV: str(profile)}
    env.pop("QT_QPA_PLATFORM", None)  # the export needs no display at all
    return subprocess.run(
        [sys.executable, "-m", "jimo_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False, cwd=cwd,
    )  # fmt: skip


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.mark.parametrize("kind", TABLE_KINDS)
def test_export_has_as_many_rows_as_the_database(kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.csv"
    result = run("export", kind, "-o", str(target), profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    rows = read_csv(target)
    assert len(rows) - 1 == count(DB, kind)
    assert f"Wrote {count(DB, kind)} rows of {kind}" in result.stdout
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    if kind != "sources":
        header = rows[0]
        assert header[-3:] in (
            ["Source ids", "Source titles", "Source addresses"],
            ["Source id", "Source title", "Source address"],
        )


def test_shortlist_export_has_as_many_rows_as_the_user_database(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with UserStore.open(paths.user_dirs(profile).data) as store:
        for ref in (
            ItemRef(ItemKind.PARK, "jimo-edz"),
            ItemRef(ItemKind.ORGANIZATION, "faw-vw"),
            ItemRef(ItemKind.PARK, "blue-valley"),
        ):
            store.set_starred(ref, True)
        store.set_note(ItemRef(ItemKind.PARK, "jimo-edz"), '=HYPERLINK("x") 见面')
    target = tmp_path / "shortlist.csv"
    result = run(
        "export", "shortlist", "-o", str(target), "--profile-dir", str(profile),
        profile=tmp_path / "other",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = read_csv(target)
    assert len(rows) - 1 == count(paths.user_dirs(profile).data / STORE_NAME, "shortlist") == 3
    note = rows[0].index("Your note")
    assert rows[1][note] == '\'=HYPERLINK("x") 见面'
    assert [r[rows[0].index("Id")] for r in rows[1:]] == ["jimo-edz", "faw-vw", "blue-valley"]
    assert not (tmp_path / "other").exists(), "the profile given on the command line is used"


def test_empty_profile_exports_an_empty_shortlist_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "s.csv"
    result = run("export", "shortlist", "-o", str(target), profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    assert len(read_csv(target)) == 1
    assert not (tmp_path / "p").exists()


def test_options_columns_filters_bom_and_raw(tmp_path: Path) -> None:
    target = tmp_path / "parks.csv"
    result = run(
        "--db", str(DB), "export", "parks", "-o", str(target),
        "--industry", "automotive", "--columns", "name_zh,Name", "--no-bom", "--raw",
        profile=tmp_path / "p",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(target)
    assert rows[0] == ["Chinese name", "Name", "Source ids", "Source titles", "Source addresses"]
    assert sorted(r[1] for r in rows[1:]) == [
        "Qingdao Auto Industry New City",
        "Qingdao Jimo Comprehensive Bonded Zone",
    ]
    ids = tmp_path / "ids.csv"
    result = run(
        "export", "figures", "-o", str(ids), "--ids", "F001", "--ids", "F002,F003",
        profile=tmp_path / "p",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in read_csv(ids)[1:]] == ["F001", "F002", "F003"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "parkz", "-o", "{out}"], "unknown kind 'parkz'"),
        (["export", "parks", "-o", "{out}", "--columns", "id,colour"], "unknown column 'colour'"),
        (["export", "parks", "-o", "{tmp}/no/such/folder/x.csv"], "does not exist"),
        (["export", "parks", "-o", "{tmp}"], "it is a folder"),
        (["export", "parks", "-o", "{out}", "--db", "{tmp}/missing.db"], "was not found"),
        (["export", "parks"], "required: -o/--output"),
        (["export", "parks", "-o", "{out}", "--bogus"], "unrecognized arguments: --bogus"),
        (["export", "events", "-o", "{out}", "--kind", "x"], "--kind does not apply to events"),
        (["export", "parks", "-o", "{out}", "--industry", "fishing"], "no park is recorded"),
        (["export", "parks", "-o", "{out}", "--ids", "atlantis"], "no parks with id(s) atlantis"),
    ],
)
def test_errors_are_one_line_and_a_non_zero_exit(
    args: list[str], expected: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    result = run(*(a.format(out=out, tmp=tmp_path) for a in args), profile=tmp_path / "p")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0] and lines[0].startswith("jimo-desktop export")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "p") == []


def test_damaged_shortlist_file_is_an_error_and_left_alone(tmp_path: Path) -> None:
    data = paths.user_dirs(tmp_path / "p").data
    data.mkdir(parents=True)
    (data / STORE_NAME).write_bytes(b"garbage" * 100)
    result = run("export", "shortlist", "-o", str(tmp_path / "s.csv"), profile=tmp_path / "p")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "not a database" in result.stderr
    assert (data / STORE_NAME).read_bytes() == b"garbage" * 100


def test_the_export_command_does_not_import_qt(tmp_path: Path) -> None:
    target = tmp_path / "p.csv"
    code = (
        "import sys; from jimo_desktop.__main__ import main; "
        f"rc = main(['export', 'parks', '-o', {str(target)!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.split("\n")[-2] == "0 []", result.stdout + result.stderr
    assert target.exists()


def test_the_core_modules_import_no_qt() -> None:
    code = (
        "import sys, jimo_desktop.store, jimo_desktop.comparison, jimo_desktop.export.tables, "
        "jimo_desktop.export.csv_file; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


# -- --lang: the header row and the messages in Chinese -----------------------------------


@pytest.fixture
def chinese_qm(tmp_path: Path) -> Path:
    """A folder holding a tiny ``jimo_explorer_zh_CN.qm`` (the real one may not exist yet)."""
    from tests.ui.translators import tiny_translator

    folder = tmp_path / "translations"
    folder.mkdir()
    tiny_translator(
        folder,
        {
            "ExportColumn": {"Id": "编号", "Name": "名称", "Chinese name": "中文名称"},
            "CommandLine": {
                "jimo-desktop export: {message}": "jimo-desktop 导出：{message}",
                "Wrote {count} rows of {table} to {path}": "已将 {count} 行{table}写入 {path}",
            },
            "ExportError": {
                "unknown kind {kind!r} (choose from: {choices})": "没有 {kind!r} 这一类（可选：{choices}）"
            },
        },
    )
    (folder / "tiny_zh.qm").rename(folder / "jimo_explorer_zh_CN.qm")
    return folder


def run_in(folder: Path, *args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, paths.PROFILE_ENV: str(profile), "JIMO_EXPLORER_TRANSLATIONS": str(folder)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "jimo_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_lang_zh_writes_the_header_row_in_chinese_and_the_values_as_published(
    tmp_path: Path, chinese_qm: Path
) -> None:
    zh, en = tmp_path / "zh.csv", tmp_path / "en.csv"
    columns = ["--columns", "id,name_en,name_zh,summary"]
    result = run_in(chinese_qm, "export", "parks", "-o", str(zh), "--lang", "zh", *columns,
                    profile=tmp_path / "p")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"已将 {count(DB, 'parks')} 行parks写入 ")
    english = run_in(chinese_qm, "export", "parks", "-o", str(en), "--lang", "en", *columns,
                     profile=tmp_path / "p")  # fmt: skip
    assert english.returncode == 0, english.stderr
    zh_rows, en_rows = read_csv(zh), read_csv(en)
    assert zh_rows[0][:4] == ["编号", "名称", "中文名称", "Summary"]  # untranslated: English
    assert en_rows[0][:4] == ["Id", "Name", "Chinese name", "Summary"]
    assert zh_rows[1:] == en_rows[1:]


def test_lang_zh_says_the_command_lines_messages_in_chinese(
    tmp_path: Path, chinese_qm: Path
) -> None:
    out = tmp_path / "out.csv"
    result = run_in(chinese_qm, "export", "parkz", "-o", str(out), "--lang", "zh",
                    profile=tmp_path / "p")  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.startswith("jimo-desktop 导出：没有 'parkz' 这一类（可选：parks,")
    assert len(result.stderr.strip().splitlines()) == 1


def test_lang_zh_without_a_chinese_translation_writes_english_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run_in(tmp_path, "export", "parks", "-o", str(out), "--lang", "zh",
                    profile=tmp_path / "p")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Chinese translation is missing" in result.stderr
    assert read_csv(out)[0][0] == "Id"


def test_an_english_export_loads_no_qt_and_lang_takes_only_zh_or_en(tmp_path: Path) -> None:
    target = tmp_path / "p.csv"
    code = (
        "import sys; from jimo_desktop.__main__ import main; "
        f"rc = main(['export', 'parks', '-o', {str(target)!r}, '--lang', 'en']); "
        "print(rc, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.split("\n")[-2] == "0 []", result.stdout + result.stderr
    wrong = run("export", "parks", "-o", str(target), "--lang", "fr", profile=tmp_path / "p")
    assert wrong.returncode == 2
    assert "invalid choice: 'fr'" in wrong.stderr
