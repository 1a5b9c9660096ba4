"""An item's section of the pack: its names, profile, related items, figures, charts and
timeline (``ItemWriter.item``), on a page of its own."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QTextCursor

from jimo_desktop.chart_series import Series, qualifier_words, time_series
from jimo_desktop.items import (
    Detail,
    Event,
    Figure,
    ItemKind,
    Organization,
    Park,
    Project,
    RelatedItem,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.ui.briefing.pack_data import item_names
from jimo_desktop.ui.briefing.pack_objects import CHART_OBJECT, CHART_SCENE
from jimo_desktop.ui.briefing.pack_text import (
    CONFLICT_COLOUR,
    CONFLICT_TINT,
    MUTED,
    TextWriter,
    esc,
)
from jimo_desktop.ui.briefing.pack_words import PackRequest


class ItemWriter(TextWriter):
    """Writes the section of each item."""

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
            (w(QT_TRANSLATE_NOOP("BriefingPack", "Kind")), esc(w.kind(item.ref.kind)))
        ]
        summary = ""
        if isinstance(item, Park):
            area = detail.area
            rows += [
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), esc(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Level")), esc(w.word(item.level))),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Founded")),
                    esc(self.founded(item.founded, item.founded_note)),
                ),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Area")),
                    esc(f"{area.display_value} ({self.date(area.period)})" if area else "")
                    + (f" {self.cite(list(area.sources))}" if area else ""),
                ),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Location")), esc(item.location)),
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
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), esc(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Founded")), esc(self.date(item.founded))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Stock code")), esc(item.stock_code)),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Address")), esc(item.address)),
                (
                    w(QT_TRANSLATE_NOOP("BriefingPack", "Park")),
                    self.names_of([item.park] if item.park else []),
                ),
            ]
            summary = item.summary
        elif isinstance(item, Project):
            rows += [
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Type")), esc(w.word(item.kind))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Started")), esc(self.date(item.started))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Opened")), esc(self.date(item.opened))),
                (w(QT_TRANSLATE_NOOP("BriefingPack", "Location")), esc(item.location)),
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
                f'<tr><td width="24%" style="color: {MUTED}">{esc(k)}</td>'
                f'<td width="76%">{v}</td></tr>'
                for k, v in shown
            )
            + "</table>"
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if summary:
            self.heading(w(QT_TRANSLATE_NOOP("BriefingPack", "Summary")), "h3")
            self.paragraph(esc(summary))
        cited = {s.id for f in detail.figures for s in f.sources}
        own = [s for s in detail.sources if s.id not in cited]
        if own:
            self.paragraph(
                esc(
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
        return " · ".join(esc(n) for n in dict.fromkeys((name_en, name_zh)) if n)

    def names_of(self, items: Iterable[RelatedItem]) -> str:
        shown = []
        for item in items:
            first, second = self.w.names(item.name, item.name_zh)
            shown.append(esc(first) + (f" ({esc(second)})" if second else ""))
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
                text = esc(first) + (f" · {esc(second)}" if second else "")
                if item.detail:
                    text += f' <span style="color: {MUTED}">({esc(w.word(item.detail))})</span>'
                lines.append(f"• {text}")
            self.paragraph("<br>".join(lines))

    def figures(self, detail: Detail) -> None:
        w = self.w
        self.heading(w(QT_TRANSLATE_NOOP("BriefingPack", "Figures")))
        if detail.conflicts:
            self.paragraph(
                "<b>⚠ "
                + esc(
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
                f"color: {CONFLICT_COLOUR}",
            )
        figures = sorted(detail.figures, key=lambda f: (f.metric, f.period_start, f.period_end))
        rows = []
        tints = []
        for figure in figures:
            rows.append(
                (
                    esc(self.metric(figure))
                    + (f"<br>{self.disputed(figure.status_labels)}" if figure.status_labels else ""),
                    esc(
                        self.date(figure.period)
                        or w(QT_TRANSLATE_NOOP("BriefingPack", "no period given"))
                    ),
                    esc(w(qualifier_words(figure.qualifier))),
                    esc(self.value(figure)),
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
                esc(
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
            text = f"<b>{esc(first)}</b>" + (f"<br>{esc(second)}" if second else "")
            if event.description:
                text += f'<br><span style="color: {MUTED}">{esc(event.description)}</span>'
            date = self.date(event.date)
            if event.date_note:
                date += f" ({event.date_note})"
            rows.append((esc(date), text, self.cite(event.sources)))
        self.table(
            [
                w(QT_TRANSLATE_NOOP("BriefingPack", "Date")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Event")),
                w(QT_TRANSLATE_NOOP("BriefingPack", "Source")),
            ],
            rows,
            (18, 70, 12),
        )
