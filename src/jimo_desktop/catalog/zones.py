"""China's catalogue of development zones (2018) as the database holds it.

``has_catalogue`` tells whether the file carries the optional ``zones`` table (a database
built before it still opens, without the catalogue); ``entries_for_park`` gives the
catalogue entries a park is, each with how the link is known. Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3

from jimo_desktop.catalog.database import Database, text
from jimo_desktop.catalog.records import sources
from jimo_desktop.items import CatalogueEntry
from jimo_desktop.schema import ZONE_PARKS_TABLE, ZONES_TABLE


def _tables(db: Database) -> frozenset[str]:
    rows = db.rows("select name from sqlite_master where type = 'table'")
    return frozenset(text(row[0]) for row in rows)


def has_catalogue(db: Database) -> bool:
    """Whether the file has the catalogue and its links to parks."""
    tables = db.derived("tables", _tables)
    return ZONES_TABLE in tables and ZONE_PARKS_TABLE in tables


def entries_for_park(db: Database, park_id: str) -> tuple[CatalogueEntry, ...]:
    """The catalogue entries a park is, in code order; () without the catalogue."""
    if not has_catalogue(db):
        return ()
    rows = db.rows(
        f"""select z.*, l.confidence, l.note as link_note, l.source_id as link_source
        from {ZONE_PARKS_TABLE} l join {ZONES_TABLE} z on z.id = l.zone_id
        where l.park_id = ? order by z.code""",
        (park_id,),
    )
    return tuple(_entry(db, row) for row in rows)


def _entry(db: Database, row: sqlite3.Row) -> CatalogueEntry:
    cited = sources(
        db, "select * from sources where id in (?, ?)", (row["source_id"], row["link_source"])
    )
    by_id = {source.id: source for source in cited}
    return CatalogueEntry(
        id=text(row["id"]),
        code=text(row["code"]),
        name_zh=text(row["name_zh"]),
        province=text(row["province"]),
        approver=text(row["approver"]),
        zone_type=text(row["zone_type"]),
        approved=text(row["approved"]),
        area_ha=float(row["area_ha"]),
        industries=tuple(part for part in text(row["industries"]).split("、") if part),
        confidence=text(row["confidence"]),
        link_note=text(row["link_note"]),
        source=by_id.get(text(row["source_id"])),
        link_source=by_id.get(text(row["link_source"])),
    )
