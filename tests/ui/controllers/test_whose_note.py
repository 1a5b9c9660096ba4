"""Whose note it is: the note's title names the item, a shortlist row opens its item and
shows the start of its note, and starring does not move the toolbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.shortlist_model import NOTE_START_ROLE

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def title(win: MainWindow) -> QLabel:
    return win.findChild(QLabel, "noteTitle")


def test_the_note_is_titled_with_the_items_name(window: MainWindow) -> None:
    assert window.navigate(BLUE)
    assert title(window).text() == "<b>Note on Qingdao Blue Valley</b>"
    assert window.note_editor.isEnabled()
    assert "Write a note" in window.note_editor.editor.placeholderText()


def test_with_no_item_the_note_says_so_and_does_not_invite_writing(window: MainWindow) -> None:
    assert window.navigate(Screen.HOME)
    assert not window.note_editor.isEnabled()
    assert "No item open" in title(window).text()
    placeholder = window.note_editor.editor.placeholderText()
    assert placeholder and "Write" not in placeholder and "write" not in placeholder


def test_selecting_a_shortlist_row_opens_its_item(window: MainWindow, qtbot) -> None:
    for ref in (EDZ, BLUE):
        window.shortlist.set_starred([ref], True)
    assert window.navigate(Screen.HOME)
    view = window.shortlist_panel.view
    model = window.shortlist_panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ITEM_REF_ROLE) == BLUE)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(model.index(row, 0)).center(),
    )
    assert window.current_page() == BLUE
    assert window.detail_pane.current_ref() == BLUE
    assert window.note_editor.ref() == BLUE
    # Starring again (the list is filled again) does not open the selected row.
    assert window.navigate(EDZ)
    window.shortlist.set_starred([BLUE], True)
    assert window.current_page() == EDZ


def test_the_shortlist_shows_the_start_of_each_note_under_the_name(
    window: MainWindow, qtbot
) -> None:
    window.store.set_note(EDZ, "Met the investment office on Tuesday.\nAsk about land prices.")
    window.shortlist.set_starred([EDZ, BLUE], True)
    model = window.shortlist_panel.model
    view = window.shortlist_panel.view
    rows = {model.index(r, 0).data(ITEM_REF_ROLE): r for r in range(model.rowCount())}
    note = model.index(rows[EDZ], 0).data(NOTE_START_ROLE)
    assert note == "Met the investment office on Tuesday. Ask about land prices."
    assert model.index(rows[BLUE], 0).data(NOTE_START_ROLE) == ""
    line = view.fontMetrics().height()
    assert view.rowHeight(rows[EDZ]) >= 2 * line  # the name, and the note under it
    assert view.rowHeight(rows[BLUE]) < 2 * line


def test_starring_does_not_move_the_toolbar(window: MainWindow) -> None:
    assert window.navigate(EDZ)
    button = window.toolbar.widgetForAction(window.window_actions.star)
    assert isinstance(button, QToolButton)
    compare = window.toolbar.widgetForAction(window.window_actions.compare)
    QApplication.processEvents()
    before = (button.width(), compare.x())
    window.window_actions.star.trigger()
    assert window.window_actions.star.text() == "Starred"
    QApplication.processEvents()
    assert (button.width(), compare.x()) == before
    window.window_actions.star.trigger()
    QApplication.processEvents()
    assert (button.width(), compare.x()) == before
