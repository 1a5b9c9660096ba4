"""The briefing pack's fonts: Latin text in a Latin family, Chinese in the Chinese-capable
family the charts use, so that no text is left to a fallback that might show boxes, and
Chinese stays real (selectable, searchable) text in the PDF."""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from jimo_desktop.ui.charts.chart_fonts import cjk_family

# Latin letters and digits come from one of these (the first installed): Qt's PDF names
# the digits of the Chinese fonts with no text, so that "2019" in them could not be found.
LATIN_FAMILIES = (
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "Noto Sans",
)


@functools.cache
def latin_family() -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in LATIN_FAMILIES if f in installed), "")


@functools.cache
def same_glyphs() -> dict[str, str]:
    """The radicals that the Chinese font draws with an ideograph's glyph, and the
    ideograph (⻘ U+2ED8 and 青 U+9752): Qt's PDF names such a glyph by the lowest code,
    the radical, and the PDF's text is then corrected (``pdf_outline.plain_text``)."""
    raw = QRawFont.fromFont(QFont(cjk_family()))
    if not raw.isValid():
        return {}
    ideographs = "".join(chr(c) for c in range(0x4E00, 0xA000))
    by_glyph: dict[int, str] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, char)
    radicals = "".join(chr(c) for c in range(0x2E80, 0x2FE0))
    same = {}
    for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
        if glyph and glyph in by_glyph:
            same[char] = by_glyph[glyph]
    return same


def pack_font(size: float = 9.5) -> QFont:
    """The pack's text font: Latin text in a Latin family, Chinese in the Chinese-capable
    family the charts use (never left to a fallback that might show boxes)."""
    font = QFont()
    font.setFamilies([f for f in (latin_family(), cjk_family()) if f])
    font.setPointSizeF(size)
    return font
