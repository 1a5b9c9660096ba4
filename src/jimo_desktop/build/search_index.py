"""The search index of the database: the ``search_items`` table and its trigram FTS table.

Given a database whose item tables are already filled, ``create_search_index`` writes one
``search_items`` row per searchable item (its kind, id, names and the text to find it by)
and the FTS5 trigram index over them that the catalog's search queries. Nothing here
imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from jimo_desktop.schema import SEARCH_TABLE

SearchRow = dict[str, Any]
"""One row of ``search_items``: kind, item_id, title, title_zh, aliases and body."""


@dataclass(frozen=True, slots=True)
class Searchable:
    """Where the search rows of one kind of item come from, as column names of its table.

    ``aliases`` and ``body`` are each the named columns joined with spaces, empty ones left
    out; ``order_by`` is the order the rows are written in (default: the table's own).
    """

    kind: str
    table: str
    title: str
    title_zh: str | None
    aliases: tuple[str, ...]
    body: tuple[str, ...]
    order_by: str = ""

    @property
    def query(self) -> str:
        """The select that gives the table's rows in the order they are indexed."""
        order = f" order by {self.order_by}" if self.order_by else ""
        return f"select * from {self.table}{order}"

    def row(self, item: dict[str, Any]) -> SearchRow:
        """The search row of one row of the table."""
        return {
            "kind": self.kind,
            "item_id": item["id"],
            "title": item[self.title],
            "title_zh": item[self.title_zh] if self.title_zh else None,
            "aliases": _joined(item[column] for column in self.aliases),
            "body": _joined(item[column] for column in self.body),
        }


SEARCHABLE: tuple[Searchable, ...] = (
    Searchable(
        "park",
        "parks",
        "name_en",
        "name_zh",
        aliases=("aliases",),
        body=("kind", "level", "location", "summary"),
    ),
    Searchable(
        "organization",
        "organizations",
        "name_en",
        "name_zh",
        aliases=("aliases",),
        body=("kind", "stock_code", "address", "summary"),
    ),
    Searchable(
        "project",
        "projects",
        "name_en",
        "name_zh",
        aliases=("aliases",),
        body=("kind", "location", "summary"),
    ),
    Searchable(
        "place", "places", "name_en", "name_zh", aliases=("admin_code",), body=("kind", "summary")
    ),
    Searchable("industry", "industries", "name_en", "name_zh", aliases=(), body=("description",)),
    Searchable(
        "event",
        "events",
        "title_en",
        "title_zh",
        aliases=("date",),
        body=("description",),
        order_by="date_start, id",
    ),
    Searchable(
        "source",
        "sources",
        "title",
        None,
        aliases=("id", "publisher"),
        body=("date", "address", "note"),
    ),
    Searchable(
        "claim",
        "claims",
        "claim",
        None,
        aliases=("status",),
        body=("status_note", "evidence"),
        order_by="number",
    ),
)


def _joined(parts: Iterable[Any]) -> str | None:
    text = " ".join(str(part) for part in parts if part not in (None, ""))
    return text or None


def search_rows(db: sqlite_utils.Database) -> Iterator[SearchRow]:
    """One row per searchable item, kind by kind in the order of ``SEARCHABLE``."""
    for searchable in SEARCHABLE:
        for item in db.query(searchable.query):
            yield searchable.row(item)


def create_search_index(db: sqlite_utils.Database) -> None:
    """Create and fill ``search_items`` and its FTS5 trigram table, then optimise the index."""
    search_items = db.table(SEARCH_TABLE)
    search_items.create(
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
    search_items.insert_all(list(search_rows(db)))
    search_items.create_index(["kind", "item_id"], unique=True)
    search_items.enable_fts(
        ["title", "title_zh", "aliases", "body"], fts_version="FTS5", tokenize="trigram"
    )
    db.table(f"{SEARCH_TABLE}_fts").optimize()
