"""Read-only tables over lists of plain objects, shared by the panes' tables.

``RowTableModel`` holds the list, counts rows and columns and answers the header; a
subclass names its columns (``titles``) and says what a cell shows (``cell``).
A cell's text (``DisplayRole``) is elided to ``text_limits.NAME_LIMIT`` here, for every
table; a subclass elides the parts of its tooltips. Titles and cells are said in the
interface's language when asked for, and said again when it changes (``follow_language``);
the number of columns is counted once (a view asks it thousands of times, and it does not
depend on the language), so that only the header translates its titles.
``export_keys`` names the export column each table column stands for.
``COPY_ROLE`` is a cell's whole text, for copying (``row_copy``). ``ActivatingTableView``
emits one ``rowActivated`` on double-click or Enter on every platform and copies the
selected rows on Ctrl+C (``copy()``), and ``sortable_table`` sets up the usual sortable
view over such a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from jimo_desktop.ui.models.language import follow_language
from jimo_desktop.ui.models.row_copy import COPY_ROLE, CopyingTableView
from jimo_desktop.ui.text_limits import elided

# The value a column sorts by (str or number), when it differs from the text shown.
SORT_ROLE = Qt.ItemDataRole.UserRole + 20

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """One row per object of a list; columns and cells come from the subclass."""

    # The export column (``export.columns``) each column stands for, if any.
    EXPORT_KEYS: ClassVar[dict[int, str]] = {}

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: int | None = None  # len(titles()), counted on first use
        follow_language(self)

    def export_keys(self) -> dict[int, str]:
        """The export column each column stands for now (``EXPORT_KEYS`` unless the
        columns follow the language)."""
        return dict(self.EXPORT_KEYS)

    def titles(self) -> Sequence[str]:
        """The column titles, in column order."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What the cell of ``row`` (an object of the list) shows for ``role``."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.titles())
        return self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == COPY_ROLE:
            whole = self.cell(row, index.column(), Qt.ItemDataRole.DisplayRole)
            return None if whole is None else str(whole)
        value = self.cell(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            return elided(value)
        return value


class ActivatingTableView(CopyingTableView):
    """A read-only table that emits ``rowActivated(index)`` on double-click or Enter, and
    copies the selected rows with their sources on Ctrl+C (``copy()``).

    Qt's own ``activated`` depends on the platform (single click on some desktops, no
    Enter on macOS); this one behaves the same everywhere.
    """

    rowActivated = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.doubleClicked.connect(self._activate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(index)


def sortable_table(
    owner: QWidget, model: RowTableModel, name: str, view: ActivatingTableView | None = None
) -> tuple[QSortFilterProxyModel, ActivatingTableView]:
    """A sortable view (sorting by ``SORT_ROLE``) over ``model``, with resizable columns."""
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = view if view is not None else ActivatingTableView(owner)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return proxy, view
