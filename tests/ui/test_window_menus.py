"""The Edit and Help menus and the window's title: Copy from the focused widget, the title
naming the page shown, F1's guide in both languages, the shortcuts, and About with the
components' licences and the folder of the notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QTabBar, QTableView, QWidget

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.dialogs.about_dialog import COMPONENTS, AboutDialog
from jimo_desktop.ui.dialogs.help_dialog import HelpDialog, ShortcutsDialog, _plain
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import Language, set_language

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    win = create_window(language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    app = QApplication.instance()
    assert app is not None
    set_language(app, Language.ENGLISH)
    app.processEvents()


def open_dialog(win: MainWindow, kind: type) -> QWidget:
    QApplication.processEvents()
    found = [w for w in win.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_ctrl_c_in_the_search_box_still_copies_its_selected_text(window: MainWindow, qtbot):
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClicks(box, "blue valley")
    box.setSelection(0, 4)
    QGuiApplication.clipboard().clear()
    triggered: list[bool] = []
    window.window_actions.copy.triggered.connect(lambda: triggered.append(True))
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "blue"
    assert triggered == []  # the box kept its key: Edit › Copy did not take it
    assert window.window_actions.copy.isEnabled()  # a line edit can copy


def test_edit_copy_calls_the_focused_tables_copy(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(EDZ)
    window.detail_pane.show_tab(window.detail_pane.SOURCES)
    view = window.detail_pane.findChild(QTableView, "sourcesTable")
    assert view is not None
    calls: list[str] = []
    monkeypatch.setattr(view, "copy", lambda: calls.append("copied"), raising=False)
    view.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    qtbot.waitUntil(lambda: window.window_actions.copy.isEnabled())
    window.menus.edit_menu.actions()[0].trigger()  # Edit › Copy
    assert calls == ["copied"]

    tabs = window.detail_pane.findChild(QTabBar)
    assert tabs is not None and not hasattr(tabs, "copy")
    tabs.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is tabs)
    qtbot.waitUntil(lambda: not window.window_actions.copy.isEnabled())  # nothing to copy


def test_the_title_names_the_page_shown(window: MainWindow) -> None:
    assert window.windowTitle() == "Jimo Explorer"
    window.navigate(EDZ)
    assert window.windowTitle() == "Jimo Economic Development Zone — Jimo Explorer"
    window.navigate(Screen.FACT_CHECK)
    assert window.windowTitle() == "Fact Check — Jimo Explorer"
    window.go_back()
    assert window.windowTitle() == "Jimo Economic Development Zone — Jimo Explorer"
    set_language(QApplication.instance(), Language.CHINESE)  # the real translation
    QApplication.processEvents()
    assert window.windowTitle() == "山东省即墨经济开发区 — Jimo Explorer"
    window.navigate(Screen.HOME)
    assert window.windowTitle() == "Jimo Explorer"


def test_f1_opens_the_guide_in_the_interface_language(window: MainWindow, qtbot) -> None:
    assert window.window_actions.help.shortcut().toString() == "F1"
    assert window.window_actions.about.shortcut().isEmpty()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = open_dialog(window, HelpDialog)
    assert isinstance(guide, HelpDialog)
    assert guide.windowTitle() == "Jimo Explorer Help"
    text = guide.browser.toPlainText()
    for words in ("Sources, grades and conflicts", "Disputed", "Ctrl+F", "Help › About"):
        assert words in text, words
    set_language(QApplication.instance(), Language.CHINESE)
    QApplication.processEvents()
    text = guide.browser.toPlainText()
    assert guide.windowTitle() == "Jimo Explorer 帮助"
    for words in ("来源、可信度与分歧", "有分歧", "关注清单和备注"):
        assert words in text, words


def test_the_help_menu_holds_help_shortcuts_and_about(window: MainWindow) -> None:
    actions = window.window_actions
    assert [a for a in window.menus.help_menu.actions() if not a.isSeparator()] == [
        actions.help,
        actions.shortcuts,
        actions.about,
    ]
    actions.shortcuts.trigger()
    dialog = open_dialog(window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.rows())
    assert rows["Open Database"] == "Ctrl+O"
    assert rows["Copy"] == "Ctrl+C"
    assert rows["Jimo Explorer Help"] == "F1"
    assert rows["Search"] == "Ctrl+F"


def test_about_lists_the_components_and_where_the_notes_are_kept(
    window: MainWindow, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.window_actions.about.trigger()
    box = open_dialog(window, AboutDialog)
    assert isinstance(box, AboutDialog)
    text = box.text()
    for name, licence in (
        ("Qt / PySide6", "LGPL-3.0"),
        ("pyqtgraph", "MIT"),
        ("NumPy", "BSD-3-Clause"),
        ("sqlite-utils", "Apache-2.0"),
        ("platformdirs", "MIT"),
    ):
        assert name in text and licence in text, name
    assert len(COMPONENTS) >= 5
    folder = (profile_dir / "data").resolve()
    assert box.notes_folder == folder
    assert str(folder) in text

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    assert box.open_notes_folder()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert box.isVisible()  # the box stays open

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert not box.open_notes_folder()
    assert QGuiApplication.clipboard().text() == str(folder)
    assert "path was copied" in box.informativeText()


def test_the_shortcuts_list_shows_actions_without_their_mnemonics() -> None:
    assert _plain("退出(&Q)") == "退出"
    assert _plain("导出为CSV(&E)…") == "导出为CSV"
    assert _plain("&Open Database…") == "Open Database"
    assert _plain("Fish && Chips") == "Fish & Chips"
