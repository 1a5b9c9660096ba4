"""The one place errors that nobody caught go: a log file and a dialog.

PySide6 prints an exception raised in a slot and carries on, which in a windowed build
means nobody ever sees it. This hook catches exceptions from the main thread
(``sys.excepthook``) and from worker threads (``threading.excepthook``), logs them, and
shows a dialog on the GUI thread (a queued signal carries the report across threads).

A bug gets a dialog with "Copy details". A ``KnownError`` (a damaged or busy database
read while browsing, a file that cannot be used) is the environment's fault, not a bug:
it gets a plain dialog with its message and no details, shown once while it is open, and
the window stays usable on what it has. When the error is about a database file other
than the bundled one, the dialog offers "Open the bundled database", which emits
``reopen_bundled``.

Signals:
    reported(str, str): a bug's summary and details (queued to the GUI thread).
    known(object): a ``KnownError`` (queued to the GUI thread).
    reopen_bundled(): the user asked to go on with the bundled database.

``errors`` keeps every exception reported, in order (the self-test fails on any). An open
dialog follows a change of the interface's language (``BugDialog``, ``KnownErrorDialog``:
their words are set in ``retranslate``, in the ``ErrorHook`` context).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from jimo_desktop import paths
from jimo_desktop.catalog import DatabaseError
from jimo_desktop.log_file import is_written
from jimo_desktop.translatable import KnownError
from jimo_desktop.ui.translations import Retranslating, core_text

log = logging.getLogger(__name__)


class BugDialog(Retranslating, QMessageBox):
    """An unexpected error: what happened, where the log is, and "Copy details"."""

    def __init__(
        self, summary: str, details: str, log_file: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._summary = summary
        self._log_file = log_file
        self.setIcon(QMessageBox.Icon.Critical)
        self.setObjectName("errorDialog")
        self.setDetailedText(details)
        # (worded now: Qt adds no button without a text)
        self.copy_button = self.addButton(
            QCoreApplication.translate("ErrorHook", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.copy_button.clicked.disconnect()  # keep the box open after copying
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("ErrorHook", "Jimo Explorer: unexpected error")
        )
        self.setText(
            QCoreApplication.translate(
                "ErrorHook",
                "Something went wrong inside Jimo Explorer. Your shortlist and notes are "
                "safe. You can keep working, or restart the app if something looks wrong.",
            )
        )
        where = (
            QCoreApplication.translate("ErrorHook", "The details were written to {log}.").format(
                log=self._log_file
            )
            if self._log_file and is_written(self._log_file)
            else ""
        )
        self.setInformativeText(f"{self._summary}\n\n{where}".strip())
        self.copy_button.setText(QCoreApplication.translate("ErrorHook", "Copy details"))


class KnownErrorDialog(Retranslating, QMessageBox):
    """A known fault: its message, and (for another database than the bundled one) a
    button that goes on with the bundled database."""

    def __init__(self, error: KnownError, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = error
        self.setIcon(QMessageBox.Icon.Warning)
        self.setObjectName("knownErrorDialog")
        self.reopen_button: QPushButton | None = None
        if _about_another_database(error):
            self.reopen_button = self.addButton(
                QCoreApplication.translate("ErrorHook", "Open the bundled database"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.reopen_button.setObjectName("reopenBundled")
        self.addButton(QMessageBox.StandardButton.Close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ErrorHook", "Jimo Explorer"))
        self.setText(core_text(self.error.message))
        if self.reopen_button is not None:
            self.setInformativeText(
                QCoreApplication.translate(
                    "ErrorHook",
                    "You can keep working with what is shown, or go on with the database "
                    "that comes with Jimo Explorer.",
                )
            )
            self.reopen_button.setText(
                QCoreApplication.translate("ErrorHook", "Open the bundled database")
            )


class ErrorHook(QObject):
    """Install once at start-up; ``dialogs`` keeps the open dialogs alive."""

    reported = Signal(str, str)  # summary, details
    known = Signal(object)  # a KnownError
    reopen_bundled = Signal()

    def __init__(self, log_file: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self.window: QWidget | None = None
        self.dialogs: list[QMessageBox] = []
        self.errors: list[BaseException] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.known.connect(self._show_known, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.errors.append(exc)
        if isinstance(exc, KnownError):
            log.warning("%s: %s", exc_type.__name__, exc)
            self.known.emit(exc)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        summary = f"{exc_type.__name__}: {exc}"
        self.reported.emit(summary, details)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        self._keep(BugDialog(summary, details, self.log_file, self.window))

    @Slot(object)
    def _show_known(self, error: KnownError) -> None:
        text = core_text(error.message)
        if any(box.text() == text for box in self.dialogs):
            return  # the same fault, met again while its dialog is open
        box = KnownErrorDialog(error, self.window)
        if box.reopen_button is not None:
            box.reopen_button.clicked.connect(self.reopen_bundled)
        self._keep(box)

    def _keep(self, box: QMessageBox) -> None:
        """Show ``box`` without blocking, and keep it alive while it is open."""
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.dialogs.append(box)
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if box in self.dialogs:  # not when the window it belonged to was replaced
            self.dialogs.remove(box)


def _about_another_database(error: KnownError) -> bool:
    """Whether ``error`` concerns a database file that is not the bundled one."""
    if not isinstance(error, DatabaseError):
        return False
    try:
        return error.path.resolve() != paths.bundled_database().resolve()
    except OSError:
        return True
