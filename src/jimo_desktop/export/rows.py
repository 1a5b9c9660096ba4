"""The rows of every export, built from one catalog: where each cell comes from.

``Rows(catalog)`` gives the rows of each kind of record (``parks``, ``organizations``,
``projects``, ``places``, ``industries``, ``figures``, ``events``, ``sources``,
``claims``), each query run once, and ``by_ref`` finds the row of any one item. A row is
a dict keyed by column key (``columns``); keys starting with "_" are for filtering only
and are never written.

Parks, organizations, projects and places share one shape: the cells every item has
(type, id, names, kind, summary), the item's own columns declared in a ``RowShape``,
the cells made from its links, then the sources it cites. ``_item_row`` fills it.

The rows of figures, events, sources and claims are made one record at a time by
``fact_rows``, which also gives every row its provenance cells. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from jimo_desktop.catalog import Catalog, ItemKind, ItemRef, Source
from jimo_desktop.catalog.database import text as cell_text
from jimo_desktop.export.fact_rows import (
    SEP,
    claim_row,
    event_row,
    figure_row,
    provenance,
    source_row,
)
from jimo_desktop.schema import ITEM_TABLES

ExportRow = Mapping[str, Any]


@dataclass(frozen=True)
class RowShape:
    """Where the own cells of a park, organization, project or place row come from."""

    kind: ItemKind  # its value is the row's "type"
    text: Mapping[str, str]  # column key -> record field, written as text ("" for NULL)
    # column key -> (record field holding an id, the table whose English name is written)
    names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    kinds: tuple[str, ...] = ("kind",)  # record fields whose values ``--kind`` matches
    park: str | None = "park_id"  # record field of the park the item is, or is in

    @property
    def table(self) -> str:
        """The database table the records are read from."""
        return ITEM_TABLES[self.kind].name


# The columns of the items table that other tables call differently are filled twice:
# "location" is an organization's address, "founded" a project's start, "park" the park
# a park is part of.
PARK_ROW = RowShape(
    ItemKind.PARK,
    text={
        "aliases": "aliases",
        "category": "category",
        "level": "level",
        "founded": "founded",
        "founded_note": "founded_note",
        "location": "location",
        "admin_code": "admin_code",
    },
    names={"parent": ("parent_id", "parks"), "park": ("parent_id", "parks")},
    kinds=("kind", "category"),
    park="id",
)
ORGANIZATION_ROW = RowShape(
    ItemKind.ORGANIZATION,
    text={
        "name_zh_origin": "name_zh_origin",
        "aliases": "aliases",
        "stock_code": "stock_code",
        "founded": "founded",
        "address": "address",
        "location": "address",
    },
    names={
        "parent": ("parent_id", "organizations"),
        "park": ("park_id", "parks"),
        "place": ("place_id", "places"),
    },
)
PROJECT_ROW = RowShape(
    ItemKind.PROJECT,
    text={
        "aliases": "aliases",
        "started": "started",
        "founded": "started",
        "opened": "opened",
        "location": "location",
    },
    names={"park": ("park_id", "parks"), "place": ("place_id", "places")},
)
PLACE_ROW = RowShape(
    ItemKind.PLACE,
    text={},
    names={"location": ("parent_id", "places")},
    kinds=(),  # places are not exported as a kind of their own, so never filtered by kind
    park=None,
)


def chinese_names(catalog: Catalog) -> dict[ItemRef, str]:
    """The Chinese name of every item a figure can be about."""
    return {
        ItemRef(kind, item_id): name
        for kind in (ItemKind.PLACE, ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT)
        for item_id, name in catalog.item_names(ITEM_TABLES[kind].name, "name_zh").items()
    }


class Rows:
    """Builds the rows of every kind from one catalog, each query run once."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._index: dict[str, dict[str, ExportRow]] = {}  # table -> id -> row, for by_ref
        self._sources: dict[str, dict[str, list[Source]]] = {}  # table -> owner -> sources
        self._names: dict[str, dict[str, str]] = {}  # table -> id -> English name

    def _names_of(self, table: str) -> dict[str, str]:
        """id -> English name of the rows of ``table`` (parents, parks and places), read
        when a row first names one of them."""
        found = self._names.get(table)
        if found is None:
            found = self._names[table] = self.catalog.item_names(table)
        return found

    def _owner_sources(self, table: str) -> dict[str, list[Source]]:
        """The sources of every row of ``table``, read when a row of it first asks (a parks
        export reads those of the parks alone)."""
        found = self._sources.get(table)
        if found is None:
            found = self._sources[table] = self.catalog.sources_by_owner(table)
        return found

    @cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.catalog.sources()}

    @cached_property
    def _park_parents(self) -> dict[str, str | None]:
        return {r["id"]: r["parent_id"] for r in self.catalog.table_rows("parks")}

    def parks_within(self, park_ids: Iterable[str]) -> set[str]:
        """The parks given and every park inside them (zones within zones)."""
        found = set(park_ids)
        changed = True
        while changed:
            changed = False
            for park, parent in self._park_parents.items():
                if parent in found and park not in found:
                    found.add(park)
                    changed = True
        return found

    @cached_property
    def _park_places(self) -> dict[str, str]:
        return {
            park_id: SEP.join(p.name for p in places)
            for park_id, places in self.catalog.park_place_links().items()
        }

    def _cited(self, table: str, item_id: str, link_source_ids: Iterable[str]) -> list[Source]:
        """An item's own sources, then those of its links (industries, organizations)."""
        linked = (self._sources_by_id[s] for s in link_source_ids if s in self._sources_by_id)
        return [*self._owner_sources(table).get(item_id, []), *linked]

    def _name(self, table: str, item_id: Any) -> str:
        return self._names_of(table).get(item_id, "") if item_id else ""

    def _item_row(
        self,
        shape: RowShape,
        record: Mapping[str, Any],
        link_source_ids: Iterable[str] = (),
        **linked: str,
    ) -> dict[str, Any]:
        """The row of one record read by ``shape``: the cells every item has, its own
        columns, the cells made from its links (``linked``), then the sources it cites
        (its own, then those of the links ``link_source_ids`` name)."""
        row: dict[str, Any] = {
            "type": shape.kind.value,
            "id": record["id"],
            "name_en": record["name_en"],
            "name_zh": cell_text(record["name_zh"]),
            "kind": record["kind"],
            "summary": cell_text(record["summary"]),
        }
        row.update((key, cell_text(record[name])) for key, name in shape.text.items())
        row.update(
            (key, self._name(table, record[name])) for key, (name, table) in shape.names.items()
        )
        row.update(linked)
        row.update(provenance(self._cited(shape.table, record["id"], link_source_ids)))
        if shape.park is not None:
            park = record[shape.park]
            row["_parks"] = {park} if park else set()
        if shape.kinds:
            row["_kinds"] = {record[name].casefold() for name in shape.kinds}
        return row

    @cached_property
    def parks(self) -> list[dict[str, Any]]:
        industries = self.catalog.park_industry_links()
        rows = []
        for r in self.catalog.table_rows(PARK_ROW.table):
            links = industries.get(r["id"], [])
            row = self._item_row(
                PARK_ROW,
                r,
                (s for _, s in links),
                places=self._park_places.get(r["id"], ""),
                industries=SEP.join(i.name for i, _ in links),
            )
            row["_industries"] = (
                {i.ref.id.casefold() for i, _ in links}
                | {i.name.casefold() for i, _ in links}
                | {i.name_zh for i, _ in links if i.name_zh}
            )
            rows.append(row)
        return rows

    @cached_property
    def organizations(self) -> list[dict[str, Any]]:
        return [
            self._item_row(ORGANIZATION_ROW, r)
            for r in self.catalog.table_rows(ORGANIZATION_ROW.table)
        ]

    @cached_property
    def projects(self) -> list[dict[str, Any]]:
        links = self.catalog.project_organization_links()
        rows = []
        for r in self.catalog.table_rows(PROJECT_ROW.table):
            orgs = links.get(r["id"], [])
            roles = SEP.join(f"{o.name} ({o.detail})" for o, _ in orgs)
            rows.append(self._item_row(PROJECT_ROW, r, (s for _, s in orgs), organizations=roles))
        return rows

    @cached_property
    def places(self) -> list[dict[str, Any]]:
        return [self._item_row(PLACE_ROW, r) for r in self.catalog.table_rows(PLACE_ROW.table)]

    @cached_property
    def industries(self) -> list[dict[str, Any]]:
        rows = []
        for r in self.catalog.table_rows("industries"):
            cited = self.catalog.item_sources(ItemRef(ItemKind.INDUSTRY, r["id"]))
            rows.append(
                {
                    "type": ItemKind.INDUSTRY.value,
                    "id": r["id"],
                    "name_en": r["name_en"],
                    "name_zh": cell_text(r["name_zh"]),
                    "kind": "industry",
                    "summary": cell_text(r["description"]),
                    **provenance(cited),
                }
            )
        return rows

    @cached_property
    def figures(self) -> list[dict[str, Any]]:
        names = chinese_names(self.catalog)
        return [figure_row(f, names.get(f.subject, "")) for f in self.catalog.all_figures()]

    @cached_property
    def events(self) -> list[dict[str, Any]]:
        return [event_row(e) for e in self.catalog.events()]

    @cached_property
    def sources(self) -> list[dict[str, Any]]:
        return [source_row(s) for s in self.catalog.sources()]

    @cached_property
    def claims(self) -> list[dict[str, Any]]:
        seeds = {r["id"]: r["source_id"] for r in self.catalog.table_rows("claims")}
        return [
            claim_row(c, seeds.get(c.id, ""), self._sources_by_id.get(seeds.get(c.id, "")))
            for c in self.catalog.claims()
        ]

    @cached_property
    def zones(self) -> list[dict[str, Any]]:
        """The catalogue of development zones, one row per entry (``zones.export_rows``)."""
        return [
            zone
            | {
                "type": ItemKind.ZONE.value,
                **provenance(cited),
                # --kind: the type of zone, or who approved it (国务院, 省政府)
                "_kinds": {str(zone["zone_type"]), str(zone["approver"])},
            }
            for zone, cited in self.catalog.zone_rows()
        ]

    def by_ref(self, ref: ItemRef) -> ExportRow | None:
        """The row of one item of any kind (None when it is not in the database)."""
        table = ITEM_TABLES[ref.kind].name
        index = self._index.get(table)
        if index is None:
            index = {row["id"]: row for row in getattr(self, table)}
            self._index[table] = index
        return index.get(ref.id)
