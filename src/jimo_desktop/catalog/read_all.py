"""Read every record of the database once, so that a damaged row anywhere is found.

``read_everything(db)`` asks every question the window and the exports ask, of every item:
the detail of each park, organization, project, place, industry and source, every event,
claim and figure, the tree under each grouping, the home page, the search index and the
whole tables the exports write (with the catalogue of development zones where the file has
it: each zone's page, its row in the tree's Context grouping, its export row). Each value is checked as it is read (``cells``), so a
damaged file raises a ``DatabaseError`` naming it. ``--self-test`` and the damaged-database
bench use it. Nothing here imports Qt.
"""

from __future__ import annotations

from jimo_desktop.catalog import (
    details,
    export_queries,
    fact_check,
    overview,
    records,
    tree,
    zones,
)
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.catalog.search import search
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.schema import ITEM_TABLES, SEARCH_TABLE

# The kinds of item that have a detail page.
_DETAILED = (
    ItemKind.PARK,
    ItemKind.ORGANIZATION,
    ItemKind.PROJECT,
    ItemKind.PLACE,
    ItemKind.INDUSTRY,
    ItemKind.SOURCE,
)


def _detailed(db: Database) -> tuple[ItemKind, ...]:
    """The kinds with a page in this file: zones only where it has the catalogue."""
    return (*_DETAILED, ItemKind.ZONE) if zones.has_catalogue(db) else _DETAILED


def read_everything(db: Database) -> int:
    """Read every record once; the number of items whose detail was read."""
    read = 0
    for kind in _detailed(db):
        table = ITEM_TABLES[kind].name
        for row in db.rows(f"select id from {table} order by id"):
            details.detail(db, ItemRef(kind, Cells(db.path, table, row).ident("id")))
            read += 1
    records.events_where(db, "1")
    records.figures(db, "1")
    fact_check.claims(db)
    overview.overview(db)
    for grouping in tree.Grouping:
        for group in tree.groups(db, grouping):
            for park in tree.parks(db, grouping, group.key):
                if park.subgroup:  # a city of the Context grouping: its zones
                    tree.parks(db, grouping, park.key)
                elif park.ref is not None:
                    tree.children(db, park.ref)
    for row in db.rows(f"select * from {SEARCH_TABLE} order by rowid"):
        cells = Cells(db.path, SEARCH_TABLE, row)
        cells.kind("kind")
        cells.ident("item_id")
        for column in ("title", "title_zh", "aliases", "body"):
            cells.text(column)
    for query in ("park", "即墨", "FAW"):
        search(db, query)
    for table in ("parks", "organizations", "projects", "places", "industries", "events"):
        export_queries.table_rows(db, table)
    for table in ("sources", "claims"):
        export_queries.table_rows(db, table)
    for table in ("parks", "organizations", "projects", "places", "events", "claims"):
        export_queries.sources_by_owner(db, table)
    export_queries.park_industry_links(db)
    export_queries.project_organization_links(db)
    export_queries.park_place_links(db)
    zones.export_rows(db)
    return read
