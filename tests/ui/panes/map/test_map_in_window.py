"""The map in the window: its own page on Ctrl+M, a tab of the first screen and of every
park and place page, and a park clicked on it opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_ctrl_m_opens_the_map_page_and_a_park_on_it_opens(window: MainWindow, qtbot) -> None:
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is Screen.MAP
    assert window.centre.currentWidget() is window.map_page
    pane = window.map_page.pane
    assert pane is not None
    pane.select_town("longquan")
    item = pane.town_parks.item(0)
    rect = pane.town_parks.visualItemRect(item)
    qtbot.mouseClick(pane.town_parks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == ItemRef(ItemKind.PARK, "auto-new-city")
    window.go_back()
    assert window.current_page() is Screen.MAP


def test_the_first_screen_has_a_map_tab(window: MainWindow) -> None:
    tabs = window.detail_pane.home_tabs()
    assert tabs.tabText(DetailPane.HOME_MAP) == "Map"
    home_map = window.detail_pane.map_tab(home=True)
    assert home_map is not None and home_map.pane is None  # not built before it is looked at
    tabs.setCurrentIndex(DetailPane.HOME_MAP)
    assert home_map.pane is not None


def test_park_and_place_pages_have_a_map_tab_that_follows_them(window: MainWindow) -> None:
    pane = window.detail_pane
    window.navigate(ItemRef(ItemKind.PARK, "blue-valley"))
    pane.show_tab(DetailPane.MAP)
    item_map = pane.map_tab()
    assert item_map is not None and item_map.pane is not None
    marked = {k for k, t in item_map.pane.scene.towns.items() if t.highlighted}
    assert marked == {"aoshanwei", "wenquan"}
    window.navigate(ItemRef(ItemKind.PLACE, "lancun"))
    assert item_map.pane.selected_town() == "lancun"
    window.navigate(ItemRef(ItemKind.ORGANIZATION, "faw-vw"))
    assert not pane.findChild(QTabWidget, "detailTabs").isTabVisible(DetailPane.MAP)
