"""Search: from a query to its result list painted, less the bare FTS5 query.

    python bench/search_query.py [--scale N] [--runs N] [--json]

For each of a few queries of three characters or more (English and Chinese), the search
pane runs the query (``run_query``: what the box does once typing pauses) and the time to
the painted list is measured; the same query's bare FTS5 lookup (200 rowids, no join, no
order) is timed on its own connection and subtracted. What is left is the app's own cost:
its SQL around the index, the records and the list. The goal: 5 ms median, 25 ms p95.
"""

from __future__ import annotations

from harness import Result, Stats, database, ms, options, qt_app, report
from search_common import LONG_QUERIES, query_painted, raw_fts_ms, search_panel


def main() -> None:
    args = options(__doc__ or "", runs=7)
    qt_app()
    from jimo_desktop.catalog import Catalog

    db = database(args.scale)
    catalog = Catalog.open(db)
    panel, probe = search_panel(catalog)
    raw = {query: raw_fts_ms(db, query) for query in LONG_QUERIES}
    for query in LONG_QUERIES:
        query_painted(panel, probe, query)  # warm
    over, painted = [], []
    for _ in range(args.runs):
        for query in LONG_QUERIES:
            took = query_painted(panel, probe, query)
            painted.append(took)
            over.append(took - raw[query])
    app, whole = Stats.of(over), Stats.of(painted)
    result = Result(
        "search_query",
        "Search: query → list painted, minus raw FTS5",
        "≤ 5 ms, p95 ≤ 25",
        ms(app, p95=True),
        args.scale,
        app.median <= 5 and app.p95 <= 25,
        {
            "median_ms": app.median,
            "p95_ms": app.p95,
            "painted_ms": whole.median,
            "raw_fts_ms": sum(raw.values()) / len(raw),
        },
    )
    report(result, args.json, f"query to painted {ms(whole, p95=True)}")


if __name__ == "__main__":
    main()
