"""The park tree: the lazy model over the catalog, its icons, and the tree pane."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTranslator
from PySide6.QtGui import QContextMenuEvent, QIcon, QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTreeView

from jimo_desktop.catalog import Catalog, Grouping, ItemKind, ItemRef
from jimo_desktop.ui.icons import icon_for
from jimo_desktop.ui.park_tree import ParkTreeModel
from jimo_desktop.ui.roles import COUNT_ROLE, ITEM_REF_ROLE
from jimo_desktop.ui.tree_panel import TreePanel

FAW_VW_BASE = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")
AUTO_NEW_CITY = ItemRef(ItemKind.PARK, "auto-new-city")
JIMO_EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
LEDU = ItemRef(ItemKind.PARK, "ledu-music-valley")
DISPLAY = Qt.ItemDataRole.DisplayRole

# Showing a top-level widget with a layout on the offscreen platform logs this warning,
# which says nothing about our code; the tests that show the pane ignore it (only it).
shown = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


class CountingCatalog:
    """The real catalog, counting the tree queries the model makes."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._catalog, name)
        if not name.startswith("tree_"):
            return attribute

        def counted(*args: Any) -> Any:
            self.calls[name] += 1
            return attribute(*args)

        return counted


def rows(model: ParkTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def loaded(model: ParkTreeModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every row the model has now, depth first, without fetching anything."""
    for index in rows(model, parent):
        yield index
        yield from loaded(model, index)


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
def model(qapp, catalog: Catalog) -> ParkTreeModel:
    return ParkTreeModel(catalog)


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


# -- the model ----------------------------------------------------------------------------


@pytest.mark.parametrize("grouping", list(Grouping))
def test_model_passes_the_model_tester_in_each_grouping(
    qapp, qtmodeltester, catalog: Catalog, grouping: Grouping
) -> None:
    model = ParkTreeModel(catalog, grouping)
    qtmodeltester.check(model, force_py=True)  # walks (and so fetches) the whole tree
    assert model.rowCount() == len(catalog.tree_groups(grouping))


@pytest.mark.parametrize("grouping", list(Grouping))
@pytest.mark.parametrize("text", ["FAW", "音乐", "a", "Qingdao Blue", "nothing-like-this"])
def test_model_passes_the_model_tester_when_filtered(
    qapp, qtmodeltester, catalog: Catalog, grouping: Grouping, text: str
) -> None:
    # The Python tester is given each state afresh: it runs its checks on modelReset
    # before clearing its own "reset in flight" flag, so a lazy model that fetches
    # during those checks trips it. Resets are covered by the C++ tester below.
    model = ParkTreeModel(catalog, grouping)
    model.set_filter(text)
    assert model.is_filtered() and model.filter_text() == text
    qtmodeltester.check(model, force_py=True)
    matches = catalog.tree_matches(text)
    assert matches is not None
    parks = {ref(i).id for i in loaded(model) if ref(i) and ref(i).kind is ItemKind.PARK}
    assert parks == set(matches.visible_parks)


def test_model_changes_are_bracketed_and_consistent(qapp, catalog: Catalog) -> None:
    """Resets and fetches go through begin…/end… pairs, and after each change Qt's own
    model tester (a fresh one per state: connected testers walk, and so fetch, inside
    modelReset, which they then report as a change within a change) finds nothing."""
    model = ParkTreeModel(catalog)
    log: list[str] = []
    for name in (
        "modelAboutToBeReset",
        "modelReset",
        "rowsAboutToBeInserted",
        "rowsInserted",
        "rowsAboutToBeRemoved",
        "rowsRemoved",
        "layoutAboutToBeChanged",
        "layoutChanged",
    ):
        getattr(model, name).connect(lambda *args, name=name: log.append(name))

    def check() -> None:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning
        )
        del tester  # a Qt warning from it fails the test (qt_log_level_fail)

    steps = [
        lambda: fetched(model, rows(model)[0]),
        lambda: model.set_filter("FAW"),
        lambda: model.set_grouping(Grouping.INDUSTRY),
        lambda: model.index_for_ref(FAW_VW_BASE),
        lambda: model.set_filter(""),
        lambda: model.index_for_ref(FAW_VW_BASE),
        lambda: model.set_grouping(Grouping.PLACE),
        lambda: model.set_filter("音乐"),
    ]
    for step in steps:
        step()
        check()
    pairs = {"modelAboutToBeReset": "modelReset", "rowsAboutToBeInserted": "rowsInserted"}
    assert set(log) <= set(pairs) | set(pairs.values())  # no removals, moves or layouts
    assert log.count("modelAboutToBeReset") == 5
    opened: str | None = None
    for name in log:
        if name in pairs:
            assert opened is None, f"{name} inside {opened}"
            opened = name
        else:
            assert opened is not None and pairs[opened] == name
            opened = None
    assert opened is None
    # Ledu Music Valley lies in Jimo District; it is shown inside the zone in Chaohai.
    places = [ItemRef(ItemKind.PLACE, "jimo"), ItemRef(ItemKind.PLACE, "chaohai")]
    assert [ref(i) for i in rows(model)] == places


def test_only_the_top_level_is_read_at_first(qapp, catalog: Catalog) -> None:
    counting = CountingCatalog(catalog)
    model = ParkTreeModel(counting)  # type: ignore[arg-type]
    assert counting.calls == Counter(tree_groups=1)

    groups = rows(model)
    assert len(groups) == 5
    for group in groups:
        assert model.rowCount(group) == 0  # not fetched ...
        assert model.hasChildren(group)  # ... but known to have children, from the count
        assert model.canFetchMore(group)
    assert counting.calls == Counter(tree_groups=1)  # asking did not read anything

    parks = fetched(model, groups[0])
    assert counting.calls == Counter(tree_groups=1, tree_parks=1)
    auto = next(p for p in parks if ref(p) == AUTO_NEW_CITY)
    assert model.rowCount(auto) == 0 and model.hasChildren(auto)
    children = fetched(model, auto)
    assert len(children) == 5
    assert counting.calls == Counter(tree_groups=1, tree_parks=1, tree_children=1)
    assert not model.canFetchMore(auto)
    assert model.rowCount(groups[1]) == 0  # the other groups are still not read


@pytest.mark.parametrize("grouping", list(Grouping))
def test_counts_are_the_number_of_children(
    model: ParkTreeModel, catalog: Catalog, grouping: Grouping
) -> None:
    model.set_grouping(grouping)
    assert model.grouping() is grouping
    for group, node in zip(rows(model), catalog.tree_groups(grouping), strict=True):
        count = group.data(COUNT_ROLE)
        assert count == node.count > 0
        parks = fetched(model, group)
        assert len(parks) == count == len(catalog.tree_parks(grouping, node.key))
        assert group.data(DISPLAY).startswith(f"{node.label} ({count})")
        for park in parks:
            assert len(fetched(model, park)) == park.data(COUNT_ROLE)


def test_rows_show_names_counts_icons_and_refs(model: ParkTreeModel) -> None:
    development = rows(model)[0]
    assert development.data(DISPLAY) == "Development zones (6)"
    assert ref(development) is None  # a category is not an item
    parks = fetched(model, development)
    edz = next(p for p in parks if ref(p) == JIMO_EDZ)
    assert edz.data(DISPLAY) == "Jimo Economic Development Zone (3) · 山东省即墨经济开发区"
    assert edz.data(COUNT_ROLE) == 3
    tooltip = edz.data(Qt.ItemDataRole.ToolTipRole)
    assert "山东省即墨经济开发区" in tooltip and "economic development zone" in tooltip
    icon = edz.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    item = next(
        i for i in fetched(model, edz) if ref(i) == ItemRef(ItemKind.PROJECT, "life-valley")
    )
    assert item.data(DISPLAY) == "Qingdao International Life Valley · 青岛国际生命谷"
    assert item.data(COUNT_ROLE) is None
    assert not model.hasChildren(item)

    model.set_grouping(Grouping.INDUSTRY)
    first = rows(model)[0]
    assert ref(first) == ItemRef(ItemKind.INDUSTRY, "textiles-garments")  # groups that are items
    assert first.data(DISPLAY) == "Textiles and garments (6) · 纺织服装"


def test_index_for_ref_fetches_the_way_and_round_trips(model: ParkTreeModel) -> None:
    index = model.index_for_ref(FAW_VW_BASE)
    assert index.isValid()
    assert model.ref_for_index(index) == FAW_VW_BASE
    assert ref(index.parent()) == AUTO_NEW_CITY
    assert index.parent().parent().data(DISPLAY) == "Development zones (6)"

    model.set_grouping(Grouping.PLACE)
    place = model.index_for_ref(ItemRef(ItemKind.PLACE, "longquan"))
    assert place.isValid() and not place.parent().isValid()
    assert ref(model.index_for_ref(AUTO_NEW_CITY).parent()) == ItemRef(ItemKind.PLACE, "longquan")

    assert not model.index_for_ref(ItemRef(ItemKind.PARK, "no-such-park")).isValid()
    # An organization that belongs to no park is not in the tree.
    assert not model.index_for_ref(ItemRef(ItemKind.ORGANIZATION, "faw-group")).isValid()
    assert model.ref_for_index(QModelIndex()) is None


def test_filtered_counts_are_what_is_shown(model: ParkTreeModel) -> None:
    model.set_filter("FAW")
    (group,) = rows(model)
    assert group.data(DISPLAY) == "Development zones (1)"
    (park,) = rows(model, group)
    assert ref(park) == AUTO_NEW_CITY
    items = rows(model, park)
    assert park.data(COUNT_ROLE) == len(items) == 4
    assert all("FAW" in i.data(DISPLAY) for i in items)
    assert FAW_VW_BASE in {ref(i) for i in items}
    # Out of the filter, the same park holds more.
    model.set_filter("  ")
    assert not model.is_filtered()
    assert model.index_for_ref(AUTO_NEW_CITY).data(COUNT_ROLE) == 5


def test_a_park_that_matches_shows_all_it_holds_lazily(model: ParkTreeModel) -> None:
    model.set_filter("Blue Valley")
    blue_valley = model.index_for_ref(ItemRef(ItemKind.PARK, "blue-valley"))
    assert blue_valley.isValid()
    assert blue_valley.data(COUNT_ROLE) == 6
    assert len(fetched(model, blue_valley)) == 6


CHINESE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>ParkTreeModel</name>
<message><source>Development zones</source><translation>开发区</translation></message>
<message><source>{name} ({count})</source><translation>{name}（{count}）</translation></message>
</context>
<context><name>TreePanel</name>
<message><source>Kind</source><translation>类型</translation></message>
</context>
</TS>
"""


@shown
def test_a_translation_file_covers_group_labels(qtbot, catalog: Catalog, tmp_path: Path) -> None:
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        pytest.skip("this PySide6 has no lrelease")
    (tmp_path / "zh.ts").write_text(CHINESE_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(tmp_path / "zh.ts"), "-qm", str(tmp_path / "zh.qm")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(tmp_path / "zh.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        model = ParkTreeModel(catalog)
        assert rows(model)[0].data(DISPLAY) == "开发区（6）"
        panel = TreePanel(catalog)
        qtbot.addWidget(panel)
        assert panel.findChild(QComboBox, "groupBy").itemText(0) == "类型"
    finally:
        QCoreApplication.removeTranslator(translator)
    english = ParkTreeModel(catalog)
    assert rows(english)[0].data(DISPLAY) == "Development zones (6)"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=30))
def test_any_filter_text_is_safe(qapp, catalog: Catalog, text: str) -> None:
    model = ParkTreeModel(catalog)
    model.set_filter(text)
    for index in loaded(model):
        assert isinstance(index.data(DISPLAY), str)
        count = index.data(COUNT_ROLE)
        if count is not None and not model.canFetchMore(index):
            assert count == model.rowCount(index)


# -- icons --------------------------------------------------------------------------------


def test_each_kind_has_its_own_cached_icon(qapp) -> None:
    kinds = [None, *ItemKind]
    images = []
    for kind in kinds:
        icon = icon_for(kind)
        assert not icon.isNull()
        assert icon_for(kind).cacheKey() == icon.cacheKey()
        for size in (16, 32):
            assert icon.pixmap(size, size).width() == size
        images.append(icon.pixmap(16, 16).toImage())
    assert len({image.cacheKey() for image in images}) == len(kinds)
    for i, image in enumerate(images):
        assert all(image != other for other in images[i + 1 :])


# -- the tree pane ------------------------------------------------------------------------


@shown
def test_pane_parts(panel: TreePanel) -> None:
    combo, line, view, _ = parts(panel)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Kind", "Industry", "Location"]
    assert line.placeholderText() == "Filter parks and companies…"
    assert line.isClearButtonEnabled()
    assert view.isHeaderHidden() and view.uniformRowHeights()
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
