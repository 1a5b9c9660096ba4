"""Jimo's map on a page of the pack: the app's ``MapScene`` drawn as vector graphics.

The scene is the one the Map shows (whatever it draws: the districts around, Jimo's towns
shaded where parks are placed, the district's outline and stated point), with the towns
of the pack's items highlighted and the names in the pack's language. Its names keep
their size whatever the zoom (they ignore the view's transformations, as on screen), so
the map is first drawn at a screen's size into SVG (``QSvgGenerator``, 96 dpi, names
placed by ``declutter`` as the view would) and that picture is then scaled onto the page
(``QSvgRenderer``): on a 96-dpi PDF and on a 1200-dpi printer alike the names keep their
place on the map and stay text. The attribution and the source line are the page's text
under the map (the scene's corner panels belong to a view and are hidden here).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from jimo_desktop.catalog.map_data import MapData, MapPlace, MapPoint
from jimo_desktop.ui.briefing.pack_fonts import pack_font
from jimo_desktop.ui.briefing.pack_words import PackWords
from jimo_desktop.ui.panes.map.map_scene import Corner, Label, MapScene, place_name

MAP_WIDTH = 760.0  # the width the map is drawn at (screen pixels) before it is scaled
_ROOM = 0.04  # the share of the district's size left around it


def map_aspect(data: MapData) -> float:
    """Height over width of the map's picture: the district with a little room."""
    scene = MapScene(data)
    try:
        rect = _framed(scene)
        return rect.height() / rect.width() if rect.width() > 0 else 1.0
    finally:
        scene.clear()


def _framed(scene: MapScene) -> QRectF:
    rect = scene.district_rect
    dx, dy = rect.width() * _ROOM, rect.height() * _ROOM
    return rect.adjusted(-dx, -dy, dx, dy)


def pack_name(words: PackWords, place: MapPlace | MapPoint) -> str:
    """A place's name in the pack's language (the other where one is missing)."""
    first = place.name_zh if words.chinese else place.name
    return first or place.name or place.name_zh


def map_svg(data: MapData, towns: set[str], words: PackWords) -> bytes:
    """The map as SVG: ``towns`` (place ids) highlighted, names in the pack's language."""
    scene = MapScene(data)
    try:
        scene.highlight_towns(towns)
        # The names the scene gave (the interface's language) to the pack's.
        places: list[MapPlace | MapPoint] = [*data.places, *data.points]
        names = {place_name(p): pack_name(words, p) for p in places}
        for item in scene.items():
            if isinstance(item, Corner):
                item.setVisible(False)
            elif isinstance(item, Label):
                font = pack_font(8.5)
                font.setBold(item.font().bold())
                item.setFont(font)
                item.set_label(names.get(item.text(), item.text()))
        source = _framed(scene)
        width = MAP_WIDTH
        height = width * source.height() / source.width()
        target = QRectF(0, 0, width, height)
        scale = width / source.width()
        transform = QTransform.fromScale(scale, scale)
        transform.translate(-source.left(), -source.top())
        scene.declutter(transform, target)
        data_bytes = QByteArray()
        buffer = QBuffer(data_bytes)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(96)
        generator.setSize(QSize(round(width), round(height)))
        generator.setViewBox(QRect(0, 0, round(width), round(height)))
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(target)  # the districts around reach past the frame
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        buffer.close()
        return bytes(data_bytes.data())
    finally:
        scene.clear()


def paint_map(painter: QPainter, rect: QRectF, svg: bytes) -> None:
    """Draw the map's SVG into ``rect`` (its proportions kept, centred)."""
    renderer = QSvgRenderer(QByteArray(svg))
    size = renderer.viewBoxF().size()
    if size.isEmpty():
        return
    scaled = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(
        rect.left() + (rect.width() - scaled.width()) / 2,
        rect.top() + (rect.height() - scaled.height()) / 2,
        scaled.width(),
        scaled.height(),
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
    renderer.render(painter, target)
    painter.setClipping(False)
    painter.setPen(QColor("#999999"))
    painter.drawRect(target)
    painter.restore()
