"""Start-up: the one sequence from arguments to a painted window.

1. arguments (``__main__``), 2. user folders and logging, 3. the Qt application,
4. the interface's language (``--lang``, else the one remembered in the settings, else
   the system's) installed before anything is shown,
5. the database (a known database fault becomes a dialog and exit code 2; one met later,
   while browsing, a plain dialog that can switch the window to the bundled database),
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

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from jimo_desktop import __version__, paths
from jimo_desktop.catalog import Catalog, DatabaseError
from jimo_desktop.log_file import LogFileHandler
from jimo_desktop.ui.app_icon import app_icon
from jimo_desktop.ui.dialogs.error_dialog import ErrorHook
from jimo_desktop.ui.translations import (
    Language,
    core_text,
    current_language,
    parse_language,
    set_language,
    system_language,
)

if TYPE_CHECKING:
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
) -> MainWindow:
    """The main window over ``db_path`` (default: the bundled database), not yet shown.

    Settings and window state, the shortlist and the notes come from the user's folders
    (or ``profile_dir``). The interface is in ``language`` ("zh" or "en"), else in the
    language remembered in the settings, else in the system's; it is installed before
    the database is opened, so that a database error is told in it too. Raises
    DatabaseError when the database cannot be used; a user data file that cannot be used
    never stops the start (the window says what happened).
    """
    from jimo_desktop.settings import settings_store, window_state_store
    from jimo_desktop.store import UserStore
    from jimo_desktop.ui.main_window import MainWindow

    qt_app = application()
    dirs = paths.user_dirs(profile_dir)
    settings = settings_store(dirs.config)
    set_language(qt_app, chosen_language(language, settings.load().language))
    catalog = Catalog.open(db_path)
    try:
        store = UserStore.open(dirs.data)
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


class Session:
    """The window of one run; replaced by a window over the bundled database when the
    error hook asks (a fault in another database met while browsing)."""

    def __init__(self, hook: ErrorHook, window: MainWindow, profile_dir: Path | None):
        self.hook = hook
        self.window = window
        self.profile_dir = profile_dir
        hook.window = window
        # Queued: the old window goes only once the button that asked is done with.
        hook.reopen_bundled.connect(self.reopen_bundled, Qt.ConnectionType.QueuedConnection)

    def reopen_bundled(self) -> None:
        """The window again, over the bundled database."""
        self.hook.dialogs.clear()  # those still open belong to the old window
        old = self.window
        try:
            window = create_window(
                None, profile_dir=self.profile_dir, language=current_language().value
            )
        except DatabaseError as error:
            show_database_error(error)
            application().exit(EXIT_DATABASE)
            return
        dispose(old)
        self.window = self.hook.window = window
        window.show()


def run(args: argparse.Namespace) -> int:
    dirs = paths.user_dirs(args.profile_dir)
    log_file = setup_logging(dirs)
    qt_app = application()
    hook = ErrorHook(log_file)
    hook.install()
    try:
        window = create_window(args.db, profile_dir=args.profile_dir, language=args.lang)
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
