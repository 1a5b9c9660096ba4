"""The search benchmarks' shared steps: a shown search pane, raw FTS5, a query painted."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from harness import PaintProbe, settle

# Queries of three characters or more (the trigram index serves them).
LONG_QUERIES = (
    "Qingdao",
    "auto",
    "青岛蓝谷",
    "汽车产业",
    "logistics",
    "blue valley",
    "Blue Valley Hi-tech",
)
# One and two characters (below the trigram's length).
SHORT_QUERIES = ("青", "即墨", "港", "汽车", "hi", "蓝谷", "a")


def search_panel(catalog: Any) -> tuple[Any, PaintProbe]:
    from jimo_desktop.ui.panes.search_panel import SearchPanel

    panel = SearchPanel(catalog.search)
    panel.resize(360, 700)
    panel.show()
    settle(3)
    return panel, PaintProbe(panel.view.viewport())


def query_painted(panel: Any, probe: PaintProbe, query: str) -> float:
    """Milliseconds from running ``query`` to the result list painted (it is cleared first,
    not timed, so that each run shows new rows)."""
    panel.box.setText("")
    panel.run_query()
    settle(2)
    panel.box.blockSignals(True)
    panel.box.setText(query)
    panel.box.blockSignals(False)
    probe.arm()
    start = time.perf_counter()
    panel.run_query()
    return (probe.wait() - start) * 1000


def raw_fts_ms(db: Path, query: str, runs: int = 5) -> float:
    """The best time of the bare FTS5 query for the phrases of ``query`` (200 rows)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    phrases = " ".join('"' + term.replace('"', '""') + '"' for term in query.split())
    sql = "select rowid from search_items_fts where search_items_fts match ? limit 200"
    best = float("inf")
    for _ in range(runs + 1):
        start = time.perf_counter()
        conn.execute(sql, (phrases,)).fetchall()
        best = min(best, (time.perf_counter() - start) * 1000)
    conn.close()
    return best
