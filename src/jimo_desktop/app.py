"""Start-up: the one sequence from arguments to a painted window.

1. arguments (``__main__``), 2. user folders and logging, 3. the Qt application,
4. the interface's language (``--lang``, else the one remembered in the settings, else
   the system's) installed before anything is shown,
5. the database (a known database fault becomes a dialog and exit code 2; one met later,
   while browsing, a plain dialog that can switch the window to the bundled database); the
   file the user opened last (File › Open database…) is opened again only when it still
   passes the checks, else the bundled one, with a note in the status bar,
6. the user's shortlist and notes (a damaged file is moved aside, an unwritable folder
   gives an in-memory store; either way the window says so), 7. the main window.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from jimo_desktop import __version__, paths
from jimo_desktop.catalog import Catalog, DatabaseError
from jimo_desktop.log_file import LogFileHandler
from jimo_desktop.ui.app_icon import app_icon
from jimo_desktop.ui.dialogs.error_dialog import ErrorHook
from jimo_desktop.ui.translations import (
    Language,
    core_text,
    parse_language,
    set_language,
    system_language,
)

if TYPE_CHECKING:
    from jimo_desktop.settings import JsonStore, Settings
    from jimo_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_DATABASE = 2


def setup_logging(dirs: paths.UserDirs) -> Path | None:
    """Log to a file in the user's log folder; None when that folder cannot be written."""
    try:
        dirs.log.mkdir(parents=True, exist_ok=True)
        log_file = dirs.log / "jimo-explorer.log"
        handler: logging.Handler = LogFileHandler(log_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def application() -> QApplication:
    """The one QApplication, created on first use with the app's names."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationDisplayName("Jimo Explorer")
    qt_app.setDesktopFileName("jimo-explorer")  # matches packaging/linux/jimo-explorer.desktop
    qt_app.setWindowIcon(app_icon())
    return qt_app  # its language is installed by ``create_window`` (``set_language``)


def chosen_language(language: str | None, remembered: str) -> Language:
    """The interface's language: ``language`` ("zh", "en") when given, else the one
    ``remembered`` in the settings, else the system's."""
    given = parse_language(language)
    if language is not None and given is None:
        raise ValueError(f"unknown language {language!r}: use 'zh' or 'en'")
    return given or parse_language(remembered) or system_language()


def create_window(
    db_path: Path | None = None,
    *,
    profile_dir: Path | None = None,
    language: str | None = None,
    reopen_last: bool = False,
) -> MainWindow:
    """The main window over ``db_path`` (default: the bundled database), not yet shown.

    Settings and window state, the shortlist and the notes come from the user's folders
    (or ``profile_dir``). The interface is in ``language`` ("zh" or "en"), else in the
    language remembered in the settings, else in the system's; it is installed before
    the database is opened, so that a database error is told in it too.

    With ``reopen_last`` and no ``db_path``, the database file the user opened last is
    opened again if it still passes the checks; else the bundled one, and the status bar
    says why. Raises DatabaseError when the database cannot be used; a user data file that
    cannot be used never stops the start (the window says what happened).
    """
    from jimo_desktop.settings import settings_store

    qt_app = application()
    dirs = paths.user_dirs(profile_dir)
    settings = settings_store(dirs.config)  # the window's: it says what its load found
    saved = settings.load()
    set_language(qt_app, chosen_language(language, saved.language))
    last = saved.database if reopen_last and db_path is None else ""
    if not last:
        return window_over(Catalog.open(db_path), profile_dir, settings)
    try:
        catalog = Catalog.open(Path(last))
    except DatabaseError as error:
        log.warning("the database opened last cannot be opened again: %s", error)
        window = window_over(Catalog.open(None), profile_dir, settings)
        window.remember_database(None)
        note = QCoreApplication.translate(
            "app", "The database opened last cannot be opened again: {reason}"
        ).format(reason=core_text(error.message))
        note += " " + QCoreApplication.translate("app", "The bundled database is open.")
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(note, 30000))
        return window
    return window_over(catalog, profile_dir, settings)


def window_over(
    catalog: Catalog, profile_dir: Path | None, settings: JsonStore[Settings] | None = None
) -> MainWindow:
    """The main window over an open ``catalog`` (closed again if the window cannot be
    built), with the settings (``settings``, else the profile's), window state, shortlist
    and notes of the profile."""
    from jimo_desktop.settings import settings_store, window_state_store
    from jimo_desktop.store import UserStore
    from jimo_desktop.ui.main_window import MainWindow

    dirs = paths.user_dirs(profile_dir)
    try:
        store = UserStore.open(dirs.data)
        if settings is None:
            settings = settings_store(dirs.config)
        return MainWindow(catalog, settings, window_state_store(dirs.config), store)
    except BaseException:
        catalog.close()  # a damaged row met while the window is built
        raise


def show_database_error(error: DatabaseError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Jimo Explorer cannot start"),
        core_text(error.message),
        QMessageBox.StandardButton.Close,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app", "Reinstall Jimo Explorer, or choose another database file with --db."
        )
    )
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        box.exec()


def open_error_box(parent: QWidget, error: DatabaseError) -> QMessageBox:
    """Say (without blocking) that a database file chosen while the app runs cannot be
    used, in the words of the start's message; the database open stays open."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "Jimo Explorer"),
        core_text(error.message),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("openDatabaseError")
    box.setInformativeText(
        QCoreApplication.translate("app", "The database that was open stays open.")
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Session:
    """The window of one run; replaced by a window over another database when the user
    opens one (File › Open database…, Open recent, Open bundled database) or when the
    error hook asks (a fault in another database met while browsing: the bundled one).
    Every database file opened while the app runs goes through ``open_database``."""

    def __init__(self, hook: ErrorHook, window: MainWindow, profile_dir: Path | None):
        self.hook = hook
        self.window = window
        self.profile_dir = profile_dir
        self.error_box: QMessageBox | None = None  # the last "cannot be opened" box
        self._adopt(window)
        # Queued: the old window goes only once the button that asked is done with.
        hook.reopen_bundled.connect(self.reopen_bundled, Qt.ConnectionType.QueuedConnection)

    def _adopt(self, window: MainWindow) -> None:
        self.window = self.hook.window = window
        window.databaseRequested.connect(self.open_database, Qt.ConnectionType.QueuedConnection)

    def open_database(self, path: Path | None) -> bool:
        """Show the window over ``path`` (None: the bundled database), after the checks
        of ``--db``; a file that fails them is said in a box and the database open stays
        open (False)."""
        error = self._replace_window(path)
        if error is None:
            return True
        log.warning("database not opened: %s", error)
        self.error_box = open_error_box(self.window, error)
        return False

    def reopen_bundled(self) -> None:
        """The window again, over the bundled database (the app ends if it cannot)."""
        error = self._replace_window(None)
        if error is not None:
            show_database_error(error)
            application().exit(EXIT_DATABASE)

    def _replace_window(self, path: Path | None) -> DatabaseError | None:
        try:
            catalog = Catalog.open(path)
        except DatabaseError as error:
            return error
        self.hook.dialogs.clear()  # those still open belong to the old window
        old = self.window
        # The old window's place, notes and the file's name in the settings, for the new.
        old.remember_database(path)
        window = window_over(catalog, self.profile_dir)
        dispose(old)
        self._adopt(window)
        window.show()
        return None


def run(args: argparse.Namespace) -> int:
    dirs = paths.user_dirs(args.profile_dir)
    log_file = setup_logging(dirs)
    qt_app = application()
    hook = ErrorHook(log_file)
    hook.install()
    try:
        window = create_window(
            args.db,
            profile_dir=args.profile_dir,
            language=args.lang,
            reopen_last=not args.self_test,
        )
    except DatabaseError as error:
        log.error("database error: %s", error)
        print(f"jimo-desktop: {error}", file=sys.stderr)
        show_database_error(error)
        return EXIT_DATABASE
    session = Session(hook, window, args.profile_dir)
    try:
        if args.self_test:
            from jimo_desktop.self_test import run_self_test

            return run_self_test(session.window, hook.errors)
        session.window.show()
        if args.screenshot:
            return save_screenshot(session.window, args.screenshot)
        return qt_app.exec()
    finally:
        hook.uninstall()
        dispose(session.window)


def dispose(window: QMainWindow) -> None:
    """Destroy the window while the application still exists.

    Left to interpreter shutdown, Python may finalise the chart items after Qt has torn
    down their scene, which crashes the process on exit.
    """
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def save_screenshot(window: QMainWindow, target: Path) -> int:
    """Let the window finish loading, then render it to ``target`` (PNG)."""
    qt_app = application()
    for _ in range(5):
        qt_app.processEvents()
    if not window.grab().save(str(target)):
        print(f"jimo-desktop: could not write {target}", file=sys.stderr)
        return 1
    return 0
