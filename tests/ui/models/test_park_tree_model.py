"""The park tree model: lazy over the catalog, filtered, counted, translated."""

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
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox

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

# The groupings of parks (the Context grouping holds the catalogue of zones instead).
PARK_GROUPINGS = [grouping for grouping in Grouping if grouping is not Grouping.CONTEXT]


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


@pytest.fixture
def model(qapp, catalog: Catalog) -> ParkTreeModel:
    return ParkTreeModel(catalog)


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
    zones = {ref(i) for i in loaded(model) if ref(i) and ref(i).kind is ItemKind.ZONE}
    if grouping is Grouping.CONTEXT:  # the zones that match, and no park
        assert not parks
        assert zones == {r for r in matches.matched if r.kind is ItemKind.ZONE}
    else:
        assert parks == set(matches.visible_parks) and not zones


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
    # Ledu Music Valley lies in Jimo District, and so does the zone it is in: the sources
    # name no sub-district for either (the zone's 2003 co-location with Chaohai was of its
    # administration), so no Chaohai group is shown.
    places = [ItemRef(ItemKind.PLACE, "jimo")]
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


@pytest.mark.parametrize("grouping", PARK_GROUPINGS)
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
    # five parks (the EDZ's one 1999 tenant is no focus industry); `` *``: an own label
    assert first.data(DISPLAY) == "Textiles and garments (5) · 纺织服装 *"


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
    # five: the Deep Sea Center is not placed in Blue Valley (only its base is, by S76)
    assert blue_valley.data(COUNT_ROLE) == 5
    assert len(fetched(model, blue_valley)) == 5


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


def test_an_industry_group_marks_a_label_of_the_projects_own(qapp, catalog: Catalog) -> None:
    model = ParkTreeModel(catalog, Grouping.INDUSTRY)
    rows = {
        model.data(model.index(row, 0), ITEM_REF_ROLE).id: model.index(row, 0)
        for row in range(model.rowCount())
        if model.data(model.index(row, 0), ITEM_REF_ROLE) is not None
    }
    own, published = rows["automotive"], rows["information-security"]
    assert "汽车 *" in model.data(own)
    assert "own translation" in model.data(own, Qt.ItemDataRole.ToolTipRole)
    assert "信息保密" in model.data(published) and "*" not in model.data(published)
    assert "own translation" not in model.data(published, Qt.ItemDataRole.ToolTipRole)
