"""The fact check: the seed article's claims, each with its status and evidence."""

from __future__ import annotations

import sqlite3

from jimo_desktop.catalog import records
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.items import Claim, ItemKind


def claims(db: Database) -> list[Claim]:
    """The seed article's claims, in the article's order, with evidence."""
    return [_claim(db, row) for row in db.rows("select * from claims order by number")]


def _claim(db: Database, row: sqlite3.Row) -> Claim:
    cells = Cells(db.path, "claims", row)
    claim_id = cells.ident("id")
    return Claim(
        claim_id,
        cells.integer("number"),
        cells.text("claim"),
        cells.text("status"),
        cells.text("status_note"),
        cells.text("evidence"),
        tuple(records.own_sources(db, ItemKind.CLAIM, claim_id)),
        records.linked_items(db, ItemKind.CLAIM, claim_id),
    )
