"""Search: from a keystroke in the box to the results painted, against bare FTS5.

    python bench/search_keystroke.py [--scale N] [--runs N] [--json]

The box holds a query less its last character; the last key is typed (``QTest.keyClick``)
and the time to the painted result list is measured, whatever the pane waits for (its
debounce) included. The bare FTS5 lookup of the whole query is printed beside it. The
goal: within the bare lookup plus 5 ms.
"""

from __future__ import annotations

import time

from harness import Result, Stats, database, ms, options, qt_app, report, settle
from search_common import raw_fts_ms, search_panel

QUERIES = ("qingdao", "auto parts", "logistics", "valley")


def main() -> None:
    args = options(__doc__ or "", runs=7)
    qt_app()
    from PySide6.QtTest import QTest

    from jimo_desktop.catalog import Catalog

    db = database(args.scale)
    catalog = Catalog.open(db)
    panel, probe = search_panel(catalog)
    panel.box.setFocus()
    raw = {query: raw_fts_ms(db, query) for query in QUERIES}
    samples, over = [], []
    for run in range(args.runs + 1):
        for query in QUERIES:
            panel.box.setText(query[:-1])
            panel.run_query()
            settle(2)
            probe.arm()
            start = time.perf_counter()
            QTest.keyClick(panel.box, query[-1])
            took = (probe.wait() - start) * 1000
            if run:
                samples.append(took)
                over.append(took - raw[query])
    app = Stats.of(samples)
    fts = sum(raw.values()) / len(raw)
    result = Result(
        "search_keystroke",
        "Keystroke → results painted",
        "≤ raw FTS5 + 5 ms",
        ms(app),
        args.scale,
        Stats.of(over).median <= 5,
        {"median_ms": app.median, "p95_ms": app.p95, "raw_fts_ms": fts},
    )
    report(result, args.json, f"bare FTS5: {fts:.1f} ms")


if __name__ == "__main__":
    main()
