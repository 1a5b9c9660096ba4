"""First paint ÷ bare QMainWindow, in fresh processes, over the database of a scale.

    python bench/first_paint.py [--scale N] [--runs N] [--json]

``startup.py``'s measurement (a new process per run, the bare window and the app
interleaved, bytecode cached) with the app opened over the scaled database. Reports the
ratio of the medians, app ÷ bare. The goal: at most 1.3.
"""

from __future__ import annotations

import os
import statistics
import tempfile

from harness import ROOT, Result, database, options, report
from startup import BARE, PAINT_PROBE, time_to_paint


def main() -> None:
    args = options(__doc__ or "", runs=9)
    db = database(args.scale)
    app_code = (
        PAINT_PROBE
        + f"""
from pathlib import Path
from jimo_desktop.app import create_window
window = create_window(Path({str(db)!r}))
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
QApplication.instance().exec()
"""
    )
    with tempfile.TemporaryDirectory() as profile:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "JIMO_EXPLORER_PROFILE": profile,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        time_to_paint(BARE, env), time_to_paint(app_code, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_to_paint(BARE, env)[0])
            app.append(time_to_paint(app_code, env)[0])
    ratio = statistics.median(app) / statistics.median(bare)
    result = Result(
        "first_paint",
        "First paint ÷ bare QMainWindow",
        "≤ 1.3×",
        f"{ratio:.2f}×",
        args.scale,
        ratio <= 1.3,
        {"ratio": ratio, "app_ms": statistics.median(app), "bare_ms": statistics.median(bare)},
    )
    report(
        result,
        args.json,
        f"app {statistics.median(app):.0f} ms, bare {statistics.median(bare):.0f} ms",
    )


if __name__ == "__main__":
    main()
