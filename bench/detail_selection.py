"""Tree selection → detail pane painted: a park picked in the tree, until its page paints.

    python bench/detail_selection.py [--scale N] [--runs N] [--json]

In the main window, for each park with figures in turn, its row in the tree is made
current (as a click or an arrow key does) and the time until the detail pane paints is
measured: the detail read, the card, tables, chart and timeline filled. The rows are
found (and their groups opened) before the clock starts. The baseline: a plain label
repainted in the same window. The goal: 16 ms at the 95th percentile.
"""

from __future__ import annotations

import time

from chart_selection import charted_parks
from harness import (
    PaintProbe,
    Result,
    Stats,
    database,
    ms,
    options,
    plain_page_ms,
    report,
    settle,
    window_over,
)


def main() -> None:
    args = options(__doc__ or "", runs=7)
    window = window_over(database(args.scale))
    refs = charted_parks(window.catalog)
    tree = window.tree_panel
    view = tree._view
    rows = {ref: tree.model().index_for_ref(ref) for ref in refs}
    for index in rows.values():
        view.scrollTo(index)
    settle()
    probe = PaintProbe(window.detail_pane)
    samples = []
    for run in range(args.runs + 1):
        for ref in refs:
            settle(2)
            probe.arm()
            start = time.perf_counter()
            view.setCurrentIndex(rows[ref])
            took = (probe.wait() - start) * 1000
            if run:
                samples.append(took)
    app = Stats.of(samples)
    base = plain_page_ms(window, args.runs)
    result = Result(
        "detail_selection",
        "Tree selection → detail pane painted",
        "≤ 16 ms p95",
        ms(app, p95=True),
        args.scale,
        app.p95 <= 16,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": base.median},
    )
    report(result, args.json, f"{len(refs)} parks; a plain label repainted: {ms(base)}")


if __name__ == "__main__":
    main()
