"""The CSV file behind a chart, and the name it is saved under. Nothing here imports Qt.

Given a chart (a ``Series`` or a ``BarSeries``), ``csv_table`` gives the columns and rows
for ``csv_export.write_csv``: for figures, one row per figure as published (never
converted, ``FIGURE_COLUMNS``), its source cited so that it can be found without the app
(publisher, date, title; the address, grade and id beside); for counts, one row per bar with the items it counts
(``COUNT_COLUMNS``). ``file_stem`` makes a safe file name stem from words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jimo_desktop.chart_series.bars import COUNTS, BarSeries, Chart
from jimo_desktop.chart_series.units import qualifier_words
from jimo_desktop.items import Figure
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

FIGURE_COLUMNS = (
    QT_TRANSLATE_NOOP("ChartCsv", "subject"),
    QT_TRANSLATE_NOOP("ChartCsv", "metric"),
    QT_TRANSLATE_NOOP("ChartCsv", "period"),
    QT_TRANSLATE_NOOP("ChartCsv", "value"),
    QT_TRANSLATE_NOOP("ChartCsv", "value as published"),
    QT_TRANSLATE_NOOP("ChartCsv", "qualifier"),
    QT_TRANSLATE_NOOP("ChartCsv", "unit"),
    QT_TRANSLATE_NOOP("ChartCsv", "source"),
    QT_TRANSLATE_NOOP("ChartCsv", "source address"),
    QT_TRANSLATE_NOOP("ChartCsv", "grade"),
    QT_TRANSLATE_NOOP("ChartCsv", "source id"),
)
COUNT_COLUMNS = (
    QT_TRANSLATE_NOOP("ChartCsv", "group"),
    QT_TRANSLATE_NOOP("ChartCsv", "group (Chinese)"),
    QT_TRANSLATE_NOOP("ChartCsv", "count"),
    QT_TRANSLATE_NOOP("ChartCsv", "items"),
)


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
            "; ".join(s.short_citation() for s in f.sources),
            "; ".join(s.address for s in f.sources),
            "; ".join(s.grade for s in f.sources),
            "; ".join(s.id for s in f.sources),
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
