"""Whole tables for the shortlist, the comparison and the CSV exports.

The exports write every row of a table with the sources each row cites and the items
it links to; these queries read them in one pass per table instead of one per row. Every
cell is checked as it is read (``cells``): a damaged row raises ``DatabaseDamaged``.
"""

from __future__ import annotations

from typing import Any

from jimo_desktop.catalog import details, records
from jimo_desktop.catalog.cells import Cells, check_row
from jimo_desktop.catalog.database import Database
from jimo_desktop.figures import SOURCE_ORDER_SQL
from jimo_desktop.items import ItemKind, ItemRef, RelatedItem, Source
from jimo_desktop.schema import ITEM_TABLES

# The tables whose rows can be exported as they are, with their natural order.
_EXPORT_ORDER: dict[str, str] = {
    "parks": "name_en, id",
    "organizations": "name_en, id",
    "projects": "name_en, id",
    "places": "admin_code, id",
    "industries": "name_en, id",
    "events": "date_start, id",
    "sources": SOURCE_ORDER_SQL.format(column="id"),
    "claims": "number, id",
}
_BY_TABLE = {table.name: table for table in ITEM_TABLES.values()}


def table_rows(db: Database, table: str) -> list[dict[str, Any]]:
    """Every row of one of the item tables, as a dict, in the table's natural order."""
    order = _EXPORT_ORDER.get(table)
    if order is None:
        raise ValueError(f"not an exportable table: {table!r}")
    rows = db.rows(f"select * from {table} order by {order}")
    return [check_row(db.path, table, row) for row in rows]


def item_names(db: Database, table: str, column: str) -> dict[str, str]:
    """id -> one name column (``name_en``, ``name_zh``) of every row of an item table: the
    two cells alone are read and checked, for exports that name the items they link to."""
    if table not in _EXPORT_ORDER or column not in ("name_en", "name_zh"):
        raise ValueError(f"not a name of an exportable table: {table!r}.{column!r}")
    rows = db.rows(f"select id, {column} from {table}")
    return {cells.ident(0): cells.text(1) for cells in (Cells(db.path, table, r) for r in rows)}


def sources_by_owner(db: Database, table: str) -> dict[str, list[Source]]:
    """The sources of every row of ``table`` (parks, organizations, projects, places,
    events, claims), in the order the record lists them."""
    item_table = _BY_TABLE[table]
    link, owner = item_table.sources_link, item_table.id_column
    if link is None:
        raise KeyError(table)
    found: dict[str, list[Source]] = {}
    rows = db.rows(
        f"""select l.{owner} as owner_id, s.* from {link} l
        join sources s on s.id = l.source_id order by l.{owner}, l.position"""
    )
    for row in rows:
        owner_id = Cells(db.path, link, row).ident("owner_id")
        found.setdefault(owner_id, []).append(records.source(db, row))
    return found


def item_sources(db: Database, ref: ItemRef) -> list[Source]:
    """The sources an item's own record cites (not those of its figures or events)."""
    if ref.kind is ItemKind.SOURCE:
        source = details.source(db, ref.id)
        return [source] if source else []
    if ref.kind is ItemKind.INDUSTRY:
        return details.industry_sources(db, ref.id)
    return records.own_sources(db, ref.kind, ref.id)


def park_industry_links(db: Database) -> dict[str, list[tuple[RelatedItem, str]]]:
    """park id -> its industries, each with the id of the source that records it."""
    found: dict[str, list[tuple[RelatedItem, str]]] = {}
    rows = db.rows(
        """select pi.park_id, i.id, i.name_en, i.name_zh, pi.source_id
        from park_industries pi join industries i on i.id = pi.industry_id
        order by pi.park_id, i.name_en"""
    )
    for row in rows:
        cells = Cells(db.path, "park_industries", row)
        item = RelatedItem(ItemRef(ItemKind.INDUSTRY, cells.ident(1)), cells.text(2), cells.text(3))
        found.setdefault(cells.ident(0), []).append((item, cells.text(4)))
    return found


def project_organization_links(db: Database) -> dict[str, list[tuple[RelatedItem, str]]]:
    """project id -> its organizations (detail: role), each with its source id."""
    found: dict[str, list[tuple[RelatedItem, str]]] = {}
    rows = db.rows(
        """select po.project_id, o.id, o.name_en, o.name_zh, po.role, po.source_id
        from project_organizations po join organizations o on o.id = po.organization_id
        order by po.project_id, case po.role when 'operator' then 0 else 1 end, o.name_en"""
    )
    for row in rows:
        item = records.related_item(db, ItemKind.ORGANIZATION, row, first=1)
        cells = Cells(db.path, "project_organizations", row)
        found.setdefault(cells.ident(0), []).append((item, cells.text(5)))
    return found


def park_place_links(db: Database) -> dict[str, list[RelatedItem]]:
    """park id -> the places it lies in, in the record's order."""
    found: dict[str, list[RelatedItem]] = {}
    rows = db.rows(
        """select pp.park_id, pl.id, pl.name_en, pl.name_zh, pl.kind from park_places pp
        join places pl on pl.id = pp.place_id order by pp.park_id, pp.position"""
    )
    for row in rows:
        item = records.related_item(db, ItemKind.PLACE, row, first=1)
        found.setdefault(Cells(db.path, "park_places", row).ident(0), []).append(item)
    return found
