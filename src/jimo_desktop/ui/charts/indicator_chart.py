"""A metric over time: every published value as a point, in its period.

Exact values are filled circles; qualified ones are hollow and shaped by their qualifier
(▲ "more than", ▼ "up to", ◆ "about"), as the legend says. A grey bar under each point
shows the period it covers; a line joins values of the same kind of period (full years
with full years, half-years with half-years). Values that sources dispute for the same
period are ringed in red and labelled with their source, and are not joined; values of a
recorded dispute (``Point.disputed``: disputed or not comparable) are boxed with a dashed
line and never joined either, as the legend and the hover say.

The chart owns its plot items and updates them in ``set_series``; hovering moves one
label, clicking a point emits ``itemClicked(Point, QPoint)``; ``retranslate`` words the
title, axis and legend again from the series it holds. The title, axis label, source
labels and hover lines given to pyqtgraph are elided (``text_limits``).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QWidget

from jimo_desktop.chart_series import (
    ABOUT,
    CLASS_LABELS,
    EXACT,
    LESS,
    MORE,
    QUALIFIER_CLASSES,
    Point,
    Series,
    basis_label,
    format_number,
)
from jimo_desktop.ui.charts.chart_canvas import (
    ACCENT,
    CONFLICT,
    HOVER_DISTANCE,
    SPAN,
    ChartCanvas,
    ValueAxis,
    YearAxis,
)
from jimo_desktop.ui.charts.hover_text import (
    chart_metric,
    describe_point,
    export_note,
)
from jimo_desktop.ui.text_limits import elided, elided_lines
from jimo_desktop.ui.translations import core_text, unit_words

SYMBOLS = {EXACT: "o", MORE: "t1", LESS: "t", ABOUT: "d"}
_LABEL_ANCHOR = (-0.15, 0.5)  # a conflict label: right of its values, centred on them
SYMBOL_SIZE = 11
_LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)


class IndicatorChart(ChartCanvas):
    """Points of one ``Series`` over the years."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, bottom=YearAxis("bottom"), left=ValueAxis("left"))
        self.setObjectName("indicatorChart")
        self._series: Series | None = None
        self._given_title = ""  # the title set_series was given ("" = the metric)
        self._title = ""
        self.span_colour = SPAN  # of the period bars (a presentation's is darker)

        self._spans = pg.ErrorBarItem(beam=0, pen=pg.mkPen(SPAN, width=1))
        self._spans.setVisible(False)
        self.plot.addItem(self._spans)
        self._curves: dict[str, pg.PlotDataItem] = {}
        hollow = pg.mkBrush(self._background)
        self._scatters: dict[str, pg.ScatterPlotItem] = {}
        for cls in QUALIFIER_CLASSES:
            scatter = pg.ScatterPlotItem(
                symbol=SYMBOLS[cls],
                size=SYMBOL_SIZE,
                pen=pg.mkPen(ACCENT, width=1),
                brush=pg.mkBrush(ACCENT) if cls == EXACT else hollow,
            )
            scatter.setZValue(10)
            self.plot.addItem(scatter)
            self._scatters[cls] = scatter
        self._rings = pg.ScatterPlotItem(
            symbol="o", size=SYMBOL_SIZE + 9, pen=pg.mkPen(CONFLICT, width=1), brush=None
        )
        self._rings.setZValue(9)
        self.plot.addItem(self._rings)
        self._disputes = pg.ScatterPlotItem(symbol="s", size=SYMBOL_SIZE + 7, brush=None)
        self._disputes.setZValue(9)
        self.plot.addItem(self._disputes)
        self._labels: list[pg.TextItem] = []
        self._marks: list[pg.TextItem] = []
        self.apply_pens()
        self.plot.vb.sigTransformChanged.connect(self.separate_labels)

    def apply_pens(self) -> None:
        super().apply_pens()
        visible = self._spans.isVisible()
        self._spans.setData(pen=self.pen(getattr(self, "span_colour", SPAN)))
        self._spans.setVisible(visible)
        for scatter in self._scatters.values():
            scatter.setPen(self.pen(ACCENT))
            scatter.setSize(SYMBOL_SIZE * self.size_scale())
        self._rings.setPen(self.pen(CONFLICT))
        self._rings.setSize((SYMBOL_SIZE + 9) * self.size_scale())
        self._disputes.setPen(self.pen(CONFLICT, 1, Qt.PenStyle.DashLine))
        self._disputes.setSize((SYMBOL_SIZE + 7) * self.size_scale())
        self._set_curves(self._series)

    def apply_fonts(self) -> None:
        super().apply_fonts()
        self.plot.getAxis("left").label.setFont(self.text_font())
        for label in self._labels:
            label.setFont(self.text_font(0.9))
        for mark in self._marks:
            mark.setFont(self.text_font())
        self.separate_labels()

    # -- public -------------------------------------------------------------------------

    def series(self) -> Series | None:
        return self._series

    def set_series(self, series: Series | None, title: str = "") -> None:
        """Show ``series`` (None clears the chart), titled ``title`` or its metric."""
        self._series = series
        self._given_title = title
        self._hide_hover()
        points = series.points if series else ()
        self._set_spans(points)
        self._set_curves(series)
        self._set_scatters(points)
        self._set_conflicts(points)
        self._set_disputes(points)
        self._set_converted(points)
        self._set_words()
        self._set_home(points, series)
        self.separate_labels()

    def retitle(self, title: str) -> None:
        """A new title for the series shown ("" = its metric); the view stays."""
        self._given_title = title
        self._set_words()

    def retranslate(self) -> None:
        super().retranslate()
        self._set_words()

    def _set_words(self) -> None:
        """Title, axis label, legend and footer, from the series held."""
        series = self._series
        self._title = elided(self._given_title or (chart_metric(series) if series else ""))
        self.set_title(self._title)
        self._set_axes(series)
        self._fill_legend(series)
        self.set_footer(export_note(series) if series else "")

    def scatter(self, qualifier_class: str) -> pg.ScatterPlotItem:
        """The scatter item drawing one class of values (``EXACT``, ``MORE`` …)."""
        return self._scatters[qualifier_class]

    def curves(self) -> dict[str, pg.PlotDataItem]:
        """The visible lines, by kind of period."""
        return {b: c for b, c in self._curves.items() if c.isVisible()}

    def conflict_labels(self) -> list[str]:
        return [label.toPlainText() for label in self._labels if label.isVisible()]

    def legend_labels(self) -> list[str]:
        return [html.unescape(label.text) for _sample, label in self.legend.items]

    def point_pos(self, point: Point) -> QPointF:
        """A point's position in scene coordinates."""
        return self.scene_pos(point.x, point.value)

    # -- canvas hooks -------------------------------------------------------------------

    def item_at(self, scene_pos: QPointF) -> Point | None:
        if self._series is None:
            return None
        best: tuple[float, Point] | None = None
        for point in self._series.points:
            if not self._scatters[point.qualifier_class].isVisible():
                continue
            at = self.point_pos(point)
            distance = float(np.hypot(at.x() - scene_pos.x(), at.y() - scene_pos.y()))
            if distance <= HOVER_DISTANCE and (best is None or distance < best[0]):
                best = (distance, point)
        return best[1] if best else None

    def describe(self, item: object) -> list[str]:
        assert self._series is not None and isinstance(item, Point)
        return elided_lines(describe_point(self._series, item))

    def anchor_of(self, item: object) -> QPointF:
        assert isinstance(item, Point)
        return self.point_pos(item)

    # -- parts --------------------------------------------------------------------------

    def _set_axes(self, series: Series | None) -> None:
        self.plot.setLabel(
            "left", elided(unit_words(series.unit, series.unit_label)) if series else ""
        )
        rank = series is not None and series.unit == "rank"
        if rank:
            self.plot.setLabel("left", self.tr("rank (1 = first)"))
        self.plot.vb.invertY(rank)
        left = self.plot.getAxis("left")
        if isinstance(left, ValueAxis):
            left.set_whole(series is not None and series.integer)
        self.plot.getAxis("left").label.setFont(self.text_font())

    def _set_spans(self, points: tuple[Point, ...]) -> None:
        spanned = [p for p in points if p.x_start is not None and p.x_end is not None]
        if not spanned:
            self._spans.setVisible(False)
            return
        x = np.array([p.x for p in spanned], dtype=float)
        self._spans.setData(
            x=x,
            y=np.array([p.value for p in spanned], dtype=float),
            left=x - np.array([p.x_start for p in spanned], dtype=float),
            right=np.array([p.x_end for p in spanned], dtype=float) - x,
            top=None,
            bottom=None,
        )
        self._spans.setVisible(True)

    def _set_curves(self, series: Series | None) -> None:
        bases = series.bases if series else ()
        for index, basis in enumerate(bases):
            line = series.line(basis) if series else ()
            curve = self._curves.get(basis)
            if curve is None:
                curve = pg.PlotDataItem()
                self.plot.addItem(curve)
                self._curves[basis] = curve
            style = _LINE_STYLES[index % len(_LINE_STYLES)]
            curve.setPen(self.pen(ACCENT, 1.5, style))
            curve.setData(
                np.array([p.x for p in line], dtype=float),
                np.array([p.value for p in line], dtype=float),
            )
            curve.setVisible(len(line) >= 2)
        for basis, curve in self._curves.items():
            if basis not in bases:
                curve.setData([], [])
                curve.setVisible(False)

    def _set_scatters(self, points: tuple[Point, ...]) -> None:
        for cls, scatter in self._scatters.items():
            chosen = [p for p in points if p.qualifier_class == cls]
            scatter.setData(
                x=np.array([p.x for p in chosen], dtype=float),
                y=np.array([p.value for p in chosen], dtype=float),
                data=chosen,
            )
            scatter.setVisible(bool(chosen))

    def _set_conflicts(self, points: tuple[Point, ...]) -> None:
        """Ring each disputed value; one label per disputed period, beside its values,
        naming each value's source (two labels for one period would be drawn on top of
        each other), then labels moved apart where they still meet."""
        disputed = [p for p in points if p.conflict]
        self._rings.setData(
            x=np.array([p.x for p in disputed], dtype=float),
            y=np.array([p.value for p in disputed], dtype=float),
        )
        self._rings.setVisible(bool(disputed))
        by_period: dict[str, list[Point]] = {}
        for point in disputed:
            by_period.setdefault(point.period, []).append(point)
        groups = list(by_period.values())
        while len(self._labels) < len(groups):
            label = pg.TextItem(color=CONFLICT, anchor=_LABEL_ANCHOR)
            label.setFont(self.text_font(0.9))
            self.plot.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        for label, group in zip(self._labels, groups, strict=False):
            ordered = sorted(group, key=lambda p: -p.value)
            lines = [
                f"{format_number(p.value)}: {elided(p.source_label)}" if len(group) > 1 else
                elided(p.source_label)
                for p in ordered
            ]  # fmt: skip
            label.setText("\n".join(lines))
            label.setPos(ordered[0].x, sum(p.value for p in group) / len(group))
            label.setVisible(True)
        for label in self._labels[len(groups) :]:
            label.setVisible(False)

    def _set_disputes(self, points: tuple[Point, ...]) -> None:
        """Box each value of a recorded dispute (not joined by the line)."""
        boxed = [p for p in points if p.disputed]
        self._disputes.setData(
            x=np.array([p.x for p in boxed], dtype=float),
            y=np.array([p.value for p in boxed], dtype=float),
        )
        self._disputes.setVisible(bool(boxed))

    def disputed_points(self) -> int:
        """How many values are boxed as a dispute's."""
        return len(self._disputes.data) if self._disputes.isVisible() else 0

    def label_items(self) -> list[pg.TextItem]:
        """The conflict labels shown."""
        return [label for label in self._labels if label.isVisible()]

    def separate_labels(self) -> None:
        """Move labels that meet apart, each below the one before it, by measuring them
        where they are drawn (again whenever the view changes)."""
        if not self.isVisible() or self.plot.scene() is None:
            return  # being closed: nothing to measure
        placed: list[QRectF] = []
        for label in sorted(self.label_items(), key=lambda item: (item.pos().x(), -item.pos().y())):
            label.setAnchor(_LABEL_ANCHOR)
            for _ in range(len(placed) + 1):
                label.updateTransform(force=True)
                rect = label.sceneBoundingRect()
                hit = next((r for r in placed if r.intersects(rect)), None)
                if hit is None:
                    break
                shift = (hit.bottom() - rect.top() + 2.0) / max(rect.height(), 1.0)
                x, y = label.anchor.x(), label.anchor.y()
                label.setAnchor((x, y - shift))
            label.updateTransform(force=True)
            placed.append(label.sceneBoundingRect())

    def _set_converted(self, points: tuple[Point, ...]) -> None:
        """A † beside each value converted from its published unit (the footer says so)."""
        converted = [p for p in points if p.converted and not p.conflict]
        while len(self._marks) < len(converted):
            mark = pg.TextItem("†", color=self._foreground, anchor=(-0.6, 0.9))
            mark.setFont(self.text_font())
            self.plot.addItem(mark, ignoreBounds=True)
            self._marks.append(mark)
        for mark, point in zip(self._marks, converted, strict=False):
            mark.setPos(point.x, point.value)
            mark.setVisible(True)
        for mark in self._marks[len(converted) :]:
            mark.setVisible(False)

    def _fill_legend(self, series: Series | None) -> None:
        """Symbols first, then the lines (when periods of several kinds are joined),
        then the period bar and the dispute rings."""
        entries: list[tuple[pg.GraphicsObject, str]] = []
        if series is not None:
            for cls in QUALIFIER_CLASSES:
                if self._scatters[cls].isVisible():
                    entries.append((self._scatters[cls], core_text(CLASS_LABELS[cls])))
            lines = [b for b in series.bases if b in self._curves and self._curves[b].isVisible()]
            if lines and len(series.bases) > 1:
                entries += [(self._curves[b], core_text(basis_label(b))) for b in lines]
            if self._spans.isVisible():
                entries.append((self._spans, self.tr("period covered (point at its middle)")))
            if self._rings.isVisible():
                entries.append((self._rings, self.tr("sources disagree (labelled by source)")))
            if self._disputes.isVisible():
                entries.append(
                    (self._disputes, self.tr("disputed or not comparable: not a trend (hover)"))
                )
        self.set_legend(entries)

    def _set_home(self, points: tuple[Point, ...], series: Series | None) -> None:
        if not points:
            self.set_home(0.0, 1.0, 0.0, 1.0)
            return
        starts = [p.x_start if p.x_start is not None else p.x for p in points]
        ends = [p.x_end if p.x_end is not None else p.x for p in points]
        x0, x1 = min(starts), max(ends)
        pad = max(0.6, (x1 - x0) * 0.06)
        values = [p.value for p in points]
        low, high = min(values), max(values)
        if series is not None and series.unit == "rank":
            self.set_home(x0 - pad, x1 + pad, 0.5, high + 1.5)
            return
        if low >= 0:
            low = 0.0
        span = (high - low) or abs(high) or 1.0
        self.set_home(x0 - pad, x1 + pad, low - span * 0.02, high + span * 0.12)
