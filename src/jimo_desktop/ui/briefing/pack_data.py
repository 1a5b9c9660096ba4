"""What the briefing pack says, read from the catalog once (``gather``).

``PackData`` holds each item's detail, the comparison of the items (2 to 5 of them), the
fact check's claims about them, the map's data with the towns the items' sources place
them in, and every source cited, numbered in the order the pack first cites them.
Nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog, Claim
from jimo_desktop.catalog.map_data import MapData, MapPlace
from jimo_desktop.comparison import MAX_ITEMS, MIN_ITEMS, Comparison, compare
from jimo_desktop.figures import sorted_sources
from jimo_desktop.items import Detail, Item, ItemKind, ItemRef, Organization, Project, Source
from jimo_desktop.ui.briefing.pack_words import PackRequest


@dataclass
class PackData:
    """What the pack says, read from the catalog."""

    details: list[Detail]
    claims: list[Claim]
    comparison: Comparison | None
    sources: list[Source]  # numbered 1… in this order
    data_as_of: str
    database_hash: str
    made_on: QDate = field(default_factory=QDate.currentDate)
    map: MapData | None = None  # when the pack holds the map

    def number(self, source: Source) -> int:
        return self._numbers()[source.id]

    def _numbers(self) -> dict[str, int]:
        return {s.id: n for n, s in enumerate(self.sources, start=1)}

    def towns_of(self, detail: Detail) -> tuple[MapPlace, ...]:
        """The towns the sources place an item in: a park's own, an enterprise's or a
        project's park's (none where only the district is named, or without a map)."""
        park = map_park(detail.item)
        return self.map.places_of(park.id) if self.map is not None and park else ()

    def district_only(self, detail: Detail) -> bool:
        """The item's park is placed in the district only: its town is not published."""
        park = map_park(detail.item)
        if self.map is None or park is None:
            return False
        return any(k.ref == park for k in self.map.district_only)


def map_park(item: Item) -> ItemRef | None:
    """The park the map places ``item`` by: itself, or the park of an enterprise or project."""
    if item.ref.kind is ItemKind.PARK:
        return item.ref
    if isinstance(item, Organization | Project) and item.park is not None:
        return item.park.ref
    return None


def item_names(item: Item) -> tuple[str, str]:
    """An item's English and Chinese names (a source has its title only)."""
    if isinstance(item, Source):
        return item.title, ""
    return item.name_en, item.name_zh


def gather(catalog: Catalog, request: PackRequest) -> PackData:
    """Everything the pack of ``request`` says; items that do not exist are left out."""
    details: list[Detail] = []
    seen: set[ItemRef] = set()
    for ref in request.refs:
        if ref in seen:
            continue
        seen.add(ref)
        detail = catalog.detail(ref)
        if detail is not None and ref.kind is not ItemKind.SOURCE:
            details.append(detail)
    refs = {d.item.ref for d in details}
    claims = [c for c in catalog.claims() if refs & {r.ref for r in c.related}]
    comparison = None
    if request.parts.comparison and MIN_ITEMS <= len(details) <= MAX_ITEMS:
        comparison = compare(
            details, {d.item.ref: catalog.item_sources(d.item.ref) for d in details}
        )
    cited: list[Source] = []
    for detail in details:
        cited += sorted_sources(detail.sources)
    map_data = catalog.map_data() if request.parts.map and details else None
    if map_data is not None:
        cited += _map_sources(map_data, details)
    if request.parts.fact_check:
        for claim in claims:
            cited += claim.evidence_sources
    sources = list({s.id: s for s in cited}.values())
    return PackData(
        details,
        claims,
        comparison,
        sources,
        catalog.data_as_of,
        paths.database_hash(catalog.path),
        map=map_data,
    )


def _map_sources(data: MapData, details: list[Detail]) -> list[Source]:
    """The sources the map page cites: the outlines', and those placing the items."""
    parks = {p for p in (map_park(d.item) for d in details) if p is not None}
    ids = [data.source.id] if data.source is not None else []
    for place in data.towns():
        ids += [k.source_id for k in place.parks if k.ref in parks]
    ids += [k.source_id for k in data.district_only if k.ref in parks]
    return [data.sources[i] for i in dict.fromkeys(ids) if i in data.sources]
