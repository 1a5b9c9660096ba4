"""A metric over time: ``time_series(figures)`` gives one ``Series`` per subject and metric
published for two or more periods. Nothing here imports Qt.

Given catalog ``Figure`` objects. Each ``Point`` sits at the middle of its period
(``Span.middle_year``, a fractional year; an open range at its known end) and carries its
value, qualifier, period and sources. Figures marked doubtful are left out (the series
counts them, ``Series.doubtful``); figures of a dispute are points of their own, never
joined by the line (``Point.disputed``). Figures that agree (same period, qualifier and value)
share one point with all their sources; figures that disagree stay separate points, flagged
as a conflict. A series mixing units of one quantity (``bn yuan`` and ``亿元``) is shown in
its most common unit and the points that were converted say so.

Values of periods of different lengths are not drawn on one axis (a half-year's GDP
beside full years would read as a crash): each kind of period (``periods.period_basis``:
full years, half-years, quarters …) with two or more periods is a series of its own
(``Series.length``); the figures of a kind with fewer are left out of the metric's main
series, which says so (``Series.other_periods``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from jimo_desktop import dates
from jimo_desktop.chart_series.periods import _span, axis_range, period_basis
from jimo_desktop.chart_series.units import convert, qualifier_class, unit_label, unit_scale
from jimo_desktop.figures import cited_sources, sorted_sources
from jimo_desktop.items import Dispute, Figure, ItemRef, Metric, Source

# --------------------------------------------------------------------------- sources


def source_label(source: Source) -> str:
    """``S15 · B``: a source id and its grade."""
    return f"{source.id} · {source.grade}" if source.grade else source.id


# --------------------------------------------------------------------------- objects


@dataclass(frozen=True, slots=True)
class Point:
    """One value at one period: the figures (one per source) that publish it."""

    x: float  # fractional year, the middle of the period
    value: float  # in the series' unit
    qualifier: str
    period: str
    figures: tuple[Figure, ...]
    basis: str = "year"
    x_start: float | None = None  # the period covered, for the span bar
    x_end: float | None = None
    conflict: bool = False  # another value is published for the same period
    converted: bool = False  # the published unit differs from the series' unit
    disputed: bool = False  # part of a dispute (disputes.csv): not joined into a trend

    @property
    def dispute(self) -> Dispute | None:
        """The dispute its figures are part of, if any."""
        return next((f.dispute for f in self.figures if f.dispute is not None), None)

    @property
    def period_label(self) -> str:
        return dates.describe(self.period) or self.period

    @property
    def length(self) -> str:
        """The kind of period it is charted with. A December (the sources' "end of 2016",
        a count or an area as it stood at the year's end) stands with full years, at the
        end of its year: it is the reading such a year's figure gives, not a month of a
        flow. Otherwise its ``basis``."""
        if self.basis == "month" and self.period.endswith("-12"):
            return "year"
        return self.basis

    @property
    def qualifier_class(self) -> str:
        return qualifier_class(self.qualifier)

    @property
    def sources(self) -> tuple[Source, ...]:
        return cited_sources(self.figures)

    @property
    def source_id(self) -> str:
        return self.figures[0].source.id

    @property
    def source_title(self) -> str:
        return self.figures[0].source.title

    @property
    def grade(self) -> str:
        return self.figures[0].source.grade

    @property
    def source_label(self) -> str:
        """``S17 · B`` (or several, comma separated)."""
        return ", ".join(source_label(s) for s in self.sources)

    @property
    def published(self) -> str:
        """The value and unit as published by the first source."""
        return self.figures[0].display_value


@dataclass(frozen=True, slots=True)
class Series:
    """One metric of one subject over time, in one unit."""

    metric: str
    unit: str
    points: tuple[Point, ...]
    subject: ItemRef | None = None
    subject_name: str = ""
    not_plotted: tuple[Figure, ...] = ()  # figures of the metric without a period or value
    length: str = "year"  # the kind of period of every point (periods.period_basis)
    other_periods: tuple[Figure, ...] = ()  # figures of another, rarer kind of period, left out
    measure: Metric | None = None  # the metric's vocabulary entry
    doubtful: tuple[Figure, ...] = ()  # figures marked doubtful, not drawn

    @property
    def title(self) -> str:
        return self.metric

    @property
    def integer(self) -> bool:
        """Whole numbers only (ranks, counts in their own unit): the axis ticks whole numbers."""
        if self.unit == "rank":
            return True
        return self.measure is not None and self.measure.integer and unit_scale(self.unit)[0] == 1

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for p in self.points for f in p.figures)

    @property
    def sources(self) -> tuple[Source, ...]:
        return sorted_sources(s for f in self.figures for s in f.sources)

    @property
    def periods(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.period for p in self.points))

    @property
    def bases(self) -> tuple[str, ...]:
        """The kinds of period, most points first."""
        counts = Counter(p.length for p in self.points)
        return tuple(sorted(counts, key=lambda b: (-counts[b], b)))

    @property
    def converted(self) -> bool:
        return any(p.converted for p in self.points)

    @property
    def has_conflicts(self) -> bool:
        return any(p.conflict for p in self.points)

    @property
    def has_disputes(self) -> bool:
        return any(p.disputed for p in self.points)

    def line(self, basis: str) -> tuple[Point, ...]:
        """The points joined by the line of one kind of period: conflicting and disputed
        values are left as separate points, unjoined."""
        return tuple(
            p for p in self.points if p.length == basis and not p.conflict and not p.disputed
        )


# --------------------------------------------------------------------------- time series


def _display_unit(figures: Sequence[Figure]) -> str:
    """The unit most figures use; on a tie, the unit of the latest figure."""
    counts = Counter(f.unit for f in figures)
    latest = max(figures, key=lambda f: (f.period_end, f.period_start, f.id))
    return max(counts, key=lambda u: (counts[u], u == latest.unit))


def _group_by_quantity(figures: Iterable[Figure]) -> dict[tuple[ItemRef, str, str], list[Figure]]:
    """Figures by subject, metric and convertible unit, in their given order."""
    groups: dict[tuple[ItemRef, str, str], list[Figure]] = {}
    for figure in figures:
        key = (figure.subject, figure.metric, unit_scale(figure.unit)[1])
        groups.setdefault(key, []).append(figure)
    return groups


class _Published(NamedTuple):
    """What a figure publishes for a period, in the series' unit: equal ones agree."""

    period: str
    qualifier_class: str
    qualifier: str
    value: float


def _agreeing(
    figures: Sequence[Figure], unit: str
) -> tuple[dict[_Published, list[Figure]], dict[str, dates.Span]]:
    """The figures that can be plotted in ``unit``, grouped by what they publish, and the
    span of each of their periods."""
    merged: dict[_Published, list[Figure]] = {}
    spans: dict[str, dates.Span] = {}
    for figure in figures:
        span = _span(figure)
        if span is None or figure.value is None or span.middle_year is None:
            continue
        value = convert(figure.value, figure.unit, unit)
        if value is None:
            continue
        spans[figure.period] = span
        key = _Published(figure.period, qualifier_class(figure.qualifier), figure.qualifier, value)
        merged.setdefault(key, []).append(figure)
    return merged, spans


def _point(
    published: _Published, figures: Sequence[Figure], span: dates.Span, unit: str, conflict: bool
) -> Point:
    start, end = axis_range(span)
    return Point(
        x=float(span.middle_year or 0.0),
        value=published.value,
        qualifier=figures[0].qualifier,
        period=published.period,
        figures=tuple(figures),
        basis=period_basis(span),
        x_start=start,
        x_end=end,
        conflict=conflict,
        converted=any(f.unit != unit for f in figures),
        disputed=any(f.dispute is not None for f in figures),
    )


def _points(figures: Sequence[Figure], unit: str) -> list[Point]:
    """Points of one subject's metric in ``unit``: agreeing figures merged, conflicting
    ones kept apart, ordered by time."""
    merged, spans = _agreeing(figures, unit)
    per_period = Counter(published.period for published in merged)
    points = [
        _point(published, group, spans[published.period], unit, per_period[published.period] > 1)
        for published, group in merged.items()
    ]
    points.sort(key=lambda p: (p.x, p.figures[0].period_start, p.figures[0].period_end, p.value))
    return points


def time_series(figures: Iterable[Figure], min_periods: int = 2) -> list[Series]:
    """A series for each subject, metric and kind of period published for ``min_periods``
    or more periods, by metric name (full years first)."""
    result = []
    for (subject, metric, _base), every in _group_by_quantity(figures).items():
        group = [f for f in every if not f.doubtful] or every
        doubtful = tuple(f for f in every if f not in group)
        valued = [f for f in group if f.value is not None]
        if not valued:
            continue
        unit = _display_unit(valued)
        points = _points(group, unit)
        by_length: dict[str, list[Point]] = {}
        for point in points:
            by_length.setdefault(point.length, []).append(point)
        kept = {
            length: own
            for length, own in by_length.items()
            if len({p.period for p in own}) >= min_periods
        }
        if not kept:
            continue
        main = max(kept, key=lambda b: (b == "year", len(kept[b]), b))
        plotted = {f.id for p in points for f in p.figures}
        left_out = tuple(
            f for length, own in by_length.items() if length not in kept for p in own
            for f in p.figures
        )  # fmt: skip
        for length, own in kept.items():
            result.append(
                Series(
                    metric=metric,
                    unit=unit,
                    points=tuple(own),
                    subject=subject,
                    subject_name=group[0].subject_name,
                    not_plotted=tuple(f for f in group if f.id not in plotted)
                    if length == main
                    else (),
                    length=length,
                    other_periods=left_out if length == main else (),
                    measure=group[0].measure,
                    doubtful=doubtful if length == main else (),
                )
            )
    result.sort(
        key=lambda s: (s.metric.casefold(), s.unit, str(s.subject), s.length != "year", s.length)
    )
    return result


def main_series_index(series: Sequence[Series]) -> int:
    """The series to show first: GDP when there is one, else the one with most points."""
    if not series:
        return -1
    for i, s in enumerate(series):
        if s.metric == "GDP":
            return i
    return max(range(len(series)), key=lambda i: (len(series[i].points), -i))
