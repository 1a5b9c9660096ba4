"""The map's outlines: linked to places by code or name, simplified, each with a source."""

from __future__ import annotations

import json
import sqlite3
from array import array
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from jimo_desktop.build.boundaries import (
    TOLERANCE_DEGREES,
    douglas_peucker,
    label_point,
    packed,
    simplified_polygons,
    simplify_ring,
)
from jimo_desktop.schema import BOUNDARY_FILE


def test_douglas_peucker_drops_points_within_the_tolerance() -> None:
    line = [(0.0, 0.0), (1.0, 0.0001), (2.0, -0.0001), (3.0, 5.0), (4.0, 6.0)]
    assert douglas_peucker(line, 0.001) == [(0.0, 0.0), (2.0, -0.0001), (3.0, 5.0), (4.0, 6.0)]
    assert douglas_peucker(line, 10.0) == [(0.0, 0.0), (4.0, 6.0)]


def test_a_ring_keeps_its_corners_and_a_speck_vanishes() -> None:
    square = [(0.0, 0.0), (0.5, 0.00001), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    assert sorted(simplify_ring(square, 0.001)) == [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
    speck = [(0.0, 0.0), (0.00001, 0.0), (0.0, 0.00001), (0.0, 0.0)]
    assert simplify_ring(speck, 0.001) == []


def test_geometry_is_packed_as_float_pairs_with_its_ring_sizes() -> None:
    geometry = {"type": "Polygon", "coordinates": [[[0, 0], [3, 0], [3, 3], [0, 0]]]}
    polygons = simplified_polygons(geometry, 0.001)
    assert polygons == [[[(0.0, 0.0), (3.0, 0.0), (3.0, 3.0)]]]
    coordinates, shape = packed(polygons)
    assert array("f", coordinates).tolist() == [0, 0, 3, 0, 3, 3]
    assert json.loads(shape) == [[3]]
    assert label_point(polygons) == (2.0, 1.0)


def test_every_boundary_has_a_place_and_a_source(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        rows = conn.execute(
            """select b.place_id, pl.id, s.id, b.level from boundaries b
            left join places pl on pl.id = b.place_id left join sources s on s.id = b.source_id"""
        ).fetchall()
        jimo_level = conn.execute("select level from boundaries where place_id = 'jimo'").fetchone()
        towns = conn.execute(
            "select count(*) from boundaries b join places p on p.id = b.place_id "
            "where p.parent_id = 'jimo'"
        ).fetchone()[0]
        publisher = conn.execute(
            "select publisher from sources s join boundaries b on b.source_id = s.id limit 1"
        ).fetchone()[0]
    finally:
        conn.close()
    assert len(rows) == 26
    assert all(place and source for _, place, source, _ in rows)
    # OSM's old code 370282 of Jimo is taken as today's 370215.
    assert jimo_level == (6,)
    assert towns == 15
    assert publisher == "OpenStreetMap contributors"


def test_outlines_are_simplified_for_the_screen(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        stored = sum(len(row[0]) for row in conn.execute("select geometry from boundaries"))
    finally:
        conn.close()
    assert (
        stored < 0.5 * (Path(__file__).parents[2] / "data/sources" / BOUNDARY_FILE).stat().st_size
    )
    assert 0 < TOLERANCE_DEGREES < 0.001


def test_a_boundary_without_a_place_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / BOUNDARY_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features"][-1]["properties"]["name"] = "无名街道"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SourceError, match=r"'无名街道'.*no place in places\.csv matches it"):
        build(sources_copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_boundary_whose_source_is_missing_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("S112,")), "utf-8")
    with pytest.raises(SourceError, match="S112"):
        build(sources_copy, tmp_path / "out.db")
