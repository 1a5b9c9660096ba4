"""Time from asking for the map (Ctrl+M) to its first paint, against a plain page, in fresh
processes.

    python bench/map_open.py [RUNS]

Each run starts a new Python process that opens the window (first screen), then, in the
same process and window, measures two things from the moment they are asked for to the
first paint of what they show: a plain page (a label put in the window's centre: the
baseline) and the map page (the Map action, as Ctrl+M triggers it: the map's data read,
its scene built and its view painted). Bytecode caching is on, as it is for an installed
or frozen app. Prints the medians, the map's time in milliseconds (the goal: within
100 ms at 1× data) and the ratio map / plain page.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from jimo_desktop.app import create_window

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.at = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False

def until_painted(probe):
    app = QApplication.instance()
    while probe.at is None:
        app.processEvents()

window = create_window()
window.show()
app = QApplication.instance()
for _ in range(20):
    app.processEvents()

# The baseline: a plain page put in the centre and painted.
plain = FirstPaint()
label = QLabel("A plain page")
label.installEventFilter(plain)
asked = time.perf_counter()
window.centre.addWidget(label)
window.centre.setCurrentWidget(label)
until_painted(plain)
plain_ms = (plain.at - asked) * 1000

# The map: Ctrl+M's action, until the map's view has painted.
from jimo_desktop.navigation import Screen
window.navigate(Screen.HOME)
for _ in range(5):
    app.processEvents()
shown = FirstPaint()
asked = time.perf_counter()
window.window_actions.map.trigger()
pane = window.map_page.ensure_pane()
pane.view.viewport().installEventFilter(shown)
until_painted(shown)
map_ms = (shown.at - asked) * 1000
print(f"timed {plain_ms:.3f} {map_ms:.3f}", flush=True)
"""


def one_run(env: dict[str, str]) -> tuple[float, float]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    for line in result.stdout.splitlines():
        if line.startswith("timed"):
            _, plain, shown = line.split()
            return float(plain), float(shown)
    raise RuntimeError(f"the map never painted:\n{result.stderr[-2000:]}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as profile:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JIMO_EXPLORER_PROFILE": profile}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        one_run(env)  # warm the OS file cache and the bytecode once
        plain: list[float] = []
        shown: list[float] = []
        for _ in range(runs):
            baseline, map_ms = one_run(env)
            plain.append(baseline)
            shown.append(map_ms)
    plain_ms, map_ms = statistics.median(plain), statistics.median(shown)
    print(f"runs: {runs}, fresh processes, offscreen, 1x data")
    print(f"plain page, asked to first paint: median {plain_ms:.1f} ms (min {min(plain):.1f})")
    print(f"map (Ctrl+M), asked to first paint: median {map_ms:.1f} ms (min {min(shown):.1f})")
    print(f"ratio map / plain page: {map_ms / plain_ms:.1f}")
    print(f"goal: the map within 100 ms: {'met' if map_ms <= 100 else 'NOT met'}")


if __name__ == "__main__":
    main()
