"""The log file under the user's log folder, which never stops the app.

``LogFileHandler`` writes the log; when the file cannot be written (a full disk, a file made
read-only) it says so once on stderr and turns itself off. ``is_written(path)`` says whether
the log still reaches ``path``, so that a dialog never points the user to a log that holds
nothing. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message


class LogFileHandler(logging.FileHandler):
    """The log file. When it cannot be written (a full disk, a file made read-only), it
    says so once on stderr and turns itself off: never a ``--- Logging error ---``
    traceback per message, and the app carries on."""

    def __init__(self, path: Path):
        # A lone surrogate in a message is written escaped, never a reason to stop.
        super().__init__(path, encoding="utf-8", errors="backslashreplace")
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):  # a bug in a logging call: shown as a bug
            super().handleError(record)
            return
        if self.failed:
            return
        self.failed = True
        reason = getattr(error, "strerror", None) or error
        with contextlib.suppress(Exception):  # stderr may be gone (a windowed build)
            message = QT_TRANSLATE_NOOP(
                "LogFile", "cannot write the log file {path} ({reason}); logging is off."
            )
            print(
                f"jimo-desktop: {Message(message, path=self.baseFilename, reason=reason)}",
                file=sys.stderr,
            )
        with contextlib.suppress(Exception):  # the unwritten lines go with the stream
            self.close()


def is_written(path: Path) -> bool:
    """Whether a working ``LogFileHandler`` of the root logger writes to ``path``."""
    target = str(Path(path).absolute())
    return any(
        isinstance(h, LogFileHandler) and not h.failed and h.baseFilename == target
        for h in logging.getLogger().handlers
    )
