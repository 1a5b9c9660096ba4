"""Fonts for charts, chosen so that Chinese labels show real glyphs on every platform.

pyqtgraph draws text with whatever font its items are given, and a Latin-only default
leaves Qt to guess a fallback for 即墨, which on some systems ends in boxes. The charts
therefore ask for a font family that has Chinese glyphs: the first installed of the
usual system fonts on Linux, Windows and macOS, else the application's font.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

# In order of preference: Linux (Noto / Source Han / WenQuanYi), Windows, macOS.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "Hiragino Sans GB",
    "Microsoft JhengHei",
    "SimHei",
)


@functools.cache
def cjk_family() -> str:
    """The first installed family of ``CJK_FAMILIES``, or the application font's."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    return QGuiApplication.font().family()


def chart_font(scale: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font in the Chinese-capable family, scaled by ``scale``."""
    font = QFont(QGuiApplication.font())
    base = QGuiApplication.font().family()
    font.setFamilies([cjk_family(), base] if base != cjk_family() else [base])
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


def point_size(scale: float = 1.0) -> str:
    """The chart font's size as pyqtgraph's ``size`` option (``'9.0pt'``)."""
    font = chart_font(scale)
    if font.pointSizeF() > 0:
        return f"{font.pointSizeF():.1f}pt"
    return f"{font.pixelSize()}px"
