"""Bars: items compared on one metric, or counts (parks by kind, events per year).

Exact values are filled bars; qualified ones ("more than", "about") are pale with a
dashed outline, and the item whose page is open is drawn in amber. Each bar's value (in
the axis' unit, with its qualifier; a † marks a value converted from its published unit)
is written in line with it on the axis opposite its name: the right axis of horizontal
bars, the top axis of vertical ones. One axis writes all the values (not an item per
bar), so that a chart of many bars costs one set of ticks.
Horizontal bars list items top to bottom with their names on the left axis; vertical
bars stand on a numeric axis (years).

The chart owns its bar items and updates them in ``set_series``; hovering moves one
label, clicking a bar (or its row) emits ``itemClicked(Bar, QPoint)``; ``retranslate``
words the title, names, axes, values and legend again from the series it holds (names in
the order of the language). The title, ticks and hover lines given to pyqtgraph are
elided (``text_limits``); the names come elided from ``hover_text.bar_name``.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from jimo_desktop.chart_series import (
    COUNTS,
    EXACT,
    Bar,
    BarSeries,
    format_number,
)
from jimo_desktop.ui.charts.chart_canvas import ACCENT, HIGHLIGHT, ChartCanvas, ValueAxis
from jimo_desktop.ui.charts.hover_text import (
    bar_name,
    chart_metric,
    describe_bar,
    export_note,
)
from jimo_desktop.ui.text_limits import elided, elided_lines
from jimo_desktop.ui.translations import core_text, unit_words

BAR_THICKNESS = 0.62
LABEL_SHARE = 0.45  # of the chart's width, at most, for item names on the axis

EXACT_BARS, QUALIFIED_BARS, HIGHLIGHTED_BARS = "exact", "qualified", "highlighted"


def _pale(colour: QColor) -> QColor:
    pale = QColor(colour)
    pale.setAlpha(60)
    return pale


def _style(dashed: bool) -> Qt.PenStyle:
    return Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine


def short_label(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class BarChart(ChartCanvas):
    """The bars of one ``BarSeries``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, bottom=ValueAxis("bottom"), left=ValueAxis("left"))
        self.setObjectName("comparisonChart")
        self._series: BarSeries | None = None
        self._given_title = ""  # the title set_series was given ("" = the series')
        self._positions: list[float] = []
        self._thickness = BAR_THICKNESS
        self.plot.setMouseEnabled(x=True, y=False)
        self._items: dict[str, pg.BarGraphItem] = {}
        for name, colour in (
            (EXACT_BARS, ACCENT),
            (QUALIFIED_BARS, ACCENT),
            (HIGHLIGHTED_BARS, HIGHLIGHT),
        ):
            qualified = name == QUALIFIED_BARS
            item = pg.BarGraphItem(
                x0=[0.0],
                y=[0.0],
                height=[0.0],
                width=[0.0],
                brush=_pale(colour) if qualified else colour,
                pen=pg.mkPen(
                    colour,
                    width=1,
                    style=Qt.PenStyle.DashLine if qualified else Qt.PenStyle.SolidLine,
                ),
            )
            item.setVisible(False)
            self.plot.addItem(item)
            self._items[name] = item
        self._drawn: dict[str, list[Bar]] = {name: [] for name in self._items}
        self._ticks: list[tuple[float, str]] = []
        self._values: list[tuple[float, str]] = []  # the value ticks, by bar position
        for name in ("right", "top"):
            self.plot.getAxis(name).setStyle(tickLength=0, maxTickLevel=0)
        self.apply_pens()

    def apply_pens(self) -> None:
        super().apply_pens()
        for name, item in self._items.items():
            colour = HIGHLIGHT if name == HIGHLIGHTED_BARS else ACCENT
            dashed = name == QUALIFIED_BARS
            item.setOpts(pen=self.pen(colour, 1.0, _style(dashed)))
        for name in ("right", "top"):  # the values' axes: words, no line
            self.plot.getAxis(name).setPen(pg.mkPen(None))
        if self._series is not None:
            self._set_bars(self._series)

    def apply_fonts(self) -> None:
        super().apply_fonts()
        for name in ("left", "bottom"):
            self.plot.getAxis(name).label.setFont(self.text_font())
        self._apply_ticks()
        self._size_value_axis()

    # -- public -------------------------------------------------------------------------

    def series(self) -> BarSeries | None:
        return self._series

    def set_series(self, series: BarSeries | None, title: str = "") -> None:
        """Show ``series`` (None clears the chart), titled ``title`` or its title."""
        self._series = series
        self._given_title = title
        self._hide_hover()
        bars = series.bars if series else ()
        horizontal = series.horizontal if series else True
        self._positions = self._layout_positions(series)
        self._thickness = BAR_THICKNESS if horizontal else 0.8
        # Counts are read whole, at a glance: no dragging or zooming them out of view.
        counts = series is not None and series.kind == COUNTS
        self.plot.setMouseEnabled(x=not counts, y=False)
        self._set_bars(series)
        self._set_words()
        self._set_home(bars, horizontal)

    def retitle(self, title: str) -> None:
        """A new title for the series shown ("" = its own); the view stays."""
        self._given_title = title
        self.set_title(self._title_text())

    def retranslate(self) -> None:
        super().retranslate()
        self._set_words()

    def _title_text(self) -> str:
        series = self._series
        return elided(self._given_title or (chart_metric(series) if series else ""))

    def _set_words(self) -> None:
        """Title, legend, axes (the bars' names), value labels and footer, from the
        series held."""
        series = self._series
        self.set_title(self._title_text())
        self._fill_legend(series)
        self._set_value_labels(series)  # first: the names get the room the values leave
        self._set_axes(series)
        self.set_footer(export_note(series) if series and series.kind != COUNTS else "")

    def bar_item(self, name: str) -> pg.BarGraphItem:
        """The item drawing ``EXACT_BARS``, ``QUALIFIED_BARS`` or ``HIGHLIGHTED_BARS``."""
        return self._items[name]

    def bars_drawn(self, name: str) -> list[Bar]:
        """The bars one item draws (in drawing order)."""
        return list(self._drawn[name]) if self._items[name].isVisible() else []

    def value_labels(self) -> list[str]:
        """The values written beside the bars, in the order of the bars."""
        return [text for _position, text in self._values]

    def value_axis(self) -> pg.AxisItem:
        """The axis that writes the bars' values (right of horizontal bars, above
        vertical ones)."""
        return self.plot.getAxis("right" if self._horizontal() else "top")

    def category_labels(self) -> list[str]:
        return [text for _position, text in self._ticks]

    def legend_labels(self) -> list[str]:
        return [html.unescape(label.text) for _sample, label in self.legend.items]

    def bar_pos(self, bar: Bar) -> QPointF:
        """The middle of a bar, in scene coordinates."""
        assert self._series is not None
        index = self._series.bars.index(bar)
        position = self._positions[index]
        if self._horizontal():
            return self.scene_pos(bar.value / 2, position)
        return self.scene_pos(position, bar.value / 2)

    # -- canvas hooks -------------------------------------------------------------------

    def item_at(self, scene_pos: QPointF) -> Bar | None:
        if self._series is None or not self._series.bars:
            return None
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        view = self.plot.vb.mapSceneToView(scene_pos)
        along = view.y() if self._horizontal() else view.x()
        for bar, position in zip(self._series.bars, self._positions, strict=True):
            if abs(along - position) <= self._thickness / 2:
                return bar
        return None

    def describe(self, item: object) -> list[str]:
        assert self._series is not None and isinstance(item, Bar)
        return elided_lines(describe_bar(self._series, item))

    def anchor_of(self, item: object) -> QPointF:
        assert self._series is not None and isinstance(item, Bar)
        position = self._positions[self._series.bars.index(item)]
        if self._horizontal():
            return self.scene_pos(item.value, position)
        return self.scene_pos(position, item.value)

    # -- parts --------------------------------------------------------------------------

    def _horizontal(self) -> bool:
        return self._series.horizontal if self._series else True

    @staticmethod
    def _layout_positions(series: BarSeries | None) -> list[float]:
        if series is None:
            return []
        count = len(series.bars)
        if series.horizontal:
            return [float(count - 1 - i) for i in range(count)]  # first bar on top
        return [
            b.position if b.position is not None else float(i) for i, b in enumerate(series.bars)
        ]

    def _set_bars(self, series: BarSeries | None) -> None:
        groups: dict[str, list[int]] = {EXACT_BARS: [], QUALIFIED_BARS: [], HIGHLIGHTED_BARS: []}
        bars = series.bars if series else ()
        for index, bar in enumerate(bars):
            if bar.highlight:
                groups[HIGHLIGHTED_BARS].append(index)
            elif bar.qualifier_class == EXACT:
                groups[EXACT_BARS].append(index)
            else:
                groups[QUALIFIED_BARS].append(index)
        horizontal = self._horizontal()
        for name, indexes in groups.items():
            item = self._items[name]
            self._drawn[name] = [bars[i] for i in indexes]
            if not indexes:
                item.setVisible(False)
                continue
            positions = np.array([self._positions[i] for i in indexes], dtype=float)
            values = np.array([bars[i].value for i in indexes], dtype=float)
            thickness = np.full(len(indexes), self._thickness)
            extra = {}
            if name == HIGHLIGHTED_BARS:
                extra["brushes"] = [
                    HIGHLIGHT if bars[i].qualifier_class == EXACT else _pale(HIGHLIGHT)
                    for i in indexes
                ]
                extra["pens"] = [
                    self.pen(HIGHLIGHT, 1.0, _style(bars[i].qualifier_class != EXACT))
                    for i in indexes
                ]
            if horizontal:
                item.setOpts(
                    x0=np.zeros(len(indexes)),
                    y=positions,
                    height=thickness,
                    width=values,
                    x=None,
                    y0=None,
                    **extra,
                )
            else:
                item.setOpts(
                    x=positions,
                    y0=np.zeros(len(indexes)),
                    width=thickness,
                    height=values,
                    x0=None,
                    y=None,
                    **extra,
                )
            item.setVisible(True)

    def _fill_legend(self, series: BarSeries | None) -> None:
        """What each kind of bar drawn means (none for counts)."""
        labels = {
            EXACT_BARS: self.tr("exact value"),
            QUALIFIED_BARS: self.tr("qualified value (more than, about …)"),
            HIGHLIGHTED_BARS: self.tr("this item"),
        }
        counts = series is None or series.kind == COUNTS
        self.set_legend(
            []
            if counts
            else [(self._items[name], labels[name]) for name, drawn in self._drawn.items() if drawn]
        )

    def _set_axes(self, series: BarSeries | None) -> None:
        horizontal = self._horizontal()
        value_axis = self.plot.getAxis("bottom" if horizontal else "left")
        category_axis = self.plot.getAxis("left" if horizontal else "bottom")
        value_axis.setTicks(None)
        if isinstance(value_axis, ValueAxis):
            value_axis.set_whole(series is not None and series.integer)
        if isinstance(category_axis, ValueAxis):
            category_axis.set_whole(False)
        self._ticks = []
        if series is None:
            category_axis.setTicks(None)
            self.plot.setLabel("bottom", "")
            self.plot.setLabel("left", "")
            return
        self._apply_ticks()
        self.plot.setLabel(
            "bottom" if horizontal else "left", elided(unit_words(series.unit, series.unit_label))
        )
        self.plot.setLabel("left" if horizontal else "bottom", "")
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.25)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).label.setFont(self.text_font())

    def fit_to_width(self, width: float | None = None) -> None:
        super().fit_to_width(width)
        self._apply_ticks(width)

    def _apply_ticks(self, width: float | None = None) -> None:
        """Name the bars on the category axis, shortened to fit the chart's width (the
        hover label has the full names)."""
        series = getattr(self, "_series", None)  # None while being built
        if series is None:
            return
        if series.ticks:
            ticks = [(position, elided(core_text(text))) for position, text in series.ticks]
        else:
            metrics = QFontMetrics(self.text_font())
            whole = (self.width() if width is None else width) - self._value_axis_width()
            room = max(80, int(whole * LABEL_SHARE))
            ticks = [
                (position, metrics.elidedText(bar_name(bar), Qt.TextElideMode.ElideRight, room))
                for bar, position in zip(series.bars, self._positions, strict=True)
            ]
        self._ticks = ticks
        axis = self.plot.getAxis("left" if self._horizontal() else "bottom")
        axis.setTicks([ticks, []])
        if self._horizontal():
            # Wide enough for the names at once (pyqtgraph would widen it a frame later).
            metrics = QFontMetrics(self.text_font())
            widest = max((metrics.horizontalAdvance(text) for _p, text in ticks), default=0)
            axis.setWidth(widest + 14)
        else:
            self.plot.getAxis("left").setWidth(None)

    def _set_value_labels(self, series: BarSeries | None) -> None:
        values = []
        for bar, position in zip(series.bars if series else (), self._positions, strict=False):
            if series is not None and series.kind == COUNTS:
                text = format_number(bar.value)
            else:  # in the axis' unit; the hover has it as published
                assert series is not None
                text = bar.value_in(series.unit) + (" †" if bar.converted else "")
            values.append((position, short_label(text, 34)))
        self._values = values
        horizontal = self._horizontal()
        shown, hidden = ("right", "top") if horizontal else ("top", "right")
        self.plot.hideAxis(hidden)
        self.plot.getAxis(hidden).setTicks(None)
        if not values:
            self.plot.hideAxis(shown)
            return
        axis = self.plot.getAxis(shown)
        axis.setTicks([values, []])
        self.plot.showAxis(shown)
        self._size_value_axis()

    def _value_axis_width(self) -> int:
        """The width the values take on the right of horizontal bars (0 for none)."""
        values = getattr(self, "_values", None)  # None while being built
        if not values or not self._horizontal():
            return 0
        metrics = QFontMetrics(self.text_font())
        return max(metrics.horizontalAdvance(text) for _p, text in values) + 12

    def _size_value_axis(self) -> None:
        """The right axis as wide as the widest value (pyqtgraph would widen it a frame
        later)."""
        width = self._value_axis_width()
        if width:
            self.plot.getAxis("right").setWidth(width)

    def _set_home(self, bars: tuple[Bar, ...], horizontal: bool) -> None:
        if not bars:
            self.set_home(0.0, 1.0, 0.0, 1.0)
            return
        high = max(max(b.value for b in bars), 0.0) or 1.0
        low = min(min(b.value for b in bars), 0.0)
        lo_pos, hi_pos = min(self._positions), max(self._positions)
        half = self._thickness / 2 + 0.2
        if horizontal:
            self.set_home(low, high * 1.04, lo_pos - half, hi_pos + half)
        else:
            # Room on the left for the first tick label ("earlier").
            self.set_home(lo_pos - half - 1.6, hi_pos + half + 0.6, low, high * 1.06)
