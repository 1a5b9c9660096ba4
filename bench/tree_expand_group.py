"""Expanding the tree's biggest group, from the click to the painted rows.

    python bench/tree_expand_group.py [--scale N] [--runs N] [--json]

Each run builds a new tree pane (so that the group's parks are read again), then expands
the group with the most parks and waits for the view to paint. The baseline, in the same
run, is expanding a group of as many rows in a ``QStandardItemModel`` (already in memory).
The goal: within 16 ms (a frame) for up to 1,000 children.
"""

from __future__ import annotations

from harness import Result, Stats, database, ms, options, qt_app, report
from tree_common import biggest_group, expand_painted, fresh_panel, plain_group_expanded


def main() -> None:
    args = options(__doc__ or "", runs=15)
    qt_app()

    from jimo_desktop.catalog import Catalog
    from jimo_desktop.ui.models.roles import COUNT_ROLE

    catalog = Catalog.open(database(args.scale))
    samples, base, children = [], [], 0
    for _ in range(args.runs + 1):
        pane, view, probe = fresh_panel(catalog)
        group = biggest_group(view)
        children = group.data(COUNT_ROLE) or 0
        samples.append(expand_painted(view, probe, group))
        pane.close()
        pane.deleteLater()

        base.append(plain_group_expanded(children, "Park"))
    app, baseline = Stats.of(samples[1:]), Stats.of(base[1:])
    result = Result(
        "tree_expand_group",
        "Expand the biggest group → painted",
        "≤ 16 ms (≤ 1,000 children)",
        f"{ms(app)} ({children:,})",
        args.scale,
        app.median <= 16,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": baseline.median},
    )
    report(result, args.json, f"a QStandardItemModel group of {children} rows: {ms(baseline)}")


if __name__ == "__main__":
    main()
