"""Search with one- and two-character queries, from the query to the painted list.

    python bench/search_short.py [--scale N] [--runs N] [--json]

Queries shorter than the trigram index's three characters (``青``, ``即墨``, ``hi`` …) are
run by the search pane and timed until the list paints. The baseline printed beside it is
the bare FTS5 lookup of a three-character query. The goal: 25 ms at the 95th percentile.
"""

from __future__ import annotations

from harness import Result, Stats, database, ms, options, qt_app, report
from search_common import SHORT_QUERIES, query_painted, raw_fts_ms, search_panel


def main() -> None:
    args = options(__doc__ or "", runs=7)
    qt_app()
    from jimo_desktop.catalog import Catalog

    db = database(args.scale)
    catalog = Catalog.open(db)
    panel, probe = search_panel(catalog)
    for query in SHORT_QUERIES:
        query_painted(panel, probe, query)  # warm
    samples = []
    for _ in range(args.runs):
        samples += [query_painted(panel, probe, query) for query in SHORT_QUERIES]
    app = Stats.of(samples)
    raw = raw_fts_ms(db, "Qingdao")
    result = Result(
        "search_short",
        "Search, 1–2 character queries",
        "≤ 25 ms p95",
        ms(app, p95=True),
        args.scale,
        app.p95 <= 25,
        {"median_ms": app.median, "p95_ms": app.p95, "raw_fts_ms": raw},
    )
    report(result, args.json, f"bare FTS5 of a 7-character query: {raw:.1f} ms")


if __name__ == "__main__":
    main()
