"""File › Open database…, Open recent and Open bundled database: which file to open next.

The controller only asks: the file dialog (``choose``), a recent file or the bundled
database each emit ``openRequested`` with the path (None: the bundled database), and the
start-up's ``Session.open_database`` opens it with the checks of ``--db`` (a file that
fails them leaves the database open as it is). The recent files (``recent``, the latest
first, at most ``settings.MAX_RECENT``) are kept in the settings by the window; the menu
is filled each time it opens: a file that is no longer there is shown greyed, marked "not
found", and "Clear list" empties it. ``label`` is the status bar's permanent word on the
file open when it is not the bundled one (hidden for the bundled one).

Signals:
    openRequested(object): a ``Path`` to open, or None for the bundled database.
    recentChanged(): the list was cleared (the window saves it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QWidget

from jimo_desktop.ui.window_title import database_note


class DatabaseFiles(QObject):
    """The File menu's database entries, over the window ``parent`` showing ``database``
    (None: the bundled one); ``open_action`` asks for a file, ``bundled_action`` for the
    bundled database."""

    openRequested = Signal(object)  # Path | None
    recentChanged = Signal()

    def __init__(
        self,
        recent: tuple[str, ...],
        database: Path | None,
        open_action: QAction,
        bundled_action: QAction,
        parent: QWidget,
    ):
        super().__init__(parent)
        self._parent = parent
        self.recent: tuple[str, ...] = recent
        self.database = database
        open_action.triggered.connect(self.choose)
        bundled_action.triggered.connect(self.open_bundled)
        bundled_action.setEnabled(database is not None)
        self.label = QLabel()
        self.label.setObjectName("databaseLabel")
        self.label.setContentsMargins(0, 0, 16, 0)  # apart from the counts beside it
        self.label.setToolTip(str(database or ""))
        self.label.setVisible(database is not None)
        self.recent_menu = QMenu(parent)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.clear_action = QAction(parent)
        self.clear_action.setObjectName("clearRecent")
        self.clear_action.triggered.connect(self.clear)
        self.retranslate()
        self.fill_recent_menu()

    def retranslate(self) -> None:
        self.label.setText(database_note(self.database))
        self.recent_menu.setTitle(QCoreApplication.translate("DatabaseFiles", "Open &Recent"))
        self.clear_action.setText(QCoreApplication.translate("DatabaseFiles", "&Clear List"))
        self.fill_recent_menu()

    def choose(self) -> None:
        """Ask for a database file, then ask to open it."""
        start = str(Path(self.recent[0]).parent) if self.recent else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("DatabaseFiles", "Open Database"),
            start,
            QCoreApplication.translate(
                "DatabaseFiles", "SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"
            ),
        )
        if chosen:
            self.openRequested.emit(Path(chosen))

    def open_bundled(self) -> None:
        self.openRequested.emit(None)

    def clear(self) -> None:
        self.recent = ()
        self.fill_recent_menu()
        self.recentChanged.emit()

    def fill_recent_menu(self) -> None:
        """One entry per recent file, a missing one greyed and marked; then Clear List."""
        menu = self.recent_menu
        menu.clear()
        for n, name in enumerate(self.recent, start=1):
            path = Path(name)
            there = path.is_file()
            shown = path.name.replace("&", "&&")
            text = (
                f"&{n} {shown}"
                if there
                else QCoreApplication.translate("DatabaseFiles", "{name} (not found)").format(
                    name=shown
                )
            )
            action = menu.addAction(text)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setEnabled(there)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=path: self.openRequested.emit(p))
        if not self.recent:
            empty = menu.addAction(QCoreApplication.translate("DatabaseFiles", "No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(self.recent))
        menu.setToolTipsVisible(True)
