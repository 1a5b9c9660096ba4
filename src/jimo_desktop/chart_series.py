"""The numbers behind the charts, computed from catalog objects. Nothing here imports Qt.

Charts never read the database: they are given the plain values computed here.

- ``time_series(figures)``: one ``Series`` per subject and metric with two or more
  periods. Each ``Point`` sits at the middle of its period (``Span.middle_year``; an
  open range at its known end) and carries its value, qualifier, period and sources.
  Figures that agree (same period, qualifier and value) share one point with all their
  sources; figures that disagree stay separate points, flagged as a conflict.
- ``comparison(details)`` and ``comparisons_for(subject, figures, peers)``: one
  ``BarSeries`` per metric shared by several items, a bar for each item's latest value.
- ``dashboard_data(catalog)``: the district at a glance (figures over time, parks by
  kind and by industry, events per year).

Units are kept as published. Where one series mixes units that differ only by an exact
factor (``bn yuan`` and ``亿元``, ``万 persons`` and ``persons``, ``亩`` and ``km²``),
values are shown in the series' most common unit and the point says so (``converted``);
hover text and CSV files always carry the value and unit as published.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from jimo_desktop import dates
from jimo_desktop.catalog import (
    Detail,
    Event,
    Figure,
    Grouping,
    ItemKind,
    ItemRef,
    RelatedItem,
    Source,
    TreeNode,
)

if TYPE_CHECKING:
    from jimo_desktop.catalog import Catalog

# --------------------------------------------------------------------------- units

_CJK_SCALES = {"万": 1e4, "亿": 1e8}
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9}
# Units of the same quantity with an exact factor between them (to the first unit).
_BASE_UNITS = {
    "km²": (1e6, "m²"),
    "ha": (1e4, "m²"),
    "亩": (1e4 / 15, "m²"),  # 15 亩 = 1 ha exactly
    "m²": (1.0, "m²"),
    "元": (1.0, "yuan"),
}


def unit_scale(unit: str) -> tuple[float, str]:
    """The factor and base of a unit: ``亿元`` -> (1e8, 'yuan'), ``km²`` -> (1e6, 'm²')."""
    text = " ".join(unit.split())
    factor = 1.0
    if text[:1] in _CJK_SCALES and len(text) > 1:
        factor, text = _CJK_SCALES[text[0]], text[1:].strip()
    else:
        word, _, rest = text.partition(" ")
        if word in _WORD_SCALES and rest:
            factor, text = _WORD_SCALES[word], rest
    head, slash, tail = text.partition("/")
    if head in _BASE_UNITS:
        base_factor, head = _BASE_UNITS[head]
        factor *= base_factor
    return factor, head + slash + tail


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None when they do not convert."""
    if from_unit == to_unit:
        return value
    from_factor, from_base = unit_scale(from_unit)
    to_factor, to_base = unit_scale(to_unit)
    if from_base != to_base:
        return None
    return float(f"{value * from_factor / to_factor:.12g}")


def unit_meaning(unit: str) -> str:
    """What a unit means in plain English, or '' when it needs no explanation."""
    text = " ".join(unit.split())
    if not text:
        return ""
    per_year = ""
    if text.endswith("/yr"):
        text, per_year = text[:-3], " per year"
    if text.startswith("亿"):
        rest = text[1:].strip()
        rest = "yuan" if rest == "元" else rest
        return f"100 million {rest}{per_year}".strip()
    if text.startswith("万"):
        rest = text[1:].strip()
        rest = "yuan" if rest == "元" else rest
        return f"10,000 {rest}{per_year}".strip()
    if text == "亩":
        return "mu; 15 亩 = 1 hectare"
    if text.startswith("bn "):
        return f"billion {text[3:]}{per_year}; 1 bn yuan = 10 亿元" if "yuan" in text else ""
    return ""


def unit_label(unit: str) -> str:
    """A unit for an axis: ``亿元 (100 million yuan)``, ``万 m² (10,000 m²)``, ``km²``."""
    meaning = unit_meaning(unit)
    return f"{unit} ({meaning})" if meaning else unit


# --------------------------------------------------------------------------- qualifiers

QUALIFIER_WORDS = {
    "": "exact",
    "=": "exact",
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "up to",
    "~": "about",
}

# How a qualifier is drawn: exact, more (> >=), less (< <=), about (~).
EXACT, MORE, LESS, ABOUT = "exact", "more", "less", "about"
QUALIFIER_CLASSES = (EXACT, MORE, LESS, ABOUT)
CLASS_LABELS = {
    EXACT: "exact value",
    MORE: "more than (>, ≥)",
    LESS: "less than (<, ≤)",
    ABOUT: "about (~)",
}


def qualifier_class(qualifier: str) -> str:
    q = qualifier.strip()
    if q in ("", "="):
        return EXACT
    if q.startswith(">"):
        return MORE
    if q.startswith("<"):
        return LESS
    return ABOUT


def qualifier_words(qualifier: str) -> str:
    return QUALIFIER_WORDS.get(qualifier.strip(), qualifier.strip() or "exact")


def format_number(value: float) -> str:
    """``1,278.36``, ``160``, ``1.333``: thousands separated, a few decimals at most."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    decimals = 2 if abs(value) >= 100 else 3 if abs(value) >= 1 else 4
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def _with_unit(number: str, unit: str) -> str:
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}"


# --------------------------------------------------------------------------- periods


def _year_fraction(day: date) -> float:
    days = 366 if calendar.isleap(day.year) else 365
    return day.year + (day.timetuple().tm_yday - 1) / days


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

BASIS_LABELS = {
    "year": "full years",
    "years": "multi-year periods",
    "half-year": "half-years",
    "quarter": "quarters",
    "month": "months",
    "day": "single dates",
    "to-date": "totals up to a date",
    "from-date": "periods from a date",
    "span": "other periods",
}


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
        return f"{_MONTHS[int(first) - 1]}–{_MONTHS[int(last) - 1]} periods"
    return BASIS_LABELS.get(basis, basis)


# --------------------------------------------------------------------------- objects


def source_label(source: Source) -> str:
    """``S15 · B``: a source id and its grade."""
    return f"{source.id} · {source.grade}" if source.grade else source.id


def _unique_sources(figures: Iterable[Figure]) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for figure in figures:
        seen.setdefault(figure.source.id, figure.source)
    return tuple(seen.values())


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

    @property
    def period_label(self) -> str:
        return dates.describe(self.period) or self.period

    @property
    def qualifier_class(self) -> str:
        return qualifier_class(self.qualifier)

    @property
    def sources(self) -> tuple[Source, ...]:
        return _unique_sources(self.figures)

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

    @property
    def title(self) -> str:
        return self.metric

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for p in self.points for f in p.figures)

    @property
    def sources(self) -> tuple[Source, ...]:
        return _sorted_sources(_unique_sources(self.figures))

    @property
    def periods(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.period for p in self.points))

    @property
    def bases(self) -> tuple[str, ...]:
        """The kinds of period, most points first."""
        counts = Counter(p.basis for p in self.points)
        return tuple(sorted(counts, key=lambda b: (-counts[b], b)))

    @property
    def converted(self) -> bool:
        return any(p.converted for p in self.points)

    @property
    def has_conflicts(self) -> bool:
        return any(p.conflict for p in self.points)

    def line(self, basis: str) -> tuple[Point, ...]:
        """The points joined by the line of one kind of period: conflicting values
        are left as separate points, unjoined."""
        return tuple(p for p in self.points if p.basis == basis and not p.conflict)


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: an item's value (figures) or a count of items (parks, events)."""

    label: str
    value: float
    label_zh: str = ""
    ref: ItemRef | None = None  # where a click goes
    items: tuple[RelatedItem, ...] = ()  # the items counted (a click offers them)
    figures: tuple[Figure, ...] = ()
    qualifier: str = ""
    period: str = ""
    position: float | None = None  # on a numeric axis (a year), else by order
    converted: bool = False
    conflict: bool = False
    highlight: bool = False  # the item whose page is shown

    @property
    def qualifier_class(self) -> str:
        return qualifier_class(self.qualifier)

    @property
    def period_label(self) -> str:
        return dates.describe(self.period) or (self.period or "no period given")

    @property
    def sources(self) -> tuple[Source, ...]:
        return _unique_sources(self.figures)

    @property
    def source_label(self) -> str:
        return ", ".join(source_label(s) for s in self.sources)

    @property
    def published(self) -> str:
        return self.figures[0].display_value if self.figures else format_number(self.value)

    @property
    def full_label(self) -> str:
        return f"{self.label} {self.label_zh}".strip()


FIGURES, COUNTS = "figures", "counts"


@dataclass(frozen=True, slots=True)
class BarSeries:
    """Bars of one chart: a metric across items, or counts (parks per kind …)."""

    title: str
    unit: str
    bars: tuple[Bar, ...]
    metric: str = ""
    kind: str = FIGURES  # FIGURES (bars carry figures) or COUNTS
    horizontal: bool = True
    ticks: tuple[tuple[float, str], ...] = ()  # category-axis labels, when not one per bar
    note: str = ""  # what the bars show, for the chooser and the caption

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for b in self.bars for f in b.figures)

    @property
    def sources(self) -> tuple[Source, ...]:
        return _sorted_sources(_unique_sources(self.figures))

    @property
    def converted(self) -> bool:
        return any(b.converted for b in self.bars)


Chart = Series | BarSeries


def _source_number(source: Source) -> tuple[int, str]:
    digits = source.id[1:]
    return (int(digits) if digits.isdigit() else 0, source.id)


def _sorted_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(sorted(sources, key=_source_number))


# --------------------------------------------------------------------------- time series


def _span(figure: Figure) -> dates.Span | None:
    if not figure.period:
        return None
    try:
        return dates.period(figure.period)
    except dates.PeriodError:
        return None


def _display_unit(figures: Sequence[Figure]) -> str:
    """The unit most figures use; on a tie, the unit of the latest figure."""
    counts = Counter(f.unit for f in figures)
    latest = max(figures, key=lambda f: (f.period_end, f.period_start, f.id))
    return max(counts, key=lambda u: (counts[u], u == latest.unit))


def _group_by_quantity(figures: Iterable[Figure]) -> dict[tuple, list[Figure]]:
    """Figures by subject, metric and convertible unit, in their given order."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        key = (figure.subject, figure.metric, unit_scale(figure.unit)[1])
        groups.setdefault(key, []).append(figure)
    return groups


def _points(figures: Sequence[Figure], unit: str) -> list[Point]:
    """Points of one subject's metric in ``unit``: agreeing figures merged, conflicting
    ones kept apart, ordered by time."""
    merged: dict[tuple, list[Figure]] = {}
    spans: dict[str, dates.Span] = {}
    values: dict[tuple, float] = {}
    for figure in figures:
        span = _span(figure)
        if span is None or figure.value is None or span.middle_year is None:
            continue
        value = convert(figure.value, figure.unit, unit)
        if value is None:
            continue
        spans[figure.period] = span
        key = (figure.period, qualifier_class(figure.qualifier), figure.qualifier, value)
        merged.setdefault(key, []).append(figure)
        values[key] = value
    per_period = Counter(key[0] for key in merged)
    points = []
    for key, group in merged.items():
        period = key[0]
        span = spans[period]
        start = _year_fraction(date.fromisoformat(span.start)) if span.start else None
        end = _year_fraction(date.fromisoformat(span.end) + timedelta(days=1)) if span.end else None
        points.append(
            Point(
                x=float(span.middle_year or 0.0),
                value=values[key],
                qualifier=group[0].qualifier,
                period=period,
                figures=tuple(group),
                basis=period_basis(span),
                x_start=start,
                x_end=end,
                conflict=per_period[period] > 1,
                converted=any(f.unit != unit for f in group),
            )
        )
    points.sort(key=lambda p: (p.x, p.figures[0].period_start, p.figures[0].period_end, p.value))
    return points


def time_series(figures: Iterable[Figure], min_periods: int = 2) -> list[Series]:
    """A series for each subject and metric published for ``min_periods`` or more
    periods, by metric name."""
    result = []
    for (subject, metric, _base), group in _group_by_quantity(figures).items():
        valued = [f for f in group if f.value is not None]
        if not valued:
            continue
        unit = _display_unit(valued)
        points = _points(group, unit)
        if len({p.period for p in points}) < min_periods:
            continue
        plotted = {f.id for p in points for f in p.figures}
        result.append(
            Series(
                metric=metric,
                unit=unit,
                points=tuple(points),
                subject=subject,
                subject_name=group[0].subject_name,
                not_plotted=tuple(f for f in group if f.id not in plotted),
            )
        )
    result.sort(key=lambda s: (s.metric.casefold(), s.unit, str(s.subject)))
    return result


def main_series_index(series: Sequence[Series]) -> int:
    """The series to show first: GDP when there is one, else the one with most points."""
    if not series:
        return -1
    for i, s in enumerate(series):
        if s.metric == "GDP":
            return i
    return max(range(len(series)), key=lambda i: (len(series[i].points), -i))


# --------------------------------------------------------------------------- comparisons


def _latest(figures: Sequence[Figure]) -> list[Figure]:
    """The figures of the latest period given (undated ones only when nothing is dated)."""
    dated = [f for f in figures if _span(f) is not None]
    pool = dated or list(figures)
    last = max(pool, key=lambda f: (f.period_end or f.period_start, f.period_start))
    return [f for f in pool if f.period == last.period]


def _bars_for_group(
    figures: Sequence[Figure],
    names: Mapping[ItemRef, tuple[str, str]],
    highlight: ItemRef | None,
) -> tuple[str, list[Bar]]:
    valued = [f for f in figures if f.value is not None]
    unit = _display_unit(valued)
    by_subject: dict[ItemRef, list[Figure]] = {}
    for figure in valued:
        by_subject.setdefault(figure.subject, []).append(figure)
    bars: list[Bar] = []
    for subject, own in by_subject.items():
        latest = _latest(own)
        merged: dict[tuple, list[Figure]] = {}
        for figure in latest:
            value = convert(figure.value or 0.0, figure.unit, unit)
            if value is None:
                continue
            merged.setdefault((figure.qualifier, value), []).append(figure)
        name, name_zh = names.get(subject, (own[0].subject_name or subject.id, ""))
        disputed = len(merged) > 1
        for (qualifier, value), group in merged.items():
            label = name
            if disputed:
                label = f"{name} ({', '.join(source_label(s) for s in _unique_sources(group))})"
            bars.append(
                Bar(
                    label=label,
                    value=value,
                    label_zh=name_zh,
                    ref=subject,
                    figures=tuple(group),
                    qualifier=qualifier,
                    period=group[0].period,
                    converted=any(f.unit != unit for f in group),
                    conflict=disputed,
                    highlight=subject == highlight,
                )
            )
    bars.sort(key=lambda b: (-b.value, b.label.casefold()))
    return unit, bars


def _comparisons(
    figures: Iterable[Figure],
    names: Mapping[ItemRef, tuple[str, str]],
    *,
    min_items: int = 2,
    highlight: ItemRef | None = None,
    note: str = "",
) -> list[BarSeries]:
    groups: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.value is None:
            continue
        groups.setdefault((figure.metric, unit_scale(figure.unit)[1]), []).append(figure)
    result = []
    for (metric, _base), group in groups.items():
        if highlight is not None and not any(f.subject == highlight for f in group):
            continue
        if len({f.subject for f in group}) < min_items:
            continue
        unit, bars = _bars_for_group(group, names, highlight)
        result.append(
            BarSeries(title=metric, unit=unit, bars=tuple(bars), metric=metric, note=note)
        )
    result.sort(key=lambda s: (s.metric.casefold(), s.unit))
    return result


def _names(item: object) -> tuple[str, str]:
    name = getattr(item, "name_en", "") or getattr(item, "title", "")
    return name, getattr(item, "name_zh", "")


def comparison(details: Sequence[Detail], min_items: int = 2) -> list[BarSeries]:
    """For each metric (and unit) that ``min_items`` or more of the items publish, a bar
    per item with its latest value, largest first."""
    names = {d.item.ref: _names(d.item) for d in details}
    figures = [f for d in details for f in d.figures]
    return _comparisons(
        figures, names, min_items=min_items, note="latest published value of each item"
    )


def comparisons_for(
    subject: ItemRef,
    figures: Sequence[Figure],
    peers: Iterable[Figure],
    names: Mapping[ItemRef, tuple[str, str]] | None = None,
) -> list[BarSeries]:
    """The subject's metrics that other items of the same kind also publish (``peers``,
    e.g. from ``Catalog.figures_for_metric``): the subject's bar is highlighted."""
    own_metrics = {f.metric for f in figures}
    pool = {f.id: f for f in figures}
    for figure in peers:
        if figure.metric in own_metrics and figure.subject.kind is subject.kind:
            pool.setdefault(figure.id, figure)
    return _comparisons(
        pool.values(),
        names or {},
        highlight=subject,
        note=f"compared with other {_plural(subject.kind)}",
    )


def peer_figures(
    figures: Sequence[Figure], figures_for_metric: Callable[[str], Iterable[Figure]]
) -> list[Figure]:
    """The figures other items publish for the metrics of ``figures``, fetched with
    ``figures_for_metric(metric)`` (``Catalog.figures_for_metric``)."""
    result: list[Figure] = []
    for metric in dict.fromkeys(f.metric for f in figures):
        result.extend(figures_for_metric(metric))
    return result


def _plural(kind: ItemKind) -> str:
    return {
        ItemKind.PARK: "parks and zones",
        ItemKind.ORGANIZATION: "organizations",
        ItemKind.PROJECT: "projects",
        ItemKind.PLACE: "places",
        ItemKind.INDUSTRY: "industries",
    }.get(kind, "items")


# --------------------------------------------------------------------------- dashboard


@dataclass(frozen=True, slots=True)
class DashboardData:
    """The first screen's charts, as plain values."""

    district: RelatedItem | None
    series: tuple[Series, ...]
    parks_by_kind: BarSeries
    parks_by_industry: BarSeries
    events_per_year: BarSeries


def _related(node: TreeNode) -> RelatedItem | None:
    if node.ref is None:
        return None
    return RelatedItem(node.ref, node.label, node.label_zh, node.detail)


def parks_by_kind(groups: Sequence[TreeNode], parks: Mapping[str, Sequence[TreeNode]]) -> BarSeries:
    """A bar per kind of park (the tree's groups by kind); a click offers its parks."""
    bars = []
    for group in groups:
        items = tuple(r for r in (_related(n) for n in parks.get(group.key, ())) if r)
        bars.append(Bar(label=group.label, value=float(group.count), items=items))
    return BarSeries("Parks and zones by kind", "parks", tuple(bars), kind=COUNTS)


def parks_by_industry(groups: Sequence[TreeNode], unlisted: Sequence[TreeNode] = ()) -> BarSeries:
    """A bar per industry (a click opens the industry), plus parks with none recorded."""
    bars = []
    for group in groups:
        if group.ref is not None:
            bars.append(
                Bar(
                    label=group.label,
                    value=float(group.count),
                    label_zh=group.label_zh,
                    ref=group.ref,
                )
            )
        elif group.count:
            items = tuple(r for r in (_related(n) for n in unlisted) if r)
            bars.append(Bar(label=group.label, value=float(group.count), items=items))
    return BarSeries("Parks and zones by industry", "parks", tuple(bars), kind=COUNTS)


def events_per_year(events: Iterable[Event], max_gap: int = 20) -> BarSeries:
    """Dated events counted by year. Years before the last gap of more than ``max_gap``
    years are counted together in one "earlier" bar, so that a county founded in 596
    does not squeeze the last forty years into a corner."""
    by_year: dict[int, list[Event]] = {}
    for event in events:
        try:
            year = int(event.date_start[:4])
        except ValueError:
            continue
        by_year.setdefault(year, []).append(event)
    if not by_year:
        return BarSeries("Events per year", "events", (), kind=COUNTS, horizontal=False)
    years = sorted(by_year)
    cut = 0
    for i in range(1, len(years)):
        if years[i] - years[i - 1] > max_gap:
            cut = i
    bars: list[Bar] = []
    ticks: list[tuple[float, str]] = []
    modern = years[cut:]
    if cut:
        early = [e for y in years[:cut] for e in by_year[y]]
        position = modern[0] - 3.0
        label = f"{years[0]}–{years[cut - 1]}"
        bars.append(
            Bar(label=label, value=float(len(early)), items=_event_items(early), position=position)
        )
        ticks.append((position, "earlier"))
    for year in modern:
        bars.append(
            Bar(
                label=str(year),
                value=float(len(by_year[year])),
                items=_event_items(by_year[year]),
                position=float(year),
            )
        )
    step = 5 if modern[-1] - modern[0] > 12 else 1
    first_tick = (modern[0] + step - 1) // step * step
    ticks += [(float(y), str(y)) for y in range(first_tick, modern[-1] + 1, step)]
    return BarSeries(
        "Events per year", "events", tuple(bars), kind=COUNTS, horizontal=False, ticks=tuple(ticks)
    )


def _event_items(events: Sequence[Event]) -> tuple[RelatedItem, ...]:
    return tuple(
        RelatedItem(ItemRef(ItemKind.EVENT, e.id), e.title_en, e.title_zh, e.date_label)
        for e in events
    )


def dashboard_data(catalog: Catalog) -> DashboardData:
    """Everything the first screen charts, read through the catalog's queries."""
    overview = catalog.overview()
    district = overview.district
    series: list[Series] = []
    district_item = None
    if district is not None:
        series = time_series(catalog.figures_for(district.ref))
        district_item = RelatedItem(district.ref, district.name_en, district.name_zh, "district")
    kinds = catalog.tree_groups(Grouping.KIND)
    parks = {g.key: catalog.tree_parks(Grouping.KIND, g.key) for g in kinds}
    industries = catalog.tree_groups(Grouping.INDUSTRY)
    unlisted = (
        catalog.tree_parks(Grouping.INDUSTRY, "")
        if any(g.ref is None and g.count for g in industries)
        else []
    )
    return DashboardData(
        district=district_item,
        series=tuple(series),
        parks_by_kind=parks_by_kind(kinds, parks),
        parks_by_industry=parks_by_industry(industries, unlisted),
        events_per_year=events_per_year(catalog.events()),
    )


# --------------------------------------------------------------------------- words


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
    if series.kind == COUNTS:
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


# --------------------------------------------------------------------------- CSV

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
