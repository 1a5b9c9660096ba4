"""A legend's sample (the line, marker or bar beside each name) drawn at the chart's size.

pyqtgraph's ``ItemSample`` is a fixed 20 × 20 pixels, whatever the zoom: at 200 % or in
the presentation mode the names grow and their symbols stay small. ``ScaledSample`` is
``SIDE`` times ``scale`` (``set_scale``, the chart's ``size_scale()``) square. Its lines are
the item's own pens and its markers the item's own size, both already scaled by the chart,
so only where they are drawn is scaled here, never their width or size twice.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph import functions as fn
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from pyqtgraph.icons import invisibleEye
from PySide6.QtCore import QPointF, QRectF

SIDE = 20.0  # pyqtgraph's sample, in pixels at 100 %


class ScaledSample(ItemSample):
    def __init__(self, item: Any):
        super().__init__(item)
        self._side = SIDE

    def set_scale(self, scale: float) -> None:
        """The sample ``scale`` times its size at 100 %."""
        side = max(1.0, SIDE * scale)
        if side != self._side:
            self.prepareGeometryChange()
            self._side = side
            self.setFixedWidth(side)
            self.setFixedHeight(side)
            self.update()

    def side(self) -> float:
        return self._side

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._side, self._side)

    def paint(self, p: Any, *args: Any) -> None:
        item, side = self.item, self._side
        opts = item.opts
        unit = side / SIDE  # one pixel of pyqtgraph's sample
        if opts.get("antialias"):
            p.setRenderHint(p.RenderHint.Antialiasing)
        if not item.isVisible():
            icon = round(side - 2 * unit)
            p.drawPixmap(round(unit), round(unit), invisibleEye.qicon.pixmap(icon, icon))
            return
        if not isinstance(item, pg.ScatterPlotItem):
            p.setPen(fn.mkPen(opts["pen"]))
            p.drawLine(QPointF(0, side / 2), QPointF(side, side / 2))
        symbol = opts.get("symbol", None)
        if symbol is not None:
            if isinstance(item, pg.PlotDataItem):
                opts = item.scatter.opts
            p.translate(side / 2, side / 2)
            drawSymbol(p, symbol, opts["size"], fn.mkPen(opts["pen"]), fn.mkBrush(opts["brush"]))
            p.translate(-side / 2, -side / 2)
        if isinstance(item, pg.BarGraphItem):
            p.setBrush(fn.mkBrush(opts["brush"]))
            p.drawRect(QRectF(2 * unit, 2 * unit, side - 4 * unit, side - 4 * unit))
