"""The application's own icon (window title bar, task bar, dock, Alt+Tab).

The pictures are PNGs rendered from ``resources/jimo-explorer.svg`` by
``packaging/make_icons.py`` and found through the one resource resolver, so the same
call works from a checkout, an installed wheel and a frozen build. A QGuiApplication
must exist before the icon is drawn (as for any QPixmap); creating the QIcon does not
need one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from jimo_desktop import paths

ICON_NAME = "jimo-explorer"
# The pixel sizes rendered as PNG; QIcon picks the nearest one and scales for others.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> Path:
    """The PNG of the application icon at ``size`` x ``size`` pixels."""
    return paths.resource("icons", f"{ICON_NAME}-{size}.png")


def app_icon() -> QIcon:
    """The application icon at every size that ships; a null icon if none is found."""
    icon = QIcon()
    for size in ICON_SIZES:
        file = icon_file(size)
        if file.is_file():
            icon.addFile(str(file), QSize(size, size))
    return icon
