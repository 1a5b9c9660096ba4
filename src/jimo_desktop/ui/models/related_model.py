"""The items related to an item (its zones, projects, organizations, places or parks).

A thin table model over ``catalog.RelatedItem`` objects: name, other name, type of
item, kind or role. The two names come in the language's order (``ordered_names``): in
English the English name and then the Chinese one, in Chinese the reverse. ``ITEM_REF_ROLE``
gives the row's item. A link that goes through another item (an organization's park
through one of its projects) says so in the last column: "through project …".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from jimo_desktop.items import RelatedItem
from jimo_desktop.ui.kind_labels import data_word, kind_label
from jimo_desktop.ui.models.language import chinese_first, names_first_keys
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import SORT_ROLE, RowTableModel
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import ordered_names


class RelatedModel(RowTableModel):
    """Rows of related items: name, other name, type of item, kind or role."""

    NAME, NAME_ZH, TYPE, DETAIL = range(4)
    # The export column (``export.columns``) each column stands for.
    EXPORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name_en",
        NAME_ZH: "name_zh",
        TYPE: "type",
        DETAIL: "kind",
    }

    def titles(self) -> Sequence[str]:
        other = self.tr("English name") if chinese_first() else self.tr("Chinese name")
        return (self.tr("Name"), other, self.tr("Type"), self.tr("Kind or role"))

    def export_keys(self) -> dict[int, str]:
        return names_first_keys(self.EXPORT_KEYS)

    def set_items(self, items: Sequence[RelatedItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> RelatedItem:
        return self.row_object(row)

    def cell(self, item: RelatedItem, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column in (self.NAME, self.NAME_ZH):
                return ordered_names(item.name or item.ref.id, item.name_zh)[column - self.NAME]
            if column == self.TYPE:
                return kind_label(item.ref.kind)
            if column == self.DETAIL:
                if item.via is not None:
                    via = item.via
                    name = ordered_names(via.name or via.ref.id, via.name_zh)[0]
                    return self.tr("through project {name}").format(name=elided(name))
                return data_word(item.detail)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL and item.via is not None:
            return self.cell(item, column, Qt.ItemDataRole.DisplayRole)  # whole, if cut off
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click or press Enter to open {name}").format(
                name=elided(ordered_names(item.name or item.ref.id, item.name_zh)[0])
            )
        if role == ITEM_REF_ROLE:
            return item.ref
        return None
