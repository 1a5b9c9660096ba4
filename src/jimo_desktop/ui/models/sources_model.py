"""The sources cited for an item, with their reliability grades: a table model.

A thin model over ``catalog.Source`` objects: id, grade, date, publisher, title. The
tooltip of a row says what its grade means; ``SOURCE_ROLE`` gives the row's Source (``SOURCES_ROLE`` too, so that a copied row carries
the source's full citation).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from jimo_desktop import dates
from jimo_desktop.items import Source
from jimo_desktop.ui.models.row_copy import SOURCES_ROLE
from jimo_desktop.ui.models.row_table import SORT_ROLE, RowTableModel
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import core_text

# The catalog.Source of the row.
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 22


def grade_meaning(grade: str) -> str:
    """What a grade means, in plain words (for tooltips)."""
    meanings = {
        "A": QCoreApplication.translate(
            "SourceGrade", "Grade A: official body, major outlet or stock-exchange filing."
        ),
        "B": QCoreApplication.translate(
            "SourceGrade", "Grade B: regional news, or a repost of regional news."
        ),
        "C": QCoreApplication.translate(
            "SourceGrade",
            "Grade C: forum, aggregator or low-quality page; used only with corroboration.",
        ),
    }
    parts = [meanings[g] for g in grade.split("/") if g in meanings]
    return " ".join(parts)


def source_tooltip(source: Source) -> str:
    """Rich-text tooltip: title, publisher and date, grade meaning, note, address."""
    lines = [f"<b>{html.escape(elided(source.id))}</b> — {html.escape(elided(source.title))}"]
    published = ", ".join(
        elided(p) for p in (source.publisher, core_text(dates.describe(source.date))) if p
    )
    if published:
        lines.append(html.escape(published))
    meaning = grade_meaning(source.grade)
    if meaning:
        lines.append(html.escape(meaning))
    if source.note:
        lines.append(f"<i>{html.escape(elided(source.note, TEXT_LIMIT))}</i>")
    if source.address:
        lines.append(html.escape(elided(source.address)))
    return "<p>" + "<br>".join(lines) + "</p>"


class SourcesModel(RowTableModel):
    """Rows of sources: id, grade, date, publisher, title (last, so it gets the room)."""

    ID, GRADE, DATE, PUBLISHER, TITLE = range(5)

    def titles(self) -> Sequence[str]:
        return (
            self.tr("Id"), self.tr("Grade"), self.tr("Date"), self.tr("Publisher"), self.tr("Title"),
        )  # fmt: skip

    def set_sources(self, sources: Sequence[Source]) -> None:
        self.set_rows(sources)

    def cell(self, source: Source, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.ID: source.id,
                self.GRADE: source.grade,
                self.TITLE: source.title,
                self.PUBLISHER: source.publisher,
                self.DATE: core_text(dates.describe(source.date)) or self.tr("undated"),
            }.get(column)
        if role == SORT_ROLE:
            if column == self.ID:
                digits = source.id[1:]
                return int(digits) if digits.isdigit() else 0
            return {
                self.GRADE: source.grade,
                self.TITLE: source.title.casefold(),
                self.PUBLISHER: source.publisher.casefold(),
                self.DATE: source.date,
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return source_tooltip(source)
        if role == SOURCE_ROLE:
            return source
        if role == SOURCES_ROLE:
            return (source,)
        return None
