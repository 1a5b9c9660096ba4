"""The district's population figures are split by the definition the research gives each."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_each_population_metric_holds_one_definition(built_db: Path) -> None:
    with sqlite3.connect(built_db) as conn:
        rows = conn.execute(
            "select metric, id from figures where subject_id = 'jimo' and metric like '%opulation'"
            " or subject_id = 'jimo' and metric like 'Population%' order by id"
        ).fetchall()
    by_metric: dict[str, set[str]] = {}
    for metric, figure_id in rows:
        by_metric.setdefault(metric, set()).add(figure_id)
    # As the research labels them: "Population" (S12, S09), "Total population" (S04, S07),
    # "Population (Wikipedia infobox)" (S02), "Permanent population" of the censuses.
    assert by_metric["Population"] == {"F192", "F196"}
    assert by_metric["Total population"] == {"F194", "F195"}
    assert by_metric["Population (Wikipedia infobox)"] == {"F197"}
    assert by_metric["Permanent population"] == {"F193", "F198"}
