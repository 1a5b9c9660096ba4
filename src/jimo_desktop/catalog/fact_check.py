"""The fact check: the seed article's claims, each with its status and evidence."""

from __future__ import annotations

from jimo_desktop.catalog import records
from jimo_desktop.catalog.database import Database, text
from jimo_desktop.items import Claim, ItemKind


def claims(db: Database) -> list[Claim]:
    """The seed article's claims, in the article's order, with evidence."""
    return [
        Claim(
            row["id"],
            row["number"],
            row["claim"],
            row["status"],
            text(row["status_note"]),
            text(row["evidence"]),
            tuple(records.own_sources(db, ItemKind.CLAIM, row["id"])),
            records.linked_items(db, ItemKind.CLAIM, row["id"]),
        )
        for row in db.rows("select * from claims order by number")
    ]
