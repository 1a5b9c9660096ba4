"""Expanding a park inside the tree's biggest (open) group, until painted.

    python bench/tree_expand_park.py [--scale N] [--runs N] [--json]

Each run builds a new tree pane, expands the group with the most parks (not timed), then
times expanding a park of that group with three things inside (zones, projects,
organizations: the nearest count when none has exactly three) until the view paints. The
baseline is the same step in a ``QStandardItemModel`` of as many rows. The goal: 16 ms,
whatever the size of the group around it.
"""

from __future__ import annotations

from harness import PaintProbe, Result, Stats, database, ms, options, qt_app, report, settle
from tree_common import biggest_group, expand_painted, fresh_panel, park_with_children


def main() -> None:
    args = options(__doc__ or "", runs=15)
    qt_app()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from jimo_desktop.catalog import Catalog
    from jimo_desktop.ui.models.roles import COUNT_ROLE

    catalog = Catalog.open(database(args.scale))
    samples, base = [], []
    for _ in range(args.runs + 1):
        pane, view, probe = fresh_panel(catalog)
        group = biggest_group(view)
        parks = group.data(COUNT_ROLE) or 0
        expand_painted(view, probe, group)
        settle(3)
        park = park_with_children(view, group)
        inside = park.data(COUNT_ROLE) or 0
        view.scrollTo(park)
        settle(3)
        samples.append(expand_painted(view, probe, park))
        pane.close()
        pane.deleteLater()

        model = QStandardItemModel()
        top = QStandardItem("Group")
        rows = [QStandardItem(f"Park {i}") for i in range(parks)]
        rows[0].appendRows([QStandardItem(f"Inside {i}") for i in range(inside)])
        top.appendRows(rows)
        model.appendRow(top)
        plain = QTreeView()
        plain.setModel(model)
        plain.setUniformRowHeights(True)
        plain.resize(360, 700)
        plain.show()
        plain.expand(model.index(0, 0))
        settle(3)
        probe = PaintProbe(plain.viewport())
        base.append(expand_painted(plain, probe, model.index(0, 0, model.index(0, 0))))
        plain.close()
        plain.deleteLater()
    app, baseline = Stats.of(samples[1:]), Stats.of(base[1:])
    result = Result(
        "tree_expand_park",
        f"Expand a park of {inside} inside it",
        "≤ 16 ms",
        ms(app),
        args.scale,
        app.median <= 16,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": baseline.median},
    )
    report(result, args.json, f"the same in a QStandardItemModel: {ms(baseline)}")


if __name__ == "__main__":
    main()
