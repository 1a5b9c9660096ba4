"""The park tree's names: wide enough in a wide window, shortened in the middle when not,
no count on a row with nothing inside, the counts explained, each match once."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeView

from jimo_desktop.app import create_window
from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.catalog.park_tree import ParkTree
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.park_tree_model import NAME_PARTS_ROLE, ParkTreeModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.panes.tree_names import fitted_label
from jimo_desktop.ui.panes.tree_panel import TreePanel

HITECH = ItemRef(ItemKind.PARK, "blue-valley-hitech-zone")
BLUE_VALLEY = ItemRef(ItemKind.PARK, "blue-valley")
JIMO_EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
DISPLAY = Qt.ItemDataRole.DisplayRole

shown = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def every_row(model: ParkTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row, fetching what is not loaded yet."""
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append(index)
        found += every_row(model, index)
    return found


@pytest.mark.parametrize("grouping", list(Grouping))
def test_no_row_shows_a_count_of_nothing(catalog: Catalog, grouping: Grouping) -> None:
    model = ParkTreeModel(catalog, grouping)
    texts = [index.data(DISPLAY) for index in every_row(model)]
    assert texts
    assert not [text for text in texts if "(0)" in text]


def test_the_header_explains_the_counts(qtbot, catalog: Catalog) -> None:
    panel = TreePanel(catalog)
    qtbot.addWidget(panel)
    view = panel.findChild(QTreeView, "parkTree")
    assert not view.isHeaderHidden()
    tip = panel.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "number after a name counts" in tip and "zones, projects and organizations" in tip


@pytest.mark.parametrize("text", ["blue", "Blue Valley", "hi-tech"])
def test_a_filter_shows_each_match_once(catalog: Catalog, text: str) -> None:
    model = ParkTreeModel(catalog, Grouping.KIND)
    model.set_filter(text)
    refs = [index.data(ITEM_REF_ROLE) for index in every_row(model)]
    refs = [ref for ref in refs if ref is not None]
    assert HITECH in refs
    assert [ref for ref, n in Counter(refs).items() if n > 1] == []


def test_a_zone_shown_inside_its_parent_is_found_there(catalog: Catalog) -> None:
    model = ParkTreeModel(catalog, Grouping.KIND)
    model.set_filter("blue")
    index = model.index_for_ref(HITECH)
    assert index.isValid() and index.parent().data(ITEM_REF_ROLE) == BLUE_VALLEY


def test_the_filtered_tree_keeps_its_groups_counts(catalog: Catalog) -> None:
    tree = ParkTree(catalog, Grouping.KIND, catalog.tree_matches("blue"))
    for group in tree.top():
        assert group.count == len(group.children or ())


def test_a_long_name_is_shortened_in_the_middle_keeping_the_chinese_name(
    qtbot, catalog: Catalog
) -> None:
    panel = TreePanel(catalog)
    qtbot.addWidget(panel)
    metrics = QFontMetrics(panel.font())
    parts = ("Qingdao Blue Valley Hi-tech Zone", "青岛蓝谷高新区", 0, 3)
    whole = "Qingdao Blue Valley Hi-tech Zone (3) · 青岛蓝谷高新区"
    assert fitted_label(parts, metrics, 2000) == whole
    width = metrics.horizontalAdvance(whole) * 3 // 4
    short = fitted_label(parts, metrics, width)
    assert short is not None and metrics.horizontalAdvance(short) <= width
    assert short.startswith("Qingdao") and "…" in short
    assert short.endswith("Zone (3) · 青岛蓝谷高新区")
    # Chinese first: the English name, second, is the one shortened.
    chinese = ("青岛蓝谷高新区", "Qingdao Blue Valley Hi-tech Zone", 1, None)
    short = fitted_label(chinese, metrics, width)
    assert short is not None and short.startswith("青岛蓝谷高新区 · Qingdao") and "…" in short


@shown
def test_the_tree_widens_with_the_window_and_shows_whole_names(qtbot) -> None:
    window = create_window()
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    qtbot.waitExposed(window)
    view = window.findChild(QTreeView, "parkTree")
    narrow = view.width()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: view.width() > narrow + 100)
    model = view.model()
    metrics = view.fontMetrics()
    group = model.index(0, 0)  # development zones, expanded on the way to the first item
    view.expand(group)
    whole = set()
    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        _, second, _, _ = parts = index.data(NAME_PARTS_ROLE)
        icon = view.iconSize().width() or 16
        text = fitted_label(parts, metrics, view.visualRect(index).width() - icon - 12)
        assert text is not None and text.endswith(second), text  # the Chinese name is kept
        if text == index.data(DISPLAY):
            whole.add(index.data(ITEM_REF_ROLE))
    assert {JIMO_EDZ, HITECH, BLUE_VALLEY} <= whole
