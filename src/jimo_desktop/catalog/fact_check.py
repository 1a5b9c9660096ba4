"""The fact check: the seed article's claims, each with its status and evidence.

A claim's status note says when the status rests on inference rather than on a source
that states it ("inferred for Oct 2019", "inferred (currency arithmetic)"): such a claim
is ``inferred``. ``article`` is the source the claims come from (the seed article).
"""

from __future__ import annotations

import sqlite3

from jimo_desktop.catalog import records
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.items import Claim, ItemKind, Source

# The word a status note starts with when the evidence is only inference.
INFERRED = "inferred"


def claims(db: Database) -> list[Claim]:
    """The seed article's claims, in the article's order, with evidence."""
    rows = db.rows("select * from claims order by number")
    articles: dict[str, Source | None] = {}
    return [_claim(db, row, articles) for row in rows]


def article(db: Database) -> Source | None:
    """The source most claims come from (the seed article), None without claims."""
    row = db.one("select source_id from claims group by source_id order by count(*) desc limit 1")
    if row is None:
        return None
    found = records.sources(db, "select * from sources where id = ?", (row[0],))
    return found[0] if found else None


def is_inferred(status_note: str) -> bool:
    """Whether a status note says the status rests on inference."""
    words = status_note.strip().casefold().split(maxsplit=1)
    return bool(words) and words[0].strip("(,;:") == INFERRED


def _claim(db: Database, row: sqlite3.Row, articles: dict[str, Source | None]) -> Claim:
    cells = Cells(db.path, "claims", row)
    claim_id = cells.ident("id")
    article_id = cells.ident("source_id")
    if article_id not in articles:
        found = records.sources(db, "select * from sources where id = ?", (article_id,))
        articles[article_id] = found[0] if found else None
    status_note = cells.text("status_note")
    return Claim(
        claim_id,
        cells.integer("number"),
        cells.text("claim"),
        cells.text("status"),
        status_note,
        cells.text("evidence"),
        tuple(records.own_sources(db, ItemKind.CLAIM, claim_id)),
        records.linked_items(db, ItemKind.CLAIM, claim_id),
        inferred=is_inferred(status_note),
        article=articles[article_id],
    )
