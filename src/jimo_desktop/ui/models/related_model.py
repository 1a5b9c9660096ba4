"""The items related to an item (its zones, projects, organizations, places or parks).

A thin table model over ``catalog.RelatedItem`` objects: name, Chinese name, type of
item, kind or role. ``ITEM_REF_ROLE`` gives the row's item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from jimo_desktop.items import RelatedItem
from jimo_desktop.ui.kind_labels import kind_label
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import SORT_ROLE, RowTableModel
from jimo_desktop.ui.text_limits import elided


class RelatedModel(RowTableModel):
    """Rows of related items: name, Chinese name, type of item, kind or role."""

    NAME, NAME_ZH, TYPE, DETAIL = range(4)
    # The export column (``export.columns``) each column stands for.
    EXPORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name_en",
        NAME_ZH: "name_zh",
        TYPE: "type",
        DETAIL: "kind",
    }

    def titles(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Chinese name"), self.tr("Type"), self.tr("Kind or role"))

    def set_items(self, items: Sequence[RelatedItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> RelatedItem:
        return self.row_object(row)

    def cell(self, item: RelatedItem, column: int, role: int) -> Any:
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
                name=elided(item.name or item.ref.id)
            )
        if role == ITEM_REF_ROLE:
            return item.ref
        return None
