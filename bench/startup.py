"""Time to first paint of Jimo Explorer against a bare QMainWindow, in fresh processes.

    python bench/startup.py [RUNS]

Each run starts a new Python process that builds a window and prints a line when the
window first paints; the parent measures from process start to that line. The bare
window and the app are interleaved so that machine noise hits both alike, and bytecode
caching is on, as it is for an installed or frozen app. Prints the
medians and the ratio app / bare (the goal is at most 1.3).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

PAINT_PROBE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import sys

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            heavy = [m for m in ("numpy", "pyqtgraph", "sqlite_utils", "csv") if m in sys.modules]
            print("painted", ",".join(heavy) or "none", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            obj.removeEventFilter(self)
        return False
"""

BARE = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 780)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""
)

APP = (
    PAINT_PROBE
    + """
from jimo_desktop.app import create_window
window = create_window()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
QApplication.instance().exec()
"""
)


def time_to_paint(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("painted"):
                elapsed = time.perf_counter() - start
                heavy = line.split()[1]
                break
        else:
            raise RuntimeError("the window never painted")
        process.wait(timeout=60)
    return elapsed * 1000, heavy


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    with tempfile.TemporaryDirectory() as profile:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JIMO_EXPLORER_PROFILE": profile}
        # An installed app (or a frozen one) has its bytecode compiled: measure that.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare: list[float] = []
        app: list[float] = []
        time_to_paint(BARE, env)  # warm the OS file cache once
        _, heavy = time_to_paint(APP, env)
        for _ in range(runs):
            bare.append(time_to_paint(BARE, env)[0])
            app.append(time_to_paint(APP, env)[0])
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    print(f"runs: {runs} each, interleaved, fresh processes, offscreen")
    print(f"bare QMainWindow first paint: median {bare_ms:.0f} ms (min {min(bare):.0f})")
    print(f"Jimo Explorer first paint:    median {app_ms:.0f} ms (min {min(app):.0f})")
    print(f"ratio app / bare: {app_ms / bare_ms:.2f} (goal <= 1.30)")
    print(f"heavy modules loaded before first paint: {heavy}")


if __name__ == "__main__":
    main()
