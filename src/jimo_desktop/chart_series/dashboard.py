"""The first screen's charts, as plain values: ``dashboard_data(catalog)`` reads them
through the catalog's queries into a ``DashboardData``. Nothing here imports Qt.

- the district's figures over time (``time_series``);
- ``parks_by_kind`` and ``parks_by_industry``: given the park tree's groups (``TreeNode``)
  and their parks, a count bar per group; a click opens the industry, or offers the parks;
- ``events_per_year``: given the catalog's events, a count bar per year, the distant past
  counted together in one "earlier" bar; a click offers the events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jimo_desktop.catalog import Grouping, TreeNode
from jimo_desktop.chart_series.bars import COUNTS, Bar, BarSeries
from jimo_desktop.chart_series.time_series import Series, time_series
from jimo_desktop.items import Event, ItemKind, ItemRef, RelatedItem
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from jimo_desktop.catalog import Catalog

_BY_KIND = QT_TRANSLATE_NOOP("Chart", "Parks and zones by kind")
_BY_INDUSTRY = QT_TRANSLATE_NOOP("Chart", "Parks and zones by industry")
_PER_YEAR = QT_TRANSLATE_NOOP("Chart", "Events per year")
_PARKS = QT_TRANSLATE_NOOP("Chart", "parks")  # what the bars count
_EVENTS = QT_TRANSLATE_NOOP("Chart", "events")
_EARLIER = QT_TRANSLATE_NOOP("Chart", "earlier")  # the bar of the years before the others


@dataclass(frozen=True, slots=True)
class DashboardData:
    """The first screen's charts, as plain values."""

    district: RelatedItem | None
    series: tuple[Series, ...]
    parks_by_kind: BarSeries
    parks_by_industry: BarSeries
    events_per_year: BarSeries


# --------------------------------------------------------------------------- parks


def _related(node: TreeNode) -> RelatedItem | None:
    if node.ref is None:
        return None
    return RelatedItem(node.ref, node.label, node.label_zh, node.detail)


def _related_items(nodes: Iterable[TreeNode]) -> tuple[RelatedItem, ...]:
    return tuple(r for r in (_related(n) for n in nodes) if r)


def parks_by_kind(groups: Sequence[TreeNode], parks: Mapping[str, Sequence[TreeNode]]) -> BarSeries:
    """A bar per kind of park (the tree's groups by kind); a click offers its parks."""
    bars = []
    for group in groups:
        items = _related_items(parks.get(group.key, ()))
        bars.append(Bar(label=group.label, value=float(group.count), items=items))
    return BarSeries(_BY_KIND, _PARKS, tuple(bars), kind=COUNTS)


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
            items = _related_items(unlisted)
            bars.append(Bar(label=group.label, value=float(group.count), items=items))
    return BarSeries(_BY_INDUSTRY, _PARKS, tuple(bars), kind=COUNTS)


# --------------------------------------------------------------------------- events


def _events_by_year(events: Iterable[Event]) -> dict[int, list[Event]]:
    """Dated events by the year they start; undated ones are left out."""
    by_year: dict[int, list[Event]] = {}
    for event in events:
        try:
            year = int(event.date_start[:4])
        except ValueError:
            continue
        by_year.setdefault(year, []).append(event)
    return by_year


def _last_gap(years: Sequence[int], max_gap: int) -> int:
    """The index of the first year after the last gap of more than ``max_gap`` years."""
    cut = 0
    for i in range(1, len(years)):
        if years[i] - years[i - 1] > max_gap:
            cut = i
    return cut


def _event_items(events: Sequence[Event]) -> tuple[RelatedItem, ...]:
    return tuple(
        RelatedItem(ItemRef(ItemKind.EVENT, e.id), e.title_en, e.title_zh, e.date_label)
        for e in events
    )


def events_per_year(events: Iterable[Event], max_gap: int = 20) -> BarSeries:
    """Dated events counted by year. Years before the last gap of more than ``max_gap``
    years are counted together in one "earlier" bar, so that a county founded in 596
    does not squeeze the last forty years into a corner."""
    by_year = _events_by_year(events)
    if not by_year:
        return BarSeries(_PER_YEAR, _EVENTS, (), kind=COUNTS, horizontal=False)
    years = sorted(by_year)
    cut = _last_gap(years, max_gap)
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
        ticks.append((position, _EARLIER))
    for year in modern:
        bars.append(
            Bar(
                label=str(year),
                value=float(len(by_year[year])),
                items=_event_items(by_year[year]),
                position=float(year),
            )
        )
    ticks += _year_ticks(modern[0], modern[-1])
    return BarSeries(
        _PER_YEAR, _EVENTS, tuple(bars), kind=COUNTS, horizontal=False, ticks=tuple(ticks)
    )


def _year_ticks(first: int, last: int) -> list[tuple[float, str]]:
    """Axis labels from ``first`` to ``last``: every year, or every fifth over a long span."""
    step = 5 if last - first > 12 else 1
    first_tick = (first + step - 1) // step * step
    return [(float(y), str(y)) for y in range(first_tick, last + 1, step)]


# --------------------------------------------------------------------------- the first screen


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
