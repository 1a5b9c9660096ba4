"""The pack's pictures inside its text: charts, QR codes and the map, as text objects.

Each is a ``QPyTextObject`` (PySide's ``QTextObjectInterface``) the document places like a
character and asks to draw when a page is painted: a chart is one ``IndicatorChart``
(pyqtgraph) set to the series and rendered through its scene into the painter, so it stays
vector graphics; a QR code is drawn by ``qr_code.paint`` as vector paths; the map is the
Map's scene drawn through SVG (``pack_map``). All must be painted on the GUI thread
(pyqtgraph's and the scene's items live there).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPyTextObject, QTextDocument, QTextFormat

from jimo_desktop.catalog.map_data import MapData
from jimo_desktop.chart_series import Series
from jimo_desktop.ui import qr_code
from jimo_desktop.ui.briefing.pack_map import map_svg, paint_map
from jimo_desktop.ui.briefing.pack_words import AppWords, PackWords
from jimo_desktop.ui.translations import current_language

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
QR_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
MAP_OBJECT = QTextFormat.ObjectTypes.UserObject + 3
KEY = QTextFormat.Property.UserProperty + 1  # the chart's index, or the QR code's text
WIDTH = QTextFormat.Property.UserProperty + 2
HEIGHT = QTextFormat.Property.UserProperty + 3
OBJECT_CHARACTER = "\ufffc"

CHART_SCENE = (760.0, 350.0)  # the size a chart is laid out at before it is scaled


class PackMap:
    """The map the pack draws: its data, the towns to highlight, the pack's words."""

    def __init__(self, data: MapData, towns: set[str], words: PackWords):
        self.data = data
        self.towns = towns
        self.words = words
        self._svg: bytes | None = None  # drawn on first use

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        if self._svg is None:
            self._svg = map_svg(self.data, self.towns, self.words)
        paint_map(painter, rect, self._svg)


class PackObjects(QPyTextObject):
    """Draws the pack's charts, QR codes and map where the document places them."""

    def __init__(self, charts: list[Series], titles: list[str], words: PackWords, parent: QObject):
        """``charts`` and their ``titles``: the lists the document's chart objects index
        (filled while the document is written); ``words``: the pack's language."""
        super().__init__(parent)
        self.charts = charts
        self.titles = titles
        self.words = words
        # The charts' own words in the pack's language when the interface speaks another.
        self._app_words: AppWords | None = None
        self.map: PackMap | None = None  # set by the writer when the pack holds the map
        self._chart: object | None = None  # the IndicatorChart, made on first use

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return QSizeF(float(fmt.property(WIDTH)), float(fmt.property(HEIGHT)))

    def drawObject(  # type: ignore[override]
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        if fmt.objectType() == QR_OBJECT:
            qr_code.paint(painter, rect, str(fmt.property(KEY)))
            return
        if fmt.objectType() == MAP_OBJECT:
            if self.map is not None:
                self.map.paint(painter, rect)
            return
        index = int(fmt.property(KEY))
        if 0 <= index < len(self.charts):
            self.paint_chart(painter, rect, index)

    def paint_chart(self, painter: QPainter, rect: QRectF, index: int) -> None:
        from jimo_desktop.ui.charts.indicator_chart import IndicatorChart

        chart = self._chart
        if not isinstance(chart, IndicatorChart):
            chart = self._chart = IndicatorChart()
        width, height = CHART_SCENE
        app_words = self._app_words
        if app_words is None and self.words.language != current_language().value:
            app_words = self._app_words = AppWords.installed(self.words)
        if app_words is not None:
            app_words.active = True
        try:
            chart.set_series(self.charts[index], self.titles[index])
            chart.retranslate()
            chart.ci.setGeometry(QRectF(0, 0, width, height))
            chart.fit_to_width(width)
            chart.ci.layout.activate()
            chart.scene().prepareForPaint()  # the view boxes place their items (as exporters do)
            chart.separate_labels()
        finally:
            if app_words is not None:
                app_words.active = False
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.scene().render(painter, rect, QRectF(0, 0, width, height))
        painter.restore()

    def release(self) -> None:
        """Let the chart widget go (it is made again if a page is painted again)."""
        chart = self._chart
        self._chart = None
        if self._app_words is not None:
            self._app_words.active = False
            self._app_words = None
        if chart is not None:
            chart.deleteLater()  # type: ignore[attr-defined]
