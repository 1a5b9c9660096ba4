"""China's catalogue of development zones (2018) as the database holds it.

``has_catalogue`` tells whether the file carries the optional ``zones`` table (a database
built before it still opens, without the catalogue); ``entries_for_park`` gives the
catalogue entries a park is, each with how the link is known; ``zone_detail`` is an entry
as an item of its own (its page): as published, the place of the data it is in and the
park it is, each with its source. Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3

from jimo_desktop.catalog import records
from jimo_desktop.catalog.database import Database, text
from jimo_desktop.catalog.records import sources
from jimo_desktop.figures import sorted_sources
from jimo_desktop.items import (
    CatalogueEntry,
    Detail,
    ItemKind,
    ItemRef,
    RelatedItem,
    Source,
    Zone,
    ZonePark,
)
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
        industries=_industries(row["industries"]),
        confidence=text(row["confidence"]),
        link_note=text(row["link_note"]),
        source=by_id.get(text(row["source_id"])),
        link_source=by_id.get(text(row["link_source"])),
    )


def _industries(value: object) -> tuple[str, ...]:
    return tuple(part for part in text(value).split("、") if part)


def zone(db: Database, zone_id: str) -> Zone | None:
    """One entry of the catalogue as an item; None when absent (or no catalogue)."""
    if not has_catalogue(db):
        return None
    row = db.one(f"select * from {ZONES_TABLE} where id = ?", (zone_id,))
    if row is None:
        return None
    cited = {
        source.id: source
        for source in sources(
            db,
            "select * from sources where id in (?, ?)",
            (row["source_id"], row["place_source_id"]),
        )
    }
    links = db.rows(
        f"""select l.park_id, l.confidence, l.note, l.source_id, p.name_en, p.name_zh, p.kind
        from {ZONE_PARKS_TABLE} l join parks p on p.id = l.park_id
        where l.zone_id = ? order by p.name_en""",
        (zone_id,),
    )
    link_sources = {
        source.id: source
        for source in sources(
            db,
            f"""select * from sources where id in
            (select source_id from {ZONE_PARKS_TABLE} where zone_id = ?)""",
            (zone_id,),
        )
    }
    parks = tuple(
        ZonePark(
            RelatedItem(
                ItemRef(ItemKind.PARK, text(link["park_id"])),
                text(link["name_en"]),
                text(link["name_zh"]),
                text(link["kind"]),
            ),
            text(link["confidence"]),
            text(link["note"]),
            link_sources.get(text(link["source_id"])),
        )
        for link in links
    )
    number = row["number"]
    return Zone(
        ItemRef(ItemKind.ZONE, zone_id),
        "",  # the catalogue names its zones in Chinese only
        text(row["name_zh"]),
        code=text(row["code"]),
        number=int(number) if isinstance(number, int) else None,
        province=text(row["province"]),
        place_text=text(row["place"]),
        approver=text(row["approver"]),
        zone_type=text(row["zone_type"]),
        approved=text(row["approved"]),
        approved_start=text(row["approved_start"]),
        area_ha=float(row["area_ha"]),
        industries=_industries(row["industries"]),
        place=records.maybe(db, ItemKind.PLACE, row["place_id"]),
        place_source=cited.get(text(row["place_source_id"])),
        parks=parks,
        source=cited.get(text(row["source_id"])),
    )


def zone_detail(db: Database, zone_id: str) -> Detail | None:
    """A zone's page: the entry, its sources (the announcement, and those of its place and
    park links), and the place and parks it is linked to."""
    item = zone(db, zone_id)
    if item is None:
        return None
    cited: list[Source] = [
        source
        for source in (item.source, item.place_source, *(link.source for link in item.parks))
        if source is not None
    ]
    related = tuple([*(link.park for link in item.parks), *([item.place] if item.place else [])])
    return Detail(item, (), (), sorted_sources(cited), related)


def export_rows(db: Database) -> list[tuple[dict[str, object], list[Source]]]:
    """Every entry of the catalogue as a row of the zones export, by code, with the sources
    it cites (the announcement, then those of its place and park links); [] without it.
    ``name_en`` stays empty and ``kind``, ``founded`` and ``location`` say the type, the
    approval and the province, so that a zone fits a table of items of any kind."""
    if not has_catalogue(db):
        return []
    by_id = {source.id: source for source in sources(db, "select * from sources")}
    rows = db.rows(
        f"""select z.*, pl.name_en as place_en, pl.name_zh as place_zh,
        group_concat(p.name_en, '; ') as parks, group_concat(l.confidence, '; ') as confidences,
        group_concat(l.source_id, ';') as link_sources
        from {ZONES_TABLE} z left join places pl on pl.id = z.place_id
        left join {ZONE_PARKS_TABLE} l on l.zone_id = z.id left join parks p on p.id = l.park_id
        group by z.id order by z.code, z.id"""
    )
    found = []
    for row in rows:
        ids = [text(row["source_id"]), text(row["place_source_id"])]
        ids += [part for part in text(row["link_sources"]).split(";") if part]
        cited = [by_id[source_id] for source_id in ids if source_id in by_id]
        place = " · ".join(part for part in (text(row["place_en"]), text(row["place_zh"])) if part)
        found.append(
            (
                {
                    "id": text(row["id"]),
                    "code": text(row["code"]),
                    "number": row["number"],
                    "name_en": "",
                    "name_zh": text(row["name_zh"]),
                    "province": text(row["province"]),
                    "place_as_published": text(row["place"]),
                    "place": place,
                    "approver": text(row["approver"]),
                    "zone_type": text(row["zone_type"]),
                    "kind": text(row["zone_type"]),
                    "approved": text(row["approved"]),
                    "founded": text(row["approved"]),
                    "location": text(row["province"]),
                    "area_ha": float(row["area_ha"]),
                    "industries": text(row["industries"]),
                    "park": text(row["parks"]),
                    "park_confidence": text(row["confidences"]),
                    "summary": "",
                },
                cited,
            )
        )
    return found
