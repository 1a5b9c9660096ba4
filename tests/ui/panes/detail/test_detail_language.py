"""The item page follows the language in place: titles, links and chips in its order.

The pane is not built again: the same labels and chips say the names the other way
round, and the card keeps where it was scrolled to.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout

from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.name_origin import marked_name_zh
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.links import LinkLabel
from tests.conftest import detail_of
from tests.ui.detail_parts import card, timeline
from tests.ui.panes.language_switch import LanguageSwitch, language_switch

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
CHINESE = {
    "TimelineView": {"Concerns:": "涉及：", "Sources:": "来源："},
    "ItemCard": {"Places": "所在地"},
}

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def switch(qapp, tmp_path: Path) -> Iterator[LanguageSwitch]:
    with language_switch(qapp, tmp_path, CHINESE) as switch:
        yield switch


@pytest.fixture
def pane(qtbot, catalog) -> DetailPane:
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_detail(detail_of(catalog, PARK))
    QGuiApplication.processEvents()
    return widget


def titles_in_order(box: QFrame) -> list[str]:
    """An event's title labels, in the order its box shows them."""
    layout = box.layout()
    assert isinstance(layout, QVBoxLayout)
    labels = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.objectName() for w in labels if w.objectName() in ("eventTitle", "eventTitleZh")]


def test_the_timeline_puts_the_chinese_title_first(pane, switch) -> None:
    pane.show_tab(DetailPane.TIMELINE)  # (its rows are built when it is shown)
    view = timeline(pane)
    boxes = [b for b in view.findChildren(QFrame, "event") if b.findChild(QLabel, "eventTitleZh")]
    assert boxes, "an event with a Chinese title"
    related = view.findChild(LinkLabel, "eventRelated")
    assert titles_in_order(boxes[0]) == ["eventTitle", "eventTitleZh"]
    assert related.text().startswith("Concerns:")
    switch.chinese()
    assert all(titles_in_order(box) == ["eventTitleZh", "eventTitle"] for box in boxes)
    assert related.text().startswith("涉及：")
    switch.english()
    assert titles_in_order(boxes[0]) == ["eventTitle", "eventTitleZh"]
    assert related.text().startswith("Concerns:")


def test_the_cards_links_and_chips_lead_with_the_chinese_name(pane, switch, catalog) -> None:
    park = detail_of(catalog, PARK).item
    chips = card(pane).industry_chips()
    industry = next(i for i in park.industries if i.name_zh)
    chip = next(c for c in chips if c.property("ref") == str(industry.ref))
    places = [
        link
        for link in card(pane).findChildren(LinkLabel, "factLinks")
        if park.places[0].name in link.text()
    ]
    name_zh = marked_name_zh(industry.name_zh, industry.own_name_zh)  # `` *``: own label
    assert chip.text() == f"{industry.name} {name_zh}"
    scroll = pane.findChild(QScrollArea, "itemCardScroll").verticalScrollBar()
    scroll.setValue(scroll.maximum())
    position = scroll.value()
    assert position > 0
    switch.chinese()
    assert "所在地" in [label.text() for label in card(pane).findChildren(QLabel)]
    assert card(pane).industry_chips() == chips  # the same chips
    assert chip.text() == f"{name_zh} {industry.name}"
    place = park.places[0]
    assert places and f">{place.name_zh}</a> {place.name}" in places[0].text()
    assert scroll.value() == position
    switch.english()
    assert chip.text() == f"{industry.name} {name_zh}"
    assert f">{place.name}</a> {place.name_zh}" in places[0].text()
