"""The briefing pack as a ``QTextDocument``: flowing text, tables, charts and QR codes.

``gather(catalog, request)`` reads what the pack says (``PackData``): each item's detail,
the comparison of the items, the fact check's claims about them and every source cited,
numbered in the order the pack first cites them. ``build_document`` lays it out with
Qt's rich text for the given paint device (its resolution sets the font metrics): a cover,
the contents, one section per item starting on a new page (names in both languages, the
record, summary, related enterprises and projects, the figures table with the conflicts
marked as in the app, the charts, the timeline), the comparison, the fact check and the
numbered sources with a QR code for each address.

Charts and QR codes are text objects (``QPyTextObject``, PySide's ``QTextObjectInterface``) drawn when a page is
painted: a chart is one ``IndicatorChart`` (pyqtgraph) set to the series and rendered
through its scene into the painter, so it stays vector graphics; a QR code is drawn by
``qr_code.paint`` as vector paths. Both must be painted on the GUI thread (pyqtgraph's
widgets live there). The text is real text in the fonts Qt embeds: Chinese in the
Chinese-capable family the charts use, Latin text and digits in a Latin one.
"""

from __future__ import annotations

import functools
import html
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QObject, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPainter,
    QPyTextObject,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
)

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog, Claim
from jimo_desktop.chart_series import Series, qualifier_words, time_series
from jimo_desktop.comparison import MAX_ITEMS, MIN_ITEMS, Comparison, compare
from jimo_desktop.dates import describe
from jimo_desktop.figures import sorted_sources
from jimo_desktop.items import (
    Detail,
    Event,
    Figure,
    Item,
    ItemKind,
    ItemRef,
    Organization,
    Park,
    Project,
    RelatedItem,
    Source,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.ui import qr_code
from jimo_desktop.ui.briefing.pack_words import STATUS_LABELS, PackRequest, PackWords
from jimo_desktop.ui.charts.chart_fonts import cjk_family

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
QR_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
_KEY = QTextFormat.Property.UserProperty + 1  # the chart's index, or the QR code's text
_WIDTH = QTextFormat.Property.UserProperty + 2
_HEIGHT = QTextFormat.Property.UserProperty + 3
OBJECT_CHARACTER = "\ufffc"

CHART_SCENE = (760.0, 350.0)  # the size a chart is laid out at before it is scaled
CONFLICT_TINT = "#fff0c2"  # the figures table's tint of a disputed row (as in the app)
MUTED = "#555555"


@dataclass
class PackData:
    """What the pack says, read from the catalog."""

    details: list[Detail]
    claims: list[Claim]
    comparison: Comparison | None
    sources: list[Source]  # numbered 1… in this order
    data_as_of: str
    database_hash: str
    made_on: QDate = field(default_factory=QDate.currentDate)

    def number(self, source: Source) -> int:
        return self._numbers()[source.id]

    def _numbers(self) -> dict[str, int]:
        return {s.id: n for n, s in enumerate(self.sources, start=1)}


def gather(catalog: Catalog, request: PackRequest) -> PackData:
    """Everything the pack of ``request`` says; items that do not exist are left out."""
    details: list[Detail] = []
    seen: set[ItemRef] = set()
    for ref in request.refs:
        if ref in seen:
            continue
        seen.add(ref)
        detail = catalog.detail(ref)
        if detail is not None and ref.kind is not ItemKind.SOURCE:
            details.append(detail)
    refs = {d.item.ref for d in details}
    claims = [c for c in catalog.claims() if refs & {r.ref for r in c.related}]
    comparison = None
    if request.parts.comparison and MIN_ITEMS <= len(details) <= MAX_ITEMS:
        comparison = compare(
            details, {d.item.ref: catalog.item_sources(d.item.ref) for d in details}
        )
    cited: list[Source] = []
    for detail in details:
        cited += sorted_sources(detail.sources)
    if request.parts.fact_check:
        for claim in claims:
            cited += claim.evidence_sources
    sources = list({s.id: s for s in cited}.values())
    return PackData(
        details,
        claims,
        comparison,
        sources,
        catalog.data_as_of,
        paths.database_hash(catalog.path),
    )


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


def item_names(item: Item) -> tuple[str, str]:
    """An item's English and Chinese names (a source has its title only)."""
    if isinstance(item, Source):
        return item.title, ""
    return item.name_en, item.name_zh


def pack_font(size: float = 9.5) -> QFont:
    """The pack's text font: Latin text in a Latin family, Chinese in the Chinese-capable
    family the charts use (never left to a fallback that might show boxes)."""
    font = QFont()
    font.setFamilies([f for f in (latin_family(), cjk_family()) if f])
    font.setPointSizeF(size)
    return font


class PackObjects(QPyTextObject):
    """Draws the pack's charts and QR codes where the document places them."""

    def __init__(self, charts: list[Series], titles: list[str], parent: QObject):
        """``charts`` and their ``titles``: the lists the document's chart objects index
        (filled while the document is written)."""
        super().__init__(parent)
        self.charts = charts
        self.titles = titles
        self._chart: object | None = None  # the IndicatorChart, made on first use

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return QSizeF(float(fmt.property(_WIDTH)), float(fmt.property(_HEIGHT)))

    def drawObject(  # type: ignore[override]
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        if fmt.objectType() == QR_OBJECT:
            qr_code.paint(painter, rect, str(fmt.property(_KEY)))
            return
        index = int(fmt.property(_KEY))
        if 0 <= index < len(self.charts):
            self.paint_chart(painter, rect, index)

    def paint_chart(self, painter: QPainter, rect: QRectF, index: int) -> None:
        from jimo_desktop.ui.charts.indicator_chart import IndicatorChart

        chart = self._chart
        if not isinstance(chart, IndicatorChart):
            chart = self._chart = IndicatorChart()
        width, height = CHART_SCENE
        chart.set_series(self.charts[index], self.titles[index])
        chart.ci.setGeometry(QRectF(0, 0, width, height))
        chart.fit_to_width(width)
        chart.ci.layout.activate()
        chart.scene().prepareForPaint()  # the view boxes place their items (as exporters do)
        chart.separate_labels()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.scene().render(painter, rect, QRectF(0, 0, width, height))
        painter.restore()

    def release(self) -> None:
        """Let the chart widget go (it is made again if a page is painted again)."""
        chart = self._chart
        self._chart = None
        if chart is not None:
            chart.deleteLater()  # type: ignore[attr-defined]


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
    objects = PackObjects(charts, titles, document)
    document.documentLayout().registerHandler(CHART_OBJECT, objects)
    document.documentLayout().registerHandler(QR_OBJECT, objects)
    writer = _Writer(document, words, data, content, charts, titles)
    writer.write(request, pages)
    return PackDocument(document, objects, writer.item_blocks, writer.part_blocks, words)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class _Writer:
    """Fills the document part by part (the cursor stays at its end)."""

    def __init__(
        self,
        document: QTextDocument,
        words: PackWords,
        data: PackData,
        content: QSizeF,
        charts: list[Series],
        titles: list[str],
    ):
        self.document = document
        self.w = words
        self.data = data
        self.content = content
        self.charts = charts
        self.titles = titles
        self.cursor = QTextCursor(document)
        self.item_blocks: list[tuple[str, QTextBlock]] = []
        self.part_blocks: list[tuple[str, QTextBlock]] = []
        self._first_page = True

    # -- the document ---------------------------------------------------------------------

    def write(self, request: PackRequest, pages: Sequence[int]) -> None:
        parts = request.parts
        if parts.cover:
            self.cover(request)
        if parts.contents and self.data.details:
            self.contents(pages, request)
        for detail in self.data.details:
            self.item(detail, request)
        if parts.comparison and self.data.comparison is not None:
            self.comparison(self.data.comparison)
        if parts.fact_check and self.data.claims:
            self.fact_check(self.data.claims)
        if parts.sources and self.data.sources:
            self.sources()

    def new_block(self) -> None:
        """A new block of the default format (no page break inherited from the last)."""
        self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())

    def html(self, text: str) -> None:
        self.cursor.insertHtml(text)

    def new_page_heading(self, level: str, text: str, second: str = "") -> QTextBlock:
        """A heading that starts a page (but the first), and its block."""
        self.new_block()
        self.html(f"<{level}>{_e(text)}</{level}>")
        block = self.cursor.block()
        if not self._first_page:
            fmt = self.cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.cursor.setBlockFormat(fmt)
        self._first_page = False
        if second:
            self.paragraph(_e(second), f"font-size: 13pt; color: {MUTED}")
        return block

    def heading(self, text: str, level: str = "h2") -> None:
        self.new_block()
        self.html(f"<{level}>{_e(text)}</{level}>")

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
            f'<th width="{w}%">{_e(h)}</th>' for h, w in zip(header, widths, strict=True)
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
        fmt.setProperty(_KEY, key)
        fmt.setProperty(_WIDTH, width)
        fmt.setProperty(_HEIGHT, height)
        self.cursor.insertText(OBJECT_CHARACTER, fmt)

    def cite(self, sources: Iterable[Source]) -> str:
        numbers = sorted({self.data.number(s) for s in sources if s.id in self._ids})
        return ", ".join(f"[{n}]" for n in numbers)

    @property
    def _ids(self) -> set[str]:
        return {s.id for s in self.data.sources}

    def date(self, text: str) -> str:
        return self.w(describe(text)) or text

    # -- the parts ------------------------------------------------------------------------

    def cover(self, request: PackRequest) -> None:
        w = self.w
        self._first_page = False
        locale = QLocale(QLocale.Language.Chinese if w.chinese else QLocale.Language.English)
        made = locale.toString(self.data.made_on, QLocale.FormatType.LongFormat)
        self.html(
            '<p style="font-size: 11pt; color: #555555; margin-top: 120px">'
            f"{_e(w(QT_TRANSLATE_NOOP('BriefingPack', 'Jimo Explorer')))}</p>"
            f'<p style="font-size: 26pt; font-weight: 600">{_e(w(QT_TRANSLATE_NOOP("BriefingPack", "Briefing pack")))}</p>'
            f'<p style="font-size: 14pt">{_e(w(QT_TRANSLATE_NOOP("BriefingPack", "Industrial parks of Jimo District, Qingdao")))}'
            "</p>"
        )
        if request.subtitle:
            self.paragraph(_e(request.subtitle), "font-size: 12pt; margin-top: 8px")
        lines = [
            w(Message(QT_TRANSLATE_NOOP("BriefingPack", "Made on {date}"), date=made)),
            w(
                Message(
                    QT_TRANSLATE_NOOP("BriefingPack", "Data as of {date}"),
                    date=self.date(self.data.data_as_of),
                )
            )
            if self.data.data_as_of
            else "",
            w(
                Message(
                    QT_TRANSLATE_NOOP("BriefingPack", "Database {hash} (SHA-256)"),
                    hash=self.data.database_hash,
                )
            ),
            w(
                Message(
                    QT_TRANSLATE_NOOP("BriefingPack", "{count} items, {sources} sources"),
                    count=len(self.data.details),
                    sources=len(self.data.sources),
                )
            ),
        ]
        self.paragraph(
            "<br>".join(_e(line) for line in lines if line), "margin-top: 36px; font-size: 10pt"
        )
        names = []
        for detail in self.data.details:
            first, second = w.names(*item_names(detail.item))
            names.append(
                _e(first) + (f' <span style="color: {MUTED}">{_e(second)}</span>' if second else "")
            )
        if names:
            self.paragraph("<br>".join(names), "margin-top: 24px; font-size: 10.5pt")
        self.paragraph(
            _e(
                w(
                    QT_TRANSLATE_NOOP(
                        "BriefingPack",
                        "Every fact in this pack carries its source, numbered in brackets and "
                        "listed at the end with its reliability grade (A best to D). Where "
                        "sources disagree, every value is kept with its own source and the "
                        "row is marked “Disputed”.",
                    )
                )
            ),
            f"margin-top: 36px; font-size: 9pt; color: {MUTED}",
        )

    def contents(self, pages: Sequence[int], request: PackRequest) -> None:
        w = self.w
        title = w(QT_TRANSLATE_NOOP("BriefingPack", "Contents"))
        self.part_blocks.append((title, self.new_page_heading("h1", title)))
        rows = []
        for index, detail in enumerate(self.data.details):
            first, second = w.names(*item_names(detail.item))
            name = _e(first) + (
                f' <span style="color: {MUTED}">{_e(second)}</span>' if second else ""
            )
            page = str(pages[index] + 1) if index < len(pages) else ""
            rows.append((f"{index + 1}.", name, f'<p align="right">{page}</p>'))
        extra = []
        if request.parts.comparison and self.data.comparison is not None:
            extra.append(w(QT_TRANSLATE_NOOP("BriefingPack", "Comparison")))
        if request.parts.fact_check and self.data.claims:
            extra.append(w(QT_TRANSLATE_NOOP("BriefingPack", "Fact check")))
        if request.parts.sources and self.data.sources:
            extra.append(w(QT_TRANSLATE_NOOP("BriefingPack", "Sources")))
        body = "".join(
            f'<tr><td width="6%">{n}</td><td width="84%">{name}</td>'
            f'<td width="10%">{page}</td></tr>'
            for n, name, page in rows
        )
        body += "".join(f'<tr><td></td><td colspan="2">{_e(x)}</td></tr>' for x in extra)
        self.new_block()
        self.html(
            f'<table width="100%" cellspacing="0" cellpadding="4" style="font-size: 11pt">'
            f"{body}</table>"
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def item(self, detail: Detail, request: PackRequest) -> None:
        w = self.w
        item = detail.item
        first, second = w.names(*item_names(item))
        block = self.new_page_heading("h1", first, second)
        self.item_blocks.append((first, block))
        if request.parts.profiles:
            self.profile(detail)
        if request.parts.figures and detail.figures:
            self.figures(detail)
        if request.parts.timeline and detail.events:
            self.timeline(detail.events)

    def profile(self, detail: Detail) -> None:
        w = self.w
        item = detail.item
        rows: list[tuple[str, str]] = [
            (w(QT_TRANSLATE_NOOP("BriefingPack", "Kind")), _e(w.kind(item.ref.kind)))
        ]
        summary = ""
        if isinstance(item, Park):
            area = detail.area
            rows += [
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), _e(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Level")), _e(w.word(item.level))),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Founded")),
                    _e(self.founded(item.founded, item.founded_note)),
                ),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Area")),
                    _e(f"{area.display_value} ({self.date(area.period)})" if area else "")
                    + (f" {self.cite(area.sources)}" if area else ""),
                ),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Location")), _e(item.location)),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Towns and sub-districts")),
                    self.names_of(item.places),
                ),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Industries")),
                    self.names_of(item.industries),
                ),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Part of")),
                    self.names_of([item.parent] if item.parent else []),
                ),
            ]
            summary = item.summary
        elif isinstance(item, Organization):
            rows += [
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), _e(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Founded")), _e(self.date(item.founded))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Stock code")), _e(item.stock_code)),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Address")), _e(item.address)),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Park")),
                    self.names_of([item.park] if item.park else []),
                ),
            ]
            summary = item.summary
        elif isinstance(item, Project):
            rows += [
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), _e(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Started")), _e(self.date(item.started))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Opened")), _e(self.date(item.opened))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Location")), _e(item.location)),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Park")),
                    self.names_of([item.park] if item.park else []),
                ),
            ]
            summary = item.summary
        else:
            summary = getattr(item, "summary", "") or getattr(item, "description", "")
        names_row = (
            w(QT_TRANSLATE_NOOP("BriefingPack", "Names")),
            self.both_names(*item_names(item)),
        )
        shown = [names_row, *[(k, v) for k, v in rows if v.strip()]]
        self.new_block()
        self.html(
            '<table width="100%" cellspacing="0" cellpadding="2">'
            + "".join(
                f'<tr><td width="24%" style="color: {MUTED}">{_e(k)}</td>'
                f'<td width="76%">{v}</td></tr>'
                for k, v in shown
            )
            + "</table>"
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if summary:
            self.heading(w(QT_TRANSLATE_NOOP("BriefingPack", "Summary")), "h3")
            self.paragraph(_e(summary))
        cited = {s.id for f in detail.figures for s in f.sources}
        own = [s for s in detail.sources if s.id not in cited]
        if own:
            self.paragraph(
                _e(
                    w(
                        Message(
                            QT_TRANSLATE_NOOP("BriefingPack", "Sources of this profile: {numbers}"),
                            numbers=self.cite(own),
                        )
                    )
                ),
                f"font-size: 8.5pt; color: {MUTED}",
            )
        self.related(detail.related)

    def founded(self, founded: str, note: str) -> str:
        text = self.date(founded)
        return f"{text} ({note})" if note and text else text

    def both_names(self, name_en: str, name_zh: str) -> str:
        return " · ".join(_e(n) for n in dict.fromkeys((name_en, name_zh)) if n)

    def names_of(self, items: Iterable[RelatedItem]) -> str:
        shown = []
        for item in items:
            first, second = self.w.names(item.name, item.name_zh)
            shown.append(_e(first) + (f" ({_e(second)})" if second else ""))
        return "; ".join(shown)

    def related(self, related: Sequence[RelatedItem]) -> None:
        w = self.w
        groups = (
            (
                ItemKind.ORGANIZATION,
                QT_TRANSLATE_NOOP("BriefingPack", "Enterprises and organizations"),
            ),
            (ItemKind.PROJECT, QT_TRANSLATE_NOOP("BriefingPack", "Projects")),
            (ItemKind.PARK, QT_TRANSLATE_NOOP("BriefingPack", "Parks and zones")),
        )
        for kind, title in groups:
            items = [r for r in related if r.ref.kind is kind]
            if not items:
                continue
            self.heading(w(title), "h3")
            lines = []
            for item in items:
                first, second = w.names(item.name, item.name_zh)
                text = _e(first) + (f" · {_e(second)}" if second else "")
                if item.detail:
                    text += f' <span style="color: {MUTED}">({_e(w.word(item.detail))})</span>'
                lines.append(f"• {text}")
            self.paragraph("<br>".join(lines))

    def figures(self, detail: Detail) -> None:
        w = self.w
        self.heading(w(QT_TRANSLATE_NOOP("BriefingPack", "Figures")))
        if detail.conflicts:
            self.paragraph(
                "<b>⚠ "
                + _e(
                    w(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "BriefingPack",
                                "{n} of these figures are disputed or not comparable (marked "
                                "so). Every value is kept with its own source.",
                            ),
                            n=len(detail.conflicts),
                        )
                    )
                )
                + "</b>",
                "color: #8a5200",
            )
        figures = sorted(detail.figures, key=lambda f: (f.metric, f.period_start, f.period_end))
        rows = []
        tints = []
        for figure in figures:
            rows.append(
                (
                    _e(self.metric(figure))
                    + (
                        f'<br><b style="color: #8a5200">'
                        f"{_e(' · '.join(w(label) for label in figure.status_labels))}</b>"
                        if figure.status_labels
                        else ""
                    ),
                    _e(
                        self.date(figure.period)
                        or w(QT_TRANSLATE_NOOP("BriefingPack", "no period given"))
                    ),
                    _e(w(qualifier_words(figure.qualifier))),
                    _e(self.value(figure)),
                    self.cite(list(figure.sources)),
                )
            )
            tints.append(CONFLICT_TINT if figure.status_labels else "")
        self.table(
            [
                w(QT_TRANSLATE_NOOP("BriefingPack", "Metric")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Period")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Qualifier")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Value as published")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Source")),
            ],
            rows,
            (34, 18, 12, 26, 10),
            tints,
        )
        series = time_series(detail.figures)
        if series:
            self.charts_of(detail, series)

    def metric(self, figure: Figure) -> str:
        measure = figure.measure
        if self.w.chinese and measure.label_zh:
            return measure.label_zh
        return measure.label or figure.metric

    @staticmethod
    def value(figure: Figure) -> str:
        if figure.unit and figure.value_text.rstrip().endswith(figure.unit):
            return figure.value_text
        return figure.display_value

    def charts_of(self, detail: Detail, series: Sequence[Series]) -> None:
        width = self.content.width()
        height = width * CHART_SCENE[1] / CHART_SCENE[0]
        first, _second = self.w.names(*item_names(detail.item))
        for chart in series:
            self.charts.append(chart)
            metric = chart.figures[0] if chart.figures else None
            label = self.metric(metric) if metric else chart.title
            self.titles.append(f"{label} · {first}")
            self.new_block()
            self.object(CHART_OBJECT, len(self.charts) - 1, width, height)
            numbers = self.cite(chart.sources)
            self.paragraph(
                _e(
                    self.w(
                        Message(
                            QT_TRANSLATE_NOOP("BriefingPack", "Sources: {numbers}"), numbers=numbers
                        )
                    )
                ),
                f"font-size: 8pt; color: {MUTED}",
            )

    def timeline(self, events: Sequence[Event]) -> None:
        w = self.w
        self.heading(w(QT_TRANSLATE_NOOP("BriefingPack", "Timeline")))
        rows = []
        for event in sorted(events, key=lambda e: (e.date_start, e.id)):
            first, second = w.names(event.title_en, event.title_zh)
            text = f"<b>{_e(first)}</b>" + (f"<br>{_e(second)}" if second else "")
            if event.description:
                text += f'<br><span style="color: {MUTED}">{_e(event.description)}</span>'
            date = self.date(event.date)
            if event.date_note:
                date += f" ({event.date_note})"
            rows.append((_e(date), text, self.cite(event.sources)))
        self.table(
            [
                w(QT_TRANSLATE_NOOP("BriefingPack", "Date")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Event")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Source")),
            ],
            rows,
            (18, 70, 12),
        )

    def comparison(self, comparison: Comparison) -> None:
        w = self.w
        title = w(QT_TRANSLATE_NOOP("BriefingPack", "Comparison"))
        self.part_blocks.append((title, self.new_page_heading("h1", title)))
        headers = [""]
        for detail in self.data.details:
            headers.append(w.names(*item_names(detail.item))[0])
        count = len(headers) - 1
        rows = []
        tints = []
        for row in comparison.rows:
            if row.key == "name_zh":
                continue
            label = row.label
            if row.metric is not None and w.chinese and row.metric.label_zh:
                label = row.metric.label_zh
            cells = [f"<b>{_e(w(label))}</b>"]
            for cell in row.cells:
                text = _e(w.word(cell.text) if not row.is_metric else cell.text)
                if row.is_metric and cell.figures:
                    text += f'<br><span style="font-size: 8pt; color: {MUTED}">'
                    text += _e(self.date(cell.figures[0].period))
                    text += f" {self.cite(cell.sources)}</span>"
                if cell.disputed:
                    text += f'<br><b style="color: #8a5200">{_e(w(QT_TRANSLATE_NOOP("BriefingPack", "Disputed")))}</b>'
                cells.append(text)
            rows.append(cells)
            tints.append(CONFLICT_TINT if any(c.disputed for c in row.cells) else "")
        first = 20
        rest = (100 - first) // max(count, 1)
        self.table(headers, rows, (first, *([rest] * count)), tints)

    def fact_check(self, claims: Sequence[Claim]) -> None:
        w = self.w
        title = w(QT_TRANSLATE_NOOP("BriefingPack", "Fact check"))
        self.part_blocks.append((title, self.new_page_heading("h1", title)))
        self.paragraph(
            _e(
                w(
                    QT_TRANSLATE_NOOP(
                        "BriefingPack",
                        "Claims of the article that started this project about the items "
                        "in this pack, and what better sources say.",
                    )
                )
            ),
            f"color: {MUTED}",
        )
        rows = []
        for claim in claims:
            status = w(STATUS_LABELS.get(claim.status, claim.status))
            if claim.inferred:
                status = w(
                    Message(QT_TRANSLATE_NOOP("FactCheck", "{status} (inferred)"), status=status)
                )
            text = _e(claim.claim)
            if claim.evidence:
                text += f'<br><span style="color: {MUTED}">{_e(claim.evidence)}</span>'
            rows.append((str(claim.number), text, _e(status), self.cite(claim.evidence_sources)))
        self.table(
            [
                "#",
                w(QT_TRANSLATE_NOOP("BriefingPack", "Claim")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Status")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Source")),
            ],
            rows,
            (6, 62, 20, 12),
        )

    def sources(self) -> None:
        w = self.w
        title = w(QT_TRANSLATE_NOOP("BriefingPack", "Sources"))
        self.part_blocks.append((title, self.new_page_heading("h1", title)))
        side = self.content.width() * 0.13
        table = self.cursor.insertTable(len(self.data.sources), 3)
        for row, source in enumerate(self.data.sources):
            number = table.cellAt(row, 0).firstCursorPosition()
            number.insertHtml(f"<b>[{row + 1}]</b>")
            text = table.cellAt(row, 1).firstCursorPosition()
            parts = [f"<b>{_e(source.title)}</b>"]
            published = ", ".join(p for p in (source.publisher, self.date(source.date)) if p)
            if published:
                parts.append(_e(published))
            if source.address:
                parts.append(f'<span style="font-size: 8pt">{_e(source.address)}</span>')
            grade = w(
                Message(
                    QT_TRANSLATE_NOOP("BriefingPack", "Grade {grade} · {id}"),
                    grade=source.grade,
                    id=source.id,
                )
            )
            parts.append(f'<span style="color: {MUTED}">{_e(grade)}</span>')
            text.insertHtml("<br>".join(parts))
            if source.is_online:
                qr = table.cellAt(row, 2).firstCursorPosition()
                fmt_obj = QTextCharFormat()
                fmt_obj.setObjectType(QR_OBJECT)
                fmt_obj.setProperty(_KEY, source.address)
                fmt_obj.setProperty(_WIDTH, side)
                fmt_obj.setProperty(_HEIGHT, side)
                qr.insertText(OBJECT_CHARACTER, fmt_obj)
        columns = table.format()
        columns.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        columns.setCellPadding(4)
        columns.setCellSpacing(0)
        columns.setBorder(0)
        columns.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 7),
                QTextLength(QTextLength.Type.PercentageLength, 76),
                QTextLength(QTextLength.Type.PercentageLength, 17),
            ]
        )
        table.setFormat(columns)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


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
            found.append(str(fmt.property(_KEY)))
        it += 1
