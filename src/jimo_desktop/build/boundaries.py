"""The map's outlines: OpenStreetMap boundaries read, linked to places and simplified.

``read_boundaries`` reads ``data/sources/boundaries-osm.geojson`` (WGS-84 longitude and
latitude, ODbL, © OpenStreetMap contributors; see ``data/sources/README.md``), links each
feature to its row of ``places`` and simplifies its rings for drawing at screen resolution.
A feature is linked by its administrative code: Qingdao and its districts carry an NBS code
(``division_code``); OSM still gives Jimo the code of the former county-level Jimo City,
370282, which ``OSM_CODE_CHANGES`` maps to today's 370215. The sub-districts and towns carry
no code in OSM, so they are linked through their name: 通济街道 is the sub-district 通济, 田横镇
the town 田横. A feature no place matches is refused, as is a boundary whose source row is
missing. Nothing here imports Qt.

The rings are simplified with Douglas–Peucker at ``TOLERANCE_DEGREES`` (0.0003°: about 33 m
north–south and 27 m east–west at Jimo's latitude, well under a pixel when the whole of
Qingdao fills a window, and about a pixel at eight times that zoom), and stored compactly:
``geometry`` the coordinates as little-endian float32 ``lon, lat`` pairs (about 1 m), ``rings``
the number of points of each ring of each polygon as JSON, and the point the name is written
at (``label_lon``, ``label_lat``: the centroid of the largest outer ring).
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jimo_desktop.build.read_sources import Problem, Record
from jimo_desktop.schema import BOUNDARY_FILE

# The source row of the OpenStreetMap extract (sources.csv).
BOUNDARY_SOURCE = "S112"
TOLERANCE_DEGREES = 0.0003
_DECIMALS = 5  # of the label point
# OSM's code -> the NBS code of the same unit today (documented in the module docstring).
OSM_CODE_CHANGES = {"370282": "370215"}
# The suffix OSM's names of level-8 units add to the place's Chinese name, by place kind.
_NAME_SUFFIX = {"sub-district": "街道", "town": "镇"}

Point = tuple[float, float]
BoundaryRow = dict[str, Any]


def douglas_peucker(points: Sequence[Point], tolerance: float) -> list[Point]:
    """The points of an open line kept by Douglas–Peucker (first and last always kept)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length_sq = dx * dx + dy * dy
        farthest, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length_sq == 0.0:
                distance_sq = (px - ax) ** 2 + (py - ay) ** 2
            else:
                cross = dx * (py - ay) - dy * (px - ax)
                distance_sq = cross * cross / length_sq
            if distance_sq > farthest:
                farthest, index = distance_sq, i
        if index > 0 and farthest > tolerance * tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring: Sequence[Point], tolerance: float) -> list[Point]:
    """A closed ring simplified: split at the point farthest from its start, each half
    simplified; [] when fewer than three points remain (a speck below the tolerance)."""
    points = list(ring[:-1]) if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
    if len(points) < 3:
        return []
    x0, y0 = points[0]
    split = max(
        range(len(points)), key=lambda i: (points[i][0] - x0) ** 2 + (points[i][1] - y0) ** 2
    )
    first = douglas_peucker(points[: split + 1], tolerance)
    second = douglas_peucker([*points[split:], points[0]], tolerance)
    kept = first[:-1] + second[:-1]
    return kept if len(kept) >= 3 else []


def simplified_polygons(
    geometry: dict[str, Any], tolerance: float = TOLERANCE_DEGREES
) -> list[list[list[Point]]]:
    """A GeoJSON Polygon or MultiPolygon simplified (rings that vanish dropped)."""
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    kept: list[list[list[Point]]] = []
    for polygon in polygons:
        rings = [
            simplify_ring([(float(x), float(y)) for x, y, *_ in ring], tolerance)
            for ring in polygon
        ]
        if rings and rings[0]:  # an outer ring that vanished takes its holes with it
            kept.append([ring for ring in rings if ring])
    return kept


def packed(polygons: list[list[list[Point]]]) -> tuple[bytes, str]:
    """The coordinates as little-endian float32 ``lon, lat`` pairs (about 1 m at Jimo), and
    the shape as JSON: each polygon's rings by their number of points (``[[120, 8], [40]]``)."""
    values = array(
        "f", [value for polygon in polygons for ring in polygon for p in ring for value in p]
    )
    if sys.byteorder == "big":
        values.byteswap()
    shape = [[len(ring) for ring in polygon] for polygon in polygons]
    return values.tobytes(), json.dumps(shape, separators=(",", ":"))


def label_point(polygons: list[list[list[Point]]]) -> Point:
    """The centroid of the largest outer ring: where the place's name is written."""
    best, best_area = (0.0, 0.0), -1.0
    for polygon in polygons:
        ring = polygon[0]
        area = cx = cy = 0.0
        for i, (x0, y0) in enumerate(ring):
            x1, y1 = ring[(i + 1) % len(ring)]
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if area and abs(area) > best_area:
            best_area, best = abs(area), (cx / (3 * area), cy / (3 * area))
    return round(best[0], _DECIMALS), round(best[1], _DECIMALS)


def _place_for(properties: dict[str, Any], places: list[Record]) -> Record | None:
    """The place a feature outlines: by NBS code, else (sub-districts, towns) by name."""
    code = properties.get("division_code")
    if code:
        code = OSM_CODE_CHANGES.get(code, code)
        return next((p for p in places if p.values["admin_code"] == code), None)
    name = properties.get("name") or ""
    for place in places:
        suffix = _NAME_SUFFIX.get(place.values["kind"])
        if suffix and place.values["name_zh"] and f"{place.values['name_zh']}{suffix}" == name:
            return place
    return None


def _geometry_cells(geometry: dict[str, Any]) -> dict[str, Any]:
    polygons = simplified_polygons(geometry)
    coordinates, shape = packed(polygons)
    lon, lat = label_point(polygons)
    return {"geometry": coordinates, "rings": shape, "label_lon": lon, "label_lat": lat}


def read_boundaries(
    sources_dir: Path, data: dict[str, list[Record]], problems: list[Problem]
) -> list[BoundaryRow]:
    """One row per feature of the boundary file, linked to its place and simplified."""
    file = f"{sources_dir.name}/{BOUNDARY_FILE}"
    path = sources_dir / BOUNDARY_FILE
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        problems.append(Problem(file, 0, f"unreadable boundary file: {error}"))
        return []
    if not any(s.values["id"] == BOUNDARY_SOURCE for s in data["sources"]):
        problems.append(Problem(file, 0, f"its source {BOUNDARY_SOURCE} is not in sources.csv"))
        return []
    rows: list[BoundaryRow] = []
    seen: set[str] = set()
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") or {}
        place = _place_for(properties, data["places"])
        label = f"feature {number} ({properties.get('name')!r})"
        if place is None:
            problems.append(Problem(file, 0, f"{label}: no place in places.csv matches it"))
            continue
        place_id = place.values["id"]
        if place_id in seen:
            problems.append(Problem(file, 0, f"{label}: a second outline of place {place_id!r}"))
            continue
        seen.add(place_id)
        rows.append(
            {
                "place_id": place_id,
                "level": int(properties.get("admin_level") or 0),
                "osm_id": f"{properties.get('osm_type', '')}/{properties.get('osm_id', '')}",
                "source_id": BOUNDARY_SOURCE,
                **_geometry_cells(feature["geometry"]),
            }
        )
    return rows
