"""The map as a picture: PNG and SVG files of what the view shows, attribution included.

The view is rendered as it is on screen (zoom, pan, selection), at twice its size for the
PNG; the attribution "© OpenStreetMap contributors (ODbL)" (and GSHHG's, with the coast) and
the source line are items of the scene kept in the view's corners, so every export carries
them; the SVG's description repeats the credits in English. Files are written to a
temporary name and moved into place (``safe_write``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView

from jimo_desktop.catalog.map_data import ATTRIBUTION, COAST_ATTRIBUTION
from jimo_desktop.safe_write import write_atomic
from jimo_desktop.ui.panes.map.map_scene import MapScene

PNG_SCALE = 2


def png_bytes(view: QGraphicsView) -> bytes:
    size = view.viewport().size()
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(painter, QRectF(image.rect()), view.viewport().rect())
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def svg_bytes(view: QGraphicsView, title: str) -> bytes:
    size = view.viewport().size()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    scene = view.scene()
    credits = [str(ATTRIBUTION)]
    if isinstance(scene, MapScene) and scene.data.coast is not None:
        credits.append(str(COAST_ATTRIBUTION))
    generator.setDescription("; ".join(credits))
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.render(painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
    painter.end()
    buffer.close()
    return bytes(data.data())


def export_map(view: QGraphicsView, path: Path, title: str) -> None:
    """Write the map to ``path``: SVG when its name ends in .svg, else PNG."""
    content = svg_bytes(view, title) if path.suffix.lower() == ".svg" else png_bytes(view)
    write_atomic(path, content)
