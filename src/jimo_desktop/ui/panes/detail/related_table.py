"""The Related tab: enterprises, projects, zones, places or parks linked to an item.

A thin table model over ``catalog.RelatedItem`` objects; double-click or Enter on a row
emits ``linkActivated(ItemRef)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from jimo_desktop.catalog import RelatedItem
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import sortable_table


class RelatedTable(QWidget):
    """A sortable table of related items; ``linkActivated(ItemRef)`` opens one."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relatedTable")
        self._model = RelatedModel(self)
        self._proxy, self._view = sortable_table(self, self._model, "relatedView")
        self._view.rowActivated.connect(self._open)
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
