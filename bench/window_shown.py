"""Window built and shown: from a fresh process's start to the window painted and settled.

    python bench/window_shown.py [--scale N] [--runs N] [--json]

Each run starts a new Python process that builds the main window over the database,
shows it and waits for its first paint and then for the work queued after it (the first
screen's dashboard, …) to be done. The baseline, interleaved with it: a bare QMainWindow
(with pyqtgraph imported) in the same steps. Reports the app's median time to settled;
the ratio to the bare window is printed beside it.
"""

from __future__ import annotations

import statistics

from harness import Result, Stats, database, ms, options, report
from window_common import window_runs


def main() -> None:
    args = options(__doc__ or "", runs=5)
    bare, app = window_runs(database(args.scale), args.runs)
    settled = Stats.of([run[1] for run in app])
    base = statistics.median(run[1] for run in bare)
    painted = statistics.median(run[0] for run in app)
    result = Result(
        "window_shown",
        "Window built and shown",
        "—",
        ms(settled),
        args.scale,
        None,
        {
            "median_ms": settled.median,
            "p95_ms": settled.p95,
            "first_paint_ms": painted,
            "baseline_ms": base,
        },
    )
    report(result, args.json, f"first paint {painted:.0f} ms; bare window settled {base:.0f} ms")


if __name__ == "__main__":
    main()
