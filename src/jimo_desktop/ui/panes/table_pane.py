"""The base of the panes that are one table of plain objects: figures, related, sources, shortlist.

A ``TablePane`` owns a ``RowTableModel``, the view over it (by default sortable through
a proxy, by ``SORT_ROLE``; the shortlist keeps its own order) and the layout that holds
the view. It answers what the controllers ask of any such table: the row objects shown
and selected, in the order shown, their items (``ITEM_REF_ROLE``), and the export keys of
the columns shown (from the model's ``export_keys``). Its columns fit their contents and
headers (``fit_columns``) the first time it shows rows (``fit_first_rows``), again when
the font changes, never on every new list: fitting asks every cell of every column for
its size, and a table that is filled on each selection keeps its widths (the user can
drag them; long text is elided, whole in its tooltip). Its view copies the selected rows
with their sources on Ctrl+C; ``copy()`` does the same (for Edit › Copy). A subclass adds
what is its own: signals, buttons, how a row is opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.roles import refs_in, selected_in
from jimo_desktop.ui.models.row_table import ActivatingTableView, RowTableModel, sortable_table

FIT_ROWS = 50  # rows that give a column its width when the columns are fitted


class TablePane(QWidget):
    """One table of plain objects in a margin-less layout (``self.box``)."""

    def __init__(
        self,
        model: RowTableModel,
        name: str,
        view_name: str,
        parent: QWidget | None = None,
        *,
        view: ActivatingTableView | None = None,
        sortable: bool = True,
    ):
        super().__init__(parent)
        self.setObjectName(name)
        model.setParent(self)
        self._model = model
        self._proxy: QSortFilterProxyModel | None
        if sortable:
            self._proxy, self._view = sortable_table(self, model, view_name, view)
        else:
            self._proxy, self._view = None, view if view is not None else ActivatingTableView()
            self._view.setObjectName(view_name)
            self._view.setModel(model)
            header = self._view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self._fitted = False  # the columns were fitted to rows once
        # When fitting: the header and the first rows give the widths, not every row.
        self._view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)

    def fit_first_rows(self) -> None:
        """Fit the columns the first time there are rows; later lists keep the widths."""
        if not self._fitted and self._model.rowCount():
            self._fitted = True
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents and headers (subclasses limit theirs); again
        when the font changes (the zoom), so that no header is cut."""
        self._view.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._model.rowCount():
            self.fit_columns()

    @property
    def view(self) -> ActivatingTableView:
        return self._view

    @property
    def model(self) -> RowTableModel:
        return self._model

    @Slot()
    def copy(self) -> None:
        """Copy the selected rows as tab-separated text with a header and their sources."""
        self._view.copy()

    def shown_rows(self) -> list[Any]:
        """The row objects in the order shown (after any sorting by the user)."""
        shown = self._view.model()
        return [self._row_object(shown.index(row, 0)) for row in range(shown.rowCount())]

    def selected_rows(self) -> list[Any]:
        """The row objects of the selected rows, in the order shown."""
        indexes = sorted(self._view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self._row_object(index) for index in indexes]

    def shown_refs(self) -> list[ItemRef]:
        """The items of the rows, in the order shown, once each."""
        return refs_in(self._view.model())

    def selected_refs(self) -> list[ItemRef]:
        """The items of the selected rows, in the order shown, once each."""
        return selected_in(self._view.selectionModel().selectedRows())

    def export_keys(self) -> list[str]:
        """The export keys of the columns shown, in the order shown."""
        keys = self._model.export_keys()
        header = self._view.horizontalHeader()
        shown = [c for c in keys if not self._view.isColumnHidden(c)]
        return [keys[c] for c in sorted(shown, key=header.visualIndex)]

    def _show_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` in their given order (the header can sort them again)."""
        if self._proxy is not None:
            self._view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._model.set_rows(rows)

    def _view_index(self, row: int) -> QModelIndex:
        """The view's index of the model's ``row`` (column 0)."""
        index = self._model.index(row, 0)
        return self._proxy.mapFromSource(index) if self._proxy is not None else index

    def _limit_width(self, column: int, chars: int) -> None:
        """At most ``chars`` average characters wide (longer text is elided)."""
        limit = self._view.fontMetrics().averageCharWidth() * chars
        if self._view.columnWidth(column) > limit:
            self._view.setColumnWidth(column, limit)

    def _row_object(self, index: QModelIndex) -> Any:
        source = self._proxy.mapToSource(index) if self._proxy is not None else index
        return self._model.row_object(source.row())
