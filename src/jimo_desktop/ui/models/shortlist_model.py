"""The shortlist: the items the user starred, with the note on each, as a table model.

A thin model over ``ShortlistRow`` values that the shortlist controller builds from the
user store and the catalog: name, other name, type of item, note. The two names come in
the language's order (``ordered_names``): the Chinese one first in Chinese. The name
cell also gives the start of the note (``NOTE_START_ROLE``), which the pane shows under
the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from jimo_desktop.items import ItemRef
from jimo_desktop.ui.icons import icon_for
from jimo_desktop.ui.kind_labels import kind_label
from jimo_desktop.ui.models.language import chinese_first, names_first_keys
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import RowTableModel
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import ordered_names

# The first words of a row's note, on one line ("" without a note), on the name cell.
NOTE_START_ROLE = Qt.ItemDataRole.UserRole + 21
NOTE_START_LIMIT = 120  # characters: more than a narrow dock shows; the view elides


@dataclass(frozen=True, slots=True)
class ShortlistRow:
    ref: ItemRef
    name: str
    name_zh: str = ""
    note: str = ""
    known: bool = True  # False: the item is not in the database opened


class ShortlistModel(RowTableModel):
    """Rows of starred items: name, other name, type, note."""

    NAME, NAME_ZH, TYPE, NOTE = range(4)
    # The export column (``export.columns``) each visible column stands for.
    EXPORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name_en",
        NAME_ZH: "name_zh",
        TYPE: "type",
        NOTE: "note",
    }

    def titles(self) -> Sequence[str]:
        other = self.tr("English name") if chinese_first() else self.tr("Chinese name")
        return (self.tr("Name"), other, self.tr("Type"), self.tr("Your note"))

    def export_keys(self) -> dict[int, str]:
        return names_first_keys(self.EXPORT_KEYS)

    def cell(self, row: ShortlistRow, column: int, role: int) -> Any:
        name, other_name = ordered_names(row.name, row.name_zh)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return (
                    name
                    if row.known
                    else self.tr("{name} (not in this database)").format(name=elided(name))
                )
            if column == self.NAME_ZH:
                return other_name
            if column == self.TYPE:
                return kind_label(row.ref.kind)
            if column == self.NOTE:
                return " ".join(elided(row.note, TEXT_LIMIT).split())  # one line in the table
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return icon_for(row.ref.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTE and row.note:
                return elided(row.note, TEXT_LIMIT)
            return self.tr("Double-click or press Enter to open {name}").format(name=elided(name))
        if role == NOTE_START_ROLE and column == self.NAME:
            return elided(" ".join(row.note[: NOTE_START_LIMIT * 2].split()), NOTE_START_LIMIT)
        if role == ITEM_REF_ROLE:
            return row.ref
        return None
