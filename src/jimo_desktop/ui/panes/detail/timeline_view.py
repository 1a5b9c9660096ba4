"""The Timeline tab: an item's dated events, oldest first, each with its sources.

A vertical list with a date column. Titles (and Chinese titles), descriptions, the
items each event concerns as links (``linkActivated(ItemRef)``) and the ids of its
sources as links too (``linkActivated(ItemRef(SOURCE, id))``, with the title as tooltip).
Titles and notes are elided to ``text_limits.NAME_LIMIT``, descriptions to ``TEXT_LIMIT``.
An event's two titles come in the language's order (the Chinese one first in Chinese);
when the language changes the dates, titles and words are said again in place
(``retranslate``), the list is not built again and keeps its scroll position. Another
item's events replace the rows in place too: the scroll area keeps its one content widget
and grid (setting a new widget on every selection relaid the whole area). The rows are
built when the list is shown: events given while its tab is hidden wait for the tab (an
item picked on another tab paints without building its timeline).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import dates
from jimo_desktop.items import Event, ItemRef
from jimo_desktop.ui.panes.links import LinkLabel, ref_links, scaled_font, source_link
from jimo_desktop.ui.panes.live_text import LiveTexts, order_names
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text


class TimelineView(Retranslating, QScrollArea):
    """Events in date order; links emit ``linkActivated(ItemRef)``."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._events: list[Event] = []
        self._texts = LiveTexts()  # dates and words of the events shown
        self._titles: list[tuple[QVBoxLayout, QLabel, QLabel]] = []  # English, Chinese
        self._content = QWidget()
        self._content.setObjectName("timelineContent")
        self._grid = QGridLayout(self._content)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[QWidget] = []  # the date labels and event boxes shown
        self._due: ItemRef | bool | None = False  # the exclude of rows not built yet
        self.setWidget(self._content)

    def retranslate(self) -> None:
        """Say the events' dates and words again, their titles in the language's order."""
        self._texts.refresh()
        for layout, title_en, title_zh in self._titles:
            order_names(layout, title_en, title_zh)

    def set_events(self, events: Sequence[Event], exclude: ItemRef | None = None) -> None:
        """Show ``events`` by date; ``exclude`` (the item shown) is left out of the links.
        (Built now when the list is visible, else when it is next shown.)"""
        self._events = sorted(events, key=lambda e: (e.date_start, e.id))
        self._due = exclude
        if self.isVisible():
            self._build()

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        """The rows of the events given, if not built yet."""
        if self._due is False:
            return
        exclude = self._due if isinstance(self._due, ItemRef) else None
        self._due = False
        self._texts.clear()
        self._titles = []
        content, grid = self._content, self._grid
        for widget in self._rows:
            grid.removeWidget(widget)
            widget.setParent(None)  # out of the list at once (findChildren, focus chain)
            widget.deleteLater()
        self._rows = []
        line = self.fontMetrics().height()
        grid.setVerticalSpacing(line)
        grid.setHorizontalSpacing(line)
        date_font = scaled_font(self.font(), 1.0, bold=True)
        for row, event in enumerate(self._events):
            date = QLabel(content)
            self._texts.set(date.setText, partial(event_date, event))
            date.setObjectName("eventDate")
            date.setFont(date_font)
            date.setTextFormat(Qt.TextFormat.PlainText)
            date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(date, row, 0, Qt.AlignmentFlag.AlignTop)
            box = self._event_widget(event, exclude, content)
            grid.addWidget(box, row, 1)
            self._rows += [date, box]
        for row in range(max(grid.rowCount(), len(self._events) + 1)):
            grid.setRowStretch(row, 1 if row == len(self._events) else 0)
        self.verticalScrollBar().setValue(0)

    def events(self) -> list[Event]:
        """The events shown, in the order shown."""
        return list(self._events)

    def _event_widget(self, event: Event, exclude: ItemRef | None, parent: QWidget) -> QWidget:
        box = QFrame(parent)
        box.setObjectName("event")
        box.setProperty("eventId", event.id)
        box.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 4)

        title = QLabel(box)
        title.setObjectName("eventTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setFont(scaled_font(self.font(), 1.05, bold=True))
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setText(elided(event.title_en))
        layout.addWidget(title)
        if event.title_zh:
            title_zh = QLabel(elided(event.title_zh), box)
            title_zh.setObjectName("eventTitleZh")
            title_zh.setTextFormat(Qt.TextFormat.PlainText)
            title_zh.setWordWrap(True)
            title_zh.setFont(scaled_font(self.font(), 1.05, bold=True))
            title_zh.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(title_zh)
            order_names(layout, title, title_zh)
            self._titles.append((layout, title, title_zh))
        if event.date_note:
            note = QLabel(box)
            self._texts.set(
                note.setText,
                lambda: self.tr("Date: {note}").format(note=elided(event.date_note)),
            )
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            font = note.font()
            font.setItalic(True)
            note.setFont(font)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(note)
        if event.description:
            description = QLabel(elided(event.description, TEXT_LIMIT), box)
            description.setObjectName("eventDescription")
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setWordWrap(True)
            description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(description)
        related = [item for item in event.related if item.ref != exclude]
        if related:
            links = LinkLabel("", box)
            links.set_live_links(
                lambda: html.escape(self.tr("Concerns:")) + " " + ref_links(related)
            )
            links.setObjectName("eventRelated")
            links.refActivated.connect(self.linkActivated)
            layout.addWidget(links)
        if event.sources:
            tips = {
                f"source:{s.id}": f"{elided(s.title)} ({elided(s.publisher)}, {elided(s.grade)})"
                for s in event.sources
            }
            sources = LinkLabel("", box)
            sources.setObjectName("eventSources")
            sources.set_live_links(
                lambda: (
                    html.escape(self.tr("Sources:"))
                    + " "
                    + ", ".join(source_link(s.id) for s in event.sources)
                ),
                lambda: tips,
            )
            sources.setToolTip(
                elided(
                    "\n".join(f"{elided(s.id)}: {elided(s.title)}" for s in event.sources),
                    TEXT_LIMIT,
                )
            )
            sources.refActivated.connect(self.linkActivated)
            layout.addWidget(sources)
        return box


def event_date(event: Event) -> str:
    """The date of an event in plain words, without its note (shown under the title)."""
    return core_text(dates.describe(event.date)) or event.date
