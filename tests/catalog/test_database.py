"""The catalog: opening a database file safely, and the core never importing Qt."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jimo_desktop.catalog import (
    Catalog,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseVersionMismatch,
)
from jimo_desktop.catalog.database import open_database
from tests.conftest import COMMITTED_DB

# -- opening ------------------------------------------------------------------------------


def test_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "jimo.db"
    with pytest.raises(DatabaseMissing, match="was not found") as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", DatabaseDamaged, "is empty"),
        (b"name,value\nx,1\n" * 100, DatabaseDamaged, "not an SQLite file"),
    ],
)
def test_files_that_are_not_databases(
    tmp_path: Path, content: bytes, error: type, message: str
) -> None:
    path = tmp_path / "odd #1 ?.db"  # characters that break hand-made URIs
    path.write_bytes(content)
    with pytest.raises(error, match=message) as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    data = bytearray(COMMITTED_DB.read_bytes())
    for offset in range(4096, len(data) // 2, 512):  # scribble over pages after the header page
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = path.stat().st_mtime_ns
    with pytest.raises(DatabaseDamaged) as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert path.stat().st_mtime_ns == before
    assert not Path(f"{path}-journal").exists()


def test_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionMismatch, match="not a Jimo Explorer database"):
        Catalog.open(path)


def test_wrong_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    shutil.copy(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    conn.execute("update meta set value = '99' where key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionMismatch, match="version 99"):
        Catalog.open(path)


def test_user_file_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(COMMITTED_DB, path)
    before = path.read_bytes()
    with Catalog.open(path) as opened:
        assert opened.counts()["parks"] >= 17
    database = open_database(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            database.rows("delete from parks")
        with pytest.raises(sqlite3.OperationalError):
            database.rows(f"attach database '{tmp_path / 'x.db'}' as x")
    finally:
        database.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "x.db").exists()


# -- boundaries ---------------------------------------------------------------------------

QT_MODULES = {"app", "self_test", "ui"}


def test_core_modules_do_not_import_qt() -> None:
    """Everything outside ui/, app and self_test must run without Qt (checked in a fresh process)."""
    import pkgutil

    import jimo_desktop

    core = [m.name for m in pkgutil.iter_modules(jimo_desktop.__path__) if m.name not in QT_MODULES]
    assert {"catalog", "build", "schema", "paths"} <= set(core)
    code = (
        "import sys, importlib\n"
        f"for m in {core!r}: importlib.import_module('jimo_desktop.' + m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0, f"Qt imported by the core: {result.stdout}{result.stderr}"
