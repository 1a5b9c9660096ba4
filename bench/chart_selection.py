"""Chart update on selection: an item's figures and its peers' charted, until painted.

    python bench/chart_selection.py [--scale N] [--runs N] [--json]

In the main window, on the Figures tab, for each park with figures in turn: the peers'
figures are asked for as the window does (``Catalog.peers``), the chart panel is given
them (``set_figures``) and the time to its paint is measured. The item's
own detail is read before the clock starts. The baseline: a plain label repainted in the
same window. The goal: 8 ms median, 16 ms p95.
"""

from __future__ import annotations

import time

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


def charted_parks(catalog):
    from jimo_desktop.items import ItemKind, ItemRef

    rows = catalog._db.rows(
        "select distinct subject_id from figures where subject_type = 'park' "
        "and subject_id not like '%~s%' order by subject_id"
    )
    return [ItemRef(ItemKind.PARK, row[0]) for row in rows]


def main() -> None:
    args = options(__doc__ or "", runs=7)
    window = window_over(database(args.scale))
    catalog = window.catalog
    refs = charted_parks(catalog)
    window.navigate(refs[0])
    window.detail_pane.show_tab(window.detail_pane.FIGURES)
    settle()
    panel = window.detail_pane.chart_panel
    probe = PaintProbe(panel)
    samples = []
    for run in range(args.runs + 1):
        for ref in refs:
            detail = catalog.detail(ref)
            settle(2)
            probe.arm()
            start = time.perf_counter()
            peers = catalog.peers(ref)
            panel.set_figures(detail.figures, peers, subject=ref, subject_title=ref.id)
            if not panel.has_charts():
                continue  # nothing charted for this park: nothing paints
            window.detail_pane._chart_holder.show()
            panel.update()
            took = (probe.wait() - start) * 1000
            if run:
                samples.append(took)
    app = Stats.of(samples)
    base = plain_page_ms(window, args.runs)
    result = Result(
        "chart_selection",
        "Chart update on selection",
        "≤ 8 ms median, p95 ≤ 16",
        ms(app, p95=True),
        args.scale,
        app.median <= 8 and app.p95 <= 16,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": base.median},
    )
    report(result, args.json, f"{len(refs)} parks; a plain label repainted: {ms(base)}")


if __name__ == "__main__":
    main()
