"""Bars: items compared on one metric, or counts of items. Nothing here imports Qt.

- ``comparison(details)``: given the catalog's ``Detail`` of the items compared, one
  ``BarSeries`` per metric (and unit) that several of them publish, a bar for each item's
  latest value, largest first.
- ``comparisons_for(subject, figures, peers)``: given an item's figures and those other
  items publish for the same metrics (``catalog.peers(ref)``: the items with the largest
  values, and how many publish one; or any list of figures), the item among the items of
  its kind, its own bar highlighted, and how many items the chart leaves out.

When the sources of an item's latest value disagree, each value keeps its own bar, labelled
with its sources. Count bars (parks by kind, events per year) are made in ``dashboard``.
``Chart`` is either kind of chart a panel shows: a ``Series`` or a ``BarSeries``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from jimo_desktop import dates
from jimo_desktop.chart_series.time_series import (
    Series,
    _display_unit,
    source_label,
)
from jimo_desktop.chart_series.units import (
    EXACT,
    convert,
    format_number,
    qualifier_class,
    unit_label,
    unit_scale,
    with_unit,
)
from jimo_desktop.figures import Peers, cited_sources, latest, sorted_sources
from jimo_desktop.items import (
    Detail,
    Figure,
    Item,
    ItemKind,
    ItemRef,
    Metric,
    NamedItem,
    RelatedItem,
    Source,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message

# --------------------------------------------------------------------------- objects

_NO_PERIOD = QT_TRANSLATE_NOOP("Chart", "no period given")
_LATEST_NOTE = QT_TRANSLATE_NOOP("Chart", "latest published value of each item")
_PEERS_NOTE = QT_TRANSLATE_NOOP("Chart", "compared with other {items}")
# The items of a kind, in words.
_PLURALS = {
    ItemKind.PARK: QT_TRANSLATE_NOOP("Chart", "parks and zones"),
    ItemKind.ORGANIZATION: QT_TRANSLATE_NOOP("Chart", "organizations"),
    ItemKind.PROJECT: QT_TRANSLATE_NOOP("Chart", "projects"),
    ItemKind.PLACE: QT_TRANSLATE_NOOP("Chart", "places"),
    ItemKind.INDUSTRY: QT_TRANSLATE_NOOP("Chart", "industries"),
}
_ITEMS = QT_TRANSLATE_NOOP("Chart", "items")


def plural(kind: ItemKind) -> str:
    """The items of ``kind``, in words: "parks and zones"."""
    return _PLURALS.get(kind, _ITEMS)


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
        return dates.describe(self.period) or (self.period or _NO_PERIOD)

    @property
    def sources(self) -> tuple[Source, ...]:
        return cited_sources(self.figures)

    @property
    def source_label(self) -> str:
        return ", ".join(source_label(s) for s in self.sources)

    @property
    def published(self) -> str:
        return self.figures[0].display_value if self.figures else format_number(self.value)

    def value_in(self, unit: str) -> str:
        """The bar's value in the axis' unit, with its qualifier's sign: ``~100 亿元``
        (the value as published goes in the hover text)."""
        sign = "" if self.qualifier_class == EXACT else self.qualifier.strip()
        return sign + with_unit(format_number(self.value), unit)


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
    measure: Metric | None = None  # the metric's vocabulary entry (figure bars)
    left_out: int = 0  # items that publish the metric but are not drawn (smaller values)

    @property
    def unit_label(self) -> str:
        return unit_label(self.unit)

    @property
    def integer(self) -> bool:
        """Whole numbers only (counts of items, ranks, counts in their own unit): the
        value axis ticks whole numbers."""
        if self.kind == COUNTS or self.unit == "rank":
            return True
        return self.measure is not None and self.measure.integer and unit_scale(self.unit)[0] == 1

    @property
    def counts_items(self) -> bool:
        """The bars count items (``COUNTS``) rather than carry figures."""
        return self.kind == COUNTS

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for b in self.bars for f in b.figures)

    @property
    def sources(self) -> tuple[Source, ...]:
        return sorted_sources(s for f in self.figures for s in f.sources)

    @property
    def converted(self) -> bool:
        return any(b.converted for b in self.bars)


Chart = Series | BarSeries


# --------------------------------------------------------------------------- comparisons


def _subject_bars(
    subject: ItemRef,
    figures: Sequence[Figure],
    unit: str,
    name: tuple[str, str],
    highlight: ItemRef | None,
) -> list[Bar]:
    """One item's latest value in ``unit``: one bar, or one per value when sources disagree."""
    merged: dict[tuple[str, float], list[Figure]] = {}
    for figure in latest(figures):
        value = convert(figure.value or 0.0, figure.unit, unit)
        if value is None:
            continue
        merged.setdefault((figure.qualifier, value), []).append(figure)
    label, label_zh = name
    disputed = len(merged) > 1
    return [
        Bar(
            label=f"{label} ({_source_labels(group)})" if disputed else label,
            value=value,
            label_zh=label_zh,
            ref=subject,
            figures=tuple(group),
            qualifier=qualifier,
            period=group[0].period,
            converted=any(f.unit != unit for f in group),
            conflict=disputed,
            highlight=subject == highlight,
        )
        for (qualifier, value), group in merged.items()
    ]


def _source_labels(figures: Iterable[Figure]) -> str:
    return ", ".join(source_label(s) for s in cited_sources(figures))


def _bars_for_group(
    figures: Sequence[Figure],
    names: Mapping[ItemRef, tuple[str, str]],
    highlight: ItemRef | None,
) -> tuple[str, list[Bar]]:
    """The unit and the bars of one metric: each item's latest value, largest first."""
    valued = [f for f in figures if f.value is not None]
    unit = _display_unit(valued)
    by_subject: dict[ItemRef, list[Figure]] = {}
    for figure in valued:
        by_subject.setdefault(figure.subject, []).append(figure)
    bars: list[Bar] = []
    for subject, own in by_subject.items():
        name = names.get(subject, (own[0].subject_name or subject.id, ""))
        bars += _subject_bars(subject, own, unit, name, highlight)
    bars.sort(key=lambda b: (-b.value, b.label.casefold()))
    return unit, bars


def _comparisons(
    figures: Iterable[Figure],
    names: Mapping[ItemRef, tuple[str, str]],
    *,
    min_items: int = 2,
    highlight: ItemRef | None = None,
    note: str = "",
    counts: Mapping[tuple[str, str], int] | None = None,
) -> list[BarSeries]:
    groups: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.value is None:
            continue
        groups.setdefault((figure.metric, unit_scale(figure.unit)[1]), []).append(figure)
    result = []
    for (metric, base), group in groups.items():
        if highlight is not None and not any(f.subject == highlight for f in group):
            continue
        subjects = len({f.subject for f in group})
        if subjects < min_items:
            continue
        unit, bars = _bars_for_group(group, names, highlight)
        published = (counts or {}).get((metric, base), subjects)
        result.append(
            BarSeries(
                title=metric,
                unit=unit,
                bars=tuple(bars),
                metric=metric,
                note=note,
                measure=group[0].measure,
                left_out=max(published - subjects, 0),
            )
        )
    result.sort(key=lambda s: (s.metric.casefold(), s.unit))
    return result


def _names(item: Item) -> tuple[str, str]:
    return item.display_name, item.name_zh if isinstance(item, NamedItem) else ""


def comparison(details: Sequence[Detail], min_items: int = 2) -> list[BarSeries]:
    """For each metric (and unit) that ``min_items`` or more of the items publish, a bar
    per item with its latest value, largest first."""
    names = {d.item.ref: _names(d.item) for d in details}
    figures = [f for d in details for f in d.figures]
    return _comparisons(figures, names, min_items=min_items, note=_LATEST_NOTE)


def comparisons_for(
    subject: ItemRef,
    figures: Sequence[Figure],
    peers: Iterable[Figure],
    names: Mapping[ItemRef, tuple[str, str]] | None = None,
) -> list[BarSeries]:
    """The subject's metrics that other items of the same kind also publish (``peers``:
    ``Catalog.peers``, or any figures): the subject's bar is highlighted. Given ``Peers``,
    each chart says how many of the items that publish its metric it leaves out."""
    own_metrics = {f.metric for f in figures}
    pool = {f.id: f for f in figures}
    for figure in peers:
        if figure.metric in own_metrics and figure.subject.kind is subject.kind:
            pool.setdefault(figure.id, figure)
    return _comparisons(
        pool.values(),
        names or {},
        highlight=subject,
        note=Message(_PEERS_NOTE, items=plural(subject.kind)),
        counts=peers.counts if isinstance(peers, Peers) else None,
    )


def peer_figures(
    figures: Sequence[Figure], figures_for_metric: Callable[[str], Iterable[Figure]]
) -> list[Figure]:
    """The figures other items publish for the metrics of ``figures``, fetched with
    ``figures_for_metric(metric)``: every one of them (a chart of an item asks the catalog
    for its ``peers`` instead, as many as it shows)."""
    result: list[Figure] = []
    for metric in dict.fromkeys(f.metric for f in figures):
        result.extend(figures_for_metric(metric))
    return result
