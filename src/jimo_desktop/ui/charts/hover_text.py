"""The words shown with a chart, in the user's language: hover text, chooser labels, footers.

Given a chart's plain values from ``chart_series`` (a ``Series`` and its ``Point``, a
``BarSeries`` and its ``Bar``), each function returns translated text for the charts to show:

- ``describe_point`` and ``describe_bar``: the hover lines of a point or a bar (value,
  qualifier, unit, period and every source, or what a count bar counts);
- ``sources_note``: the footer of a chart, under it; ``export_note`` the footer of its
  exported pictures, each source cited (publisher, date, title);
- ``chooser_label``: how a chart is listed in a panel's chooser;
- ``bar_name``: a bar's name, as the hover text and the category axis show it, and
  ``item_name``: an item's, as a count bar's hover text and its pop-up list show it (both
  names, in the order of the language: ``ordered_names``).

The sentences are translated in the ``HoverText`` context, counted ones with Qt's plural
forms (``%n``; the English forms are in ``jimo_explorer_en.ts``; the count is passed as a
bare name, as ``pyside6-lupdate`` skips a message whose count is an expression); the values
are put in by name. The core's words inside them (qualifier words, unit meanings, period
labels, what a count bar counts) come marked from the core and are translated with
``core_text``. Names, titles and metrics from the database are elided (``text_limits``)
before they go into a sentence. No QObject here: ``QCoreApplication.translate`` needs only the application.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from jimo_desktop import dates
from jimo_desktop.catalog import RelatedItem, Source
from jimo_desktop.chart_series import (
    EXACT,
    Bar,
    BarSeries,
    Chart,
    Point,
    Series,
    format_number,
    qualifier_words,
    unit_meaning,
    with_unit,
)
from jimo_desktop.chart_series.periods import basis_label
from jimo_desktop.items import Metric
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.ui.models.metric_words import metric_label, metric_note
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import core_text, ordered_names

# The kind of one period, for "Period: 2021 (full year)" (``chart_series.BASIS_LABELS``
# names the kinds in the plural, for the legend).
_PERIOD_KINDS = {
    "year": QT_TRANSLATE_NOOP("HoverText", "full year"),
    "years": QT_TRANSLATE_NOOP("HoverText", "multi-year period"),
    "half-year": QT_TRANSLATE_NOOP("HoverText", "half-year"),
    "quarter": QT_TRANSLATE_NOOP("HoverText", "quarter"),
    "month": QT_TRANSLATE_NOOP("HoverText", "month"),
    "day": QT_TRANSLATE_NOOP("HoverText", "single date"),
    "to-date": QT_TRANSLATE_NOOP("HoverText", "totals up to a date"),
    "from-date": QT_TRANSLATE_NOOP("HoverText", "periods from a date"),
    "span": QT_TRANSLATE_NOOP("HoverText", "other period"),
}
_MONTH_SPAN = QT_TRANSLATE_NOOP("HoverText", "{first}–{last} period")  # Jan–Sep period


_DISPUTE_LIMIT = 110  # characters of a dispute's description a hover shows


def _period_kind(basis: str) -> str:
    """A period's kind (``periods.period_basis``) in words: "full year", "Jan–Sep period"."""
    if basis.startswith("months:"):
        first, _, last = basis.removeprefix("months:").partition("-")
        months = dates.MONTHS
        return core_text(
            Message(_MONTH_SPAN, first=months[int(first) - 1], last=months[int(last) - 1])
        )
    return core_text(_PERIOD_KINDS.get(basis, basis))


def chart_metric(chart: Chart) -> str:
    """What a chart shows, in the user's language: the metric's label from the vocabulary
    (Chinese in Chinese), with the kind of period when not full years: "GDP · half-years"."""
    if isinstance(chart, BarSeries) and chart.measure is None:
        return core_text(chart.title)  # counts: parks by kind …
    name = metric_label(chart.measure or Metric(chart.metric))
    if isinstance(chart, Series) and chart.length != "year":
        return QCoreApplication.translate("HoverText", "{metric} · {periods}").format(
            metric=name, periods=core_text(basis_label(chart.length))
        )
    return name


def _named(title: str, unit: str) -> str:
    """A chart's title with its unit, when it has one and the title does not already say
    it: ``GDP (亿元)``, but ``Universities``, not "Universities (universities)"."""
    if not unit or unit == "rank" or unit.casefold() in title.casefold():
        return elided(title)
    return QCoreApplication.translate("HoverText", "{title} ({unit})").format(
        title=elided(title), unit=elided(unit)
    )


def _both(name_en: str, name_zh: str) -> str:
    first, second = ordered_names(name_en, name_zh)
    return f"{elided(first)} {elided(second)}".strip()


def bar_name(bar: Bar) -> str:
    """A bar's name in English (translated when the core marked it) and Chinese, in the
    order of the language."""
    return _both(core_text(bar.label), bar.label_zh)


def item_name(item: RelatedItem) -> str:
    """An item's two names, in the order of the language."""
    return _both(item.name, item.name_zh)


# --------------------------------------------------------------------------- hover


def _value_lines(unit: str, value: float, mark: Point | Bar) -> list[str]:
    """The value with its qualifier, as published, and the unit's meaning."""
    if unit == "rank":  # "No. 1", not "1 rank (exact)"
        shown = QCoreApplication.translate("HoverText", "No. {rank}").format(
            rank=format_number(value)
        )
    else:
        shown = elided(with_unit(format_number(value), unit))
    if mark.qualifier_class == EXACT and unit == "rank":
        lines = [shown]
    elif mark.qualifier_class == EXACT:
        lines = [QCoreApplication.translate("HoverText", "{value} (exact)").format(value=shown)]
    else:
        lines = [
            QCoreApplication.translate(
                "HoverText", "{words} {value} (qualifier “{qualifier}”: {words})"
            ).format(
                words=core_text(qualifier_words(mark.qualifier)),
                value=shown,
                qualifier=elided(mark.qualifier),
            )
        ]
    published = elided("; ".join(dict.fromkeys(f.display_value for f in mark.figures)))
    if mark.converted:
        lines.append(
            QCoreApplication.translate(
                "HoverText", "As published: {published} (converted to {unit} for this chart)"
            ).format(published=published, unit=elided(unit))
        )
    else:
        lines.append(
            QCoreApplication.translate("HoverText", "As published: {published}").format(
                published=published
            )
        )
    meaning = unit_meaning(unit)
    if meaning:
        lines.append(
            QCoreApplication.translate("HoverText", "{unit} = {meaning}").format(
                unit=elided(unit), meaning=core_text(meaning)
            )
        )
    return lines


def _source_lines(sources: Iterable[Source]) -> list[str]:
    line = QCoreApplication.translate("HoverText", "Source {id}, grade {grade}: {title}")
    return [
        line.format(id=elided(s.id), grade=elided(s.grade), title=elided(s.title)) for s in sources
    ]


def describe_point(series: Series, point: Point) -> list[str]:
    """Hover text for a point: value, unit, period, qualifier and every source."""
    period = elided(core_text(point.period_label))
    lines = [
        QCoreApplication.translate("HoverText", "{metric} · {period}").format(
            metric=elided(chart_metric(series)), period=period
        )
    ]
    lines += _value_lines(series.unit, point.value, point)
    lines.append(
        QCoreApplication.translate("HoverText", "Period: {period} ({kind})").format(
            period=period, kind=_period_kind(point.basis)
        )
    )
    lines += _source_lines(point.sources)
    dispute = point.dispute
    if dispute is not None:
        line = (
            QCoreApplication.translate("HoverText", "Disputed, not a trend: {why}")
            if dispute.kind == "disputed"
            else QCoreApplication.translate("HoverText", "Not comparable, not a trend: {why}")
        )
        # Its start: the hover is drawn inside the chart; the figures table gives it whole.
        lines.append(line.format(why=elided(dispute.description, _DISPUTE_LIMIT)))
    if point.conflict:
        lines.append(
            QCoreApplication.translate(
                "HoverText",
                "Sources disagree for this period: each value is shown with its source.",
            )
        )
    return lines


def describe_bar(series: BarSeries, bar: Bar, *, limit: int = 8) -> list[str]:
    """Hover text for a bar: the value with its period and sources, or what is counted."""
    if series.counts_items:
        lines = [
            QCoreApplication.translate("HoverText", "{name}: {count} {unit}").format(
                name=bar_name(bar), count=int(bar.value), unit=elided(core_text(series.unit))
            )
        ]
        names = [item_name(i) for i in bar.items]
        lines += names[:limit]
        more = len(names) - limit
        if more > 0:
            lines.append(QCoreApplication.translate("HoverText", "… and %n more", None, more))
        if bar.ref is not None:
            lines.append(QCoreApplication.translate("HoverText", "Click to open it."))
        elif bar.items:
            lines.append(QCoreApplication.translate("HoverText", "Click to choose one to open."))
        return lines
    lines = [
        QCoreApplication.translate("HoverText", "{name} · {metric}").format(
            name=bar_name(bar), metric=elided(chart_metric(series))
        )
    ]
    lines += _value_lines(series.unit, bar.value, bar)
    lines.append(
        QCoreApplication.translate("HoverText", "Period: {period} (the latest published)").format(
            period=elided(core_text(bar.period_label))
        )
    )
    lines += _source_lines(bar.sources)
    if bar.conflict:
        lines.append(
            QCoreApplication.translate("HoverText", "Sources disagree: each value has its own bar.")
        )
    return lines


# --------------------------------------------------------------------------- footer, chooser


def sources_note(chart: Chart) -> str:
    """The footer of a chart: its sources and what was converted or left out."""
    parts = []
    sources = chart.sources
    if sources:
        cited = elided(", ".join(f"{s.id} ({s.grade})" for s in sources), TEXT_LIMIT)
        parts.append(
            QCoreApplication.translate("HoverText", "Sources: {sources}").format(sources=cited)
        )
    return " · ".join(parts + _caveats(chart))


def export_note(chart: Chart) -> str:
    """The footer of a chart's exported pictures: ``sources_note`` with each source cited
    (publisher, date, title, with its grade and id), as a picture has no link to follow."""
    parts = []
    sources = chart.sources
    if sources:
        line = QCoreApplication.translate("HoverText", "{citation} (grade {grade}, {id})")
        cited = "; ".join(
            line.format(citation=elided(s.short_citation()), grade=elided(s.grade), id=s.id)
            for s in sources
        )
        parts.append(
            QCoreApplication.translate("HoverText", "Sources: {sources}").format(
                sources=elided(cited, TEXT_LIMIT)
            )
        )
    return " · ".join(parts + _caveats(chart))


def _caveats(chart: Chart) -> list[str]:
    """What a chart's footer says besides its sources: converted, left out."""
    parts = []
    if chart.converted:
        parts.append(QCoreApplication.translate("HoverText", "† converted from the published unit"))
    if chart.measure is not None and metric_note(chart.measure):
        parts.append(metric_note(chart.measure))
    if isinstance(chart, Series) and chart.other_periods:
        periods = ", ".join(
            dict.fromkeys(core_text(f.period_label) or f.period for f in chart.other_periods)
        )
        parts.append(
            QCoreApplication.translate(
                "HoverText", "not plotted, being of another period length: {periods}"
            ).format(periods=elided(periods))
        )
    if isinstance(chart, Series) and chart.doubtful:
        doubtful = len(chart.doubtful)
        parts.append(
            QCoreApplication.translate(
                "HoverText",
                "%n doubtful figure(s) not drawn (see the figures table)",
                None,
                doubtful,
            )
        )
    if isinstance(chart, Series) and chart.has_disputes:
        parts.append(
            QCoreApplication.translate(
                "HoverText", "boxed values are disputed or not comparable: not a trend"
            )
        )
    if isinstance(chart, BarSeries) and chart.left_out:
        count = chart.left_out
        parts.append(
            QCoreApplication.translate(
                "HoverText", "largest values only: %n more item(s) not shown", None, count
            )
        )
    if isinstance(chart, Series) and chart.not_plotted:
        left_out = len(chart.not_plotted)
        parts.append(
            QCoreApplication.translate(
                "HoverText", "%n figure(s) without period or value not plotted", None, left_out
            )
        )
    return parts


def chooser_label(chart: Chart) -> str:
    """How a chart is listed in a panel's chooser."""
    if isinstance(chart, Series):
        values = len(chart.points)
        return QCoreApplication.translate(
            "HoverText", "{name} — over time, %n value(s)", None, values
        ).format(name=_named(chart_metric(chart), chart.unit))
    items = len({b.ref or b.label for b in chart.bars})
    return QCoreApplication.translate(
        "HoverText", "{name} — %n item(s) compared", None, items
    ).format(name=_named(chart_metric(chart), core_text(chart.unit)))
