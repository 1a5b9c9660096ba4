"""The one place unexpected errors go: a log file and a dialog with "Copy details".

PySide6 prints an exception raised in a slot and carries on, which in a windowed build
means nobody ever sees it. This hook catches exceptions from the main thread
(``sys.excepthook``) and from worker threads (``threading.excepthook``), logs them, and
shows a dialog on the GUI thread (a queued signal carries the report across threads).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class ErrorHook(QObject):
    """Install once at start-up; ``dialogs`` keeps the open dialogs alive."""

    reported = Signal(str, str)  # summary, details

    def __init__(self, log_file: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self.window: QWidget | None = None
        self.dialogs: list[QMessageBox] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

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
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setObjectName("errorDialog")
        box.setWindowTitle(self.tr("Jimo Explorer: unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside Jimo Explorer. Your shortlist and notes are "
                "safe. You can keep working, or restart the app if something looks wrong."
            )
        )
        where = (
            self.tr("The details were written to {log}.").format(log=self.log_file)
            if self.log_file
            else ""
        )
        box.setInformativeText(f"{summary}\n\n{where}".strip())
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.finished.connect(lambda _result, b=box: self.dialogs.remove(b))
        self.dialogs.append(box)
        box.open()
