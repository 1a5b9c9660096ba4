"""The QR code drawn is the one segno encodes: each module's centre, sampled from a
rendering, is dark exactly where the code's matrix is, and the quiet zone stays light."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from jimo_desktop.ui import qr_code
from jimo_desktop.ui.qr_code import QUIET_ZONE, QrCodeWidget

ADDRESS = "http://www.jimo.gov.cn/n28356045/n32561056/n32561072/index.html"


def rendered(text: str, side: int, dark: QColor = QColor("black")) -> QImage:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))  # anything not painted shows up as neither dark nor light
    painter = QPainter(image)
    qr_code.paint(painter, QRectF(0, 0, side, side), text, dark)
    painter.end()
    return image


def sampled(image: QImage, count: int) -> list[list[bool | None]]:
    """Each module's centre: True dark, False light, None neither."""
    step = image.width() / (count + 2 * QUIET_ZONE)
    rows = []
    for y in range(-QUIET_ZONE, count + QUIET_ZONE):
        row = []
        for x in range(-QUIET_ZONE, count + QUIET_ZONE):
            pixel = image.pixelColor(
                int((x + QUIET_ZONE + 0.5) * step), int((y + QUIET_ZONE + 0.5) * step)
            )
            row.append(
                {0: True, 255: False}.get(pixel.green()) if pixel.red() == pixel.green() else None
            )
        rows.append(row)
    return rows


def test_the_drawn_modules_are_the_encoded_matrix() -> None:
    expected = [[bool(cell) for cell in row] for row in segno.make(ADDRESS, error="m").matrix]
    count = len(expected)
    image = rendered(ADDRESS, 8 * (count + 2 * QUIET_ZONE))
    grid = sampled(image, count)
    inner = [row[QUIET_ZONE : QUIET_ZONE + count] for row in grid[QUIET_ZONE : QUIET_ZONE + count]]
    assert inner == expected
    border = grid[:QUIET_ZONE] + grid[-QUIET_ZONE:] + [row[:QUIET_ZONE] for row in grid]
    assert all(cell is False for row in border for cell in row), "the quiet zone is light"


def test_different_addresses_draw_different_codes() -> None:
    other = ADDRESS.replace("index", "list")
    assert qr_code.modules(ADDRESS) != qr_code.modules(other)
    assert qr_code.path(ADDRESS, QRectF(0, 0, 100, 100)) != qr_code.path(
        other, QRectF(0, 0, 100, 100)
    )


def test_the_widget_stays_square_and_paints_its_text(qtbot) -> None:
    widget = QrCodeWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    blank = widget.grab().toImage()
    widget.set_text(ADDRESS)
    assert widget.heightForWidth(150) == 150
    assert widget.accessibleName() == ADDRESS
    painted = widget.grab().toImage()
    assert painted != blank
    dark = sum(
        painted.pixelColor(x, y).value() < 128 for x in range(0, 200, 4) for y in range(0, 200, 4)
    )
    assert dark > 200, "dark modules are drawn"
