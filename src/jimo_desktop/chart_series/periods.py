"""Periods on a chart's time axis. Nothing here imports Qt.

Given a period as ``dates.Span`` (its first and last day):

- ``axis_range`` gives the fractional years it covers, for the span bar under a point
  (the point itself sits at ``Span.middle_year``);
- ``period_basis`` says what kind of period it is (full year, half-year, quarter, a run of
  months …): only points of one kind are joined by a line; ``basis_label`` words a kind.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from jimo_desktop import dates
from jimo_desktop.items import Figure
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message


def _year_fraction(day: date) -> float:
    days = 366 if calendar.isleap(day.year) else 365
    return day.year + (day.timetuple().tm_yday - 1) / days


def axis_range(span: dates.Span) -> tuple[float | None, float | None]:
    """Where a period starts and ends on the axis: its first day and the day after its
    last, as fractional years (a year runs from 1 Jan to the next 1 Jan); None if open."""
    start = _year_fraction(date.fromisoformat(span.start)) if span.start else None
    end = _year_fraction(date.fromisoformat(span.end) + timedelta(days=1)) if span.end else None
    return start, end


BASIS_LABELS = {
    "year": QT_TRANSLATE_NOOP("Chart", "full years"),
    "years": QT_TRANSLATE_NOOP("Chart", "multi-year periods"),
    "half-year": QT_TRANSLATE_NOOP("Chart", "half-years"),
    "quarter": QT_TRANSLATE_NOOP("Chart", "quarters"),
    "month": QT_TRANSLATE_NOOP("Chart", "months"),
    "day": QT_TRANSLATE_NOOP("Chart", "single dates"),
    "to-date": QT_TRANSLATE_NOOP("Chart", "totals up to a date"),
    "from-date": QT_TRANSLATE_NOOP("Chart", "periods from a date"),
    "span": QT_TRANSLATE_NOOP("Chart", "other periods"),
}
_MONTH_SPAN = QT_TRANSLATE_NOOP("Chart", "{first}–{last} periods")


def period_basis(span: dates.Span) -> str:
    """What kind of period a span is: ``year``, ``half-year``, ``months:01-09``, ``day`` …

    Points of different kinds (a half-year and a full year) are not joined by a line:
    their values are not comparable.
    """
    if not span.start:
        return "to-date"
    if not span.end:
        return "from-date"
    first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
    if first == last:
        return "day"
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        if first.month == 1 and months % 12 == 0:
            return "year" if months == 12 else "years"
        if months == 6 and first.month in (1, 7):
            return "half-year"
        if months == 3 and first.month in (1, 4, 7, 10):
            return "quarter"
        if months == 1:
            return "month"
        if first.year == last.year:
            return f"months:{first.month:02d}-{last.month:02d}"
    return "span"


def basis_label(basis: str) -> str:
    if basis.startswith("months:"):
        first, _, last = basis[7:].partition("-")
        return Message(
            _MONTH_SPAN, first=dates.MONTHS[int(first) - 1], last=dates.MONTHS[int(last) - 1]
        )
    return BASIS_LABELS.get(basis, basis)


def _span(figure: Figure) -> dates.Span | None:
    """The days a figure's period covers, or None when it has none (or an unreadable one)."""
    if not figure.period:
        return None
    try:
        return dates.period(figure.period)
    except dates.PeriodError:
        return None
