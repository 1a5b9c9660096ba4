"""The search index of the database: ``search_items``, its trigram FTS table, its short
grams, and variants.

Given a database whose item tables are already filled, ``create_search_index`` writes one
``search_items`` row per searchable item (its kind, id, names, the text to find it by and
the pinyin of its Chinese names, from ``search_forms``), the FTS5 trigram index over them
that the catalog's search queries, ``search_grams``: every one- and two-character piece of
an item's names and text that holds a character beyond ASCII (ASCII letters in lower case),
with the item's row, which answers the 一两个汉字 queries the trigrams cannot, and
``search_variants``: the Traditional form of each character of the index that has one,
with its Simplified form. The additions are new columns and tables only, so the schema
version stays: an older database without them still opens, and its search simply knows no
pinyin or Traditional characters and scans for short terms. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from jimo_desktop.build.search_forms import pinyin_text, traditional_forms
from jimo_desktop.items import KIND_ORDER
from jimo_desktop.schema import (
    MAX_GRAM,
    SEARCH_GRAMS_TABLE,
    SEARCH_TABLE,
    SEARCH_VARIANTS_TABLE,
    like_folded,
)

SearchRow = dict[str, Any]
"""One row of ``search_items``: kind, item_id, title, title_zh, aliases, body and pinyin."""

# The columns of ``search_items`` the FTS table indexes (``pinyin`` last).
FTS_COLUMNS = ("title", "title_zh", "aliases", "body", "pinyin")
# The columns whose short pieces ``search_grams`` holds (the text a query's terms must be in).
GRAM_COLUMNS = ("title", "title_zh", "aliases", "body")


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


_KIND_RANKS = {kind.value: i for i, kind in enumerate(KIND_ORDER)}


def _result_order(row: SearchRow) -> tuple[int, str]:
    """Where a row comes among the results: its kind's place (``KIND_ORDER``; a kind not in
    it first, as SQL sorts an unknown rank), then its title as SQLite compares text."""
    return _KIND_RANKS.get(row["kind"], -1), row["title"]


def grams(cells: Iterable[str | None]) -> set[str]:
    """The one- and two-character pieces of ``cells`` a short query term may be: those with
    a character beyond ASCII and no space, ASCII letters in lower case (as ``like`` folds)."""
    found: set[str] = set()
    for cell in cells:
        if not cell or cell.isascii():
            continue
        folded = like_folded(cell)
        for size in range(1, MAX_GRAM + 1):
            for start in range(len(folded) - size + 1):
                piece = folded[start : start + size]
                if not piece.isascii() and not any(c.isspace() for c in piece):
                    found.add(piece)
    return found


def _create_grams(db: sqlite_utils.Database) -> None:
    """``search_grams``: (gram, item) for every short piece of every row of the index,
    keyed by the piece so that a term's rows are one range of the table."""
    db.execute(
        f"create table [{SEARCH_GRAMS_TABLE}] (gram text not null, item integer not null, "
        "primary key (gram, item)) without rowid"
    )
    select = ", ".join(GRAM_COLUMNS)
    rows = db.execute(f"select rowid, {select} from [{SEARCH_TABLE}] order by rowid")
    db.conn.executemany(
        f"insert or ignore into [{SEARCH_GRAMS_TABLE}] (gram, item) values (?, ?)",
        ((gram, row[0]) for row in rows for gram in sorted(grams(row[1:]))),
    )


def create_search_index(db: sqlite_utils.Database) -> None:
    """Create and fill ``search_items``, its FTS5 trigram table and its short grams, then
    optimise the index."""
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
    # In the order of the results, so that a search reads its hits in the order of the rows
    # and stops when it has enough (a stable sort: equal titles in the tables' order).
    rows = sorted(search_rows(db), key=_result_order)
    search_items.insert_all(rows)
    search_items.create_index(["kind", "item_id"], unique=True)
    search_items.enable_fts(list(FTS_COLUMNS), fts_version="FTS5", tokenize="trigram")
    db.table(f"{SEARCH_TABLE}_fts").optimize()
    _create_grams(db)
    texts = (row[column] for row in rows for column in ("title", "title_zh", "aliases", "body"))
    variants = db.table(SEARCH_VARIANTS_TABLE)
    variants.create({"variant": str, "simplified": str}, pk="variant", not_null=["simplified"])
    variants.insert_all(
        {"variant": variant, "simplified": simplified}
        for variant, simplified in traditional_forms(texts).items()
    )
