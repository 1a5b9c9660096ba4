"""The search index of the database: ``search_items``, its trigram FTS table, and variants.

Given a database whose item tables are already filled, ``create_search_index`` writes one
``search_items`` row per searchable item (its kind, id, names, the text to find it by and
the pinyin of its Chinese names, from ``search_forms``), the FTS5 trigram index over them
that the catalog's search queries, and ``search_variants``: the Traditional form of each
character of the index that has one, with its Simplified form. Both additions are new
columns and tables only, so the schema version stays: an older database without them still
opens, and its search simply knows no pinyin or Traditional characters. Nothing here
imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from jimo_desktop.build.search_forms import pinyin_text, traditional_forms
from jimo_desktop.schema import SEARCH_TABLE, SEARCH_VARIANTS_TABLE

SearchRow = dict[str, Any]
"""One row of ``search_items``: kind, item_id, title, title_zh, aliases, body and pinyin."""

# The columns of ``search_items`` the FTS table indexes (``pinyin`` last).
FTS_COLUMNS = ("title", "title_zh", "aliases", "body", "pinyin")


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
        title_zh = item[self.title_zh] if self.title_zh else None
        aliases = [item[column] for column in self.aliases]
        return {
            "kind": self.kind,
            "item_id": item["id"],
            "title": item[self.title],
            "title_zh": title_zh,
            "aliases": _joined(aliases),
            "body": _joined(item[column] for column in self.body),
            "pinyin": pinyin_text([title_zh, *_words(aliases)]),
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
        "place",
        "places",
        "name_en",
        "name_zh",
        aliases=("aliases", "admin_code"),
        body=("kind", "summary"),
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
    # China's catalogue of development zones: named in Chinese only (no English title).
    Searchable(
        "zone",
        "zones",
        "name_zh",
        "name_zh",
        aliases=("code",),
        body=("province", "place", "zone_type", "industries"),
        order_by="code, id",
    ),
)


def _joined(parts: Iterable[Any]) -> str | None:
    text = " ".join(str(part) for part in parts if part not in (None, ""))
    return text or None


def _words(cells: Iterable[Any]) -> list[str]:
    """The names in ``;`` list cells (aliases), each alone."""
    return [w.strip() for cell in cells if cell for w in str(cell).split(";")]


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
            "pinyin": str,
        },
        not_null=["kind", "item_id", "title"],
    )
    rows = list(search_rows(db))
    search_items.insert_all(rows)
    search_items.create_index(["kind", "item_id"], unique=True)
    search_items.enable_fts(list(FTS_COLUMNS), fts_version="FTS5", tokenize="trigram")
    db.table(f"{SEARCH_TABLE}_fts").optimize()
    texts = (row[column] for row in rows for column in ("title", "title_zh", "aliases", "body"))
    variants = db.table(SEARCH_VARIANTS_TABLE)
    variants.create({"variant": str, "simplified": str}, pk="variant", not_null=["simplified"])
    variants.insert_all(
        {"variant": variant, "simplified": simplified}
        for variant, simplified in traditional_forms(texts).items()
    )
