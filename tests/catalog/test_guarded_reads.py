"""Reads after opening are guarded: a damaged row or page, a WAL-mode file, a locked file."""

from __future__ import annotations

import math
import shutil
import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog, DatabaseBusy, DatabaseDamaged, ItemKind, ItemRef
from jimo_desktop.catalog import database as database_module
from jimo_desktop.catalog.cells import MAX_NUMBER, Cells
from jimo_desktop.catalog.database import open_database
from tests.conftest import COMMITTED_DB
from tests.reliability import damaged_files

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


def _copy(tmp_path: Path, *statements: str) -> Path:
    path = tmp_path / "user.db"
    shutil.copyfile(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def test_text_that_is_not_utf8_is_damage_naming_the_file(tmp_path: Path) -> None:
    path = _copy(tmp_path, "update parks set name_zh = cast(x'41ff' as text)")
    catalog = Catalog.open(path)  # quick_check passes
    with catalog, pytest.raises(DatabaseDamaged, match="damaged") as caught:
        catalog.detail(EDZ)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("update search_items set kind = 'spaceship'", "search_items"),
        ("update figures set subject_type = 'spaceship'", "subject_type"),
        ("update organizations set name_en = x'00ff'", "not text"),
        ("update figures set value = 9e999", "infinite or far too large"),
        ("update figures set value = 1e308", "infinite or far too large"),
        ("update figures set value = 'lots'", "not a number"),
        ("update claims set number = 'first'", "not a whole number"),
        ("update figures set period = '2019-13' where id = 'F004'", "no date or period"),
        ("update events set date = '2019-02-30'", "no date or period"),
    ],
)
def test_values_that_no_record_can_hold_are_damage(
    tmp_path: Path, statement: str, words: str
) -> None:
    path = _copy(tmp_path, statement)
    catalog = Catalog.open(path)
    with catalog, pytest.raises(DatabaseDamaged, match=words) as caught:
        catalog.read_everything()
    assert str(path) in str(caught.value)


def test_a_damaged_row_names_its_table_and_row(tmp_path: Path) -> None:
    path = _copy(tmp_path, "update figures set value = 1e308 where id = 'F003'")
    with Catalog.open(path) as catalog, pytest.raises(DatabaseDamaged) as caught:
        catalog.all_figures()
    assert "figures" in str(caught.value) and "F003" in str(caught.value)


def test_a_dropped_column_is_found_when_opening(tmp_path: Path) -> None:
    path = _copy(tmp_path, "alter table parks drop column summary")
    with pytest.raises(DatabaseDamaged, match="summary"):
        Catalog.open(path)


def test_numbers_are_finite_and_sane() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    row = conn.execute("select 1.5 as a, 9e999 as b, ? as c, null as d", (MAX_NUMBER,)).fetchone()
    cells = Cells(Path("x.db"), "figures", row)
    assert cells.number("a") == 1.5 and cells.number("d") is None
    for key in ("b", "c"):
        with pytest.raises(DatabaseDamaged):
            cells.number(key)
    assert not math.isinf(MAX_NUMBER)


def test_a_faulty_query_is_a_bug_not_damage() -> None:
    database = open_database()
    try:
        with pytest.raises(sqlite3.OperationalError, match="syntax error"):
            database.rows("selec 1")
        with pytest.raises(sqlite3.ProgrammingError):
            database.rows("select ?", (1, 2))
        with pytest.raises(sqlite3.ProgrammingError):
            database.rows("select ?", (object(),))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            database.rows("delete from parks")
    finally:
        database.close()


def test_wal_mode_file_is_read_from_a_private_copy(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    path = folder / "wal.db"
    damaged_files.wal_with_data(path, new_name="Only in the WAL")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    catalog = Catalog.open(path)
    try:
        detail = catalog.detail(EDZ)
        assert detail is not None and detail.item.display_name == "Only in the WAL"
        assert catalog.path == path.absolute()
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        private = catalog._db._private
        assert private is not None and private.folder.exists()
    finally:
        catalog.close()
    assert not private.folder.exists()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_locked_file_is_in_use_not_damaged(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT", 0.1)
    path = _copy(tmp_path)
    catalog = Catalog.open(path)
    try:
        with damaged_files.locked(path):
            with pytest.raises(DatabaseBusy, match="in use by another program") as caught:
                catalog.detail(EDZ)
            assert str(path) in str(caught.value)
            with pytest.raises(DatabaseBusy):
                Catalog.open(path)
        assert catalog.detail(EDZ) is not None  # usable again once the lock is gone
    finally:
        catalog.close()
