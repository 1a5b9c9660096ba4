"""Expanding the biggest group of China's catalogue in the tree's Context grouping, until
painted.

    python bench/tree_expand_province.py [--scale N] [--runs N] [--json]

Each run builds a new tree pane grouped by Context, expands the province with the most
zones (not timed), then times expanding its biggest city group (the zones whose city no
source gives: some 170 at 1×) until the view paints. The baseline is a group of as many
rows in a ``QStandardItemModel``. The goal: 16 ms, like any group of up to 1,000 children.
The catalogue is not replicated by ``scaled_db``: its 2,543 zones are the same at every
scale, beside the replicated parks.
"""

from __future__ import annotations

from harness import Result, Stats, database, ms, options, qt_app, report, settle
from tree_common import expand_painted, fresh_panel, plain_group_expanded


def main() -> None:
    args = options(__doc__ or "", runs=15)
    qt_app()
    from PySide6.QtWidgets import QTreeView

    from jimo_desktop.catalog import Catalog, Grouping
    from jimo_desktop.ui.models.roles import COUNT_ROLE

    catalog = Catalog.open(database(args.scale))
    samples, base, zones = [], [], 0
    for _ in range(args.runs + 1):
        pane, view, probe = fresh_panel(catalog)
        pane.set_grouping(Grouping.CONTEXT)
        settle(3)
        model = view.model()
        provinces = [model.index(row, 0) for row in range(model.rowCount())]
        province = max(provinces, key=lambda index: index.data(COUNT_ROLE) or 0)
        expand_painted(view, probe, province)
        settle(3)
        cities = [model.index(row, 0, province) for row in range(model.rowCount(province))]
        city = max(cities, key=lambda index: index.data(COUNT_ROLE) or 0)
        zones = city.data(COUNT_ROLE) or 0
        view.scrollTo(city, QTreeView.ScrollHint.PositionAtTop)
        settle(3)
        samples.append(expand_painted(view, probe, city))
        pane.close()
        pane.deleteLater()

        base.append(plain_group_expanded(zones, "Zone"))
    app, baseline = Stats.of(samples[1:]), Stats.of(base[1:])
    result = Result(
        "tree_expand_province",
        "Expand the biggest group of the catalogue → painted",
        "≤ 16 ms (≤ 1,000 children)",
        f"{ms(app)} ({zones:,})",
        args.scale,
        app.median <= 16,
        {"median_ms": app.median, "p95_ms": app.p95, "baseline_ms": baseline.median},
    )
    report(result, args.json, f"a QStandardItemModel group of {zones} rows: {ms(baseline)}")


if __name__ == "__main__":
    main()
