"""The drawing surface the charts share: one pyqtgraph plot with a title, a legend and a
source line below it, a hover label, palette colours, Chinese-capable fonts, and export
to PNG and SVG (through ``svg_fixes``, which makes any text XML-safe where the SVG is
written), atomically with ``safe_write`` (a refused target is an ``OSError``). Importing this module imports pyqtgraph: only chart modules do.

A chart subclass owns its plot items and updates them in ``set_series``; it tells the
canvas what lies under the pointer (``item_at``) and how to describe it (``describe``).
The canvas shows one hover label and moves it, it never redraws the plot on hover.
When the interface's language changes, a chart words itself again from the series it
holds (``retranslate``: title, axes, legend, footer), without resetting its view; hover
text is worded when it is shown.

Signals:
    itemClicked(object, QPoint): the user clicked a point or bar (the chart's own
        object) at a global screen position.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from jimo_desktop.chart_series import whole_tick_spacing
from jimo_desktop.safe_write import write_atomic
from jimo_desktop.ui import zoom
from jimo_desktop.ui.charts.chart_fonts import chart_font, point_size
from jimo_desktop.ui.charts.legend_sample import SIDE, ScaledSample
from jimo_desktop.ui.charts.svg_fixes import svg_fixes
from jimo_desktop.ui.translations import is_language_change

# Series colours that read on light and dark backgrounds alike.
ACCENT = QColor("#1f6fb2")
HIGHLIGHT = QColor("#e08a00")
CONFLICT = QColor("#c62828")
SPAN = QColor(110, 110, 110, 190)

_FONT_CHANGES = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
TITLE_MARGIN = 40  # pixels of the chart's width beside its title and axis (margins)
HOVER_DISTANCE = 14  # pixels: how near the pointer must be to a point
EXPORT_SIZE = (1100, 640)  # the layout of exported pictures, in pixels at scale 1
EXPORT_SCALE = 2  # PNG pixels per layout pixel: sharp on slides and in print


class ValueAxis(pg.AxisItem):
    """A numeric axis with thousands separators and no SI prefixes (they would clash
    with units such as 亿元). ``set_whole(True)``: whole numbers only (ranks, counts), at a
    whole spacing (``whole_tick_spacing``), never "1.5"."""

    def __init__(self, orientation: str, **kwargs: object):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self._whole = False

    def set_whole(self, whole: bool) -> None:
        if whole != self._whole:
            self._whole = whole
            self.picture = None
            self.update()

    def whole(self) -> bool:
        return self._whole

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        if not self._whole:
            return super().tickSpacing(minVal, maxVal, size)
        most = max(2, int(size / 60)) if size else 6
        return [(whole_tick_spacing(minVal, maxVal, most), 0.0)]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        if not self._whole:
            return levels
        return [
            (spacing, [v for v in values if abs(v - round(v)) < 1e-9]) for spacing, values in levels
        ]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if self._whole:
            return [f"{round(v * scale):,}" for v in values]
        places = max(0, -int(f"{spacing * scale:e}".split("e")[1])) if spacing else 0
        return [f"{v * scale:,.{min(places, 4)}f}" for v in values]


class YearAxis(pg.AxisItem):
    """A time axis in fractional years, labelled with whole years only."""

    def __init__(self, orientation: str = "bottom", **kwargs: object):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickSpacing(minVal, maxVal, size)
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


class ChartCanvas(pg.GraphicsLayoutWidget):
    """One plot with title, legend and footer; hover label; PNG and SVG export."""

    itemClicked = Signal(object, QPoint)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bottom: pg.AxisItem | None = None,
        left: pg.AxisItem | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self.text_scale = 1.0  # of the chart's words and lines (``set_text_scale``)
        self._shown_title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        palette = self.palette()
        self._background = palette.color(QPalette.ColorRole.Base)
        self._foreground = palette.color(QPalette.ColorRole.Text)
        self.setBackground(self._background)
        self.ci.setContentsMargins(8, 8, 12, 6)

        self.plot: pg.PlotItem = self.ci.addPlot(
            row=0,
            col=0,
            axisItems={
                "bottom": bottom or ValueAxis("bottom"),
                "left": left or ValueAxis("left"),
            },
        )
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.titleLabel.item.setFont(self.text_font(1.15, bold=True))
        for name in ("bottom", "left", "top", "right"):
            axis = self.plot.getAxis(name)
            axis.setTextPen(pg.mkPen(self._foreground))
            axis.setStyle(tickFont=self.text_font())
            axis.label.setFont(self.text_font())
        # Grid lines at the labelled ticks only: minor lines would hatch the plot.
        self.plot.getAxis("left").setStyle(maxTickLevel=0)
        self.plot.getAxis("bottom").setStyle(maxTickLevel=0)
        # "A" (auto-range, shown in the corner on hover) goes back to the home view.
        self.plot.autoBtn.clicked.disconnect()
        self.plot.autoBtn.clicked.connect(self.reset_view)
        self._canvas_words()
        self._home: tuple[float, float, float, float] | None = None

        self.legend = pg.LegendItem(
            colCount=4,
            labelTextColor=self._foreground,
            labelTextSize=self.text_size(),
            sampleType=ScaledSample,  # its symbols as large as the chart's (zoom, room)
        )
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._legend_names: dict[int, str] = {}  # each label's whole name (drawn shortened)
        # pyqtgraph keeps legends unscaled (for legends floating in a plot); this one is
        # laid out below the plot and must scale with exported pictures.
        self.legend.setFlag(self.legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.ci.addItem(self.legend, row=1, col=0)
        self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)

        # The sources line goes into exported pictures; on screen the panel shows it
        # under the chart, where it takes no room from the plot.
        self.footer = pg.LabelItem(
            "", justify="left", color=self._foreground, size=self.text_size(0.9)
        )
        self.footer.item.setFont(self.text_font(0.9))
        self._footer_text = ""

        self._hover = pg.TextItem(
            anchor=(0, 0),
            fill=pg.mkBrush(palette.color(QPalette.ColorRole.ToolTipBase)),
            border=pg.mkPen(palette.color(QPalette.ColorRole.Mid), width=1),
            color=palette.color(QPalette.ColorRole.ToolTipText),
        )
        self._hover.setFont(self.text_font())
        self._hover.setTextWidth(340)
        self._hover.setZValue(1000)
        self._hover.hide()
        self.scene().addItem(self._hover)
        self._hovered: object | None = None
        self._hover_lines: list[str] = []

        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        ChartCanvas.apply_pens(self)  # the subclasses apply theirs when built

    # -- pens ---------------------------------------------------------------------------

    def pen_scale(self) -> float:
        """Device pixels per layout pixel, times the zoom (``size_scale``): a 1-pixel line is
        this wide, never a hairline on a high-density screen (pyqtgraph's pens are
        cosmetic, in device pixels)."""
        return max(1.0, float(self.devicePixelRatioF())) * self.size_scale()

    def size_scale(self) -> float:
        """How much larger than at 100 % lines and markers are drawn: the interface's zoom
        times the chart's own ``text_scale``."""
        return zoom.factor() * self.text_scale

    # -- fonts --------------------------------------------------------------------------

    def text_font(self, scale: float = 1.0, *, bold: bool = False) -> QFont:
        """The chart font (the application's, so zoomed with it) ``scale`` times as large,
        times the chart's ``text_scale``."""
        return chart_font(scale * self.text_scale, bold=bold)

    def text_size(self, scale: float = 1.0) -> str:
        """``text_font``'s size as pyqtgraph's ``size`` option."""
        return point_size(scale * self.text_scale)

    def set_text_scale(self, scale: float) -> None:
        """Words, lines and markers ``scale`` times their usual size (a chart shown to a
        room); applied at once."""
        self.text_scale = scale
        self.apply_fonts()

    def apply_fonts(self) -> None:
        """Every word of the chart in the font of now (the zoom or ``text_scale``
        changed), and the pens and markers at their size; subclasses add their words."""
        self.plot.titleLabel.item.setFont(self.text_font(1.15, bold=True))
        if self._shown_title:
            self.set_title(self._shown_title)
        for name in ("bottom", "left", "top", "right"):
            axis = self.plot.getAxis(name)
            axis.label.setFont(self.text_font())
            axis.setStyle(tickFont=self.text_font())
        self.legend.opts["labelTextSize"] = self.text_size()
        entries = [(sample.item, html.unescape(label.text)) for sample, label in self.legend.items]
        self.legend.clear()
        self.set_legend(entries)
        self.footer.opts["size"] = self.text_size(0.9)
        self.footer.item.setFont(self.text_font(0.9))
        self._hover.setFont(self.text_font())
        self.apply_pens()
        self.fit_to_width()

    def pen(
        self, colour: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> Any:
        """A pen ``width`` layout pixels wide at the screen's pixel ratio."""
        return pg.mkPen(colour, width=width * self.pen_scale(), style=style)

    def apply_pens(self) -> None:
        """Every line drawn with pens of the screen's pixel ratio; subclasses add theirs.
        Called when built and again when the window moves to a screen of another ratio."""
        for name in ("bottom", "left", "top", "right"):
            self.plot.getAxis(name).setPen(self.pen(self._foreground))

    # -- for subclasses -----------------------------------------------------------------

    def item_at(self, scene_pos: QPointF) -> object | None:
        """The point or bar under ``scene_pos`` (scene coordinates), or None."""
        return None

    def describe(self, item: object) -> list[str]:
        """Hover lines for an item returned by ``item_at``."""
        return []

    def anchor_of(self, item: object) -> QPointF:
        """Where the hover label points for ``item``, in scene coordinates."""
        return QPointF()

    def set_home(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """The view that "Reset view" returns to; applied at once."""
        self._home = (x0, x1, y0, y1)
        self.reset_view()

    def retranslate(self) -> None:
        """The chart's words in the interface's language; subclasses add theirs, worded
        from the series they hold."""
        self._canvas_words()

    def _canvas_words(self) -> None:
        self.plot.autoBtn.setToolTip(self.tr("Reset view"))

    def set_legend(self, entries: Sequence[tuple[pg.GraphicsObject, str]]) -> None:
        """The legend's entries (item, name), rebuilt only when they change."""
        wanted = [(item, name) for item, name in entries]
        if [
            (s.item, self._legend_names.get(id(label))) for s, label in self.legend.items
        ] == wanted:
            return
        self.legend.clear()
        self._legend_names = {}
        for item, name in wanted:
            self.legend.addItem(item, html.escape(name))
            sample, label = self.legend.items[-1]
            sample.set_scale(self.size_scale())
            label.item.setFont(self.text_font())
            self._legend_names[id(label)] = name
        self.fit_legend()

    # -- public -------------------------------------------------------------------------

    def set_title(self, text: str) -> None:
        """The title, shortened with "…" where the chart is too narrow for it whole (the
        chart's chooser has it whole)."""
        self._shown_title = text
        self._fit_title()

    def title(self) -> str:
        """The whole title."""
        return self._shown_title

    def drawn_title(self) -> str:
        """The title as drawn (shortened to the chart's width)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.plot.titleLabel.text))

    def _fit_title(self, width: float | None = None) -> None:
        text = self._shown_title
        # The title stands over the plot, right of the left axis.
        left = self.plot.getAxis("left")
        beside = left.width() if left.isVisible() else 0
        room = int((self.width() if width is None else width) - TITLE_MARGIN - beside)
        if text and room > 0:
            metrics = QFontMetrics(self.text_font(1.15, bold=True))
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.plot.setTitle(html.escape(text), color=self._foreground, size=self.text_size(1.15))

    def set_footer(self, text: str) -> None:
        """The sources line of exported pictures."""
        self._footer_text = text

    def footer_text(self) -> str:
        return self._footer_text

    def reset_view(self) -> None:
        """Back to the whole chart after zooming or panning."""
        if self._home is None:
            self.plot.enableAutoRange()
            return
        x0, x1, y0, y1 = self._home
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def view_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, x1), (y0, y1) = self.plot.viewRange()
        return (x0, x1), (y0, y1)

    def hover_text(self) -> str:
        """The hover label's text, '' when hidden."""
        return "\n".join(self._hover_lines) if self._hover.isVisible() else ""

    def hovered(self) -> object | None:
        return self._hovered if self._hover.isVisible() else None

    def scene_pos(self, x: float, y: float) -> QPointF:
        """A data position in scene coordinates."""
        return self.plot.vb.mapViewToScene(QPointF(x, y))

    def widget_pos(self, x: float, y: float) -> QPoint:
        """A data position in the viewport's coordinates (for mouse events)."""
        return self.mapFromScene(self.scene_pos(x, y))

    def export_png(self, path: Path, width: int | None = None) -> Path:
        """Write the chart (title, plot, legend, sources) to a PNG file."""
        with self._exporting():
            exporter = exporters.ImageExporter(self.ci)
            exporter.parameters()["width"] = int(width or EXPORT_SIZE[0] * EXPORT_SCALE)
            image = exporter.export(toBytes=True)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise OSError(f"the picture could not be encoded as PNG for {path}")
        buffer.close()
        write_atomic(Path(path), bytes(data.data()))
        return Path(path)

    def export_svg(self, path: Path) -> Path:
        """Write the chart to an SVG file (text stays text, Chinese included)."""
        with self._exporting(), svg_fixes():
            data = exporters.SVGExporter(self.ci).export(toBytes=True)
        write_atomic(Path(path), data)
        return Path(path)

    # -- internals ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _exporting(self) -> Iterator[None]:
        """While a picture is made: no hover label, the sources line added, and the
        chart laid out at ``EXPORT_SIZE`` whatever its size on screen (nothing is painted
        on screen in between)."""
        visible = self._hover.isVisible()
        self._hover.hide()
        geometry = self.ci.geometry()
        width, height = EXPORT_SIZE
        with_footer = bool(self._footer_text)
        if with_footer:
            self.footer.item.setTextWidth(width - 40.0)
            self.footer.setText(html.escape(self._footer_text))
            self.ci.addItem(self.footer, row=2, col=0)
        self.fit_to_width(width)
        self.ci.setGeometry(QRectF(0, 0, width, height))
        self.ci.layout.activate()
        try:
            yield
        finally:
            if with_footer:
                self.ci.removeItem(self.footer)
            self.ci.setGeometry(geometry)
            self.fit_to_width()
            self.ci.layout.activate()
            self._hover.setVisible(visible)

    def fit_to_width(self, width: float | None = None) -> None:
        """Fit what depends on the width (default: the widget's): the legend's columns;
        subclasses add their own."""
        self.fit_legend(width)
        if hasattr(self, "_shown_title"):
            self._fit_title(width)

    def fit_legend(self, width: float | None = None) -> None:
        """As many legend columns as the width (default: the widget's) allows."""
        if not self.legend.items:
            return
        available = (self.width() if width is None else width) - 30
        beside = 25 + SIDE * self.size_scale()  # the sample and the spacing
        # A name wider than the chart (a long one, zoomed in a small window) ends in "…".
        room = max(int(available - beside), 40)
        for _sample, label in self.legend.items:
            name = self._legend_names.get(id(label), "")
            shown = QFontMetrics(label.item.font()).elidedText(
                name, Qt.TextElideMode.ElideRight, room
            )
            if html.escape(shown) != label.text:
                label.setText(html.escape(shown))
        widths = [label.minimumWidth() for _sample, label in self.legend.items]
        widest = max(widths) + beside
        columns = max(1, min(len(widths), int(available // widest)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def changeEvent(self, event: QEvent) -> None:  # not Retranslating: pyqtgraph's base
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self.apply_pens()
        elif event.type() in _FONT_CHANGES and hasattr(self, "_hover"):  # (built)
            self.apply_fonts()  # the zoom changed
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_hover"):  # pyqtgraph resizes before __init__ ends
            self.fit_to_width()

    def leaveEvent(self, event: QEvent) -> None:
        self._hide_hover()
        super().leaveEvent(event)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        item = self.item_at(scene_pos)
        if item is None:
            self._hide_hover()
            return
        if item is self._hovered and self._hover.isVisible():
            return
        self._show_hover(item)

    def _show_hover(self, item: object) -> None:
        self._hovered = item
        self._hover_lines = self.describe(item)
        body = "<br>".join(html.escape(line) for line in self._hover_lines[1:])
        head = html.escape(self._hover_lines[0]) if self._hover_lines else ""
        view = self.mapToScene(self.viewport().rect()).boundingRect()
        self._hover.setTextWidth(max(220.0, min(420.0, view.width() * 0.55)))
        self._hover.setHtml(f"<div style='margin:3px'><b>{head}</b><br>{body}</div>")
        self._hover.setAnchor((0, 0))
        self._hover.setPos(self._hover_position(self.anchor_of(item), view))
        self._hover.show()

    def _hover_position(self, at: QPointF, view: QRectF) -> QPointF:
        """Beside the point or bar (right of it when there is room, else left), and
        inside the visible chart however small it is."""
        size = self._hover.boundingRect().size()
        gap = 12.0
        x = at.x() + gap
        if x + size.width() > view.right():
            x = at.x() - gap - size.width()
        x = min(max(x, view.left()), max(view.left(), view.right() - size.width()))
        y = at.y() - size.height() / 2
        y = min(max(y, view.top()), max(view.top(), view.bottom() - size.height()))
        return QPointF(x, y)

    def _hide_hover(self) -> None:
        self._hovered = None
        self._hover.hide()

    def _on_mouse_clicked(self, event: Any) -> None:
        """``event``: pyqtgraph's MouseClickEvent (pyqtgraph has no type hints)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self.item_at(event.scenePos())
        if item is None:
            return
        screen = event.screenPos()
        self.itemClicked.emit(item, QPoint(round(screen.x()), round(screen.y())))
