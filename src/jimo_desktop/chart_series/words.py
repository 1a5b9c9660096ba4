"""The English words shown with a chart: hover text, chooser labels and footers.

Given a chart's plain values (a ``Series`` and its ``Point``, a ``BarSeries`` and its
``Bar``), each function returns text for the ui to show as it is:

- ``describe_point`` and ``describe_bar``: the hover text of a point or a bar (value,
  qualifier, unit, period and every source, or what a count bar counts);
- ``sources_note``: the footer of an exported chart; ``chooser_label``: how a chart is
  listed in a panel's chooser.

These words are not yet translatable; they are kept together here so that they can move
into the Qt layer, through ``tr()``, in one piece. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from jimo_desktop.catalog import Source
from jimo_desktop.chart_series.periods import basis_label
from jimo_desktop.chart_series.time_series import Point, Series
from jimo_desktop.chart_series.units import (
    EXACT,
    _with_unit,
    format_number,
    qualifier_words,
    unit_meaning,
)

if TYPE_CHECKING:
    # Only for annotations.
    from jimo_desktop.chart_series.bars import Bar, BarSeries, Chart


def _value_lines(unit: str, value: float, mark: Point | Bar) -> list[str]:
    """The value with its qualifier, as published, and the unit's meaning."""
    words = qualifier_words(mark.qualifier)
    shown = _with_unit(format_number(value), unit)
    if mark.qualifier_class == EXACT:
        lines = [f"{shown} (exact)"]
    else:
        lines = [f"{words} {shown} (qualifier “{mark.qualifier}”: {words})"]
    published = "; ".join(dict.fromkeys(f.display_value for f in mark.figures))
    if mark.converted:
        lines.append(f"As published: {published} (converted to {unit} for this chart)")
    else:
        lines.append(f"As published: {published}")
    meaning = unit_meaning(unit)
    if meaning:
        lines.append(f"{unit} = {meaning}")
    return lines


def _source_lines(sources: Iterable[Source]) -> list[str]:
    return [f"Source {s.id}, grade {s.grade}: {s.title}" for s in sources]


def describe_point(series: Series, point: Point) -> list[str]:
    """Hover text for a point: value, unit, period, qualifier and every source."""
    lines = [f"{series.metric} · {point.period_label}"]
    lines += _value_lines(series.unit, point.value, point)
    lines.append(f"Period: {point.period_label} ({basis_label(point.basis).rstrip('s')})")
    lines += _source_lines(point.sources)
    if point.conflict:
        lines.append("Sources disagree for this period: each value is shown with its source.")
    return lines


def describe_bar(series: BarSeries, bar: Bar, *, limit: int = 8) -> list[str]:
    """Hover text for a bar: the value with its period and sources, or what is counted."""
    if series.counts_items:
        count = int(bar.value)
        lines = [f"{bar.full_label}: {count} {series.unit}"]
        names = [f"{i.name} {i.name_zh}".strip() for i in bar.items]
        lines += names[:limit]
        if len(names) > limit:
            lines.append(f"… and {len(names) - limit} more")
        if bar.ref is not None:
            lines.append("Click to open it.")
        elif bar.items:
            lines.append("Click to choose one to open.")
        return lines
    lines = [f"{bar.full_label} · {series.metric}"]
    lines += _value_lines(series.unit, bar.value, bar)
    lines.append(f"Period: {bar.period_label} (the latest published)")
    lines += _source_lines(bar.sources)
    if bar.conflict:
        lines.append("Sources disagree: each value has its own bar.")
    return lines


def sources_note(chart: Chart) -> str:
    """The footer of an exported chart: its sources and what was converted or left out."""
    parts = []
    sources = chart.sources
    if sources:
        parts.append("Sources: " + ", ".join(f"{s.id} ({s.grade})" for s in sources))
    if chart.converted:
        parts.append("† converted from the published unit")
    if isinstance(chart, Series) and chart.not_plotted:
        n = len(chart.not_plotted)
        parts.append(f"{n} figure{'s' if n > 1 else ''} without period or value not plotted")
    return " · ".join(parts)


def chooser_label(chart: Chart) -> str:
    """How a chart is listed in a panel's chooser."""
    if isinstance(chart, Series):
        unit = f" ({chart.unit})" if chart.unit else ""
        return f"{chart.metric}{unit} — over time, {len(chart.points)} values"
    unit = f" ({chart.unit})" if chart.unit else ""
    items = len({b.ref or b.label for b in chart.bars})
    return f"{chart.title}{unit} — {items} items compared"
