"""Entry script of the frozen program: the ``jimo-desktop`` gui-script, nothing more.

PyInstaller needs a script file rather than an entry point; this one calls the same
target as ``[project.gui-scripts]`` in pyproject.toml (``jimo_desktop.__main__:main``).

One opt-in probe serves ``bench/frozen_startup.py``: with ``JIMO_EXPLORER_PAINT_PROBE=1``
in the environment the program prints ``painted <heavy modules>`` when the main window
first paints, then quits. The benchmark runs this same script from source and frozen,
so both are timed through identical code. Without the variable nothing changes.
"""

from __future__ import annotations

import os
import sys

PAINT_PROBE_ENV = "JIMO_EXPLORER_PAINT_PROBE"


def install_paint_probe() -> None:
    """Report the main window's first paint on stdout and quit (for start-up timing)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from jimo_desktop import app

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                heavy = [
                    m for m in ("numpy", "pyqtgraph", "sqlite_utils", "csv") if m in sys.modules
                ]
                print("painted", ",".join(heavy) or "none", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    create_window = app.create_window

    def create_window_with_probe(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = create_window(*args, **kwargs)
        window.installEventFilter(FirstPaint(window))
        return window

    app.create_window = create_window_with_probe


def main() -> int:
    if os.environ.get(PAINT_PROBE_ENV) == "1":
        install_paint_probe()
    from jimo_desktop.__main__ import main as jimo_main

    return jimo_main()


if __name__ == "__main__":
    sys.exit(main())
