"""The map's data: outlines with sources, parks only in the towns their sources name."""

from __future__ import annotations

import sqlite3

from jimo_desktop.catalog import Catalog
from jimo_desktop.catalog.map_data import ATTRIBUTION
from jimo_desktop.items import ItemKind


def test_every_boundary_in_the_database_has_a_source(catalog: Catalog) -> None:
    data = catalog.map_data()
    assert len(data.places) == 26
    assert all(place.source_id in data.sources for place in data.places)
    assert data.source is not None and data.source.publisher == "OpenStreetMap contributors"
    assert "OpenStreetMap contributors" in ATTRIBUTION and "ODbL" in ATTRIBUTION


def test_every_park_shown_in_a_town_is_linked_to_it_in_the_sources(catalog: Catalog) -> None:
    conn = sqlite3.connect(f"file:{catalog.path}?mode=ro", uri=True)
    try:
        sourced = set(
            conn.execute(
                "select pp.park_id, pp.place_id from park_places pp "
                "join sources s on s.id = pp.source_id"
            ).fetchall()
        )
    finally:
        conn.close()
    shown = {
        (park.ref.id, town.ref.id) for town in catalog.map_data().towns() for park in town.parks
    }
    assert shown and shown <= sourced
    assert ("auto-new-city", "longquan") in shown
    assert {("blue-valley", "aoshanwei"), ("blue-valley", "wenquan")} <= shown


def test_parks_placed_only_in_the_district_are_listed_not_drawn(catalog: Catalog) -> None:
    data = catalog.map_data()
    only = {park.ref.id for park in data.district_only}
    in_towns = {park.ref.id for town in data.towns() for park in town.parks}
    assert "jimo-edz" in only and "tianheng-island-resort" in only
    assert not only & in_towns
    assert len(only) + len(in_towns) == 17
    assert data.places_of("jimo-edz") == ()


def test_the_one_point_is_the_district_coordinate_a_source_states(catalog: Catalog) -> None:
    points = catalog.map_data().points
    assert [(p.ref.kind, p.ref.id) for p in points] == [(ItemKind.PLACE, "jimo")]
    assert points[0].source_ids
