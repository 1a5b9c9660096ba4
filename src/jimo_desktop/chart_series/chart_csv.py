"""The CSV file behind a chart, and the name it is saved under. Nothing here imports Qt.

Given a chart (a ``Series`` or a ``BarSeries``), ``csv_table`` gives the columns and rows
for ``csv_export.write_csv``: for figures, one row per figure as published (never
converted, ``FIGURE_COLUMNS``); for counts, one row per bar with the items it counts
(``COUNT_COLUMNS``). ``file_stem`` makes a safe file name stem from words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jimo_desktop.catalog import Figure
from jimo_desktop.chart_series.bars import COUNTS, BarSeries, Chart
from jimo_desktop.chart_series.units import qualifier_words

FIGURE_COLUMNS = (
    "subject",
    "metric",
    "period",
    "value",
    "value as published",
    "qualifier",
    "unit",
    "source id",
    "source title",
    "grade",
)
COUNT_COLUMNS = ("group", "group (Chinese)", "count", "items")


def figure_rows(figures: Iterable[Figure]) -> list[tuple[object, ...]]:
    """One row per figure, as published (never converted)."""
    return [
        (
            f.subject_name or f.subject.id,
            f.metric,
            f.period,
            f.value,
            f.value_text,
            qualifier_words(f.qualifier),
            f.unit,
            f.source.id,
            f.source.title,
            f.source.grade,
        )
        for f in figures
    ]


def csv_table(chart: Chart) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The columns and rows behind a chart, for ``csv_export.write_csv``."""
    if isinstance(chart, BarSeries) and chart.kind == COUNTS:
        rows: list[tuple[object, ...]] = [
            (
                bar.label,
                bar.label_zh,
                int(bar.value),
                "; ".join(f"{i.name} {i.name_zh}".strip() for i in bar.items),
            )
            for bar in chart.bars
        ]
        return COUNT_COLUMNS, rows
    return FIGURE_COLUMNS, figure_rows(chart.figures)


_UNSAFE = re.compile(r"[^\w\-]+")


def file_stem(*parts: str) -> str:
    """A file name stem from words: ``jimo-district-gdp``."""
    text = "-".join(p for p in parts if p)
    stem = _UNSAFE.sub("-", text.casefold()).strip("-")
    return stem[:80] or "chart"
