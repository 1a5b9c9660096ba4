"""Shortlist, notes and comparison in the window, driven with keys, clicks and signals."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QPlainTextEdit, QWidget

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.store import STORE_NAME, user_store
from jimo_desktop.ui.main_window import MainWindow

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")
FAW = ItemRef(ItemKind.ORGANIZATION, "faw-vw")


def open_window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    # Shortcuts and focus events (the note saves on focus-out) need the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def window(qtbot) -> MainWindow:
    return open_window(qtbot)


def type_text(widget: QWidget, text: str) -> None:
    """Type text as an input method delivers it (QTest cannot send non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def note_box(win: MainWindow) -> QPlainTextEdit:
    return win.findChild(QPlainTextEdit, "noteEditor")


def shortlist_names(win: MainWindow) -> list[str]:
    model = win.shortlist_panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def star_with_keys(win: MainWindow, qtbot, ref: ItemRef) -> None:
    """Show ``ref`` (from the tree when it is there) and press Ctrl+D."""
    if not win.tree_panel.reveal(ref):
        win.navigate(ref)
    qtbot.waitUntil(lambda: win.current_page() == ref)
    qtbot.keySequence(win, "Ctrl+D")


def test_the_shortlist_pane_is_a_dock_named_shortlist(window: MainWindow) -> None:
    dock = window.findChild(QDockWidget, "shortlist")
    assert dock is not None and dock.isVisible()
    assert window.shortlist_panel.empty.isVisible(), "an empty shortlist says how to fill it"


def test_star_with_ctrl_d_and_unstar_again(window: MainWindow, qtbot) -> None:
    star_with_keys(window, qtbot, EDZ)
    assert shortlist_names(window) == ["Jimo Economic Development Zone"]
    assert window.window_actions.star.isChecked()
    assert "shortlist" in window.statusBar().currentMessage()
    qtbot.keySequence(window, "Ctrl+D")
    assert shortlist_names(window) == []
    assert not window.window_actions.star.isChecked()


def test_shortlist_and_note_survive_a_restart(qtbot) -> None:
    first = open_window(qtbot)
    star_with_keys(first, qtbot, EDZ)
    star_with_keys(first, qtbot, FAW)
    first.navigate(EDZ)
    editor = note_box(first)
    editor.setFocus()
    qtbot.keyClicks(editor, "Met Mr Wang, ask about land")
    type_text(editor, " — 土地价格")
    qtbot.waitUntil(lambda: first.store.note(EDZ).endswith("土地价格"), timeout=3000)
    assert first.note_editor.state.text() == "Saved"
    first.close()

    second = open_window(qtbot)
    assert shortlist_names(second) == [
        "Jimo Economic Development Zone",
        "FAW-Volkswagen",
    ]
    model = second.shortlist_panel.model
    assert model.index(0, 3).data() == "Met Mr Wang, ask about land — 土地价格"
    second.navigate(EDZ)
    assert note_box(second).toPlainText() == "Met Mr Wang, ask about land — 土地价格"
    assert second.window_actions.star.isChecked()


def test_note_is_saved_on_focus_out_and_on_close_without_waiting(qtbot) -> None:
    first = open_window(qtbot)
    first.navigate(BLUE)
    editor = note_box(first)
    editor.setFocus()
    qtbot.keyClicks(editor, "first")
    first.tree_panel.setFocus()  # focus leaves the note: saved at once
    assert first.store.note(BLUE) == "first"
    editor.setFocus()
    qtbot.keyClicks(editor, " and second")
    first.close()  # closing saves what the debounce had not yet saved
    second = open_window(qtbot)
    second.navigate(BLUE)
    assert note_box(second).toPlainText() == "first and second"


def test_note_is_debounced(window: MainWindow, qtbot) -> None:
    window.navigate(AUTO)
    editor = note_box(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "abc")
    assert window.store.note(AUTO) == "", "not saved on every key"
    qtbot.waitUntil(lambda: window.store.note(AUTO) == "abc", timeout=2000)


def test_switching_items_keeps_each_note(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    qtbot.keyClicks(note_box(window), "about the EDZ")
    window.navigate(BLUE)  # before the debounce fires
    assert note_box(window).toPlainText() == ""
    assert window.store.note(EDZ) == "about the EDZ"
    window.navigate(EDZ)
    assert note_box(window).toPlainText() == "about the EDZ"


def test_enter_and_double_click_open_an_item(window: MainWindow, qtbot) -> None:
    for ref in (EDZ, BLUE):
        star_with_keys(window, qtbot, ref)
    window.navigate(AUTO)
    view = window.shortlist_panel.view
    view.setFocus()
    view.setCurrentIndex(window.shortlist_panel.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_page() == BLUE
    centre = view.visualRect(window.shortlist_panel.model.index(0, 0)).center()
    # What a real double-click sends: press, release, double-click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_page() == EDZ


def test_delete_takes_items_off(window: MainWindow, qtbot) -> None:
    for ref in (EDZ, BLUE):
        star_with_keys(window, qtbot, ref)
    view = window.shortlist_panel.view
    view.setFocus()
    window.shortlist_panel.select([EDZ])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shortlist_names(window) == ["Qingdao Blue Valley"]
    assert window.store.starred() == [BLUE]


# A popup menu on the offscreen platform cannot raise itself or grab the keyboard.
MENU_WARNINGS = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")


@MENU_WARNINGS
def test_star_from_the_tree_context_menu(window: MainWindow, qtbot) -> None:
    window.tree_panel.reveal(BLUE)
    window.tree_panel.contextMenuRequested.emit(BLUE, QPoint(10, 10))
    menu = window.commands.menu
    assert menu is not None
    star = next(a for a in menu.actions() if a.objectName() == "menuStar")
    assert star.text() == "Add to &Shortlist"
    star.trigger()
    menu.close()
    assert window.store.starred() == [BLUE]
    window.tree_panel.contextMenuRequested.emit(BLUE, QPoint(10, 10))
    star = next(a for a in window.commands.menu.actions() if a.objectName() == "menuStar")
    assert star.text() == "Remove from &Shortlist"
    window.commands.menu.close()


@MENU_WARNINGS
def test_star_from_the_related_table_context_menu(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    view = window.detail_pane.related_table.view
    index = view.model().index(0, 0)
    ref = index.data(Qt.ItemDataRole.UserRole + 1)
    view.customContextMenuRequested.emit(view.visualRect(index).center())
    star = next(a for a in window.commands.menu.actions() if a.objectName() == "menuStar")
    star.trigger()
    window.commands.menu.close()
    assert window.store.starred() == [ref]


def test_compare_three_parks_from_the_shortlist(window: MainWindow, qtbot) -> None:
    for ref in (EDZ, BLUE, AUTO):
        star_with_keys(window, qtbot, ref)
    view = window.shortlist_panel.view
    view.setFocus()
    model = window.shortlist_panel.model
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center()
    )
    for row in (1, 2):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            view.visualRect(model.index(row, 0)).center(),
        )
    assert window.shortlist_panel.selected_refs() == [EDZ, BLUE, AUTO]
    qtbot.keySequence(window, "Ctrl+Shift+C")
    assert window.current_page() == Screen.COMPARE
    compare = window.compare_view
    assert compare.isVisible()
    assert compare.title.text() == "Comparing 3 items"
    assert [compare.text_at("level", i) for i in range(3)] == [
        "provincial",
        "municipal",
        "municipal",
    ]
    assert compare.text_at("metric:Area", 0) == "13.2 km²\n1999 · S21 (A/B)"
    assert compare.text_at("metric:Area (core)", 2).startswith("8.53 km²\n2009 · S29")
    qtbot.keySequence(window, "Alt+Left")
    assert window.current_page() == EDZ  # opened by the click that selected its row alone


def test_compare_needs_two_to_five_items(window: MainWindow, qtbot) -> None:
    window.tree_panel.reveal(EDZ)
    window.tree_panel.setFocus()
    qtbot.keySequence(window, "Ctrl+Shift+C")
    assert window.current_page() == EDZ
    assert "Select 2 to 5" in window.statusBar().currentMessage()


def test_compare_from_the_tree_selection(window: MainWindow, qtbot) -> None:
    tree = window.tree_panel
    tree.reveal(EDZ)
    view = tree.findChild(QWidget, "parkTree")
    view.setFocus()
    index = tree.model().index_for_ref(BLUE)
    view.selectionModel().select(
        index, view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows
    )
    assert tree.selected_refs() == [EDZ, BLUE]
    qtbot.keySequence(window, "Ctrl+Shift+C")
    assert window.compare_view.comparison().refs == (EDZ, BLUE)


# --------------------------------------------------------------------------- user data faults


def test_damaged_user_database_is_moved_aside_and_the_user_told(qtbot, profile_dir: Path) -> None:
    data = profile_dir / "data"
    data.mkdir(parents=True)
    (data / STORE_NAME).write_bytes(b"\x00garbage, not a database" * 50)
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: "kept as" in win.statusBar().currentMessage())
    kept = list(data.glob(f"{STORE_NAME}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\x00garbage")
    assert kept[0].name in win.shortlist_panel.problem_text()
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    star_with_keys(win, qtbot, EDZ)  # the fresh file works
    with sqlite3.connect(data / STORE_NAME) as conn:
        assert conn.execute("select ref from shortlist").fetchall() == [("park:jimo-edz",)]


def test_unwritable_data_folder_still_runs_and_says_so(qtbot, profile_dir: Path) -> None:
    profile_dir.mkdir(parents=True)
    (profile_dir / "data").write_text("a file where the data folder should be", encoding="utf-8")
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: "won't be saved" in win.statusBar().currentMessage())
    assert "won't be saved" in win.shortlist_panel.problem_text()
    star_with_keys(win, qtbot, EDZ)
    assert shortlist_names(win) == ["Jimo Economic Development Zone"]
    editor = note_box(win)
    editor.setFocus()
    qtbot.keyClicks(editor, "x")
    win.tree_panel.setFocus()
    assert win.note_editor.state.text() == "Kept only until you quit"


def newer_user_database(path: Path) -> None:
    """The shortlist file as a newer version wrote it (data format 99)."""
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("create table shortlist (ref text primary key, added_at text, position int)")
        conn.execute("create table notes (ref text primary key, body text, updated_at text)")
        conn.execute("insert into shortlist values ('park:jimo-edz', '2031-01-01', 1)")
        conn.execute("PRAGMA user_version = 99")
    conn.close()


def test_a_newer_user_database_is_left_untouched_and_the_user_told(
    qtbot, profile_dir: Path
) -> None:
    path = profile_dir / "data" / STORE_NAME
    newer_user_database(path)
    before = path.read_bytes()
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: "newer version" in win.statusBar().currentMessage())
    assert "made by a newer version of Jimo Explorer" in win.shortlist_panel.problem_text()
    assert shortlist_names(win) == ["Jimo Economic Development Zone"], "its shortlist is shown"
    star_with_keys(win, qtbot, BLUE)  # works until quitting
    win.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [STORE_NAME]


def test_a_read_only_user_database_is_announced_at_start(
    qtbot, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(qtbot)
    star_with_keys(first, qtbot, EDZ)
    first.close()
    real = user_store.connect

    def read_only(target: str, *, uri: bool = False) -> sqlite3.Connection:
        if uri or target == ":memory:":
            return real(target, uri=uri)
        return real(Path(target).absolute().as_uri() + "?mode=ro", uri=True)

    monkeypatch.setattr(user_store, "connect", read_only)
    win = open_window(qtbot)
    qtbot.waitUntil(lambda: "read-only" in win.statusBar().currentMessage())
    assert "read-only" in win.shortlist_panel.problem_text()
    assert shortlist_names(win) == ["Jimo Economic Development Zone"]


class FullAtCommit:
    """A connection whose COMMIT fails as on a full disk (SQLite has rolled back)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, *params: Any) -> sqlite3.Cursor:
        if sql == "COMMIT":
            self.conn.execute("ROLLBACK")
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise error
        return self.conn.execute(sql, *params)

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)


def test_a_full_disk_while_starring_says_so_at_once(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.store, "_conn", FullAtCommit(window.store._conn))
    star_with_keys(window, qtbot, EDZ)
    assert window.statusBar().currentMessage() == "The disk is full: the star was not saved."
    assert shortlist_names(window) == [] and not window.window_actions.star.isChecked()


def test_a_full_disk_while_saving_a_note_says_so_at_once(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    conn = window.store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    editor = note_box(window)
    editor.setFocus()
    type_text(editor, "a long note " * 2000)
    window.tree_panel.setFocus()  # saved at once
    message = "The disk is full: your note was not saved."
    assert window.statusBar().currentMessage() == message
    assert window.note_editor.state.text() == "Not saved"
    assert window.note_editor.state.toolTip() == message
    assert window.store.note(EDZ) == ""
