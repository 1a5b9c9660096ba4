"""Painting the briefing pack onto pages: a PDF file (``QPdfWriter``) or a printer.

``PackBuild`` lays the document out for its paint device (A4, or Letter where the locale
uses it), then paints it one page per ``step()``: the page's slice of the document, a
running header (the item the page is about) and the page number. The PDF is painted into
memory; ``finish()`` adds the bookmarks (``pdf_outline``: one per item, then the
comparison, fact check and sources) and the file is written by ``safe_write`` (a
temporary file in the same folder, renamed at the end), so that a failure or a cancel
leaves nothing behind and an existing file as it was.

Why in steps on the GUI thread and not in a worker thread: the charts are pyqtgraph
widgets, which may only be made and rendered on the GUI thread, and they are drawn while
the pages are painted. Painting a page takes a few tens of milliseconds, so the window
paints the pack a page at a time from its event loop (``run_in_steps`` in the dialog),
with progress and cancel between pages; the command line runs the same steps in a loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from jimo_desktop import __version__
from jimo_desktop.catalog import Catalog
from jimo_desktop.pdf_outline import OutlineEntry, add_outline
from jimo_desktop.safe_write import write_atomic
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.ui.briefing.pack_data import PackData, gather
from jimo_desktop.ui.briefing.pack_document import PackDocument, build_document
from jimo_desktop.ui.briefing.pack_fonts import pack_font, same_glyphs
from jimo_desktop.ui.briefing.pack_words import PackRequest, paper_size

RESOLUTION = 96  # dots per inch of the device units: the screen's, at which charts are laid out
_MM = 1 / 25.4
MARGINS_MM = (18.0, 22.0, 18.0, 20.0)  # left, top, right, bottom: room for header and footer


def page_layout(paper: QPageSize.PageSizeId) -> QPageLayout:
    """The pack's page: portrait, the whole sheet painted (the margins are the pack's)."""
    return QPageLayout(
        QPageSize(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


class PackBuild:
    """One pack painted onto ``device`` (default: a PDF in memory), a page per step."""

    def __init__(
        self,
        catalog: Catalog,
        request: PackRequest,
        device: QPagedPaintDevice | None = None,
        *,
        locale: QLocale | None = None,
        paper: QPageSize.PageSizeId | None = None,
        data: PackData | None = None,
    ):
        """``device``: a printer, or None for a PDF in memory on ``paper`` (default: the
        paper of ``locale``, else of the system's)."""
        self.request = request
        self.data = data if data is not None else gather(catalog, request)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        if device is None:
            self._buffer = QBuffer(self._bytes)
            self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QPdfWriter(self._buffer)
            writer.setResolution(RESOLUTION)
            writer.setPageLayout(page_layout(paper if paper is not None else paper_size(locale)))
            writer.setCreator(f"Jimo Explorer {__version__}")
            device = writer
        self.device = device
        self._pdf = device if isinstance(device, QPdfWriter) else None
        dpi = device.logicalDpiX()
        left, top, right, bottom = (m * _MM * dpi for m in MARGINS_MM)
        self.page = QRectF(0, 0, device.width(), device.height())
        self.content = self.page.adjusted(left, top, -right, -bottom)
        self.pack = self._layout()
        if self._pdf is not None:
            self._pdf.setTitle(self.title())
        self._titles = self.pack.running_titles()
        self._painter: QPainter | None = None
        self._next = 0

    def title(self) -> str:
        words = self.pack.words
        subtitle = self.request.subtitle
        title = words(QT_TRANSLATE_NOOP("BriefingPack", "Briefing pack"))
        return f"{title} · {subtitle}" if subtitle else title

    def _layout(self) -> PackDocument:
        """The document, its contents numbered with the pages its items start on."""
        size = QSizeF(self.content.width(), self.content.height())
        pack = build_document(self.data, self.request, self.device, size)
        if not self.request.parts.contents:
            return pack
        for _attempt in range(3):
            pages = pack.item_pages()
            pack.objects.release()
            pack = build_document(self.data, self.request, self.device, size, pages)
            if pack.item_pages() == pages:
                break
        return pack

    @property
    def page_count(self) -> int:
        return self.pack.page_count()

    @property
    def done(self) -> bool:
        return self._next >= self.page_count

    def steps(self) -> Iterator[int]:
        """Paint the pages, yielding the number painted after each one."""
        while not self.done:
            self.step()
            yield self._next

    def step(self) -> None:
        """Paint the next page."""
        if self.done:
            return
        if self._painter is None:
            self._painter = QPainter()
            if not self._painter.begin(self.device):
                raise OSError("the pages could not be painted")
        elif not self.device.newPage():
            raise OSError("no new page could be started")
        self._paint_page(self._painter, self._next)
        self._next += 1

    def _paint_page(self, painter: QPainter, index: int) -> None:
        document = self.pack.document
        height = document.pageSize().height()
        painter.save()
        painter.translate(self.content.left(), self.content.top() - index * height)
        document.drawContents(painter, QRectF(0, index * height, self.content.width(), height))
        painter.restore()
        if index == 0 and self.request.parts.cover:
            return  # the cover has no header
        self._paint_margins(painter, index)

    def _paint_margins(self, painter: QPainter, index: int) -> None:
        words = self.pack.words
        dpi = self.device.logicalDpiX()
        painter.save()
        painter.setFont(pack_font(7.5))
        painter.setPen(QColor("#555555"))
        gap = 3 * _MM * dpi
        line_height = painter.fontMetrics().height()
        header = QRectF(
            self.content.left(),
            self.content.top() - gap - line_height,
            self.content.width(),
            line_height,
        )
        left = words(QT_TRANSLATE_NOOP("BriefingPack", "Jimo Explorer · Briefing pack"))
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, left)
        running = self._titles[index] if index < len(self._titles) else ""
        if running:
            elided = painter.fontMetrics().elidedText(
                running, Qt.TextElideMode.ElideRight, int(self.content.width() * 0.6)
            )
            painter.drawText(
                header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, elided
            )
        pen = QPen(QColor("#bbbbbb"))
        pen.setWidthF(0.3 * _MM * dpi)
        painter.setPen(pen)
        y = self.content.top() - gap / 2
        painter.drawLine(QPointF(self.content.left(), y), QPointF(self.content.right(), y))
        painter.setPen(QColor("#555555"))
        footer = QRectF(
            self.content.left(), self.content.bottom() + gap, self.content.width(), line_height
        )
        page = words(
            Message(
                QT_TRANSLATE_NOOP("BriefingPack", "Page {page} of {pages}"),
                page=index + 1,
                pages=self.page_count,
            )
        )
        painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, page)
        painter.drawText(
            footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.data.database_hash
        )
        painter.restore()

    def outline(self) -> list[OutlineEntry]:
        """The bookmarks: each item, then the comparison, fact check and sources."""
        pack = self.pack
        entries = [OutlineEntry(t, pack.page_of(b)) for t, b in pack.item_blocks]
        contents = pack.words(QT_TRANSLATE_NOOP("BriefingPack", "Contents"))
        entries += [OutlineEntry(t, pack.page_of(b)) for t, b in pack.part_blocks if t != contents]
        return entries

    def close(self) -> None:
        """End the painting (whatever happened) and let the chart go."""
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._painter = None
        self.pack.objects.release()

    def finish(self) -> bytes:
        """Paint what is left; the PDF's bytes with its bookmarks (for a PDF device)."""
        for _page in self.steps():
            pass
        self.close()
        if self._buffer is None:
            return b""
        self._buffer.close()
        return add_outline(bytes(self._bytes.data()), self.outline(), same=same_glyphs())


def write_pack(catalog: Catalog, request: PackRequest, path: Path) -> PackBuild:
    """Build the pack of ``request`` and write it to ``path`` (atomically)."""
    build = PackBuild(catalog, request)
    try:
        data = build.finish()
    finally:
        build.close()
    write_atomic(Path(path), data)
    return build


def save_pack(build: PackBuild, path: Path) -> bytes:
    """The bytes of a fully painted ``build`` written to ``path`` (atomically)."""
    data = build.finish()
    write_atomic(Path(path), data)
    return data
