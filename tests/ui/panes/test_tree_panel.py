"""The park tree pane: group by, the filter box, selection, keys and the context menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTreeView

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.park_tree_model import ParkTreeModel
from jimo_desktop.ui.models.roles import COUNT_ROLE, ITEM_REF_ROLE
from jimo_desktop.ui.panes.tree_panel import TreePanel

FAW_VW_BASE = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")
AUTO_NEW_CITY = ItemRef(ItemKind.PARK, "auto-new-city")
JIMO_EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
LEDU = ItemRef(ItemKind.PARK, "ledu-music-valley")
DISPLAY = Qt.ItemDataRole.DisplayRole

# Showing a top-level widget with a layout on the offscreen platform logs this warning,
# which says nothing about our code; the tests that show the pane ignore it (only it).
shown = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def rows(model: ParkTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def fetched(model: ParkTreeModel, parent: QModelIndex) -> list[QModelIndex]:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return rows(model, parent)


def ref(index: QModelIndex) -> ItemRef | None:
    return index.data(ITEM_REF_ROLE)


def shown_in_view(view: QTreeView, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """The rows a user can see: loaded, and under expanded parents."""
    model = view.model()
    for index in rows(model, parent):  # type: ignore[arg-type]
        yield index
        if view.isExpanded(index):
            yield from shown_in_view(view, index)


@pytest.fixture
def panel(qtbot, catalog: Catalog) -> TreePanel:
    widget = TreePanel(catalog)
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_with_input_method(line: QLineEdit, text: str) -> None:
    """Type Chinese as an input method commits it (QTest can only type Latin-1 keys)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(line, event)


def parts(panel: TreePanel) -> tuple[QComboBox, QLineEdit, QTreeView, QLabel]:
    combo = panel.findChild(QComboBox, "groupBy")
    line = panel.findChild(QLineEdit, "treeFilter")
    view = panel.findChild(QTreeView, "parkTree")
    empty = panel.findChild(QLabel, "treeEmpty")
    assert combo and line and view and empty
    return combo, line, view, empty


# -- the tree pane ------------------------------------------------------------------------


@shown
def test_pane_parts(panel: TreePanel) -> None:
    combo, line, view, _ = parts(panel)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Kind",
        "Industry",
        "Location",
        "Context (catalogue of zones)",
    ]
    assert line.placeholderText() == "Filter parks and companies…"
    assert line.isClearButtonEnabled()
    # The header shows: its tooltip explains the counts (test_tree_names).
    assert not view.isHeaderHidden() and view.uniformRowHeights()
    assert view.selectionMode() is QTreeView.SelectionMode.ExtendedSelection
    assert panel.grouping() is Grouping.KIND
    assert panel.current_ref() is None and panel.selected_refs() == []


@shown
def test_typing_a_filter_shows_matches_after_a_pause(qtbot, panel: TreePanel) -> None:
    _, line, view, _ = parts(panel)
    model = panel.model()
    qtbot.keyClicks(line, "FAW")
    assert not model.is_filtered()  # not on every key: after the pause
    qtbot.waitUntil(model.is_filtered, timeout=2000)

    shown = list(shown_in_view(view))
    parks = {ref(i) for i in shown if ref(i) is not None and ref(i).kind is ItemKind.PARK}
    assert parks == {AUTO_NEW_CITY}  # unrelated parks are gone
    auto = next(i for i in shown if ref(i) == AUTO_NEW_CITY)
    assert view.isExpanded(auto) and view.isExpanded(auto.parent())  # all is expanded
    under = rows(model, auto)
    assert {ref(i) for i in under} >= {FAW_VW_BASE}
    assert len(under) == 4 and all("FAW" in i.data(DISPLAY) for i in under)


@shown
def test_chinese_filter_keeps_the_zone_around_a_match(qtbot, panel: TreePanel) -> None:
    _, line, view, _ = parts(panel)
    model = panel.model()
    type_with_input_method(line, "音乐")
    assert not model.is_filtered()
    qtbot.waitUntil(model.is_filtered, timeout=2000)
    assert line.text() == "音乐"
    shown = list(shown_in_view(view))
    edz = next(i for i in shown if ref(i) == JIMO_EDZ)
    assert [ref(i) for i in rows(model, edz)] == [LEDU]  # only the match inside the zone
    assert view.isExpanded(edz)
    assert {ref(i) for i in shown} - {None} == {JIMO_EDZ, LEDU}


@shown
def test_no_match_shows_the_empty_state_and_esc_restores_the_tree(
    qtbot, panel: TreePanel, catalog: Catalog
) -> None:
    _, line, view, empty = parts(panel)
    model = panel.model()
    assert view.isVisible() and not empty.isVisible()
    qtbot.keyClicks(line, "xyzzy")
    qtbot.waitUntil(empty.isVisible, timeout=2000)
    assert not view.isVisible()
    assert model.rowCount() == 0
    assert "No park or company matches “xyzzy”" in empty.text()

    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert line.text() == ""
    assert view.isVisible() and not empty.isVisible()
    assert not model.is_filtered()
    groups = rows(model)
    assert [g.data(COUNT_ROLE) for g in groups] == [
        g.count for g in catalog.tree_groups(Grouping.KIND)
    ]
    assert not any(view.isExpanded(g) for g in groups)  # back to the lazy, folded tree


@shown
def test_clearing_the_filter_restores_the_full_tree(qtbot, panel: TreePanel) -> None:
    _, line, _, _ = parts(panel)
    model = panel.model()
    qtbot.keyClicks(line, "FAW")
    qtbot.waitUntil(model.is_filtered, timeout=2000)
    assert model.rowCount() == 1
    line.clear()  # as the clear button does
    assert not model.is_filtered()
    assert model.rowCount() == 5


@shown
def test_group_by_changes_the_top_level(qtbot, panel: TreePanel, catalog: Catalog) -> None:
    combo, _, _, _ = parts(panel)
    model = panel.model()
    combo.setFocus()
    with qtbot.waitSignal(panel.groupingChanged) as changed:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert changed.args == [Grouping.INDUSTRY]
    assert panel.grouping() is Grouping.INDUSTRY
    top = rows(model)
    assert len(top) == len(catalog.tree_groups(Grouping.INDUSTRY))
    assert {ref(i).kind for i in top if ref(i) is not None} == {ItemKind.INDUSTRY}

    with qtbot.waitSignal(panel.groupingChanged) as changed:
        panel.set_grouping(Grouping.PLACE)
    assert changed.args == [Grouping.PLACE]
    assert combo.currentText() == "Location"
    assert ref(rows(model)[0]) == ItemRef(ItemKind.PLACE, "jimo")

    with qtbot.assertNotEmitted(panel.groupingChanged):
        panel.set_grouping(Grouping.PLACE)


@shown
def test_reveal_selects_expands_and_reports_the_item(qtbot, panel: TreePanel) -> None:
    _, _, view, _ = parts(panel)
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        assert panel.reveal(FAW_VW_BASE)
    assert current.args == [FAW_VW_BASE]
    assert panel.current_ref() == FAW_VW_BASE
    assert panel.selected_refs() == [FAW_VW_BASE]
    index = view.currentIndex()
    assert ref(index) == FAW_VW_BASE
    assert view.isExpanded(index.parent()) and view.isExpanded(index.parent().parent())
    assert view.viewport().rect().intersects(view.visualRect(index))

    assert not panel.reveal(ItemRef(ItemKind.ORGANIZATION, "faw-group"))  # in no park
    assert panel.current_ref() == FAW_VW_BASE


@shown
def test_reveal_clears_a_filter_that_hides_the_item(qtbot, panel: TreePanel) -> None:
    _, line, _, _ = parts(panel)
    type_with_input_method(line, "音乐")
    qtbot.waitUntil(panel.model().is_filtered, timeout=2000)
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        assert panel.reveal(FAW_VW_BASE)
    assert current.args == [FAW_VW_BASE]
    assert line.text() == "" and not panel.model().is_filtered()


@shown
def test_selection_survives_a_filter_and_a_new_grouping(qtbot, panel: TreePanel) -> None:
    _, line, _, _ = parts(panel)
    panel.reveal(AUTO_NEW_CITY)
    qtbot.keyClicks(line, "FAW")
    qtbot.waitUntil(panel.model().is_filtered, timeout=2000)
    assert panel.current_ref() == AUTO_NEW_CITY
    with qtbot.assertNotEmitted(panel.currentItemChanged):
        panel.set_grouping(Grouping.PLACE)
    assert panel.current_ref() == AUTO_NEW_CITY
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClicks(line, "zzz")  # now nothing matches: nothing is current
        qtbot.waitUntil(lambda: panel.model().rowCount() == 0, timeout=2000)
    assert current.args == [None]
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClick(line, Qt.Key.Key_Escape)  # the item the filter hid comes back
    assert current.args == [AUTO_NEW_CITY]
    assert panel.selected_refs() == [AUTO_NEW_CITY]


@shown
def test_keyboard_moves_and_expands(qtbot, panel: TreePanel) -> None:
    _, _, view, _ = parts(panel)
    model = panel.model()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))  # "Development zones": a plain group
    assert panel.current_ref() is None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    group = model.index(0, 0)
    assert view.isExpanded(group) and model.rowCount(group) == 6  # fetched on expanding

    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert current.args == [JIMO_EDZ]
    edz = view.currentIndex()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.isExpanded(edz) and model.rowCount(edz) == 3
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert current.args == [LEDU]
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClick(view, Qt.Key.Key_Left)  # to the parent
    assert current.args == [JIMO_EDZ]


@shown
def test_down_from_the_filter_goes_to_the_tree(qtbot, panel: TreePanel) -> None:
    _, line, view, _ = parts(panel)
    panel.focus_filter()
    qtbot.keyClicks(line, "FAW")
    qtbot.keyClick(line, Qt.Key.Key_Down)  # applies the filter at once
    assert panel.model().is_filtered()
    assert view.hasFocus()
    assert view.currentIndex().isValid()


@shown
def test_ctrl_click_selects_several_parks(qtbot, panel: TreePanel) -> None:
    _, _, view, _ = parts(panel)
    blue_valley = ItemRef(ItemKind.PARK, "blue-valley")
    panel.reveal(AUTO_NEW_CITY)
    index = panel.model().index_for_ref(blue_valley)
    with qtbot.waitSignal(panel.selectionChangedRefs) as selected:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            view.visualRect(index).center(),
        )
    assert selected.args == [[AUTO_NEW_CITY, blue_valley]]
    assert panel.selected_refs() == [AUTO_NEW_CITY, blue_valley]


@shown
def test_context_menu_reports_the_row_and_position(qtbot, panel: TreePanel) -> None:
    _, _, view, _ = parts(panel)
    panel.reveal(AUTO_NEW_CITY)
    pos = view.visualRect(view.currentIndex()).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    with qtbot.waitSignal(panel.contextMenuRequested) as requested:
        QCoreApplication.sendEvent(view.viewport(), event)
    assert requested.args[0] == AUTO_NEW_CITY
    assert requested.args[1] == view.viewport().mapToGlobal(pos)
    assert isinstance(requested.args[1], QPoint)


@shown
def test_clicking_or_entering_the_current_row_reports_it_again(qtbot, panel: TreePanel) -> None:
    _, _, view, _ = parts(panel)
    panel.reveal(AUTO_NEW_CITY)
    centre = view.visualRect(view.currentIndex()).center()
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert current.args == [AUTO_NEW_CITY]
    with qtbot.waitSignal(panel.currentItemChanged) as current:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert current.args == [AUTO_NEW_CITY]

    emitted: list[object] = []
    panel.currentItemChanged.connect(emitted.append)
    edz = panel.model().index_for_ref(JIMO_EDZ)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(edz).center())
    assert emitted == [JIMO_EDZ]  # another row: reported once, not twice
    group = view.model().index(1, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(group).center()
    )
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(group).center()
    )
    assert emitted == [JIMO_EDZ, None]  # a plain group: nothing to show again
