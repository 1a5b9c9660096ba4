"""The map's drawing: a ``QGraphicsScene`` built from ``catalog.MapData``.

Under everything, the sea (a light blue-grey tint inside the box of GSHHG's shoreline) and
the shoreline, both under OpenStreetMap's land, which is drawn over them as it is (the two
datasets' coasts differ by up to hundreds of metres); over Jimo's outline, its sea edge (the
stretches of it the build found along the shoreline) in a teal stroke. Qingdao's other districts are grey context; Jimo's outline is drawn over its 15
sub-districts and towns, each a ``TownItem`` shaded when its sources place a park in it;
the district's stated coordinate is the one point; the attribution
"© OpenStreetMap contributors (ODbL)" (and, with the coast, GSHHG's) and the source line are text items the view keeps in
its corner. Labels are the places' names in the interface's language (``relabel``). At
each zoom ``declutter`` gives the names their places in order of importance (the selected
town, then towns with parks, then the larger towns, then the grey districts): a name whose
place is taken moves a line up or down or a little aside, or is hidden where nothing is free,
as printed maps do; zooming in brings it back, and hovering a town names it.
Coordinates are degrees projected equirectangularly at Jimo's latitude: x = lon·cos φ₀,
y = −lat, times ``SCALE`` (each outline's item transform, ``PROJECTION``). Nothing here asks the catalog anything.
"""

from __future__ import annotations

import math
import struct
import sys
from array import array

from PySide6.QtCore import QByteArray, QCoreApplication, QDataStream, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jimo_desktop.catalog.map_data import (
    ATTRIBUTION,
    COAST_ATTRIBUTION,
    Line,
    MapCoast,
    MapData,
    MapPlace,
    MapPoint,
    Polygon,
)
from jimo_desktop.ui.translations import Language, core_text, current_language

SCALE = 1000.0  # scene units per degree of latitude
_COS = math.cos(math.radians(36.4))
CONTEXT_FILL = QColor("#e4e4e4")
CONTEXT_LINE = QColor("#b3b3b3")
TOWN_FILL = QColor("#faf7ee")
PARK_FILL = QColor("#9ccbf0")
PARK_FILL_MORE = QColor("#5aa5e0")
SELECTED_LINE = QColor("#0d47a1")
HIGHLIGHT_FILL = QColor("#ffcc80")
TOWN_LINE = QColor("#8a9aa5")
DISTRICT_LINE = QColor("#263238")
POINT_FILL = QColor("#c62828")
HALO = QColor(255, 255, 255, 200)  # behind the names
SEA_FILL = QColor("#d5e4ee")
SHORE_LINE = QColor("#86a5b8")
SEA_EDGE_LINE = QColor("#00897b")


def project(lon: float, lat: float) -> QPointF:
    return QPointF(lon * _COS * SCALE, -lat * SCALE)


# Lon/lat to scene units: what every outline's item transform does (paths stay in degrees).
PROJECTION = QTransform(_COS * SCALE, 0, 0, -SCALE, 0, 0)


def _path(polygons: tuple[Polygon, ...], closed: bool = True) -> QPainterPath:
    """The outline in degrees; each ring read in one call as Qt's QPolygonF data stream
    (``closed`` False: each ring is an open line)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        for ring in polygon:
            values = array("d", ring)
            if sys.byteorder == "little":
                values.byteswap()  # QDataStream is big-endian
            data = QByteArray(struct.pack(">I", len(ring) // 2) + values.tobytes())
            stream = QDataStream(data)  # (the stream reads ``data``: keep it alive)
            ring_polygon = QPolygonF()
            stream >> ring_polygon
            path.addPolygon(ring_polygon)
            if closed:
                path.closeSubpath()
    return path


class Outline(QGraphicsPathItem):
    """A place's outline, drawn in degrees under ``PROJECTION`` with a cosmetic pen.

    Qt would widen the shape and bounds by the pen's width in the item's own units
    (degrees, so by a whole degree); the outline is its path, with a hair of room."""

    _ROOM = 0.003  # degrees: a few pixels at the widest view

    def __init__(self, polygons: tuple[Polygon, ...], closed: bool = True):
        super().__init__(_path(polygons, closed))
        self.setTransform(PROJECTION)
        self._bounds = (
            self.path().boundingRect().adjusted(-self._ROOM, -self._ROOM, self._ROOM, self._ROOM)
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self.path()


def _outline(polygons: tuple[Polygon, ...]) -> Outline:
    return Outline(polygons)


def attribution_text(data: MapData) -> str:
    """The credits the map carries: OpenStreetMap's, and GSHHG's where the coast is drawn."""
    credits = [core_text(ATTRIBUTION)]
    if data.coast is not None:
        credits.append(core_text(COAST_ATTRIBUTION))
    return "\n".join(credits)


def place_name(place: MapPlace | MapPoint) -> str:
    """The place's name in the interface's language (the other where one is missing)."""
    if current_language() is Language.CHINESE:
        return place.name_zh or place.name
    return place.name or place.name_zh


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class Label(QGraphicsSimpleTextItem):
    """A name that keeps its size at every zoom, centred on its point."""

    def __init__(self, anchor: QPointF, colour: QColor, bold: bool = False):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(colour)
        font = QFont()
        font.setBold(bold)
        self.setFont(font)
        self.setPos(anchor)
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.shift(0.0, 0.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The name over a thin light halo, so that it reads across outlines and shading."""
        halo = QPainterPath()
        halo.addText(0, QFontMetricsF(self.font()).ascent(), self.font(), self.text())
        pen = QPen(HALO, 3)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(halo, pen)
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def shift(self, dx: float, dy: float) -> None:
        """Centre the name ``dx``, ``dy`` screen pixels off its point."""
        rect = self.boundingRect()
        self.setTransform(QTransform.fromTranslate(dx - rect.width() / 2, dy - rect.height() / 2))

    def nudges(self) -> tuple[tuple[float, float], ...]:
        """Where the name may go when its own place is taken: on its point, then a line
        above or below it, then a little to either side."""
        rect = self.boundingRect()
        line, side = rect.height() * 0.9, rect.width() * 0.35
        return ((0.0, 0.0), (0.0, -line), (0.0, line), (-side, 0.0), (side, 0.0))


class TownItem(Outline):
    """A sub-district or town: shaded when parks are placed in it, outlined when selected."""

    def __init__(self, place: MapPlace):
        super().__init__(place.polygons)
        self.place = place
        self.selected = False
        self.highlighted = False
        self.setAcceptHoverEvents(True)
        self.setZValue(5)
        self._hover = False
        self.restyle()

    def restyle(self) -> None:
        count = len(self.place.parks)
        fill = PARK_FILL_MORE if count > 1 else PARK_FILL if count else TOWN_FILL
        if self.highlighted:
            fill = HIGHLIGHT_FILL
        self.setBrush(QBrush(fill))
        if self.selected:
            self.setPen(_cosmetic(SELECTED_LINE, 3))
            self.setZValue(7)
        else:
            self.setPen(
                _cosmetic(SELECTED_LINE if self._hover else TOWN_LINE, 2 if self._hover else 1)
            )
            self.setZValue(6 if self._hover else 5)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.restyle()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.restyle()


class Corner(QGraphicsSimpleTextItem):
    """Text on a light panel (the attribution, the source line), kept in a view corner."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(100)
        font = QFont()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        self.setFont(font)
        self.setBrush(QColor("#333333"))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.fillRect(self.boundingRect().adjusted(-4, -2, 4, 2), QColor(255, 255, 255, 215))
        super().paint(painter, option, widget)  # type: ignore[arg-type]


class MapScene(QGraphicsScene):
    """Every item of the map, built once from ``MapData``; ``relabel`` after a language change."""

    def __init__(self, data: MapData, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.towns: dict[str, TownItem] = {}
        self._labels: list[tuple[Label, MapPlace | MapPoint]] = []
        self._view_transform: QTransform | None = None
        self._viewport: QRectF | None = None
        self.setBackgroundBrush(QColor("#ffffff"))
        self.sea: Outline | None = None
        self.shoreline: Outline | None = None
        self.sea_edge: Outline | None = None
        if data.coast is not None:
            self._add_coast(data.coast)
        for place in data.places:
            if place.level == 6 and place.ref.id != "jimo":
                self._add_context(place)
        for place in data.towns():
            item = TownItem(place)
            self.addItem(item)
            self.towns[place.ref.id] = item
            self._add_label(place, QColor("#1d2a33"), bold=bool(place.parks))
        district = data.place("jimo")
        if district is not None:
            outline = _outline(district.polygons)
            outline.setPen(_cosmetic(DISTRICT_LINE, 2.2))
            outline.setBrush(Qt.BrushStyle.NoBrush)
            outline.setZValue(10)
            outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(outline)
            self.district_rect = outline.sceneBoundingRect()
            if data.coast is not None and data.coast.sea_edge:
                self.sea_edge = self._add_lines(data.coast.sea_edge, SEA_EDGE_LINE, 3.5, 11)
        else:
            self.district_rect = self.itemsBoundingRect()
        self.points: list[QGraphicsEllipseItem] = []
        for point in data.points:
            self._add_point(point)
        # Room to pan around Jimo; set here, so that no view measures every item for it.
        rect = self.district_rect
        margin = 1.5 * max(rect.width(), rect.height())
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few dozen items
        self.attribution = Corner()
        self.source_line = Corner()
        self.addItem(self.attribution)
        self.addItem(self.source_line)
        self.relabel()

    def _add_coast(self, coast: MapCoast) -> None:
        """The sea's tint and the shoreline, under the land OpenStreetMap outlines."""
        if coast.sea:
            self.sea = _outline(coast.sea)
            self.sea.setBrush(QBrush(SEA_FILL))
            self.sea.setPen(Qt.PenStyle.NoPen)
            self.sea.setZValue(0)
            self.sea.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(self.sea)
        if coast.shoreline:
            self.shoreline = self._add_lines(coast.shoreline, SHORE_LINE, 1, 0.5)

    def _add_lines(
        self, lines: tuple[Line, ...], colour: QColor, width: float, z: float
    ) -> Outline:
        item = Outline(tuple((line,) for line in lines), closed=False)
        item.setPen(_cosmetic(colour, width))
        item.setBrush(Qt.BrushStyle.NoBrush)
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        return item

    def _add_context(self, place: MapPlace) -> None:
        item = _outline(place.polygons)
        item.setBrush(QBrush(CONTEXT_FILL))
        item.setPen(_cosmetic(CONTEXT_LINE, 1))
        item.setZValue(1)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        self._add_label(place, QColor("#7a7a7a"))

    def _add_label(self, place: MapPlace | MapPoint, colour: QColor, bold: bool = False) -> None:
        anchor = (
            project(*place.label_at)
            if isinstance(place, MapPlace)
            else project(place.longitude, place.latitude) + QPointF(0, -14)
        )
        label = Label(anchor, colour, bold)
        self.addItem(label)
        self._labels.append((label, place))

    def _add_point(self, point: MapPoint) -> None:
        dot = QGraphicsEllipseItem(-5, -5, 10, 10)
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        dot.setPos(project(point.longitude, point.latitude))
        dot.setBrush(QBrush(POINT_FILL))
        dot.setPen(QPen(QColor("#ffffff"), 1.5))
        dot.setZValue(30)
        dot.setData(0, point)
        self.addItem(dot)
        self.points.append(dot)

    def relabel(self) -> None:
        """Names in the interface's language, and the source line's words."""
        for label, place in self._labels:
            label.set_label(place_name(place))
        self.attribution.setText(attribution_text(self.data))
        source = self.data.source
        date = source.date if source is not None else ""
        self.source_line.setText(
            QCoreApplication.translate(
                "MapScene", "Boundaries: OpenStreetMap, {date}; not an official map"
            ).format(date=date)
        )

        if self._view_transform is not None:
            self.declutter(self._view_transform)

    def labels(self) -> list[str]:
        """Every name the map can show, hidden by ``declutter`` or not."""
        return [label.text() for label, _ in self._labels]

    def visible_labels(self) -> list[Label]:
        return [label for label, _ in self._labels if label.isVisible()]

    def declutter(self, view_transform: QTransform, viewport: QRectF | None = None) -> None:
        """Show each name where it overlaps no more important one drawn with
        ``view_transform`` (a view's ``viewportTransform()``), and lies whole inside
        ``viewport`` (device pixels) when one is given: no name is cut by the view's edge."""
        self._view_transform = QTransform(view_transform)
        if viewport is not None:
            self._viewport = QRectF(viewport)
        shown: list[QRectF] = []
        for label, _place in sorted(self._labels, key=self._label_rank):
            for dx, dy in label.nudges():
                label.shift(dx, dy)
                box = label.deviceTransform(view_transform).mapRect(label.boundingRect())
                box.adjust(-2, -1, 2, 1)
                inside = self._viewport is None or self._viewport.contains(box)
                if inside and not any(box.intersects(other) for other in shown):
                    label.setVisible(True)
                    shown.append(box)
                    break
            else:
                label.shift(0.0, 0.0)
                label.setVisible(False)

    def _label_rank(self, entry: tuple[Label, MapPlace | MapPoint]) -> tuple[int, float]:
        _label, place = entry
        if not isinstance(place, MapPlace):
            return (1, 0.0)  # the district's stated point
        town = self.towns.get(place.ref.id)
        if town is not None and town.selected:
            return (0, 0.0)
        west, south, east, north = place.bounds()
        size = -(east - west) * (north - south)  # larger first
        if town is None:
            return (3, size)
        return (1 if place.parks else 2, size)

    def select_town(self, place_id: str) -> None:
        for town_id, item in self.towns.items():
            item.selected = town_id == place_id
            item.restyle()
        if self._view_transform is not None:
            self.declutter(self._view_transform)

    def highlight_towns(self, place_ids: set[str]) -> None:
        for town_id, item in self.towns.items():
            item.highlighted = town_id in place_ids
            item.restyle()
