"""The main window, driven as a user drives it: clicks, keys, search, back and forward."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTreeView, QWidget

from jimo_desktop.app import create_window
from jimo_desktop.catalog import Grouping
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.main_window import MainWindow
from tests.ui.detail_parts import card, home

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
FAW_VW_BASE = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget: QWidget, text: str) -> None:
    """Type text as an input method delivers it (QTest cannot send non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tree(win: MainWindow) -> QTreeView:
    return win.findChild(QTreeView, "parkTree")


def test_contract_object_names(window: MainWindow) -> None:
    for name in ("parkTree", "searchBox", "groupBy", "detailPane", "factCheck"):
        assert window.findChild(object, name) is not None, name


def test_first_screen_is_the_overview(window: MainWindow) -> None:
    assert window.current_page() == Screen.HOME
    assert window.detail_pane.current_ref() is None
    assert not window.window_actions.back.isEnabled()


def test_keyboard_in_the_tree_opens_details(window: MainWindow, qtbot) -> None:
    view = tree(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)  # first group
    qtbot.keyClick(view, Qt.Key.Key_Right)  # expand it
    qtbot.keyClick(view, Qt.Key.Key_Down)  # first park in it
    current = window.current_page()
    assert isinstance(current, ItemRef) and current.kind is ItemKind.PARK
    assert window.detail_pane.current_ref() == current


def test_clicking_a_park_shows_it(window: MainWindow, qtbot) -> None:
    window.tree_panel.reveal(EDZ)
    view = tree(window)
    index = view.currentIndex()
    window.navigate(Screen.HOME)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == EDZ
    assert window.detail_pane.current_ref() == EDZ


def test_search_english_and_chinese_then_enter(window: MainWindow, qtbot) -> None:
    box = window.findChild(QLineEdit, "searchBox")
    qtbot.keySequence(window, "Ctrl+F")
    assert box.hasFocus()
    type_text(box, "蓝谷")
    qtbot.waitUntil(lambda: window.search_panel.model.hit_count() > 0)
    assert window.tree_panel.isHidden(), "results replace the tree while searching"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page() == ItemRef(ItemKind.PARK, "blue-valley")
    box.clear()
    qtbot.keyClicks(box, "FAW-Volkswagen")
    qtbot.waitUntil(lambda: window.search_panel.model.hit_count() > 0)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page() == ItemRef(ItemKind.ORGANIZATION, "faw-vw")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.tree_panel.isHidden())


def test_search_that_finds_nothing_says_so(window: MainWindow, qtbot) -> None:
    box = window.findChild(QLineEdit, "searchBox")
    qtbot.keyClicks(box, "zzzqqq")
    qtbot.waitUntil(lambda: window.search_panel.status.isVisible())
    assert "Nothing matches" in window.search_panel.status.text()


def test_back_and_forward(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    window.navigate(FAW_VW_BASE)
    window.navigate(Screen.FACT_CHECK)
    assert window.centralWidget() is not None
    assert window.fact_check.isVisible()
    qtbot.keySequence(window, "Alt+Left")
    assert window.current_page() == FAW_VW_BASE
    qtbot.keySequence(window, "Alt+Left")
    assert window.current_page() == EDZ
    assert window.tree_panel.current_ref() == EDZ
    qtbot.keySequence(window, "Alt+Right")
    assert window.current_page() == FAW_VW_BASE
    assert window.window_actions.forward.isEnabled()
    window.navigate(Screen.HOME)
    assert not window.window_actions.forward.isEnabled()


def test_links_in_the_detail_pane_navigate(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    with qtbot.waitSignal(window.detail_pane.linkActivated):
        card(window.detail_pane).industry_chips()[0].click()
    current = window.current_page()
    assert isinstance(current, ItemRef) and current.kind is ItemKind.INDUSTRY


def test_unknown_item_is_refused_politely(window: MainWindow) -> None:
    assert not window.navigate(ItemRef(ItemKind.PARK, "atlantis"))
    assert "not in this database" in window.statusBar().currentMessage()
    assert window.current_page() == Screen.HOME


def test_events_and_claims_open_where_they_belong(window: MainWindow) -> None:
    window.navigate(ItemRef(ItemKind.CLAIM, "C05"))
    assert window.current_page() == Screen.FACT_CHECK
    event = window.catalog.events()[-1]
    window.navigate(event.ref if hasattr(event, "ref") else ItemRef(ItemKind.EVENT, event.id))
    expected = event.related[0].ref if event.related else ItemRef(ItemKind.PLACE, "jimo")
    assert window.current_page() == expected


def test_sources_have_their_own_page(window: MainWindow) -> None:
    assert window.navigate(ItemRef(ItemKind.SOURCE, "S15"))
    assert window.detail_pane.current_ref() == ItemRef(ItemKind.SOURCE, "S15")


def test_restart_restores_place_grouping_and_geometry(qtbot, tmp_path: Path) -> None:
    first = create_window()
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 650)  # the minimum width: the offscreen screen is narrower
    combo = first.findChild(QComboBox, "groupBy")
    combo.setCurrentIndex(combo.findData(Grouping.INDUSTRY.value))
    first.navigate(FAW_VW_BASE)
    first.detail_pane.show_tab(first.detail_pane.TIMELINE)
    first.close()

    second = create_window()
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == FAW_VW_BASE
    assert second.tree_panel.grouping() is Grouping.INDUSTRY
    assert second.window_actions.group_by[Grouping.INDUSTRY].isChecked()
    assert (second.width(), second.height()) == (900, 650)
    assert second.tree_panel.current_ref() == FAW_VW_BASE
    assert second.detail_pane.current_tab() == second.detail_pane.TIMELINE


def test_damaged_settings_are_reported_in_the_status_bar(
    qtbot,
    profile_dir: Path,
) -> None:
    config = profile_dir / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{oops", encoding="utf-8")
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "damaged" in win.statusBar().currentMessage())
    assert list(config.glob("settings.json.damaged-*"))


def test_tree_selection_follows_pages_outside_the_tree(window: MainWindow) -> None:
    window.navigate(EDZ)
    assert window.tree_panel.current_ref() == EDZ
    window.navigate(Screen.FACT_CHECK)
    assert window.tree_panel.current_ref() is None
    assert window.tree_panel.selected_refs() == []
    window.navigate(ItemRef(ItemKind.PLACE, "jimo"))  # places are not in the park tree
    assert window.tree_panel.current_ref() is None
    window.go_back()
    window.go_back()
    assert window.current_page() == EDZ
    assert window.tree_panel.current_ref() == EDZ


def test_an_item_opened_outside_the_tree_is_read_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening an item from a link reveals it in the tree, whose selection asks for the
    same page again: that must not read and show the item a second time."""
    read: list[ItemRef] = []
    detail = window.catalog.detail
    monkeypatch.setattr(window.catalog, "detail", lambda ref: read.append(ref) or detail(ref))
    assert window.navigate(EDZ)
    assert window.tree_panel.current_ref() == EDZ  # revealed in the tree
    assert read == [EDZ]


def test_dashboard_and_figure_charts_are_shown(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: home(window.detail_pane).dashboard() is not None, timeout=10000)
    window.navigate(ItemRef(ItemKind.PARK, "jimo-edz"))
    window.detail_pane.show_tab(window.detail_pane.FIGURES)
    panel = window.detail_pane.chart_panel
    assert panel is not None and panel.objectName() == "chartPanel"


def test_comparison_shows_its_charts(window: MainWindow) -> None:
    from jimo_desktop.ui.charts.comparison_charts import ComparisonCharts

    parks = [ItemRef(ItemKind.PARK, p) for p in ("jimo-edz", "blue-valley", "auto-new-city")]
    assert window.commands.compare(parks)
    assert window.current_page() == Screen.COMPARE
    panel = window.compare_view.chart_widget()
    assert isinstance(panel, ComparisonCharts)
    assert [d.item.ref for d in panel.items()] == parks


def test_ctrl_clicking_parks_in_the_tree_compares_them(window: MainWindow, qtbot) -> None:
    view = tree(window)
    window.tree_panel.reveal(EDZ)
    second = ItemRef(ItemKind.PARK, "auto-new-city")
    window.tree_panel.reveal(second)
    first_rect = view.visualRect(window.tree_panel.model().index_for_ref(EDZ))
    second_rect = view.visualRect(window.tree_panel.model().index_for_ref(second))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first_rect.center())
    assert window.current_page() == EDZ
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        second_rect.center(),
    )
    assert window.current_page() == Screen.COMPARE
    compared = window.compare_view.comparison()
    assert compared is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first_rect.center())
    assert window.current_page() == EDZ


def test_counted_messages_use_english_plurals(qapp, qtbot) -> None:
    from jimo_desktop.catalog import Catalog
    from jimo_desktop.ui.panes.search_panel import SearchPanel
    from jimo_desktop.ui.translations import install_translations

    translator = install_translations(qapp)
    assert translator is not None, "resources/translations/jimo_explorer_en.qm is missing"
    try:
        with Catalog.open() as catalog:
            panel = SearchPanel(catalog.search)
            qtbot.addWidget(panel)
            single = "博兰斯勒"  # the Ledu Music Valley's theatre: one item mentions it
            assert len(catalog.search(single).hits) == 1
            panel.box.setText(single)
            panel.run_query()
            one = panel.status.text()
            panel.box.setText("helicopter")
            panel.run_query()
            many = panel.status.text()
        assert one == "1 result", one
        assert many.endswith(" results") and not many.startswith("1 "), many
    finally:
        qapp.removeTranslator(translator)
