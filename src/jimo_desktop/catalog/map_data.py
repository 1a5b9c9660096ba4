"""What the map draws: outlines of places, the parks in each, and the one stated point.

``map_data`` reads the ``boundaries`` table (OpenStreetMap outlines, simplified by the
build) with the places they outline, the sourced links of ``park_places`` (a park is in the
places its sources name; ``jimo`` when they name only the district) and the district's
coordinate, the only point any source states. ``MapData`` holds them as plain objects:
rings are flat ``lon, lat, lon, lat …`` arrays of floats. A park whose only link is the district is in
``district_only`` ("location within the district not published"), never in a town. The
``coast`` table (GSHHG's shoreline, simplified by the build) gives ``MapCoast``: the sea, the
shoreline and the stretches of Jimo's outline the build found along it; a database without
the table opens with ``coast`` None. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import sys
from array import array
from dataclasses import dataclass, field

from jimo_desktop.catalog import records
from jimo_desktop.catalog.database import Database
from jimo_desktop.items import ItemKind, ItemRef, Source
from jimo_desktop.schema import BOUNDARIES_TABLE, COAST_TABLE
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

DISTRICT_ID = "jimo"
# Drawn on the map and on every export of it, as the licence asks (in the interface's
# language: OpenStreetMap's guidelines let the credit be translated).
ATTRIBUTION = QT_TRANSLATE_NOOP("MapData", "© OpenStreetMap contributors (ODbL)")
COPYRIGHT_ADDRESS = "https://www.openstreetmap.org/copyright"
# The shoreline's credit, beside OpenStreetMap's wherever the coast is drawn.
COAST_ATTRIBUTION = QT_TRANSLATE_NOOP("MapData", "Coast: GSHHG, Wessel & Smith (LGPL-3.0)")
COAST_ADDRESS = "https://www.soest.hawaii.edu/pwessel/gshhg/"
DISTRICT_ONLY = QT_TRANSLATE_NOOP("MapData", "Location within the district not published")

Ring = array  # of float ("d"): lon, lat, lon, lat …
Polygon = tuple[Ring, ...]  # the outer ring, then holes
Line = array  # of float ("d"): lon, lat, lon, lat … (open; an island's comes back to its start)


@dataclass(frozen=True, slots=True)
class MapPark:
    """A park linked to a place, with the source of the link and what it says."""

    ref: ItemRef
    name: str
    name_zh: str
    source_id: str
    note: str


@dataclass(frozen=True, slots=True)
class MapPlace:
    """One outline: the place, its administrative level and its polygons."""

    ref: ItemRef
    name: str
    name_zh: str
    kind: str
    level: int  # OSM admin_level: 5 the city, 6 a district, 8 a sub-district or town
    parent_id: str
    polygons: tuple[Polygon, ...]
    label_at: tuple[float, float]  # lon, lat where the name is written
    source_id: str
    parks: tuple[MapPark, ...] = ()

    @property
    def is_town(self) -> bool:
        """A sub-district or town of Jimo (what the map shades and lists parks for)."""
        return self.level == 8

    def bounds(self) -> tuple[float, float, float, float]:
        """min lon, min lat, max lon, max lat of the outer rings."""
        xs = [x for polygon in self.polygons for x in polygon[0][0::2]]
        ys = [y for polygon in self.polygons for y in polygon[0][1::2]]
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A coordinate a source states (the district's), with its sources."""

    ref: ItemRef
    name: str
    name_zh: str
    latitude: float
    longitude: float
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MapCoast:
    """The sea inside the shoreline's box, the shoreline, and Jimo's sea edge."""

    sea: tuple[Polygon, ...]  # the box, the land's rings as holes (odd-even)
    shoreline: tuple[Line, ...]
    sea_edge: tuple[Line, ...]  # stretches of Jimo's outline along the shoreline
    source_id: str


@dataclass(frozen=True, slots=True)
class MapData:
    places: tuple[MapPlace, ...]
    district_only: tuple[MapPark, ...]
    points: tuple[MapPoint, ...]
    source: Source | None
    sources: dict[str, Source] = field(default_factory=dict)
    coast: MapCoast | None = None

    @property
    def coast_source(self) -> Source | None:
        return self.sources.get(self.coast.source_id) if self.coast is not None else None

    def place(self, place_id: str) -> MapPlace | None:
        return next((p for p in self.places if p.ref.id == place_id), None)

    def towns(self) -> tuple[MapPlace, ...]:
        """Jimo's sub-districts and towns, by their code (the order Tab goes through them)."""
        return tuple(p for p in self.places if p.is_town)

    def places_of(self, park_id: str) -> tuple[MapPlace, ...]:
        """The towns a park is linked to (none when the sources name only the district)."""
        return tuple(p for p in self.towns() if any(k.ref.id == park_id for k in p.parks))


def _polygons(geometry: bytes, rings: str) -> tuple[Polygon, ...]:
    """The rings of the packed coordinates (float32 pairs) cut by the shape's point counts."""
    values = array("f")
    values.frombytes(geometry)
    if sys.byteorder == "big":
        values.byteswap()
    coordinates = array("d", values)
    polygons: list[Polygon] = []
    start = 0
    for polygon in json.loads(rings):
        cut = []
        for count in polygon:
            cut.append(coordinates[start : start + 2 * count])
            start += 2 * count
        polygons.append(tuple(cut))
    return tuple(polygons)


def _coast(db: Database) -> MapCoast | None:
    """The coast's rows, or None in a database built without them."""
    if not db.rows("select 1 from sqlite_master where type = 'table' and name = ?", (COAST_TABLE,)):
        return None
    rows = db.rows(f"select kind, geometry, rings, source_id from {COAST_TABLE} order by id")
    parts = {str(row[0]): _polygons(bytes(row[1]), str(row[2])) for row in rows}
    if "shoreline" not in parts:
        return None

    def lines(kind: str) -> tuple[Line, ...]:
        return tuple(polygon[0] for polygon in parts.get(kind, ()))

    source_id = next(str(row[3]) for row in rows if row[0] == "shoreline")
    return MapCoast(parts.get("sea", ()), lines("shoreline"), lines("sea-edge"), source_id)


def _links(db: Database) -> dict[str, list[MapPark]]:
    """place id -> the parks linked to it, with the link's source and note."""
    found: dict[str, list[MapPark]] = {}
    rows = db.rows(
        """select pp.place_id, p.id, p.name_en, p.name_zh, pp.source_id, pp.note
        from park_places pp join parks p on p.id = pp.park_id
        order by pp.place_id, p.name_en"""
    )
    for row in rows:
        park = MapPark(
            ItemRef(ItemKind.PARK, str(row[1])),
            str(row[2] or ""),
            str(row[3] or ""),
            str(row[4] or ""),
            str(row[5] or ""),
        )
        found.setdefault(str(row[0]), []).append(park)
    return found


def map_data(db: Database) -> MapData:
    """Everything the map shows, read once."""
    links = _links(db)
    rows = db.rows(
        f"""select pl.id, pl.name_en, pl.name_zh, pl.kind, b.level, pl.parent_id, b.geometry,
        b.source_id, b.rings, b.label_lon, b.label_lat
        from {BOUNDARIES_TABLE} b join places pl on pl.id = b.place_id
        order by b.level, pl.admin_code, pl.id"""
    )
    places = tuple(
        MapPlace(
            ItemRef(ItemKind.PLACE, str(row[0])),
            str(row[1] or ""),
            str(row[2] or ""),
            str(row[3] or ""),
            int(row[4]),
            str(row[5] or ""),
            _polygons(bytes(row[6]), str(row[8])),
            (float(row[9] or 0.0), float(row[10] or 0.0)),
            str(row[7]),
            tuple(links.get(str(row[0]), ())) if int(row[4]) == 8 else (),
        )
        for row in rows
    )
    district_only = tuple(links.get(DISTRICT_ID, ()))
    points = tuple(
        MapPoint(
            ItemRef(ItemKind.PLACE, str(row[0])),
            str(row[1] or ""),
            str(row[2] or ""),
            float(row[3]),
            float(row[4]),
            tuple(s.id for s in records.own_sources(db, ItemKind.PLACE, str(row[0]))),
        )
        for row in db.rows(
            """select id, name_en, name_zh, latitude, longitude from places
            where latitude is not null and longitude is not null order by id"""
        )
    )
    coast = _coast(db)
    source_ids = sorted(
        {p.source_id for p in places}
        | {k.source_id for ks in links.values() for k in ks}
        | ({coast.source_id} if coast is not None else set())
    )
    marks = ",".join("?" * len(source_ids))
    sources = {
        s.id: s
        for s in records.sources(db, f"select * from sources where id in ({marks})", source_ids)
    }
    boundary_source = sources.get(places[0].source_id) if places else None
    return MapData(places, district_only, points, boundary_source, sources, coast)
