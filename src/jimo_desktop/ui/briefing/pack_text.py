"""Writing the pack's text: a cursor at the end of a ``QTextDocument`` and its helpers.

``TextWriter`` holds what every part is written with: the pack's words, its data, the
page's content size, blocks, headings that start a page, ruled tables, text objects
(charts, QR codes, the map), citations by source number and dates in the pack's language.
The parts themselves are ``pack_items`` (an item's section) and ``pack_sections`` (the
rest of the pack).
"""

from __future__ import annotations

import html as html_text
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from jimo_desktop.chart_series import Series
from jimo_desktop.dates import describe
from jimo_desktop.items import Source
from jimo_desktop.translatable import QT_TRANSLATE_NOOP
from jimo_desktop.ui.briefing.pack_data import PackData
from jimo_desktop.ui.briefing.pack_objects import HEIGHT, KEY, OBJECT_CHARACTER, WIDTH, PackObjects
from jimo_desktop.ui.briefing.pack_words import PackWords

CONFLICT_TINT = "#fff0c2"  # the figures table's tint of a disputed row (as in the app)
CONFLICT_COLOUR = "#8a5200"
MUTED = "#555555"
# The mark of a disputed figure or comparison cell (as in the app).
DISPUTED = QT_TRANSLATE_NOOP("BriefingPack", "Disputed")


def esc(text: str) -> str:
    """``text`` escaped for rich text."""
    return html_text.escape(text, quote=False)


class TextWriter:
    """Fills the document (the cursor stays at its end)."""

    def __init__(
        self,
        document: QTextDocument,
        words: PackWords,
        data: PackData,
        content: QSizeF,
        objects: PackObjects,
    ):
        self.document = document
        self.w = words
        self.data = data
        self.content = content
        self.objects = objects
        self.charts: list[Series] = objects.charts
        self.titles: list[str] = objects.titles
        self.cursor = QTextCursor(document)
        self.item_blocks: list[tuple[str, QTextBlock]] = []
        self.part_blocks: list[tuple[str, QTextBlock]] = []
        self._first_page = True

    def disputed(self, labels: tuple[str, ...] = (DISPUTED,)) -> str:
        """The marks of a disputed, not comparable or doubtful value (``Figure.status_labels``),
        as rich text."""
        words = " · ".join(self.w(label) for label in labels)
        return f'<b style="color: {CONFLICT_COLOUR}">{esc(words)}</b>'

    def new_block(self) -> None:
        """A new block of the default format (no page break inherited from the last)."""
        self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def html(self, text: str) -> None:
        self.cursor.insertHtml(text)

    def new_page_heading(self, level: str, text: str, second: str = "") -> QTextBlock:
        """A heading that starts a page (but the first), and its block."""
        self.new_block()
        self.html(f"<{level}>{esc(text)}</{level}>")
        block = self.cursor.block()
        if not self._first_page:
            fmt = self.cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.cursor.setBlockFormat(fmt)
        self._first_page = False
        if second:
            self.paragraph(esc(second), f"font-size: 13pt; color: {MUTED}")
        return block

    def heading(self, text: str, level: str = "h2") -> None:
        self.new_block()
        self.html(f"<{level}>{esc(text)}</{level}>")

    def paragraph(self, text: str, style: str = "") -> None:
        self.new_block()
        self.html(f'<p style="{style}">{text}</p>' if style else f"<p>{text}</p>")

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[str]],
        widths: Sequence[int],
        tints: Sequence[str] = (),
    ) -> None:
        """A ruled table: ``header`` words (escaped here), ``rows`` of rich-text cells."""
        cols = "".join(
            f'<th width="{w}%">{esc(h)}</th>' for h, w in zip(header, widths, strict=True)
        )
        body = []
        for index, row in enumerate(rows):
            tint = tints[index] if index < len(tints) else ""
            bg = f' bgcolor="{tint}"' if tint else ""
            body.append(f"<tr{bg}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
        self.new_block()
        self.html(
            '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            'style="border-collapse: collapse; border-color: #bbbbbb">'
            f"<thead><tr>{cols}</tr></thead>{''.join(body)}</table>"
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def object(self, kind: int, key: object, width: float, height: float) -> None:
        fmt = QTextCharFormat()
        fmt.setObjectType(kind)
        fmt.setProperty(KEY, key)
        fmt.setProperty(WIDTH, width)
        fmt.setProperty(HEIGHT, height)
        self.cursor.insertText(OBJECT_CHARACTER, fmt)

    def cite(self, sources: Iterable[Source]) -> str:
        numbers = sorted({self.data.number(s) for s in sources if s.id in self._ids})
        return ", ".join(f"[{n}]" for n in numbers)

    @property
    def _ids(self) -> set[str]:
        return {s.id for s in self.data.sources}

    def date(self, text: str) -> str:
        return self.w(describe(text)) or text
