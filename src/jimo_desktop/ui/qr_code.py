"""QR codes of addresses, drawn as vector paths: on screen, in a PDF, on paper.

``segno`` encodes the text (error correction M, so that a worn print or a washed-out
projector still scans); the modules are drawn as one ``QPainterPath`` of rectangles, so
the code is as sharp at any size as the text beside it and no image file is written. A
quiet zone of four modules is part of the drawn square, as the standard asks.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of light margin on each side


@functools.lru_cache(maxsize=256)
def modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark (True) and light modules, row by row, without the quiet zone."""
    import segno  # only when a code is drawn: it and its writers are not needed to start

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def path(text: str, rect: QRectF) -> QPainterPath:
    """The dark modules of ``text``'s code as one path, scaled into the square ``rect``
    (its quiet zone included)."""
    rows = modules(text)
    count = len(rows) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    step = side / count
    left = rect.left() + (rect.width() - side) / 2 + QUIET_ZONE * step
    top = rect.top() + (rect.height() - side) / 2 + QUIET_ZONE * step
    result = QPainterPath()
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1  # a run of dark modules is one rectangle
            result.addRect(QRectF(left + start * step, top + y * step, (x - start) * step, step))
    result.setFillRule(Qt.FillRule.WindingFill)
    return result


def paint(
    painter: QPainter,
    rect: QRectF,
    text: str,
    dark: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    light: QColor | Qt.GlobalColor = Qt.GlobalColor.white,
) -> None:
    """Draw ``text``'s code into the square centred in ``rect``: a light square with the
    dark modules on it (a code must be dark on light to scan, whatever the palette)."""
    side = min(rect.width(), rect.height())
    square = QRectF(
        rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2, side, side
    )
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(square, light)
    painter.fillPath(path(text, square), dark)
    painter.restore()


class QrCodeWidget(QWidget):
    """A square that shows the QR code of its text (nothing while the text is empty)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(120, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint(painter, QRectF(self.rect()), self._text)
