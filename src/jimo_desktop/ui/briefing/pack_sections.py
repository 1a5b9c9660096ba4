"""The parts of the pack around its items: the cover, the contents, the map, the
comparison, the fact check and the numbered sources with their QR codes
(``PackWriter.write`` writes the whole pack in order)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextLength

from jimo_desktop.catalog import Claim
from jimo_desktop.catalog.map_data import ATTRIBUTION, DISTRICT_ONLY, MapData
from jimo_desktop.comparison import Comparison
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.ui.briefing.pack_data import item_names, map_park
from jimo_desktop.ui.briefing.pack_items import ItemWriter
from jimo_desktop.ui.briefing.pack_map import map_aspect, pack_name
from jimo_desktop.ui.briefing.pack_objects import (
    HEIGHT,
    KEY,
    MAP_OBJECT,
    OBJECT_CHARACTER,
    QR_OBJECT,
    WIDTH,
    PackMap,
)
from jimo_desktop.ui.briefing.pack_text import CONFLICT_TINT, MUTED, esc
from jimo_desktop.ui.briefing.pack_words import STATUS_LABELS, PackRequest
from jimo_desktop.ui.panes.map.map_scene import HIGHLIGHT_FILL, PARK_FILL

MAP_TITLE = QT_TRANSLATE_NOOP("BriefingPack", "Map")
MAP_SHARE = 0.56  # at most this share of the page's height for the map


class PackWriter(ItemWriter):
    """Writes the whole pack."""

    def write(self, request: PackRequest, pages: Sequence[int]) -> None:
        """The whole pack, in one edit: the document is laid out once, at the end (laid
        out after each insertion, the sources alone took seconds)."""
        self.cursor.beginEditBlock()
        try:
            self._write(request, pages)
        finally:
            self.cursor.endEditBlock()

    def _write(self, request: PackRequest, pages: Sequence[int]) -> None:
        parts = request.parts
        if parts.cover:
            self.cover(request)
        if parts.contents and self.data.details:
            self.contents(pages, request)
        if self.data.map is not None:
            self.map_page(self.data.map)
        for detail in self.data.details:
            self.item(detail, request)
        if parts.comparison and self.data.comparison is not None:
            self.comparison(self.data.comparison)
        if parts.fact_check and self.data.claims:
            self.fact_check(self.data.claims)
        if parts.sources and self.data.sources:
            self.sources()

    # -- the parts ------------------------------------------------------------------------

    def cover(self, request: PackRequest) -> None:
        w = self.w
        self._first_page = False
        locale = QLocale(QLocale.Language.Chinese if w.chinese else QLocale.Language.English)
        made = locale.toString(self.data.made_on, QLocale.FormatType.LongFormat)
        app_name = esc(w(QT_TRANSLATE_NOOP("BriefingPack", "Jimo Explorer")))
        title = esc(w(QT_TRANSLATE_NOOP("BriefingPack", "Briefing pack")))
        what = esc(
            w(QT_TRANSLATE_NOOP("BriefingPack", "Industrial parks of Jimo District, Qingdao"))
        )
        self.html(
            f'<p style="font-size: 11pt; color: {MUTED}; margin-top: 120px">{app_name}</p>'
            f'<p style="font-size: 26pt; font-weight: 600">{title}</p>'
            f'<p style="font-size: 14pt">{what}</p>'
        )
        if request.subtitle:
            self.paragraph(esc(request.subtitle), "font-size: 12pt; margin-top: 8px")
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
            "<br>".join(esc(line) for line in lines if line), "margin-top: 36px; font-size: 10pt"
        )
        names = []
        for detail in self.data.details:
            first, second = w.names(*item_names(detail.item))
            names.append(
                esc(first)
                + (f' <span style="color: {MUTED}">{esc(second)}</span>' if second else "")
            )
        if names:
            self.paragraph("<br>".join(names), "margin-top: 24px; font-size: 10.5pt")
        self.paragraph(
            esc(
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
            name = esc(first) + (
                f' <span style="color: {MUTED}">{esc(second)}</span>' if second else ""
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
        body += "".join(f'<tr><td></td><td colspan="2">{esc(x)}</td></tr>' for x in extra)
        if self.data.map is not None:  # the page before the items
            body = f'<tr><td></td><td colspan="2">{esc(w(MAP_TITLE))}</td></tr>' + body
        self.new_block()
        self.html(
            f'<table width="100%" cellspacing="0" cellpadding="4" style="font-size: 11pt">'
            f"{body}</table>"
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def map_page(self, data: MapData) -> None:
        """Jimo's map with the items' towns highlighted, the towns each item is placed in
        and the items whose location within the district is not published."""
        w = self.w
        title = w(MAP_TITLE)
        self.part_blocks.append((title, self.new_page_heading("h1", title)))
        details = self.data.details
        towns = {place.ref.id for d in details for place in self.data.towns_of(d)}
        self.objects.map = PackMap(data, towns, w)
        width = self.content.width()
        height = min(width * map_aspect(data), self.content.height() * MAP_SHARE)
        self.new_block()
        self.object(MAP_OBJECT, 0, width, height)
        boundary = [data.source] if data.source is not None else []
        caption = w(
            Message(
                QT_TRANSLATE_NOOP(
                    "BriefingPack", "Boundaries: OpenStreetMap, {date}; not an official map."
                ),
                date=self.date(data.source.date) if data.source is not None else "",
            )
        )
        self.paragraph(
            f"{esc(caption)} {self.cite(boundary)} · {esc(w(ATTRIBUTION))}",
            f"font-size: 8pt; color: {MUTED}",
        )
        key = (
            f'<span style="background-color: {HIGHLIGHT_FILL.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
            + esc(
                w(QT_TRANSLATE_NOOP("BriefingPack", "towns and sub-districts of this pack's items"))
            )
            + f' &nbsp; <span style="background-color: {PARK_FILL.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
            + esc(w(QT_TRANSLATE_NOOP("BriefingPack", "other towns with parks")))
        )
        self.paragraph(key, "font-size: 8.5pt")
        rows = []
        for detail in details:
            places = self.data.towns_of(detail)
            if not places:
                continue
            park_ids = {k.ref for p in places for k in p.parks}
            sources = [
                data.sources[k.source_id]
                for p in places
                for k in p.parks
                if k.ref in park_ids and k.source_id in data.sources
            ]
            first, _second = w.names(*item_names(detail.item))
            names = "; ".join(esc(pack_name(w, p)) for p in places)
            rows.append((esc(first), names, self.cite(sources)))
        if rows:
            self.table(
                [
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Item")),
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Towns and sub-districts")),
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Source")),
                ],
                rows,
                (44, 44, 12),
            )
        unplaced = [d for d in details if self.data.district_only(d)]
        if unplaced:
            self.heading(w(DISTRICT_ONLY), "h3")
            lines = []
            for detail in unplaced:
                first, second = w.names(*item_names(detail.item))
                links = [
                    data.sources[k.source_id]
                    for k in data.district_only
                    if k.ref == map_park(detail.item) and k.source_id in data.sources
                ]
                text = esc(first) + (f" · {esc(second)}" if second else "")
                lines.append(f"• {text} {self.cite(links)}")
            self.paragraph("<br>".join(lines))

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
            cells = [f"<b>{esc(w(label))}</b>"]
            for cell in row.cells:
                text = esc(w.word(cell.text) if not row.is_metric else cell.text)
                if row.is_metric and cell.figures:
                    text += f'<br><span style="font-size: 8pt; color: {MUTED}">'
                    text += esc(self.date(cell.figures[0].period))
                    text += f" {self.cite(cell.sources)}</span>"
                if cell.disputed:
                    text += f"<br>{self.disputed()}"
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
            esc(
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
            text = esc(claim.claim)
            if claim.evidence:
                text += f'<br><span style="color: {MUTED}">{esc(claim.evidence)}</span>'
            rows.append((str(claim.number), text, esc(status), self.cite(claim.evidence_sources)))
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
            parts = [f"<b>{esc(source.title)}</b>"]
            published = ", ".join(p for p in (source.publisher, self.date(source.date)) if p)
            if published:
                parts.append(esc(published))
            if source.address:
                parts.append(f'<span style="font-size: 8pt">{esc(source.address)}</span>')
            grade = w(
                Message(
                    QT_TRANSLATE_NOOP("BriefingPack", "Grade {grade} · {id}"),
                    grade=source.grade,
                    id=source.id,
                )
            )
            parts.append(f'<span style="color: {MUTED}">{esc(grade)}</span>')
            text.insertHtml("<br>".join(parts))
            if source.is_online:
                qr = table.cellAt(row, 2).firstCursorPosition()
                fmt_obj = QTextCharFormat()
                fmt_obj.setObjectType(QR_OBJECT)
                fmt_obj.setProperty(KEY, source.address)
                fmt_obj.setProperty(WIDTH, side)
                fmt_obj.setProperty(HEIGHT, side)
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
