"""Small icons for the kinds of items, drawn with QPainter: no image files to ship.

Each kind has its own colour and silhouette, so the kinds stay apart for colour-blind
readers too. Icons are drawn once per kind at a few pixel sizes and cached; a
QGuiApplication must exist before the first call (as for any QPixmap).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from jimo_desktop.items import ItemKind

# Pixel sizes drawn for each icon; QIcon picks the nearest and scales for others.
ICON_SIZES = (16, 20, 24, 32, 48, 64)

_WHITE = QColor("#ffffff")

# The one cache: kind (None = a group that is not an item) -> icon.
_cache: dict[ItemKind | None, QIcon] = {}


def icon_for(kind: ItemKind | None) -> QIcon:
    """The icon of an item kind; ``None`` gives the icon of a plain group (a folder).

    Without a QGuiApplication nothing can be drawn (Qt would abort): a null icon.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return QIcon()
    icon = _cache.get(kind)
    if icon is None:
        draw = _PAINTERS[kind]
        icon = QIcon()
        for size in ICON_SIZES:
            icon.addPixmap(_render(draw, size))
        _cache[kind] = icon
    return icon


def _render(draw: Callable[[QPainter], None], size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16.0, size / 16.0)  # every glyph is drawn on a 16 x 16 grid
        draw(painter)
    finally:
        painter.end()
    return pixmap


def _fill(painter: QPainter, colour: str) -> None:
    base = QColor(colour)
    painter.setPen(QPen(base.darker(135), 0.8))
    painter.setBrush(QBrush(base))


def _white(painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_WHITE))


def _poly(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _group(p: QPainter) -> None:
    """A folder."""
    _fill(p, "#d9a21b")
    path = QPainterPath()
    path.moveTo(1.5, 3.5)
    path.lineTo(6.0, 3.5)
    path.lineTo(7.5, 5.0)
    path.lineTo(14.5, 5.0)
    path.lineTo(14.5, 13.5)
    path.lineTo(1.5, 13.5)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(QPen(QColor("#fbe3a4"), 1.0))
    p.drawLine(QPointF(2.5, 6.8), QPointF(13.5, 6.8))


def _park(p: QPainter) -> None:
    """A green square with a factory: saw-tooth roof and a chimney."""
    _fill(p, "#2e7d32")
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3)
    _white(p)
    roof = ((3, 13), (3, 8), (6, 10), (6, 8), (9, 10), (9, 8), (10, 8), (10, 4), (12.5, 4))
    p.drawPolygon(_poly(*roof, (12.5, 13)))


def _zone(p: QPainter) -> None:
    """A teal square with a boundary and a marker: an entry of the catalogue of zones."""
    _fill(p, "#00838f")
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3)
    p.setPen(QPen(_WHITE, 1.3, Qt.PenStyle.DashLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(3.2, 3.2, 9.6, 9.6))
    _white(p)
    p.drawEllipse(QPointF(8, 8), 2, 2)


def _organization(p: QPainter) -> None:
    """A blue circle with an office block."""
    _fill(p, "#1565c0")
    p.drawEllipse(QRectF(0.5, 0.5, 15, 15))
    _white(p)
    p.drawRect(QRectF(5, 3.5, 6, 9.5))
    p.setBrush(QBrush(QColor("#1565c0")))
    for x in (6.2, 8.6):
        for y in (5, 7.5):
            p.drawRect(QRectF(x, y, 1.3, 1.4))


def _project(p: QPainter) -> None:
    """An orange diamond with a flag: a plant or site being built."""
    _fill(p, "#e65100")
    p.drawPolygon(_poly((8, 0.5), (15.5, 8), (8, 15.5), (0.5, 8)))
    _white(p)
    p.drawRect(QRectF(6, 4, 1.3, 8.5))
    p.drawPolygon(_poly((7.3, 4), (11.5, 5.8), (7.3, 7.6)))


def _place(p: QPainter) -> None:
    """A red map pin."""
    _fill(p, "#c62828")
    path = QPainterPath()
    path.moveTo(8, 15.5)
    path.cubicTo(5, 11, 2.5, 8.5, 2.5, 6)
    path.arcTo(QRectF(2.5, 0.5, 11, 11), 180, -180)
    path.cubicTo(13.5, 8.5, 11, 11, 8, 15.5)
    path.closeSubpath()
    p.drawPath(path)
    _white(p)
    p.drawEllipse(QRectF(5.7, 3.7, 4.6, 4.6))


def _industry(p: QPainter) -> None:
    """A purple hexagon with a cog."""
    _fill(p, "#6a1b9a")
    p.drawPolygon(
        _poly((8, 0.5), (14.5, 4.25), (14.5, 11.75), (8, 15.5), (1.5, 11.75), (1.5, 4.25))
    )
    p.setPen(QPen(_WHITE, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    for angle in range(0, 180, 45):
        p.save()
        p.translate(8, 8)
        p.rotate(angle)
        p.drawLine(QPointF(-4.6, 0), QPointF(4.6, 0))
        p.restore()
    p.setPen(QPen(_WHITE, 1.3))
    p.setBrush(QBrush(QColor("#6a1b9a")))
    p.drawEllipse(QPointF(8, 8), 2.8, 2.8)


def _event(p: QPainter) -> None:
    """A teal calendar page."""
    _fill(p, "#00796b")
    p.drawRoundedRect(QRectF(1, 2, 14, 13), 2, 2)
    _white(p)
    p.drawRect(QRectF(2.5, 6, 11, 7.5))
    p.setBrush(QBrush(QColor("#00796b")))
    for x in (4, 7, 10):
        for y in (7.5, 10.3):
            p.drawRect(QRectF(x, y, 2, 1.8))
    p.setPen(QPen(QColor("#004d40"), 1.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(5, 0.8), QPointF(5, 3.5))
    p.drawLine(QPointF(11, 0.8), QPointF(11, 3.5))


def _source(p: QPainter) -> None:
    """A grey document with a folded corner and lines of text."""
    _fill(p, "#546e7a")
    p.drawPolygon(_poly((2.5, 0.5), (10, 0.5), (13.5, 4), (13.5, 15.5), (2.5, 15.5)))
    p.setPen(QPen(_WHITE, 1.2))
    for y in (6, 8.5, 11, 13.3):
        p.drawLine(QPointF(4.5, y), QPointF(11.5 if y < 13 else 9, y))
    _white(p)
    p.drawPolygon(_poly((10, 0.5), (10, 4), (13.5, 4)))


def _claim(p: QPainter) -> None:
    """A brown speech bubble with a question mark: a claim to check."""
    _fill(p, "#8d6e63")
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(0.5, 0.5, 15, 11.5), 3, 3)
    tail = QPainterPath()
    tail.addPolygon(_poly((4, 10), (3.5, 15.5), (8.5, 10)))
    p.drawPath(bubble.united(tail))
    p.setPen(QPen(_WHITE, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    question = QPainterPath()
    question.moveTo(5.8, 4.6)
    question.cubicTo(5.8, 2.2, 10.2, 2.2, 10.2, 4.6)
    question.cubicTo(10.2, 6.2, 8, 6.2, 8, 7.6)
    p.drawPath(question)
    _white(p)
    p.drawEllipse(QPointF(8, 9.8), 0.9, 0.9)


_PAINTERS: dict[ItemKind | None, Callable[[QPainter], None]] = {
    None: _group,
    ItemKind.PARK: _park,
    ItemKind.ORGANIZATION: _organization,
    ItemKind.PROJECT: _project,
    ItemKind.PLACE: _place,
    ItemKind.INDUSTRY: _industry,
    ItemKind.EVENT: _event,
    ItemKind.SOURCE: _source,
    ItemKind.CLAIM: _claim,
    ItemKind.ZONE: _zone,
}
