"""The search index of the database: the ``search_items`` table and its trigram FTS table.

Given a database whose item tables are already filled, ``create_search_index`` writes one
``search_items`` row per searchable item (its kind, id, names and the text to find it by)
and the FTS5 trigram index over them that the catalog's search queries. Nothing here
imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from jimo_desktop.schema import SEARCH_TABLE

SearchRow = dict[str, Any]


def _joined(*parts: Any) -> str | None:
    text = " ".join(str(part) for part in parts if part not in (None, ""))
    return text or None


def _search_rows(db: sqlite_utils.Database) -> Iterable[SearchRow]:
    """One row per searchable item: its kind, id, names and the text to find it by."""
    for r in db.query("select * from parks"):
        yield _search_row(
            "park",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["level"],
            r["location"],
            r["summary"],
        )
    for r in db.query("select * from organizations"):
        yield _search_row(
            "organization",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["stock_code"],
            r["address"],
            r["summary"],
        )
    for r in db.query("select * from projects"):
        yield _search_row(
            "project",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["location"],
            r["summary"],
        )
    for r in db.query("select * from places"):
        yield _search_row(
            "place", r["id"], r["name_en"], r["name_zh"], r["admin_code"], r["kind"], r["summary"]
        )
    for r in db.query("select * from industries"):
        yield _search_row("industry", r["id"], r["name_en"], r["name_zh"], None, r["description"])
    for r in db.query("select * from events order by date_start, id"):
        yield _search_row(
            "event", r["id"], r["title_en"], r["title_zh"], r["date"], r["description"]
        )
    for r in db.query("select * from sources"):
        yield _search_row(
            "source",
            r["id"],
            r["title"],
            None,
            _joined(r["id"], r["publisher"]),
            r["date"],
            r["address"],
            r["note"],
        )
    for r in db.query("select * from claims order by number"):
        yield _search_row(
            "claim", r["id"], r["claim"], None, r["status"], r["status_note"], r["evidence"]
        )


def _search_row(
    kind: str, item_id: str, title: str, title_zh: str | None, aliases: str | None, *body: Any
) -> SearchRow:
    return {
        "kind": kind,
        "item_id": item_id,
        "title": title,
        "title_zh": title_zh,
        "aliases": aliases,
        "body": _joined(*body),
    }


def create_search_index(db: sqlite_utils.Database) -> None:
    db.table(SEARCH_TABLE).create(
        {
            "kind": str,
            "item_id": str,
            "title": str,
            "title_zh": str,
            "aliases": str,
            "body": str,
        },
        not_null=["kind", "item_id", "title"],
    )
    db.table(SEARCH_TABLE).insert_all(list(_search_rows(db)))
    db.table(SEARCH_TABLE).create_index(["kind", "item_id"], unique=True)
    db.table(SEARCH_TABLE).enable_fts(
        ["title", "title_zh", "aliases", "body"], fts_version="FTS5", tokenize="trigram"
    )
    db.table(f"{SEARCH_TABLE}_fts").optimize()
