"""Tree first frame: the park tree built over the catalog and painted, against a plain tree.

    python bench/tree_first_frame.py [--scale N] [--runs N] [--json]

Each run builds a new tree pane (``TreePanel``: its model reads the groups) over the open
catalog, shows it and waits for its first paint. The baseline is a ``QTreeView`` over a
``QStandardItemModel`` holding as many rows, built and painted the same way. The goal:
within 30 ms, and not growing with the data (the groups are read, never the parks).
"""

from __future__ import annotations

import time

from harness import PaintProbe, Result, Stats, database, ms, options, qt_app, report


def main() -> None:
    args = options(__doc__ or "", runs=21)
    qt_app()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from jimo_desktop.catalog import Catalog
    from jimo_desktop.ui.panes.tree_panel import TreePanel

    catalog = Catalog.open(database(args.scale))
    groups = len(catalog.tree_groups(TreePanel(catalog).grouping()))

    def painted(build):
        start = time.perf_counter()
        widget, view = build()
        widget.resize(360, 700)
        probe = PaintProbe(view.viewport())
        widget.show()
        done = probe.wait()
        widget.close()
        widget.deleteLater()
        return (done - start) * 1000

    def bare():
        model = QStandardItemModel()
        for i in range(groups):
            model.appendRow(QStandardItem(f"Group {i}"))
        view = QTreeView()
        view.setModel(model)
        view._model = model
        return view, view

    def panel():
        pane = TreePanel(catalog)
        return pane, pane._view

    bare_ms, app_ms = [], []
    painted(bare), painted(panel)
    for _ in range(args.runs):
        bare_ms.append(painted(bare))
        app_ms.append(painted(panel))
    app, base = Stats.of(app_ms), Stats.of(bare_ms)
    result = Result(
        "tree_first_frame",
        "Tree first frame",
        "≤ 30 ms, O(1)",
        ms(app),
        args.scale,
        app.median <= 30,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": base.median},
    )
    report(result, args.json, f"a plain QTreeView of {groups} rows: {ms(base)}")


if __name__ == "__main__":
    main()
