"""The coast on the map: the sea under the land, the shoreline, Jimo's sea edge, GSHHG's credit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from jimo_desktop.catalog import Catalog
from jimo_desktop.catalog.map_data import ATTRIBUTION, COAST_ATTRIBUTION
from jimo_desktop.ui.panes.map.map_pane import MapPane
from jimo_desktop.ui.panes.map.map_scene import MapScene, attribution_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

INLAND_TOWNS = ("lancun", "yifengdian", "duanbolan", "daxin", "bei-an", "tongji")


@pytest.fixture
def pane(qtbot, catalog: Catalog) -> MapPane:
    widget = MapPane(catalog.map_data())
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_sea_the_shoreline_and_the_sea_edge_are_drawn(pane: MapPane) -> None:
    scene = pane.scene
    assert scene.sea is not None and scene.shoreline is not None and scene.sea_edge is not None
    items = scene.items()
    assert scene.sea in items and scene.shoreline in items and scene.sea_edge in items
    lowest_land = min(t.zValue() for t in scene.towns.values())
    assert scene.sea.zValue() < lowest_land and scene.shoreline.zValue() < lowest_land
    assert scene.sea_edge.zValue() > 10  # over Jimo's outline
    assert scene.sea_edge.pen().color() != scene.towns["lancun"].pen().color()
    assert pane.view.visible_scene_rect().intersects(scene.sea_edge.sceneBoundingRect())


def test_the_sea_is_east_and_south_of_jimo_not_over_its_inland_towns(pane: MapPane) -> None:
    sea = pane.scene.sea
    assert sea is not None
    path = sea.path()  # in degrees, filled odd-even: the box less GSHHG's land
    assert path.contains(QPointF(121.2, 36.2))  # the Yellow Sea, off Jimo
    assert path.contains(QPointF(120.25, 36.1))  # Jiaozhou Bay
    for town in INLAND_TOWNS:
        place = pane.data.place(town)
        assert place is not None
        assert not path.contains(QPointF(*place.label_at)), town
    # Jimo's sea edge lies in the east and south of the district's outline.
    district = pane.data.place("jimo")
    assert district is not None
    west, _south, east, _north = district.bounds()
    edge = pane.scene.sea_edge
    assert edge is not None
    edge_west = edge.path().boundingRect().left()
    assert edge_west > west + 0.4 * (east - west)


def test_the_attribution_credits_gshhg_beside_openstreetmap(pane: MapPane, tmp_path: Path) -> None:
    lines = pane.scene.attribution.text().splitlines()
    assert lines == [ATTRIBUTION, COAST_ATTRIBUTION]
    assert "GSHHG" in COAST_ATTRIBUTION and "LGPL" in COAST_ATTRIBUTION
    assert "GSHHG" in pane.source.text() and "S115" in pane.source.text()
    assert "Coast" in pane.legend.text()
    svg = tmp_path / "map.svg"
    pane.export_to(svg)
    text = svg.read_text(encoding="utf-8")
    assert "GSHHG, Wessel &amp; Smith" in text and "OpenStreetMap contributors" in text


def test_a_database_without_the_coast_opens_with_a_map_without_it(
    qtbot, catalog: Catalog, tmp_path: Path
) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(catalog.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("drop table coast")
    conn.commit()
    conn.close()
    with Catalog.open(copy) as old:
        data = old.map_data()
    assert data.coast is None and data.coast_source is None
    assert len(data.places) == 26
    scene = MapScene(data)
    assert scene.sea is None and scene.shoreline is None and scene.sea_edge is None
    assert attribution_text(data) == ATTRIBUTION
