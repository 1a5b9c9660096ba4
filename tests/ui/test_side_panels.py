"""The side panels folded to strips: the tree (with its search) and the shortlist dock fold
to a strip with their title, the page gains the width, a click or a key unfolds them at the
width they had, and which are folded is remembered with the window's place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui import zoom
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.side_panels import SHORTLIST, TREE, SideStrip
from jimo_desktop.ui.translations import Language

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(10)
        QApplication.processEvents()


def shown(qtbot, language: str = "en", size: tuple[int, int] = (1366, 768)) -> MainWindow:
    win = create_window(language=language)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    assert win.navigate(EDZ)
    settle(qtbot)
    return win


@pytest.fixture
def window(qtbot) -> MainWindow:
    return shown(qtbot)


def strip(window: MainWindow, name: str) -> SideStrip:
    return window.side_panels.strips[name]


def test_the_tree_folds_to_a_strip_and_the_page_gains_the_width(window: MainWindow, qtbot) -> None:
    page, tree = window.centre.width(), window.tree_side.width()
    assert window.tree_side.isVisible() and not strip(window, TREE).isVisible()
    window.window_actions.collapse_tree.trigger()
    settle(qtbot)
    folded = strip(window, TREE)
    assert not window.tree_side.isVisible() and not window.tree_panel.isVisible()
    assert folded.isVisible() and folded.width() <= folded.strip_width()
    assert folded.width() < tree / 5
    assert window.centre.width() >= page + tree - folded.width() - 10  # all but the strip
    assert window.window_actions.collapse_tree.isChecked()
    # Its title is written along it, whole, and it says how to unfold it.
    assert folded.text() == "Park tree and search"
    assert folded.text_rect().height() >= folded.fontMetrics().horizontalAdvance(folded.text())
    assert folded.rect().contains(folded.text_rect())
    assert "Ctrl+Shift+B" in folded.toolTip() and folded.accessibleName() == folded.text()
    # A click unfolds it at the width it had.
    QTest.mouseClick(folded, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.tree_side.isVisible() and not folded.isVisible()
    assert window.tree_side.width() == pytest.approx(tree, abs=2)
    assert window.centre.width() == pytest.approx(page, abs=2)
    assert not window.window_actions.collapse_tree.isChecked()


def test_the_shortlist_dock_folds_to_a_strip_at_its_edge(window: MainWindow, qtbot) -> None:
    dock = window.shortlist_dock
    page, width = window.centre.width(), dock.width()
    assert dock.isVisible()
    window.window_actions.collapse_shortlist.trigger()
    settle(qtbot)
    folded = strip(window, SHORTLIST)
    assert not dock.isVisible() and folded.isVisible()
    assert folded.width() <= folded.strip_width()
    assert window.centre.width() > page + width / 2
    # At the window's right edge, where the dock was; titled as the dock is.
    right = folded.mapTo(window, folded.rect().topRight()).x()
    assert right >= window.width() - 2
    assert folded.text() == dock.windowTitle()
    assert "Ctrl+Shift+N" in folded.toolTip()
    window.window_actions.collapse_shortlist.trigger()  # the key again unfolds it
    settle(qtbot)
    assert dock.isVisible() and not folded.isVisible()
    assert dock.width() == pytest.approx(width, abs=2)
    assert window.centre.width() == pytest.approx(page, abs=2)


def test_showing_the_dock_from_the_view_menu_unfolds_it(window: MainWindow, qtbot) -> None:
    window.side_panels.set_collapsed(SHORTLIST, True)
    settle(qtbot)
    window.shortlist_dock.toggleViewAction().trigger()  # View › Shortlist
    settle(qtbot)
    assert window.shortlist_dock.isVisible()
    assert not strip(window, SHORTLIST).isVisible()
    assert not window.side_panels.is_collapsed(SHORTLIST)
    assert not window.window_actions.collapse_shortlist.isChecked()


def test_the_keys_fold_and_unfold_and_the_strip_keeps_the_keyboard(
    window: MainWindow, qtbot
) -> None:
    window.activateWindow()
    window.tree_panel.setFocus()
    view = QApplication.focusWidget()
    assert view is not None and window.tree_side.isAncestorOf(view)
    QTest.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot)
    folded = strip(window, TREE)
    assert window.side_panels.is_collapsed(TREE)
    assert folded.hasFocus()  # the keyboard is not lost in a hidden panel
    QTest.keyClick(folded, Qt.Key.Key_Space)
    settle(qtbot)
    assert not window.side_panels.is_collapsed(TREE)
    focused = QApplication.focusWidget()
    assert focused is not None and window.tree_side.isAncestorOf(focused)
    QTest.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot)
    assert window.side_panels.is_collapsed(SHORTLIST)
    QTest.keyClick(strip(window, SHORTLIST), Qt.Key.Key_Return)
    settle(qtbot)
    assert not window.side_panels.is_collapsed(SHORTLIST)


def test_the_folded_panels_are_remembered(qtbot, profile_dir: Path) -> None:
    first = shown(qtbot)
    tree, dock = first.tree_side.width(), first.shortlist_dock.width()
    first.window_actions.collapse_tree.trigger()
    first.window_actions.collapse_shortlist.trigger()
    settle(qtbot)
    first.close()
    saved = json.loads((profile_dir / "config" / "window-state.json").read_text(encoding="utf-8"))
    assert saved["values"]["collapsed"] == [TREE, SHORTLIST]
    again = shown(qtbot)
    assert again.side_panels.collapsed() == (TREE, SHORTLIST)
    assert not again.tree_side.isVisible() and not again.shortlist_dock.isVisible()
    assert strip(again, TREE).isVisible() and strip(again, SHORTLIST).isVisible()
    assert again.window_actions.collapse_tree.isChecked()
    # Unfolded, they come back at the widths they had before the restart.
    again.side_panels.expand(TREE)
    again.side_panels.expand(SHORTLIST)
    settle(qtbot)
    assert again.tree_side.width() == pytest.approx(tree, abs=3)
    assert again.shortlist_dock.width() == pytest.approx(dock, abs=3)
    again.close()
    saved = json.loads((profile_dir / "config" / "window-state.json").read_text(encoding="utf-8"))
    assert saved["values"]["collapsed"] == []
    third = shown(qtbot)
    assert third.side_panels.collapsed() == () and third.tree_side.isVisible()


def test_the_strips_speak_chinese_upright_and_follow_the_zoom(qtbot) -> None:
    window = shown(qtbot, "zh")
    try:
        window.side_panels.restore((TREE, SHORTLIST))
        settle(qtbot)
        for name in (TREE, SHORTLIST):
            folded = strip(window, name)
            assert any(ord(c) >= 0x2E80 for c in folded.text()), folded.text()
            line = folded.fontMetrics().height()
            assert folded.text_rect().height() >= line * len(folded.text())  # whole
            assert folded.width() <= folded.strip_width()
        assert "园区目录" in strip(window, TREE).text()
        narrow = strip(window, TREE).width()
        window.view_modes.set_zoom(150)
        settle(qtbot)
        assert strip(window, TREE).width() > narrow * 1.3
        assert strip(window, TREE).width() <= strip(window, TREE).strip_width()
    finally:
        zoom.set_zoom(QApplication.instance(), zoom.ACTUAL)
        window.set_language(Language.ENGLISH)


def test_the_presentation_leaves_the_panels_as_they_were(window: MainWindow, qtbot) -> None:
    window.side_panels.set_collapsed(TREE, True)
    settle(qtbot)
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    assert not strip(window, TREE).isVisible()
    window.view_modes.leave_presentation()
    settle(qtbot)
    assert strip(window, TREE).isVisible() and not window.tree_side.isVisible()
    assert window.shortlist_dock.isVisible() and not strip(window, SHORTLIST).isVisible()
