"""The Related tab: enterprises, projects, zones, places or parks linked to an item.

A thin table model over ``catalog.RelatedItem`` objects; double-click or Enter on a row
emits ``linkActivated(ItemRef)``. ``ActivatingTableView`` (double-click or Enter → one
``itemActivated`` signal, on every platform) is shared with the other tables of the pane.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from jimo_desktop.catalog import RelatedItem
from jimo_desktop.ui.overview_card import kind_label
from jimo_desktop.ui.roles import ITEM_REF_ROLE

# The value a column sorts by (str or number), when it differs from the text shown.
SORT_ROLE = Qt.ItemDataRole.UserRole + 20

_Index = QModelIndex | QPersistentModelIndex


class ActivatingTableView(QTableView):
    """A read-only table that emits ``itemActivated(index)`` on double-click or Enter.

    Qt's own ``activated`` depends on the platform (single click on some desktops, no
    Enter on macOS); this one behaves the same everywhere.
    """

    itemActivated = Signal(QModelIndex)

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
            self.itemActivated.emit(index)


class RelatedModel(QAbstractTableModel):
    """Rows of related items: name, Chinese name, type of item, kind or role."""

    NAME, NAME_ZH, TYPE, DETAIL = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[RelatedItem] = []

    def set_items(self, items: Sequence[RelatedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> RelatedItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Name"),
            self.NAME_ZH: self.tr("Chinese name"),
            self.TYPE: self.tr("Type"),
            self.DETAIL: self.tr("Kind or role"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.NAME:
                return item.name or item.ref.id
            if column == self.NAME_ZH:
                return item.name_zh
            if column == self.TYPE:
                return kind_label(item.ref.kind)
            if column == self.DETAIL:
                return item.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click or press Enter to open {name}").format(
                name=item.name or item.ref.id
            )
        if role == ITEM_REF_ROLE:
            return item.ref
        return None


class RelatedTable(QWidget):
    """A sortable table of related items; ``linkActivated(ItemRef)`` opens one."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relatedTable")
        self._model = RelatedModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._view = ActivatingTableView(self)
        self._view.setObjectName("relatedView")
        self._view.setModel(self._proxy)
        self._view.setSortingEnabled(True)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._view.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    @property
    def view(self) -> QTableView:
        return self._view

    def set_items(self, items: Sequence[RelatedItem]) -> None:
        """Show ``items`` in their given order (the header can re-sort them)."""
        self._view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._model.set_items(items)
        self._view.resizeColumnsToContents()

    def _open(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE)
        if ref is not None:
            self.linkActivated.emit(ref)
