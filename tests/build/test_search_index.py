"""The search index: one row per item of every searchable table, found by any 3 characters."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jimo_desktop.build.search_index import SEARCHABLE, Searchable

KINDS = {"park", "organization", "project", "place", "industry", "event", "source", "claim"}


def searchable(kind: str) -> Searchable:
    return next(s for s in SEARCHABLE if s.kind == kind)


def test_every_searchable_item_has_one_search_row(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    kinds = {row[0] for row in conn.execute("select distinct kind from search_items")}
    assert kinds == {s.kind for s in SEARCHABLE} == KINDS
    for declared in SEARCHABLE:
        items = conn.execute(f"select id from {declared.table} order by id").fetchall()
        rows = conn.execute(
            "select item_id from search_items where kind = ? order by item_id", (declared.kind,)
        ).fetchall()
        assert rows == items, declared.kind
    total = sum(
        conn.execute(f"select count(*) from {declared.table}").fetchone()[0]
        for declared in SEARCHABLE
    )
    assert conn.execute("select count(*) from search_items").fetchone()[0] == total


def test_a_search_row_joins_its_columns_and_leaves_out_empty_ones() -> None:
    source = {"id": "S01", "title": "Plan", "publisher": None, "date": "2020"}
    row = searchable("source").row(source | {"address": "", "note": "seed"})
    assert row == {
        "kind": "source",
        "item_id": "S01",
        "title": "Plan",
        "title_zh": None,
        "aliases": "S01",
        "body": "2020 seed",
    }
    industry = {"id": "i", "name_en": "Chips", "name_zh": "芯片", "description": None}
    assert searchable("industry").row(industry)["aliases"] is None
    assert searchable("industry").row(industry)["body"] is None


def test_trigram_index_finds_an_item_by_part_of_its_chinese_name(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    park_id, name_zh = conn.execute(
        "select id, name_zh from parks where length(name_zh) >= 5 order by id"
    ).fetchone()
    found = conn.execute(
        "select s.kind, s.item_id from search_items_fts f "
        "join search_items s on s.rowid = f.rowid where search_items_fts match ?",
        (f'"{name_zh[1:4]}"',),
    ).fetchall()
    assert ("park", park_id) in found
