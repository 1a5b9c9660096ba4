"""The comparison of 2 to 5 items as a table model: fields as rows, items as columns.

A thin model over ``comparison.Comparison`` (computed without Qt). Column 0 names what
is compared; each item column shows the value as published, with the period and source
of a figure under it; a cell where sources disagree is tinted and its tooltip lists
every source. An empty cell is one dash, whatever the row, its tooltip saying why. Metric
rows are named through the metric vocabulary, in Chinese by its Chinese labels (own
translations marked, ``metric_words``). Names, values and titles are elided
(``text_limits``). ``ROW_ROLE`` gives the table row's ``comparison.ComparisonRow``,
``SOURCES_ROLE`` every source behind it.

The items' names come in the language's order (``ordered_names``): the column headers
carry the first (the English name in English, the Chinese one in Chinese) and the names
row the other one ("Chinese name" in English, "English name" in Chinese). Labels and
headers are said in the user's language when asked for, again when it changes.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jimo_desktop.comparison import FIELDS, Cell, Comparison, ComparisonRow
from jimo_desktop.ui.icons import icon_for
from jimo_desktop.ui.models.figures_model import CONFLICT_TINT
from jimo_desktop.ui.models.language import chinese_first, follow_language
from jimo_desktop.ui.models.metric_words import metric_label, metric_note
from jimo_desktop.ui.models.row_copy import SOURCES_ROLE
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import core_text, ordered_names

_Index = QModelIndex | QPersistentModelIndex


# The ComparisonRow of a table row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 30
# The row of the Chinese names (the other names, in Chinese).
NAMES_ROW = "name_zh"
# What an empty cell shows, in every row.
EMPTY = "—"


class CompareModel(QAbstractTableModel):
    """Column 0: what is compared; columns 1..n: one per item."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        assert set(self._labels()) == {key for key, _ in FIELDS}
        follow_language(self)

    def _labels(self) -> dict[str, str]:
        return {
            NAMES_ROW: self.tr("English name") if chinese_first() else self.tr("Chinese name"),
            "kind": self.tr("Kind"),
            "level": self.tr("Level"),
            "founded": self.tr("Founded or started"),
            "industries": self.tr("Industries"),
            "key_enterprises": self.tr("Key enterprises and projects"),
            "approved": self.tr("Approved (catalogue of zones)"),
            "approved_area": self.tr("Approved area (catalogue of zones)"),
        }

    def names(self, column: int) -> tuple[str, str]:
        """The names of the item in ``column`` (0-based), in the language's order."""
        comparison = self._comparison
        if comparison is None:
            return "", ""
        name_zh = ""
        if any(row.key == NAMES_ROW for row in comparison.rows):
            name_zh = comparison.row(NAMES_ROW).cells[column].text
        return ordered_names(comparison.names[column], name_zh)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def comparison(self) -> Comparison | None:
        return self._comparison

    def label(self, row: ComparisonRow) -> str:
        if row.metric is not None:
            return elided(metric_label(row.metric))
        return elided(row.label if row.is_metric else self._labels().get(row.key, row.label))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._comparison is None:
            return 0
        return len(self._comparison.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._comparison is None:
            return 0
        return 1 + len(self._comparison.refs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        comparison = self._comparison
        if orientation != Qt.Orientation.Horizontal or comparison is None:
            return None
        if section == 0:
            return self.tr("Compared") if role == Qt.ItemDataRole.DisplayRole else None
        ref = comparison.refs[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(self.names(section - 1)[0])
        if role == Qt.ItemDataRole.DecorationRole:
            return icon_for(ref.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to open {name}").format(
                name=elided(self.names(section - 1)[0])
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comparison = self._comparison
        if comparison is None or not index.isValid():
            return None
        row = comparison.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == SOURCES_ROLE:
            return row.sources
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.label(row)
            if role == Qt.ItemDataRole.ToolTipRole and row.is_metric:
                tip = self.tr(
                    "The latest figure each item publishes for “{metric}”, with its period "
                    "and source."
                ).format(metric=elided(row.label))
                note = metric_note(row.metric) if row.metric is not None else ""
                return f"{tip}\n{note}" if note else tip
            if role == Qt.ItemDataRole.FontRole:
                return None
            return None
        cell = row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.key == NAMES_ROW and chinese_first():
                return elided(self.names(index.column() - 1)[1]) or EMPTY
            return self._text(row, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell) if cell.text else self._empty_tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and cell.disputed:
            return CONFLICT_TINT
        return None

    def _empty_tooltip(self, row: ComparisonRow) -> str:
        if row.is_metric:
            return self.tr("This item publishes no figure for this metric in the database.")
        return self.tr("The sources give nothing for this item here.")

    def _text(self, row: ComparisonRow, cell: Cell) -> str:
        if not cell.text:
            return EMPTY
        if cell.items:  # a list of items: each by its first name in the user's language
            return elided("; ".join(ordered_names(i.name, i.name_zh)[0] for i in cell.items))
        if cell.figures:
            return f"{elided(core_text(cell.text))}\n{elided(core_text(cell.detail))}"
        return elided(core_text(cell.text))

    def _tooltip(self, cell: Cell) -> str | None:
        if not cell.sources:
            return None
        lines = []
        if cell.disputed:
            lines.append(
                "<b>{}</b>".format(
                    html.escape(self.tr("Sources disagree; every value is shown with its source."))
                )
            )
        for source in cell.sources:
            lines.append(
                html.escape(
                    self.tr("{id} (grade {grade}): {title}").format(
                        id=elided(source.id), grade=elided(source.grade), title=elided(source.title)
                    )
                )
            )
        return "<p>" + "<br>".join(lines) + "</p>"
