"""The coast: GSHHG's shoreline clipped and simplified, each row sourced, Jimo's sea edge."""

from __future__ import annotations

import json
import math
import sqlite3
from array import array
from itertools import pairwise
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from jimo_desktop.build.coast import SEA_EDGE_METRES, sea_edge, split_ring
from jimo_desktop.schema import COAST_FILE, COAST_SOURCE

BOX = (0.0, 0.0, 1.0, 1.0)


def _lines(geometry: bytes, rings: str) -> list[list[tuple[float, float]]]:
    values = array("f", geometry).tolist()
    out, start = [], 0
    for polygon in json.loads(rings):
        for count in polygon:
            flat = values[start : start + 2 * count]
            out.append(list(zip(flat[0::2], flat[1::2], strict=True)))
            start += 2 * count
    return out


def _metres_to_segment(p, a, b) -> float:
    """Distance in metres at Jimo's latitude, computed on its own here (not the build's)."""
    kx, ky = 111_320.0 * math.cos(math.radians(36.4)), 110_950.0
    px, py, ax, ay, bx, by = p[0] * kx, p[1] * ky, a[0] * kx, a[1] * ky, b[0] * kx, b[1] * ky
    dx, dy = bx - ax, by - ay
    t = (
        0.0
        if dx == dy == 0
        else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    )
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def _rows(db: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    try:
        return {
            row[0]: row[1:]
            for row in conn.execute(
                """select c.kind, c.geometry, c.rings, s.id, s.publisher, c.place_id
                from coast c left join sources s on s.id = c.source_id"""
            )
        }
    finally:
        conn.close()


def test_the_shoreline_leaves_out_the_stretch_along_the_box() -> None:
    # Land in the box's lower half: its top is the coast, the rest runs along the box.
    ring = [(0.0, 0.0), (1.0, 0.0), (1.0, 0.5), (0.5, 0.50001), (0.0, 0.5)]
    simplified, lines = split_ring(ring, BOX, 0.001)
    assert lines == [[(1.0, 0.5), (0.0, 0.5)]]
    assert sorted(simplified) == [(0.0, 0.0), (0.0, 0.5), (1.0, 0.0), (1.0, 0.5)]
    island = [(0.2, 0.2), (0.3, 0.2), (0.3, 0.3), (0.2, 0.3)]
    assert split_ring(island, BOX, 0.001)[1] == [[*island, island[0]]]


def test_the_sea_edge_is_the_part_of_an_outline_along_the_shoreline() -> None:
    # A 0.1° square whose south side lies on a shoreline: only that side is its sea edge.
    square = [(120.0, 36.0), (120.1, 36.0), (120.1, 36.1), (120.0, 36.1)]
    shore = [[(119.9, 36.0005), (120.2, 36.0005)]]
    edge = sea_edge([[square]], shore, reach=200.0)
    assert len(edge) == 1
    # The south side, and the first 200 m or so up the east and west sides (then out of reach).
    assert max(y for _x, y in edge[0]) < 36.0 + 0.0005 + 200 / 110_950
    assert {x for x, y in edge[0] if y == 36.0} == {120.0, 120.1}
    assert sea_edge([[square]], shore, reach=10.0) == []  # 55 m away: beyond a 10 m reach


def test_every_coast_row_has_its_source(built_db: Path) -> None:
    rows = _rows(built_db)
    assert set(rows) == {"sea", "shoreline", "sea-edge"}
    assert all(row[2] == COAST_SOURCE for row in rows.values())
    assert "Wessel" in rows["shoreline"][3]
    assert rows["sea-edge"][4] == "jimo"


def test_the_sea_and_the_shoreline_are_drawn_from_the_same_points(built_db: Path) -> None:
    rows = _rows(built_db)
    sea_points = {p for ring in _lines(*rows["sea"][:2]) for p in ring}
    shore = _lines(*rows["shoreline"][:2])
    assert sum(len(line) for line in shore) > 1000
    assert all(p in sea_points for line in shore for p in line)


def test_jimos_sea_edge_lies_on_its_outline_within_reach_of_the_shoreline(built_db: Path) -> None:
    rows = _rows(built_db)
    edge = _lines(*rows["sea-edge"][:2])
    shore = _lines(*rows["shoreline"][:2])
    conn = sqlite3.connect(built_db)
    try:
        outline = _lines(
            *conn.execute(
                "select geometry, rings from boundaries where place_id = 'jimo'"
            ).fetchone()
        )
    finally:
        conn.close()
    points = [p for line in edge for p in line]
    assert len(points) > 50
    segments = [(a, b) for line in shore for a, b in pairwise(line)]
    sides = [(r[i], r[(i + 1) % len(r)]) for r in outline for i in range(len(r))]
    for point in points[:: max(1, len(points) // 200)]:
        assert min(_metres_to_segment(point, a, b) for a, b in segments) <= SEA_EDGE_METRES
        assert min(_metres_to_segment(point, a, b) for a, b in sides) < 1.0
    # Jimo's coast is its east and south (Aoshan Bay, the Yellow Sea), not the land border
    # with Yantai to the north and west.
    assert min(x for x, _ in points) > 120.5
    length = sum(math.dist(a, b) * 100_000 for line in edge for a, b in pairwise(line))
    assert length > 50_000  # metres, roughly: much of the outline, not a fragment


def _edit_coast(sources: Path, change) -> None:
    path = sources / COAST_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_coast_file_without_its_source_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith(f"{COAST_SOURCE},")), "utf-8")
    with pytest.raises(SourceError, match=f"coast-gshhg.geojson.*{COAST_SOURCE}"):
        build(sources_copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["features"][0]["geometry"].update(type="LineString"),
        lambda d: d["features"][0]["geometry"]["coordinates"][0].pop(),  # not closed
        lambda d: d["features"][1]["geometry"]["coordinates"][0][1].__setitem__(0, "120.5"),
        lambda d: d["features"][2]["geometry"]["coordinates"][0][1].__setitem__(1, 80.0),
    ],
    ids=["not-a-polygon", "open-ring", "text-coordinate", "outside-the-box"],
)
def test_a_malformed_coast_geometry_is_refused(sources_copy: Path, tmp_path: Path, change) -> None:
    _edit_coast(sources_copy, change)
    with pytest.raises(SourceError, match=r"feature \d+: malformed geometry"):
        build(sources_copy, tmp_path / "out.db")


def test_a_malformed_box_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    _edit_coast(sources_copy, lambda d: d.update(bbox=[121.5, 35.0, 119.0, 37.6]))
    with pytest.raises(SourceError, match="unreadable coast file: bbox"):
        build(sources_copy, tmp_path / "out.db")


def test_without_the_coast_file_the_table_is_empty(sources_copy: Path, tmp_path: Path) -> None:
    (sources_copy / COAST_FILE).unlink()
    build(sources_copy, tmp_path / "out.db")
    assert _rows(tmp_path / "out.db") == {}
