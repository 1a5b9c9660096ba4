"""The map: attribution drawn and exported, towns list their parks, keys, zoom, language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from jimo_desktop.catalog import Catalog
from jimo_desktop.catalog.map_data import ATTRIBUTION
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.panes.map.map_pane import MapPane
from tests.ui.panes.language_switch import language_switch

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def pane(qtbot, catalog: Catalog) -> MapPane:
    widget = MapPane(catalog.map_data())
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _town_point(pane: MapPane, town: str) -> QPoint:
    """A viewport point inside the town: the first of a grid over its outline that is."""
    rect = pane.view.mapFromScene(pane.scene.towns[town].sceneBoundingRect()).boundingRect()
    for fy in (0.5, 0.4, 0.6, 0.3, 0.7):
        for fx in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
            probe = QPoint(
                int(rect.left() + fx * rect.width()), int(rect.top() + fy * rect.height())
            )
            if pane.view.town_at(probe) == town:
                return probe
    raise AssertionError(f"no point of {town} found")


def test_the_attribution_is_drawn_in_the_scene_and_in_view(pane: MapPane) -> None:
    texts = [i for i in pane.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    attribution = [i for i in texts if ATTRIBUTION in i.text().splitlines()]
    assert len(attribution) == 1
    visible = pane.view.visible_scene_rect()
    assert visible.contains(attribution[0].pos())
    pane.view.zoom_by(3.0)
    pane.view.pan_by(200, 100)
    assert pane.view.visible_scene_rect().contains(attribution[0].pos())


def test_exported_svg_and_png_carry_the_attribution(pane: MapPane, tmp_path: Path) -> None:
    svg, png = tmp_path / "map.svg", tmp_path / "map.png"
    pane.export_to(svg)
    pane.export_to(png)
    text = svg.read_text(encoding="utf-8")
    assert "OpenStreetMap contributors (ODbL)" in text
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_clicking_a_town_lists_its_parks(pane: MapPane, qtbot) -> None:
    qtbot.mouseClick(
        pane.view.viewport(), Qt.MouseButton.LeftButton, pos=_town_point(pane, "longquan")
    )
    assert pane.selected_town() == "longquan"
    assert pane.listed_parks() == [ItemRef(ItemKind.PARK, "auto-new-city")]
    assert pane.scene.towns["longquan"].selected
    qtbot.mouseClick(
        pane.view.viewport(), Qt.MouseButton.LeftButton, pos=_town_point(pane, "tongji")
    )
    assert pane.selected_town() == "tongji"
    assert pane.listed_parks() == []


def test_clicking_a_listed_park_opens_it(pane: MapPane, qtbot) -> None:
    pane.select_town("lancun")
    with qtbot.waitSignal(pane.linkActivated) as opened:
        item = pane.town_parks.item(0)
        rect = pane.town_parks.visualItemRect(item)
        qtbot.mouseClick(pane.town_parks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [ItemRef(ItemKind.PARK, "intl-land-port")]


def test_parks_only_in_the_district_are_listed_as_such(pane: MapPane) -> None:
    names = [pane.district_parks.item(i).text() for i in range(pane.district_parks.count())]
    assert "Jimo Economic Development Zone" in names
    assert pane.district_heading.text() == "<b>Location within the district not published</b>"


def test_the_map_follows_the_selection(pane: MapPane) -> None:
    pane.show_item(ItemRef(ItemKind.PARK, "blue-valley"))
    marked = {k for k, item in pane.scene.towns.items() if item.highlighted}
    assert marked == {"aoshanwei", "wenquan"}
    pane.show_item(ItemRef(ItemKind.PLACE, "lancun"))
    assert pane.selected_town() == "lancun" and not any(
        item.highlighted for item in pane.scene.towns.values()
    )
    pane.show_item(ItemRef(ItemKind.PARK, "jimo-edz"))
    selected = pane.district_parks.selectedItems()
    assert [i.text() for i in selected] == ["Jimo Economic Development Zone"]


def test_wheel_keys_and_reset_view(pane: MapPane, qtbot) -> None:
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(0.8)
    before = view.horizontalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > before
    pane.reset_button.click()
    assert view.zoom == 1.0


def test_tab_goes_through_the_towns_and_enter_opens_one(pane: MapPane, qtbot) -> None:
    view = pane.view
    view.setFocus()
    towns = list(pane.scene.towns)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert pane.selected_town() == towns[0]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert pane.selected_town() == towns[1]
    with qtbot.waitSignal(pane.linkActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [ItemRef(ItemKind.PLACE, towns[1])]


def test_hover_shows_names_parks_and_source(pane: MapPane, qtbot) -> None:
    qtbot.mouseMove(pane.view.viewport(), _town_point(pane, "lancun"))
    text = pane.hover.text()
    assert "Lancun" in text and "蓝村" in text
    assert "Qingdao International Land Port" in text and "S112" in text


def test_a_language_change_relabels_the_map(
    pane: MapPane, qapp: QApplication, tmp_path: Path
) -> None:
    assert "Longquan" in pane.scene.labels()
    words = {"MapPane": {"Reset view": "重置视图"}}
    with language_switch(qapp, tmp_path, words) as switch:
        switch.chinese()
        assert "龙泉" in pane.scene.labels() and "Longquan" not in pane.scene.labels()
        assert pane.reset_button.text() == "重置视图"
    assert "Longquan" in pane.scene.labels()


def _label_boxes(pane: MapPane) -> list[tuple[str, object]]:
    transform = pane.view.viewportTransform()
    return [
        (label.text(), label.deviceTransform(transform).mapRect(label.boundingRect()))
        for label in pane.scene.visible_labels()
    ]


def _shown(pane: MapPane) -> set[str]:
    return {name for name, _ in _label_boxes(pane)}


def test_names_never_overlap_and_come_back_when_zoomed_in(pane: MapPane) -> None:
    placed = {item.place.name for item in pane.scene.towns.values() if item.place.parks}
    assert placed <= _shown(pane), "at the usual size, every town with parks is named"
    pane.resize(700, 500)  # small enough that the central towns' names would collide
    pane.view.reset_view()
    boxes = _label_boxes(pane)
    viewport = QRectF(pane.view.viewport().rect())
    for i, (name, box) in enumerate(boxes):
        assert viewport.contains(box), f"{name} is cut by the view's edge"
        for other, other_box in boxes[i + 1 :]:
            assert not box.intersects(other_box), (name, other)
    assert _shown(pane) < set(pane.scene.labels()), "at this size some names must give way"
    pane.view.zoom_by(8.0)
    for town in pane.scene.towns.values():
        pane.view.centerOn(town.sceneBoundingRect().center())
        pane.view.zoom_by(1.0001)  # a transform change, as any zoom or reset makes
        assert town.place.name in _shown(pane), town.place.name


def test_the_selected_town_is_always_named(pane: MapPane) -> None:
    pane.resize(700, 500)
    pane.view.reset_view()
    hidden = [t for t, item in pane.scene.towns.items() if item.place.name not in _shown(pane)]
    assert hidden, "no town gives way at this size"
    pane.scene.select_town(hidden[0])
    assert pane.scene.towns[hidden[0]].place.name in _shown(pane)
