"""The one way the app runs long work off the GUI thread.

``BackgroundJob(work)`` runs ``work(control)`` in a QThread. The work reports progress
with ``control.report(n)`` (which returns False once the user cancelled) and must not
touch any widget: everything it has to say comes back by signal, delivered on the GUI
thread (the job lives there, so Qt queues the signals across).

Signals, exactly one of the first three per run, then ``finished``:
    succeeded(object): the work's return value.
    failed(object): the exception the work raised (``ExportCancelled``-like exceptions
        listed in ``cancel_exceptions`` count as a cancel instead).
    cancelled(): the user cancelled and the work stopped.
    progressed(int): the work reported progress (the number given).
    finished(): the run is over, whatever the outcome.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class JobControl:
    """Given to the work: report progress, learn whether the user cancelled."""

    # At most this often (seconds) does a report reach the GUI thread: a fast worker would
    # otherwise flood it with queued signals and the window would stop responding.
    REPORT_INTERVAL = 0.05

    def __init__(self, job: BackgroundJob):
        self._job = job
        self._cancel = threading.Event()
        self._last_report = 0.0

    def report(self, done: int) -> bool:
        """Say how far the work is; False when the user has cancelled (stop then)."""
        # Let the GUI thread have the interpreter now and then: a busy worker would
        # otherwise hold it for long stretches and the window would stutter.
        time.sleep(0)
        now = time.monotonic()
        if now - self._last_report >= self.REPORT_INTERVAL:
            self._last_report = now
            self._job.progressed.emit(int(done))
        return not self._cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Thread(QThread):
    def __init__(self, run: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._run = run

    def run(self) -> None:
        self._run()


class BackgroundJob(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[JobControl], Any],
        cancel_exceptions: tuple[type[BaseException], ...] = (),
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._cancel_exceptions = cancel_exceptions
        self.control = JobControl(self)
        self._thread = _Thread(self._run, self)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``report``."""
        self.control.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the work is over (for shutting down); True when it is."""
        return self._thread.wait(msecs)

    def _run(self) -> None:  # in the worker thread: signals only, no widgets
        try:
            result = self._work(self.control)
        except self._cancel_exceptions:
            self.cancelled.emit()
        except Exception as error:  # handed to the GUI thread, which reports it
            self.failed.emit(error)
        else:  # finished: a cancel that came too late does not undo a written result
            self.succeeded.emit(result)
