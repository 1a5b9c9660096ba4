"""The coast: GSHHG's shoreline around Qingdao, simplified, and Jimo's sea edge found on it.

``read_coast`` reads ``data/sources/coast-gshhg.geojson`` (GSHHG 2.3.6, full resolution,
level 1: the land/ocean shoreline, clipped to a box around Qingdao by
``data/sources/coast/extract_gshhg.py``; LGPL-3.0-or-later, see ``data/sources/README.md``)
into three rows of the ``coast`` table, each citing ``COAST_SOURCE``:

- ``sea``: the box with the land's rings as holes (drawn with the odd-even rule, it is the
  sea inside the box);
- ``shoreline``: the land's outline without the parts that run along the box's edge, as open
  lines (an island's line comes back to its first point);
- ``sea-edge``: the parts of Jimo's outline (its simplified ``boundaries`` row: OpenStreetMap,
  so the row also names ``place_id`` = ``jimo``) whose every point lies within
  ``SEA_EDGE_METRES`` of that shoreline, measured on the outline cut into steps of at most
  ``_STEP_METRES``; pieces shorter than ``_SHORTEST_EDGE_METRES`` are dropped.

The shoreline is simplified with Douglas–Peucker at ``COAST_TOLERANCE_DEGREES`` (0.0005°:
about 55 m north–south and 45 m east–west, half GSHHG's own resolution of about 100 m, so
nothing the data knows is lost, and a pixel or less until the map is zoomed in eight times):
its pieces once, and the sea's holes made of the same simplified pieces, so that the tint
and the line agree at every zoom. The sea edge, a part of Jimo's outline, keeps the
outline's points (simplified at ``boundaries.TOLERANCE_DEGREES`` like it). Stored as the boundaries are
(float32 ``lon, lat`` pairs, and the point counts as JSON: ``[[n1, n2 …]]`` for the sea's
rings, ``[[n1], [n2] …]`` for lines). A coast file whose source row is missing, or whose box
or a feature's geometry is malformed, is refused; without the file the table stays empty.
Nothing here imports Qt.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop.build.boundaries import TOLERANCE_DEGREES, douglas_peucker, packed
from jimo_desktop.build.read_sources import Problem, Record
from jimo_desktop.schema import COAST_FILE, COAST_SOURCE, COAST_TABLE

COAST_TOLERANCE_DEGREES = 0.0005
SEA_EDGE_METRES = 1000.0
_STEP_METRES = 50.0
_SHORTEST_EDGE_METRES = 800.0
SEA_EDGE_PLACE = "jimo"
# Metres per degree at Jimo's latitude (36.4° N), north–south and east–west.
_M_LAT = 110_950.0
_M_LON = 111_320.0 * math.cos(math.radians(36.4))

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # west, south, east, north
CoastRow = dict[str, Any]


class Malformed(ValueError):
    pass


def _box(value: Any) -> Box:
    if not (isinstance(value, list) and len(value) == 4):
        raise Malformed("bbox: not [west, south, east, north]")
    west, south, east, north = (_number(v) for v in value)
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise Malformed(f"bbox: {value} is not a box")
    return west, south, east, north


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Malformed(f"{value!r} is not a coordinate")
    return float(value)


def land_ring(geometry: Any, box: Box) -> list[Point]:
    """A feature's one closed ring inside the box, without its repeated last point."""
    if not isinstance(geometry, dict) or geometry.get("type") != "Polygon":
        raise Malformed("not a Polygon")
    rings = geometry.get("coordinates")
    if not isinstance(rings, list) or len(rings) != 1 or not isinstance(rings[0], list):
        raise Malformed("a land polygon has one ring (GSHHG's lakes are not level 1)")
    points: list[Point] = []
    for position in rings[0]:
        if not isinstance(position, list) or len(position) < 2:
            raise Malformed(f"{position!r} is not a position")
        points.append((_number(position[0]), _number(position[1])))
    if len(points) < 4 or points[0] != points[-1]:
        raise Malformed("a ring needs four positions or more, the last repeating the first")
    west, south, east, north = box
    for x, y in points:
        if not (west <= x <= east and south <= y <= north):
            raise Malformed(f"({x}, {y}) lies outside the file's bbox")
    return points[:-1]


def _along_box(a: Point, b: Point, box: Box) -> bool:
    """Whether the segment a→b runs along the box's edge (where the extract cut the land)."""
    west, south, east, north = box
    return any(a[i] == b[i] == edge for i, edge in ((0, west), (0, east), (1, south), (1, north)))


def split_ring(ring: Sequence[Point], box: Box, tolerance: float) -> tuple[list[Point], list]:
    """The ring simplified, and its shoreline: the simplified runs not along the box."""
    count = len(ring)
    cut = [i for i in range(count) if _along_box(ring[i], ring[(i + 1) % count], box)]
    if not cut:
        closed = [*ring, ring[0]]
        line = douglas_peucker(closed, tolerance)
        if len(line) < 4:  # a speck below the tolerance
            line = closed if len(closed) >= 4 else []
        return line[:-1], [line] if line else []
    start = (cut[0] + 1) % count  # the first point after a stretch along the box
    order = [ring[(start + k) % count] for k in range(count + 1)]
    simplified: list[Point] = [order[0]]
    lines: list[list[Point]] = []
    run: list[Point] = [order[0]]
    for a, b in pairwise(order):
        if _along_box(a, b, box):
            if len(run) > 1:
                kept = douglas_peucker(run, tolerance)
                lines.append(kept)
                simplified.extend(kept[1:])
            simplified.append(b)
            run = [b]
        else:
            run.append(b)
    if len(run) > 1:
        kept = douglas_peucker(run, tolerance)
        lines.append(kept)
        simplified.extend(kept[1:])
    return simplified[:-1], lines


def _metres(point: Point) -> Point:
    return point[0] * _M_LON, point[1] * _M_LAT


class _Shore:
    """The shoreline's segments in metres, in a grid of cells the edge's width wide."""

    def __init__(self, lines: Sequence[Sequence[Point]], reach: float):
        self.reach = reach
        self.cells: dict[tuple[int, int], list[tuple[Point, Point]]] = {}
        for line in lines:
            for a, b in pairwise(line):
                pa, pb = _metres(a), _metres(b)
                for cell in self._cells_of(pa, pb):
                    self.cells.setdefault(cell, []).append((pa, pb))

    def _cells_of(self, a: Point, b: Point) -> Iterator[tuple[int, int]]:
        size = self.reach
        for i in range(int(min(a[0], b[0]) // size), int(max(a[0], b[0]) // size) + 1):
            for j in range(int(min(a[1], b[1]) // size), int(max(a[1], b[1]) // size) + 1):
                yield i, j

    def distance(self, point: Point) -> float:
        """Metres from ``point`` (degrees) to the nearest segment (inf beyond ``reach``)."""
        x, y = _metres(point)
        i, j = int(x // self.reach), int(y // self.reach)
        best = math.inf
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for (ax, ay), (bx, by) in self.cells.get((i + di, j + dj), ()):
                    dx, dy = bx - ax, by - ay
                    length = dx * dx + dy * dy
                    t = 0.0 if length == 0 else ((x - ax) * dx + (y - ay) * dy) / length
                    t = min(1.0, max(0.0, t))
                    best = min(best, math.hypot(x - ax - t * dx, y - ay - t * dy))
        return best


def _steps(ring: Sequence[Point]) -> list[Point]:
    """The closed ring's points with points added so that no step exceeds ``_STEP_METRES``."""
    out: list[Point] = []
    for a, b in zip(ring, [*ring[1:], ring[0]], strict=True):
        (ax, ay), (bx, by) = _metres(a), _metres(b)
        parts = max(1, math.ceil(math.hypot(bx - ax, by - ay) / _STEP_METRES))
        out.extend(
            (a[0] + (b[0] - a[0]) * k / parts, a[1] + (b[1] - a[1]) * k / parts)
            for k in range(parts)
        )
    return out


def _length(line: Sequence[Point]) -> float:
    return sum(math.dist(_metres(a), _metres(b)) for a, b in pairwise(line))


def sea_edge(
    polygons: Sequence[Sequence[Sequence[Point]]],
    shoreline: Sequence[Sequence[Point]],
    reach: float = SEA_EDGE_METRES,
    tolerance: float = TOLERANCE_DEGREES,
) -> list[list[Point]]:
    """The stretches of the outer rings of ``polygons`` lying within ``reach`` of the
    shoreline, as lines (a ring wholly along it, an island, comes back to its start)."""
    shore = _Shore(shoreline, reach)
    lines: list[list[Point]] = []
    for polygon in polygons:
        points = _steps(polygon[0])
        near = [shore.distance(p) <= reach for p in points]
        if all(near):
            lines.append(douglas_peucker([*points, points[0]], tolerance))
            continue
        if not any(near):
            continue
        first = near.index(False)
        order = points[first:] + points[:first]
        flags = near[first:] + near[:first]
        run: list[Point] = []
        for point, flag in [*zip(order, flags, strict=True), (order[0], False)]:
            if flag:
                run.append(point)
            elif run:
                if len(run) > 1 and _length(run) >= _SHORTEST_EDGE_METRES:
                    lines.append(douglas_peucker(run, tolerance))
                run = []
    return lines


def _unpacked(geometry: bytes, rings: str) -> list[list[list[Point]]]:
    values = array("f")
    values.frombytes(geometry)
    if sys.byteorder == "big":
        values.byteswap()
    coordinates = [float(v) for v in values]
    polygons: list[list[list[Point]]] = []
    start = 0
    for polygon in json.loads(rings):
        cut = []
        for count in polygon:
            flat = coordinates[start : start + 2 * count]
            cut.append(list(zip(flat[0::2], flat[1::2], strict=True)))
            start += 2 * count
        polygons.append(cut)
    return polygons


def _lines_cells(lines: list[list[Point]]) -> tuple[bytes, str]:
    geometry, _shape = packed([[line] for line in lines])
    return geometry, json.dumps([[len(line)] for line in lines], separators=(",", ":"))


def read_coast(
    sources_dir: Path, data: dict[str, list[Record]], problems: list[Problem]
) -> list[CoastRow]:
    """The coast's rows (sea, shoreline, Jimo's sea edge); [] without the coast file."""
    file = f"{sources_dir.name}/{COAST_FILE}"
    path = sources_dir / COAST_FILE
    if not path.is_file():
        return []
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
        features = collection["features"]
        box = _box(collection.get("bbox"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        problems.append(Problem(file, 0, f"unreadable coast file: {error}"))
        return []
    if not any(s.values["id"] == COAST_SOURCE for s in data["sources"]):
        problems.append(Problem(file, 0, f"its source {COAST_SOURCE} is not in sources.csv"))
        return []
    holes: list[list[Point]] = []
    shoreline: list[list[Point]] = []
    for number, feature in enumerate(features, start=1):
        try:
            ring = land_ring((feature or {}).get("geometry"), box)
        except (Malformed, AttributeError) as error:
            problems.append(Problem(file, 0, f"feature {number}: malformed geometry: {error}"))
            continue
        simplified, lines = split_ring(ring, box, COAST_TOLERANCE_DEGREES)
        if len(simplified) >= 3:
            holes.append(simplified)
        shoreline.extend(lines)
    if problems or not shoreline:
        if not shoreline and not problems:
            problems.append(Problem(file, 0, "the coast file holds no shoreline"))
        return []
    west, south, east, north = box
    frame = [(west, south), (east, south), (east, north), (west, north)]
    sea_geometry, sea_rings = packed([[frame, *holes]])
    shore_geometry, shore_rings = _lines_cells(shoreline)
    rows = [
        {"id": "sea", "kind": "sea", "place_id": None, "geometry": sea_geometry,
         "rings": sea_rings},
        {"id": "shoreline", "kind": "shoreline", "place_id": None, "geometry": shore_geometry,
         "rings": shore_rings},
    ]  # fmt: skip
    district = next(
        (r.values for r in data.get("boundaries", []) if r.values["place_id"] == SEA_EDGE_PLACE),
        None,
    )
    if district is not None:
        outline = _unpacked(district["geometry"], district["rings"])
        edge = sea_edge(outline, shoreline)
        if edge:
            edge_geometry, edge_rings = _lines_cells(edge)
            rows.append(
                {"id": f"sea-edge-{SEA_EDGE_PLACE}", "kind": "sea-edge",
                 "place_id": SEA_EDGE_PLACE, "geometry": edge_geometry, "rings": edge_rings}
            )  # fmt: skip
    return [{**row, "source_id": COAST_SOURCE} for row in rows]


def insert_coast(db: sqlite_utils.Database, rows: list[CoastRow]) -> None:
    """The coast table: the sea, the shoreline and Jimo's sea edge, each with its source."""
    db.table(COAST_TABLE).create(
        {
            "id": str,
            "kind": str,
            "place_id": str,
            "source_id": str,
            "geometry": bytes,
            "rings": str,
        },
        pk="id",
        not_null=["id", "kind", "source_id", "geometry", "rings"],
        foreign_keys=[("place_id", "places", "id"), ("source_id", "sources", "id")],
    )
    if rows:
        db.table(COAST_TABLE).insert_all(rows)
