"""The Related tab: enterprises, projects, zones, places or parks linked to an item.

A sortable ``TablePane`` over ``models.RelatedModel``; double-click or Enter on a row
emits ``linkActivated(ItemRef)``.

Signals:
    linkActivated(ItemRef): open the item of a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from jimo_desktop.items import ItemRef, RelatedItem
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.panes.table_pane import TablePane


class RelatedTable(TablePane):
    """A sortable table of related items; ``linkActivated(ItemRef)`` opens one."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(RelatedModel(), "relatedTable", "relatedView", parent)
        self.view.rowActivated.connect(self._open)
        self.box.addWidget(self.view)

    def set_items(self, items: Sequence[RelatedItem]) -> None:
        """Show ``items`` in their given order (the header can re-sort them)."""
        self._show_rows(items)
        self.fit_first_rows()

    def _open(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE)
        if isinstance(ref, ItemRef):
            self.linkActivated.emit(ref)
