"""File › Open database…, Open recent and Open bundled database: the session's one way of
opening a database file in the running app, with the checks of ``--db``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from jimo_desktop import paths
from jimo_desktop.app import Session, create_window, dispose
from jimo_desktop.catalog import Catalog, DatabaseError
from jimo_desktop.settings import settings_store
from jimo_desktop.ui.dialogs.error_dialog import ErrorHook
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import core_text
from tests.reliability.damaged_files import CORPUS

COMMITTED_DB = paths.source_checkout_database()


@pytest.fixture
def session(qtbot) -> Iterator[Session]:
    """A session as ``run`` starts it; the windows it replaces are disposed of by it."""
    window = create_window()
    window.show()
    opened = Session(ErrorHook(None), window, None)
    yield opened
    dispose(opened.window)


@pytest.fixture
def other_db(tmp_path: Path) -> Path:
    target = tmp_path / "other" / "jimo-copy.db"
    target.parent.mkdir()
    shutil.copyfile(COMMITTED_DB, target)
    return target


def damaged(tmp_path: Path) -> Path:
    """A file the checks of ``--db`` refuse: half of the database cut off."""
    target = tmp_path / "damaged.db"
    next(case for case in CORPUS if case.name == "truncated-half").make(target)
    with pytest.raises(DatabaseError):
        Catalog.open(target)
    return target


def recent_entries(window: MainWindow) -> list[tuple[str, bool]]:
    menu = window.findChild(QMenu, "recentMenu")
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def saved_settings(profile_dir: Path):
    return settings_store(profile_dir / "config").load()


def test_a_good_file_opens_in_the_window_and_is_named(
    session: Session, other_db: Path, profile_dir: Path, qtbot
) -> None:
    old = session.window
    assert session.open_database(other_db)
    window = session.window
    assert window is not old
    assert window.catalog.path == other_db
    assert window.database == other_db
    assert window.windowTitle() == "jimo-copy.db — Jimo Explorer"
    label = window.database_files.label
    assert label.isVisibleTo(window) and label.text() == "Database: jimo-copy.db"
    assert label.toolTip() == str(other_db)
    assert window.window_actions.open_bundled.isEnabled()
    assert recent_entries(window)[0] == ("&1 jimo-copy.db", True)
    assert saved_settings(profile_dir).database == str(other_db)

    window.window_actions.open_bundled.trigger()  # File › Open bundled database
    qtbot.waitUntil(lambda: session.window is not window)
    assert session.window.database is None
    assert not session.window.database_files.label.isVisibleTo(session.window)
    assert session.window.windowTitle() == "Jimo Explorer"
    assert not session.window.window_actions.open_bundled.isEnabled()
    assert saved_settings(profile_dir).database == ""
    assert saved_settings(profile_dir).recent_databases == (str(other_db),)


def test_the_open_dialog_goes_through_the_session(
    session: Session, other_db: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(other_db), ""))
    )
    old = session.window
    old.window_actions.open_database.trigger()  # File › Open database… (Ctrl+O)
    qtbot.waitUntil(lambda: session.window is not old)
    assert session.window.catalog.path == other_db
    assert session.window.window_actions.open_database.shortcut().toString() == "Ctrl+O"


@pytest.mark.parametrize("which", ["damaged", "missing", "foreign"])
def test_a_file_that_fails_the_checks_leaves_the_database_open(
    session: Session, tmp_path: Path, profile_dir: Path, which: str
) -> None:
    if which == "damaged":
        path = damaged(tmp_path)
    elif which == "missing":
        path = tmp_path / "gone.db"
    else:
        path = tmp_path / "notes.db"
        path.write_bytes(b"these are not the droids you are looking for" * 100)
    with pytest.raises(DatabaseError) as raised:  # the start's message for the same file
        Catalog.open(path)
    old = session.window
    assert not session.open_database(path)
    assert session.window is old and old.isVisible()
    assert old.catalog.path == paths.bundled_database()
    box = session.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == core_text(raised.value.message)  # as at start
    assert path.name in box.text()
    assert "stays open" in box.informativeText()
    assert saved_settings(profile_dir).recent_databases == ()
    box.close()


def test_the_recent_list_is_kept_across_windows_and_greys_a_missing_file(
    session: Session, other_db: Path, tmp_path: Path, qtbot
) -> None:
    second = tmp_path / "second.db"
    shutil.copyfile(COMMITTED_DB, second)
    assert session.open_database(other_db)
    assert session.open_database(second)
    session.window.close()

    again = create_window()  # a new start
    qtbot.addWidget(again)
    assert recent_entries(again)[:2] == [("&1 second.db", True), ("&2 jimo-copy.db", True)]
    other_db.unlink()
    assert recent_entries(again)[1] == ("jimo-copy.db (not found)", False)

    clear = again.database_files.clear_action
    assert clear in again.findChild(QMenu, "recentMenu").actions() and clear.isEnabled()
    clear.trigger()
    assert recent_entries(again) == [("No recent files", False), ("&Clear List", False)]
    again.close()
    third = create_window()
    qtbot.addWidget(third)
    assert recent_entries(third)[0] == ("No recent files", False)


def test_the_last_file_reopens_at_start_only_if_it_still_passes_the_checks(
    session: Session, other_db: Path, qtbot, profile_dir: Path
) -> None:
    assert session.open_database(other_db)
    session.window.close()

    start = create_window(reopen_last=True)
    qtbot.addWidget(start)
    assert start.catalog.path == other_db
    start.close()

    next(case for case in CORPUS if case.name == "truncated-half").make(other_db)
    fallback = create_window(reopen_last=True)
    qtbot.addWidget(fallback)
    fallback.show()
    assert fallback.catalog.path == paths.bundled_database()
    qtbot.waitUntil(lambda: "cannot be opened again" in fallback.statusBar().currentMessage())
    assert "The bundled database is open." in fallback.statusBar().currentMessage()
    assert saved_settings(profile_dir).database == ""
