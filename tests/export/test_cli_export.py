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
