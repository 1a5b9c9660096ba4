"""Partial dates and periods as the data writes them, and their sortable bounds.

A partial date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A period is a partial date, a
half-year ``YYYY-H1``, a quarter ``YYYY-Q3``, or a range ``START/END`` of those where one
side may be empty for an open end. Each has a first and a last day, so that figures and
events sort and plot by time without pretending to more precision than was published.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message

_PART = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$"
)


class PeriodError(ValueError):
    """A date or period that does not follow the grammar above."""


@dataclass(frozen=True, slots=True)
class Span:
    """The first and last day a partial date or period covers (ISO strings, '' if open)."""

    start: str
    end: str

    @property
    def middle_year(self) -> float | None:
        """A fractional year in the middle of the span, for plotting on a time axis."""
        days = [date.fromisoformat(d) for d in (self.start, self.end) if d]
        if not days:
            return None
        first, last = (days[0], days[-1])
        mid = first + (last - first) / 2
        return mid.year + (mid.timetuple().tm_yday - 1) / (
            366 if calendar.isleap(mid.year) else 365
        )


def _part_span(text: str, *, allow_parts: bool) -> Span:
    match = _PART.match(text)
    if not match:
        raise PeriodError(f"{text!r} is not a date such as 2019, 2019-05 or 2019-05-28")
    year = int(match["year"])
    if match["half"] or match["quarter"]:
        if not allow_parts:
            raise PeriodError(f"{text!r}: half-years and quarters are for figure periods only")
        if match["half"]:
            first_month = 1 if match["half"] == "H1" else 7
            last_month = first_month + 5
        else:
            first_month = 3 * (int(match["quarter"][1]) - 1) + 1
            last_month = first_month + 2
        return Span(
            date(year, first_month, 1).isoformat(),
            date(year, last_month, calendar.monthrange(year, last_month)[1]).isoformat(),
        )
    if match["month"] is None:
        return Span(date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat())
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise PeriodError(f"{text!r}: month {month} does not exist")
    if match["day"] is None:
        last = calendar.monthrange(year, month)[1]
        return Span(date(year, month, 1).isoformat(), date(year, month, last).isoformat())
    try:
        day = date(year, month, int(match["day"]))
    except ValueError:
        raise PeriodError(f"{text!r}: that day does not exist") from None
    return Span(day.isoformat(), day.isoformat())


def _span(text: str, *, allow_parts: bool, allow_range: bool, allow_open: bool) -> Span:
    text = text.strip()
    if "/" not in text:
        return _part_span(text, allow_parts=allow_parts)
    if not allow_range:
        raise PeriodError(f"{text!r}: a range is not allowed here")
    first, _, last = text.partition("/")
    if "/" in last:
        raise PeriodError(f"{text!r}: a range has one '/'")
    if not first and not last:
        raise PeriodError(f"{text!r}: a range needs at least one end")
    if (not first or not last) and not allow_open:
        raise PeriodError(f"{text!r}: an open range is not allowed here")
    start = _part_span(first, allow_parts=allow_parts).start if first else ""
    end = _part_span(last, allow_parts=allow_parts).end if last else ""
    if start and end and start > end:
        raise PeriodError(f"{text!r}: the range ends before it starts")
    return Span(start, end)


def partial_date(text: str) -> Span:
    """The span of a partial date (``1992-05``); no ranges."""
    return _span(text, allow_parts=False, allow_range=False, allow_open=False)


def date_range(text: str) -> Span:
    """The span of an event date: a partial date or a closed range of them."""
    return _span(text, allow_parts=False, allow_range=True, allow_open=False)


@lru_cache(maxsize=8192)
def period(text: str) -> Span:
    """The span of a figure's period: dates, half-years, quarters, ranges, open ranges.
    (Each period is read once: the same few periods recur across thousands of figures.)"""
    return _span(text, allow_parts=True, allow_range=True, allow_open=True)


# The words of a period, marked for the window to translate (see ``translatable``).
MONTHS = (
    QT_TRANSLATE_NOOP("dates", "Jan"),
    QT_TRANSLATE_NOOP("dates", "Feb"),
    QT_TRANSLATE_NOOP("dates", "Mar"),
    QT_TRANSLATE_NOOP("dates", "Apr"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "Jun"),
    QT_TRANSLATE_NOOP("dates", "Jul"),
    QT_TRANSLATE_NOOP("dates", "Aug"),
    QT_TRANSLATE_NOOP("dates", "Sep"),
    QT_TRANSLATE_NOOP("dates", "Oct"),
    QT_TRANSLATE_NOOP("dates", "Nov"),
    QT_TRANSLATE_NOOP("dates", "Dec"),
)
_TO = QT_TRANSLATE_NOOP("dates", "to {end}")
_FROM = QT_TRANSLATE_NOOP("dates", "from {start}")
_RANGE = QT_TRANSLATE_NOOP("dates", "{start} – {end}")
_PART_OF_YEAR = QT_TRANSLATE_NOOP("dates", "{part} {year}")  # H1 2019, Q3 2024
# The halves and quarters of a year, as written in a period (2019-H1, 2024-Q3).
PARTS_OF_YEAR = {
    "H1": QT_TRANSLATE_NOOP("dates", "H1"),
    "H2": QT_TRANSLATE_NOOP("dates", "H2"),
    "Q1": QT_TRANSLATE_NOOP("dates", "Q1"),
    "Q2": QT_TRANSLATE_NOOP("dates", "Q2"),
    "Q3": QT_TRANSLATE_NOOP("dates", "Q3"),
    "Q4": QT_TRANSLATE_NOOP("dates", "Q4"),
}
_MONTH = QT_TRANSLATE_NOOP("dates", "{month} {year}")
_DAY = QT_TRANSLATE_NOOP("dates", "{day} {month} {year}")


def describe(text: str) -> str:
    """A period in plain words: ``2019-H1`` -> ``H1 2019``, ``/2020-09`` -> ``to Sep 2020``.

    The words are a ``Message`` (English as a string; the window translates them)."""
    if not text:
        return ""
    if "/" in text:
        first, _, last = text.partition("/")
        if not first:
            return Message(_TO, end=describe(last))
        if not last:
            return Message(_FROM, start=describe(first))
        return Message(_RANGE, start=describe(first), end=describe(last))
    match = _PART.match(text)
    if not match:
        return text
    year = match["year"]
    if match["half"] or match["quarter"]:
        part = match["half"] or match["quarter"]
        return Message(_PART_OF_YEAR, part=PARTS_OF_YEAR[part], year=year)
    if match["month"] is None:
        return year
    month = MONTHS[int(match["month"]) - 1]
    if match["day"] is None:
        return Message(_MONTH, month=month, year=year)
    return Message(_DAY, day=int(match["day"]), month=month, year=year)
