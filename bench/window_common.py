"""The whole-window benchmarks' probe: a fresh process builds a window, shows it, waits for
its first paint and for the deferred work after it, then says how long and how much."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import ROOT

PROBE = """
import resource, sys, time
start = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer, QEventLoop
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False

def settle(rounds):
    app = QApplication.instance()
    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        app.processEvents()

if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QMainWindow
    import pyqtgraph  # the app's charts: part of what any window of it holds
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
else:
    from pathlib import Path
    from jimo_desktop.app import create_window
    window = create_window(Path(sys.argv[1]))
app = QApplication.instance()
window.resize(1200, 780)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
while probe.at is None:
    app.processEvents()
settle(30)
done = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rss_kb = rss / 1024 if sys.platform == "darwin" else rss
print(f"window {(probe.at - start) * 1000:.3f} {(done - start) * 1000:.3f} {rss_kb:.0f}", flush=True)
"""


def window_run(target: str) -> tuple[float, float, float]:
    """(ms to first paint, ms to settled, peak resident KB) of a fresh process showing the
    app's window over the database ``target``, or a bare window for ``"bare"``."""
    with tempfile.TemporaryDirectory() as profile:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "JIMO_EXPLORER_PROFILE": profile,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            [sys.executable, "-c", PROBE, target],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
    for line in done.stdout.splitlines():
        if line.startswith("window"):
            _, painted, settled, rss = line.split()
            return float(painted), float(settled), float(rss)
    raise RuntimeError(f"the window never settled:\n{done.stderr[-2000:]}")


def window_runs(db: Path, runs: int) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """``runs`` interleaved runs of the bare window and of the app's (after one warm-up)."""
    window_run("bare"), window_run(str(db))
    bare, app = [], []
    for _ in range(runs):
        bare.append(window_run("bare"))
        app.append(window_run(str(db)))
    return bare, app
