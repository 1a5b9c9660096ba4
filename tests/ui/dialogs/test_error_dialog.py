"""The error hook: an unexpected error becomes a dialog with its details, and is logged; a
known fault (a damaged database met while browsing) a plain dialog without details."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from jimo_desktop import paths
from jimo_desktop.catalog import DatabaseDamaged, Grouping
from jimo_desktop.translatable import QT_TRANSLATE_NOOP
from jimo_desktop.ui.dialogs.error_dialog import ErrorHook
from tests.conftest import COMMITTED_DB


def test_unexpected_error_shows_a_dialog_with_details(qtbot, tmp_path: Path) -> None:
    hook = ErrorHook(tmp_path / "log.txt")
    hook.install()
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        box = hook.dialogs[0]
        assert "ValueError: boom" in box.informativeText()
        assert "Traceback" in box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        assert "ValueError: boom" in QGuiApplication.clipboard().text()
        assert box.isVisible(), "copying keeps the dialog open"
        box.close()
    finally:
        hook.uninstall()


def _report(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        sys.excepthook(*sys.exc_info())


def _damaged(path: Path) -> DatabaseDamaged:
    message = QT_TRANSLATE_NOOP(
        "DatabaseError", "The database file “{path}” is damaged ({status})."
    )
    return DatabaseDamaged(path, message, status="row 3")


def test_known_error_is_a_plain_dialog_not_a_bug(qtbot, tmp_path: Path) -> None:
    hook = ErrorHook(tmp_path / "log.txt")
    hook.install()
    try:
        error = _damaged(tmp_path / "user.db")
        _report(error)
        _report(_damaged(tmp_path / "user.db"))  # met again while the dialog is open
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        qtbot.wait(20)
        assert len(hook.dialogs) == 1
        box = hook.dialogs[0]
        assert box.objectName() == "knownErrorDialog"
        assert str(tmp_path / "user.db") in box.text()
        assert box.detailedText() == ""
        assert "Copy details" not in [b.text() for b in box.buttons()]
        assert "unexpected" not in box.windowTitle()
        assert hook.errors[0] is error
        with qtbot.waitSignal(hook.reopen_bundled):
            next(b for b in box.buttons() if b.text() == "Open the bundled database").click()
    finally:
        hook.uninstall()


def test_no_reopen_offer_for_the_bundled_database(qtbot, tmp_path: Path) -> None:
    hook = ErrorHook(None)
    hook.install()
    try:
        _report(_damaged(paths.bundled_database()))
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        texts = [b.text() for b in hook.dialogs[0].buttons()]
        assert "Open the bundled database" not in texts
        hook.dialogs[0].close()
    finally:
        hook.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_damaged_row_met_while_browsing_leaves_the_window_usable(qtbot, tmp_path: Path) -> None:
    from jimo_desktop.app import create_window
    from jimo_desktop.items import ItemKind, ItemRef

    path = tmp_path / "user.db"
    shutil.copyfile(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    conn.execute("update parks set summary = cast(x'41ff' as text) where id = 'jimo-edz'")
    conn.commit()
    conn.close()
    window = create_window(path, profile_dir=tmp_path / "profile")
    qtbot.addWidget(window)
    hook = ErrorHook(None)
    hook.window = window
    hook.install()
    try:
        damaged = ItemRef(ItemKind.PARK, "jimo-edz")
        QTimer.singleShot(0, lambda: window.navigate(damaged))  # as a click would, in a slot
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        box = hook.dialogs[0]
        assert box.objectName() == "knownErrorDialog" and str(path) in box.text()
        assert window.detail_pane.current_ref() != damaged
        other = next(
            node.ref
            for group in window.catalog.tree_groups(Grouping.KIND)
            for node in window.catalog.tree_parks(Grouping.KIND, group.key)
            if node.ref is not None and node.ref != damaged
        )
        assert window.navigate(other)
        assert window.detail_pane.current_ref() == other
        box.close()
    finally:
        hook.uninstall()
        window.close()


def test_open_the_bundled_database_replaces_the_window(qtbot, tmp_path: Path) -> None:
    from jimo_desktop.app import Session, create_window
    from jimo_desktop.items import ItemKind, ItemRef

    path = tmp_path / "user.db"
    shutil.copyfile(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    conn.execute("update parks set summary = cast(x'41ff' as text) where id = 'jimo-edz'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    hook = ErrorHook(None)
    hook.install()
    session = Session(hook, create_window(path, profile_dir=tmp_path / "profile"), tmp_path)
    old = session.window
    try:
        QTimer.singleShot(0, lambda: old.navigate(ItemRef(ItemKind.PARK, "jimo-edz")))
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        reopen = hook.dialogs[0].findChild(QPushButton, "reopenBundled")
        assert reopen is not None
        reopen.click()
        qtbot.waitUntil(lambda: session.window is not old)
        assert session.window.catalog.path == paths.bundled_database().absolute()
        assert hook.window is session.window and not hook.dialogs
        assert session.window.navigate(ItemRef(ItemKind.PARK, "jimo-edz"))  # sound again
        assert not hook.dialogs
    finally:
        hook.uninstall()
        session.window.close()
    assert path.read_bytes() == before


def test_the_bug_dialog_names_the_log_only_while_it_is_written(qtbot, tmp_path: Path) -> None:
    import logging

    from jimo_desktop.log_file import LogFileHandler

    log_file = tmp_path / "log.txt"
    handler = LogFileHandler(log_file)
    logging.getLogger().addHandler(handler)
    hook = ErrorHook(log_file)
    hook.install()
    try:
        _report(ValueError("first"))
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        assert str(log_file) in hook.dialogs[0].informativeText()
        hook.dialogs[0].close()
        qtbot.waitUntil(lambda: not hook.dialogs)
        handler.failed = True  # as after a full disk: the handler turned itself off
        _report(ValueError("second"))
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        assert str(log_file) not in hook.dialogs[0].informativeText()
        hook.dialogs[0].close()
    finally:
        hook.uninstall()
        logging.getLogger().removeHandler(handler)
        handler.close()
