"""The benchmarks' scaled databases: every replicated table scaled, ids fresh, the file
sound, and the app's catalog reading it like the real one."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog, ItemKind, ItemRef

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import scaled_db  # noqa: E402

SCALE = 3


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scaled_db.make_scaled(SCALE, tmp_path_factory.mktemp("scaled") / "x3.db")


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.parametrize("table", sorted(scaled_db.RENAMED))
def test_every_replicated_table_scales(scaled: Path, table: str) -> None:
    where = ""
    if table == "figures":  # figures about places stay once, as the places do
        where = " where subject_type in ('park', 'organization', 'project')"
    original = count(scaled_db.SOURCE, f"select count(*) from {table}{where}")
    assert original > 0
    added = count(scaled, f"select count(*) from {table}") - count(
        scaled_db.SOURCE, f"select count(*) from {table}"
    )
    assert added == (SCALE - 1) * original


@pytest.mark.parametrize("table", ["parks", "organizations", "projects", "events", "figures"])
def test_ids_are_unique(scaled: Path, table: str) -> None:
    rows = count(scaled, f"select count(*) from {table}")
    assert count(scaled, f"select count(distinct id) from {table}") == rows


def test_the_copies_are_marked_synthetic_in_both_languages(scaled: Path) -> None:
    copies = count(scaled, "select count(*) from parks where id like '%~s%'")
    assert copies == (SCALE - 1) * count(scaled_db.SOURCE, "select count(*) from parks")
    marked = "name_en like '%(synthetic %' and (name_zh is null or name_zh like '%合成%')"
    assert count(scaled, f"select count(*) from parks where id like '%~s%' and {marked}") == copies
    assert count(scaled, "select count(*) from meta where value like '%synthetic, 3×%'") == 1


def test_links_point_inside_their_copy(scaled: Path) -> None:
    with sqlite3.connect(scaled) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        crossed = conn.execute(
            """select count(*) from event_parks
            where substr(event_id, instr(event_id, '~s')) != substr(park_id, instr(park_id, '~s'))
            and (event_id like '%~s%' or park_id like '%~s%')"""
        ).fetchone()[0]
    assert crossed == 0


def test_the_file_is_sound(scaled: Path) -> None:
    with sqlite3.connect(scaled) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_the_search_index_holds_every_copy(scaled: Path) -> None:
    items = count(scaled, "select count(*) from search_items where kind = 'park'")
    assert items == count(scaled, "select count(*) from parks")
    indexed = count(
        scaled, "select count(*) from search_items_fts where search_items_fts match 'synthetic'"
    )
    assert indexed >= (SCALE - 1) * count(scaled_db.SOURCE, "select count(*) from parks")


def test_the_catalog_opens_it(scaled: Path) -> None:
    with Catalog.open(scaled) as catalog:
        assert catalog.counts()["parks"] == SCALE * count(
            scaled_db.SOURCE, "select count(*) from parks"
        )
        with sqlite3.connect(scaled) as conn:
            copy_id = conn.execute("select id from parks where id like '%~s2'").fetchone()[0]
        detail = catalog.detail(ItemRef(ItemKind.PARK, copy_id))
        assert detail is not None
        assert "synthetic 2" in detail.item.name_en
        assert catalog.search("synthetic 2").hits
