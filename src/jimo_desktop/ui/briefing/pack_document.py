"""The briefing pack as a ``QTextDocument``: flowing text, tables, charts, QR codes, a map.

``build_document`` lays out what ``pack_data.gather`` read with Qt's rich text for the
given paint device (its resolution sets the font metrics): a cover, the contents, the map,
one section per item starting on a new page (names in both languages, the record, summary,
related enterprises and projects, the figures table with the conflicts marked as in the
app, the charts, the timeline), the comparison, the fact check and the numbered sources
with a QR code for each address (``pack_sections``, ``pack_items``). Charts, QR codes and
the map are text objects (``pack_objects``) drawn when a page is painted. The text is real
text in the fonts Qt embeds (``pack_fonts``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextBlock, QTextDocument

from jimo_desktop.chart_series import Series
from jimo_desktop.ui.briefing.pack_data import PackData
from jimo_desktop.ui.briefing.pack_fonts import pack_font
from jimo_desktop.ui.briefing.pack_objects import (
    CHART_OBJECT,
    KEY,
    MAP_OBJECT,
    QR_OBJECT,
    PackObjects,
)
from jimo_desktop.ui.briefing.pack_sections import PackWriter
from jimo_desktop.ui.briefing.pack_words import PackRequest, PackWords


@dataclass
class PackDocument:
    """The laid-out pack: the document, and where its items and parts start."""

    document: QTextDocument
    objects: PackObjects
    item_blocks: list[tuple[str, QTextBlock]]  # (title, heading block), one per item
    part_blocks: list[tuple[str, QTextBlock]]  # (title, heading block): contents, sources…
    words: PackWords

    def page_of(self, block: QTextBlock) -> int:
        """The 0-based page a block of the document starts on."""
        layout = self.document.documentLayout()
        top = layout.blockBoundingRect(block).top()
        # A block moved to the next page starts a hair above it (rounding in the layout).
        return max(0, math.floor(top / self.document.pageSize().height() + 1e-3))

    def page_count(self) -> int:
        return self.document.pageCount()

    def item_pages(self) -> list[int]:
        return [self.page_of(block) for _title, block in self.item_blocks]

    def running_titles(self) -> list[str]:
        """What each page is about, for its header: the item or part that last started
        on or before it ("" before the first)."""
        starts = sorted(
            (self.page_of(b), n, t)
            for n, (t, b) in enumerate([*self.part_blocks, *self.item_blocks])
        )
        titles: list[str] = []
        for page in range(self.page_count()):
            current = ""
            for start, _n, title in starts:
                if start <= page:
                    current = title
            titles.append(current)
        return titles


def build_document(
    data: PackData,
    request: PackRequest,
    device: QPagedPaintDevice,
    content: QSizeF,
    pages: Sequence[int] = (),
) -> PackDocument:
    """The pack laid out on pages of ``content`` size (device units of ``device``);
    ``pages`` are the items' page numbers (0-based) for the contents, when known."""
    words = PackWords(request.language)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(pack_font())
    document.setDocumentMargin(0)
    document.setPageSize(content)
    document.setDefaultStyleSheet(
        "h1 { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }"
        "h2 { font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
        "h3 { font-size: 10pt; font-weight: 600; margin-top: 10px; margin-bottom: 3px; }"
        "th { background-color: #eeeeee; font-weight: 600; text-align: left; }"
        "td, th { padding: 3px; }"
    )
    charts: list[Series] = []
    titles: list[str] = []
    objects = PackObjects(charts, titles, words, document)
    document.documentLayout().registerHandler(CHART_OBJECT, objects)
    document.documentLayout().registerHandler(QR_OBJECT, objects)
    document.documentLayout().registerHandler(MAP_OBJECT, objects)
    writer = PackWriter(document, words, data, content, objects)
    writer.write(request, pages)
    return PackDocument(document, objects, writer.item_blocks, writer.part_blocks, words)


def qr_payloads(document: QTextDocument) -> list[str]:
    """The text of every QR code in ``document``, in order (what each code encodes)."""
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        _collect(block, found)
        block = block.next()
    return found


def _collect(block: QTextBlock, found: list[str]) -> None:
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if fmt.objectType() == QR_OBJECT:
            found.append(str(fmt.property(KEY)))
        it += 1
