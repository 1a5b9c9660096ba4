"""Everything about one item: ``detail(db, ref)`` for the detail pane.

A park, organization, project, place, industry or source becomes a ``Detail``: the item's
own record, its figures (conflicts flagged), its events, every source any of them cites
(in source order) and the items related to it. Every cell is checked as it is read
(``cells.Cells``): a damaged row raises ``DatabaseDamaged``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from jimo_desktop.catalog import records, zones
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.figures import SOURCE_ORDER_SQL, sorted_sources
from jimo_desktop.items import (
    Detail,
    Event,
    Industry,
    Item,
    ItemKind,
    ItemRef,
    Organization,
    Park,
    Place,
    Project,
    RelatedItem,
    Source,
    own_origin,
)
from jimo_desktop.schema import ITEM_TABLES


def detail(db: Database, ref: ItemRef) -> Detail | None:
    """Everything about one park, organization, project, place, industry or source."""
    loader: Callable[[Database, str], Detail | None] | None = _LOADERS.get(ref.kind)
    return loader(db, ref.id) if loader else None


def _detail(
    db: Database,
    item: Item,
    own_sources: Iterable[Source],
    events: Sequence[Event],
    related: Sequence[RelatedItem],
) -> Detail:
    figures = records.figures_for(db, item.ref)
    cited = sorted_sources(
        [
            *own_sources,
            *(s for f in figures for s in f.sources),
            *(s for e in events for s in e.sources),
        ]
    )
    return Detail(item, tuple(figures), tuple(events), cited, tuple(related))


def _children(db: Database, kind: ItemKind, column: str, owner_id: str) -> tuple[RelatedItem, ...]:
    """The items of ``kind`` whose ``column`` names ``owner_id``, by name."""
    return records.related_list(
        db,
        kind,
        f"select id, name_en, name_zh, kind from {ITEM_TABLES[kind].name} "
        f"where {column} = ? order by name_en",
        (owner_id,),
    )


def _with_name_origins(
    db: Database, table: str, items: tuple[RelatedItem, ...]
) -> tuple[RelatedItem, ...]:
    """The items with ``own_name_zh`` set where their Chinese name is the project's own."""
    origins = {
        row[0]: row[1]
        for row in db.rows(f"select id, name_zh_origin from {table} where name_zh_origin != ''")
    }
    return tuple(
        replace(item, own_name_zh=own_origin(origins.get(item.ref.id, ""))) for item in items
    )


# -- parks --------------------------------------------------------------------------------


def park(db: Database, park_id: str) -> Park | None:
    row = db.one("select * from parks where id = ?", (park_id,))
    if row is None:
        return None
    places = records.related_list(
        db,
        ItemKind.PLACE,
        """select pl.id, pl.name_en, pl.name_zh, pl.kind from park_places pp
        join places pl on pl.id = pp.place_id where pp.park_id = ? order by pp.position""",
        (park_id,),
    )
    industries = records.related_list(
        db,
        ItemKind.INDUSTRY,
        """select i.id, i.name_en, i.name_zh, pi.source_id from park_industries pi
        join industries i on i.id = pi.industry_id where pi.park_id = ? order by i.name_en""",
        (park_id,),
    )
    industries = _with_name_origins(db, "industries", industries)
    cells = Cells(db.path, "parks", row)
    return Park(
        ItemRef(ItemKind.PARK, park_id),
        cells.text("name_en"),
        cells.text("name_zh"),
        cells.words("aliases"),
        cells.text("kind"),
        cells.text("level"),
        cells.period("founded"),
        cells.text("founded_note"),
        cells.text("location"),
        cells.text("summary"),
        cells.text("admin_code"),
        records.maybe(db, ItemKind.PARK, cells.text("parent_id")),
        places,
        industries,
        zones.entries_for_park(db, park_id),
    )


def _park_detail(db: Database, park_id: str) -> Detail | None:
    item = park(db, park_id)
    if item is None:
        return None
    related = [
        *_children(db, ItemKind.PARK, "parent_id", park_id),
        *_children(db, ItemKind.PROJECT, "park_id", park_id),
        *_children(db, ItemKind.ORGANIZATION, "park_id", park_id),
    ]
    catalogue_sources = [
        source
        for entry in item.catalogue
        for source in (entry.source, entry.link_source)
        if source is not None
    ]
    return _detail(
        db,
        item,
        [*records.own_sources(db, ItemKind.PARK, park_id), *catalogue_sources],
        records.events_of(db, item.ref),
        related,
    )


# -- organizations and projects -----------------------------------------------------------


def _organization_detail(db: Database, org_id: str) -> Detail | None:
    row = db.one("select * from organizations where id = ?", (org_id,))
    if row is None:
        return None
    cells = Cells(db.path, "organizations", row)
    org = Organization(
        ItemRef(ItemKind.ORGANIZATION, org_id),
        cells.text("name_en"),
        cells.text("name_zh"),
        cells.words("aliases"),
        cells.text("kind"),
        cells.text("stock_code"),
        cells.period("founded"),
        cells.text("address"),
        cells.text("summary"),
        records.maybe(db, ItemKind.ORGANIZATION, cells.text("parent_id")),
        records.maybe(db, ItemKind.PARK, cells.text("park_id")),
        records.maybe(db, ItemKind.PLACE, cells.text("place_id")),
        cells.text("name_zh_origin"),
    )
    related = [
        *records.related_list(
            db,
            ItemKind.PROJECT,
            """select j.id, j.name_en, j.name_zh, po.role from project_organizations po
            join projects j on j.id = po.project_id where po.organization_id = ?
            order by j.name_en""",
            (org_id,),
        ),
        *_children(db, ItemKind.ORGANIZATION, "parent_id", org_id),
        *_through_projects(db, org_id, org.park),
    ]
    return _detail(
        db,
        org,
        records.own_sources(db, ItemKind.ORGANIZATION, org_id),
        records.events_of(db, org.ref),
        related,
    )


def _through_projects(db: Database, org_id: str, own_park: RelatedItem | None) -> list[RelatedItem]:
    """The parks and places of an organization's projects, each marked with the project
    it goes through (``via``); the organization's own park is on its card already."""
    found: list[RelatedItem] = []
    for kind, column in ((ItemKind.PARK, "park_id"), (ItemKind.PLACE, "place_id")):
        table = ITEM_TABLES[kind].name
        rows = db.rows(
            f"""select distinct t.id, t.name_en, t.name_zh, t.kind,
            j.id, j.name_en, j.name_zh from project_organizations po
            join projects j on j.id = po.project_id join {table} t on t.id = j.{column}
            where po.organization_id = ? order by t.name_en, j.name_en""",
            (org_id,),
        )
        for row in rows:
            item = records.related_item(db, kind, row)
            if own_park is not None and item.ref == own_park.ref:
                continue
            via = records.related_item(db, ItemKind.PROJECT, row, first=4)
            found.append(replace(item, via=via))
    return found


def _project_detail(db: Database, project_id: str) -> Detail | None:
    row = db.one("select * from projects where id = ?", (project_id,))
    if row is None:
        return None
    cells = Cells(db.path, "projects", row)
    project = Project(
        ItemRef(ItemKind.PROJECT, project_id),
        cells.text("name_en"),
        cells.text("name_zh"),
        cells.words("aliases"),
        cells.text("kind"),
        cells.period("started"),
        cells.period("opened"),
        cells.text("location"),
        cells.text("summary"),
        records.maybe(db, ItemKind.PARK, cells.text("park_id")),
        records.maybe(db, ItemKind.PLACE, cells.text("place_id")),
    )
    related = records.related_list(
        db,
        ItemKind.ORGANIZATION,
        """select o.id, o.name_en, o.name_zh, po.role from project_organizations po
        join organizations o on o.id = po.organization_id where po.project_id = ?
        order by case po.role when 'operator' then 0 else 1 end, o.name_en""",
        (project_id,),
    )
    return _detail(
        db,
        project,
        records.own_sources(db, ItemKind.PROJECT, project_id),
        records.events_of(db, project.ref),
        related,
    )


# -- places and industries ----------------------------------------------------------------


def place(db: Database, place_id: str) -> Place | None:
    row = db.one("select * from places where id = ?", (place_id,))
    if row is None:
        return None
    cells = Cells(db.path, "places", row)
    return Place(
        ItemRef(ItemKind.PLACE, place_id),
        cells.text("name_en"),
        cells.text("name_zh"),
        cells.text("kind"),
        cells.text("admin_code"),
        cells.number("latitude"),
        cells.number("longitude"),
        cells.text("summary"),
        records.maybe(db, ItemKind.PLACE, cells.text("parent_id")),
        cells.words("aliases"),
    )


# Events tied to no park, organization or project concern the district as a whole.
_DISTRICT_EVENTS = """not exists (select 1 from event_parks x where x.event_id = e.id)
    and not exists (select 1 from event_organizations x where x.event_id = e.id)
    and not exists (select 1 from event_projects x where x.event_id = e.id)"""


def _place_detail(db: Database, place_id: str) -> Detail | None:
    item = place(db, place_id)
    if item is None:
        return None
    related = [
        *records.related_list(
            db,
            ItemKind.PLACE,
            "select id, name_en, name_zh, kind from places where parent_id = ? "
            "order by admin_code, id",
            (place_id,),
        ),
        *records.related_list(
            db,
            ItemKind.PARK,
            """select p.id, p.name_en, p.name_zh, p.kind from park_places pp
            join parks p on p.id = pp.park_id where pp.place_id = ? order by p.name_en""",
            (place_id,),
        ),
        *_children(db, ItemKind.ORGANIZATION, "place_id", place_id),
        *_children(db, ItemKind.PROJECT, "place_id", place_id),
    ]
    # The district's own events, on the district the data is about (not the map's others).
    about = item.kind == "district" and db.one(
        "select 1 from places where parent_id = ? limit 1", (place_id,)
    )
    events = records.events_where(db, _DISTRICT_EVENTS) if about else []
    return _detail(db, item, records.own_sources(db, ItemKind.PLACE, place_id), events, related)


def industry_sources(db: Database, industry_id: str) -> list[Source]:
    """The sources that link parks to an industry (an industry has no record of its own)."""
    return records.sources(
        db,
        f"""select distinct s.* from park_industries pi join sources s on s.id = pi.source_id
        where pi.industry_id = ? order by {SOURCE_ORDER_SQL.format(column="s.id")}""",
        (industry_id,),
    )


def _industry_detail(db: Database, industry_id: str) -> Detail | None:
    row = db.one("select * from industries where id = ?", (industry_id,))
    if row is None:
        return None
    cells = Cells(db.path, "industries", row)
    industry = Industry(
        ItemRef(ItemKind.INDUSTRY, industry_id),
        cells.text("name_en"),
        cells.text("name_zh"),
        cells.text("description"),
        cells.text("name_zh_origin"),
    )
    related = records.related_list(
        db,
        ItemKind.PARK,
        """select p.id, p.name_en, p.name_zh, p.kind from park_industries pi
        join parks p on p.id = pi.park_id where pi.industry_id = ? order by p.name_en""",
        (industry_id,),
    )
    return _detail(db, industry, industry_sources(db, industry_id), [], related)


# -- sources ------------------------------------------------------------------------------


def source(db: Database, source_id: str) -> Source | None:
    found = records.sources(db, "select * from sources s where id = ?", (source_id,))
    return found[0] if found else None


def _source_detail(db: Database, source_id: str) -> Detail | None:
    """A source with everything that cites it: items, figures, events."""
    item = source(db, source_id)
    if item is None:
        return None
    related: list[RelatedItem] = []
    for kind in (ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT, ItemKind.PLACE):
        table = ITEM_TABLES[kind]
        related += records.related_list(
            db,
            kind,
            f"""select t.id, t.name_en, t.name_zh, t.kind from {table.sources_link} l
            join {table.name} t on t.id = l.{table.id_column} where l.source_id = ?
            order by t.name_en""",
            (source_id,),
        )
    figures = records.figures(
        db, "f.id in (select figure_id from figure_sources where source_id = ?)", (source_id,)
    )
    events = records.events_where(
        db, "e.id in (select event_id from event_sources where source_id = ?)", (source_id,)
    )
    return Detail(item, tuple(figures), tuple(events), (item,), tuple(related))


_LOADERS: dict[ItemKind, Callable[[Database, str], Detail | None]] = {
    ItemKind.PARK: _park_detail,
    ItemKind.ORGANIZATION: _organization_detail,
    ItemKind.PROJECT: _project_detail,
    ItemKind.PLACE: _place_detail,
    ItemKind.INDUSTRY: _industry_detail,
    ItemKind.SOURCE: _source_detail,
    ItemKind.ZONE: zones.zone_detail,
}
