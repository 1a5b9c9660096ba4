"""Resident memory of the shown window against a bare window with pyqtgraph imported.

    python bench/memory.py [--scale N] [--runs N] [--json]

Each run starts a new process that shows the main window over the database and lets its
deferred work finish (``window_common``), then reads its peak resident set; the baseline,
interleaved, is a bare QMainWindow with pyqtgraph imported. Reports app ÷ bare. The goal:
at most 1.5.
"""

from __future__ import annotations

import statistics

from harness import Result, database, options, report
from window_common import window_runs


def main() -> None:
    args = options(__doc__ or "", runs=3)
    bare, app = window_runs(database(args.scale), args.runs)
    bare_kb = statistics.median(run[2] for run in bare)
    app_kb = statistics.median(run[2] for run in app)
    ratio = app_kb / bare_kb
    result = Result(
        "memory",
        "Resident memory ÷ bare window + pyqtgraph",
        "≤ 1.5×",
        f"{ratio:.2f}×",
        args.scale,
        ratio <= 1.5,
        {"ratio": ratio, "app_mb": app_kb / 1024, "bare_mb": bare_kb / 1024},
    )
    report(result, args.json, f"app {app_kb / 1024:.0f} MB, bare {bare_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
