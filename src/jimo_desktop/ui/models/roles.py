"""Item-data roles shared by the app's item models, and the items a model holds."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from jimo_desktop.items import ItemRef

# The catalog.ItemRef of the row's item (None for group rows).
ITEM_REF_ROLE = Qt.ItemDataRole.UserRole + 1
# The number of children shown in brackets on group nodes (int).
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2


def refs_in(model: QAbstractItemModel, *, fetch: bool = False) -> list[ItemRef]:
    """Every item of a model (all levels), in display order, once each."""
    found: dict[ItemRef, None] = {}

    def walk(parent: QModelIndex) -> None:
        while fetch and model.canFetchMore(parent):  # every page of a paged model
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            ref = index.data(ITEM_REF_ROLE)
            if isinstance(ref, ItemRef):
                found.setdefault(ref, None)
            if model.hasChildren(index):
                walk(index)

    walk(QModelIndex())
    return list(found)


def selected_in(indexes: Iterable[QModelIndex | QPersistentModelIndex]) -> list[ItemRef]:
    """The items of ``indexes`` (selected rows), in row order, once each."""
    refs = (index.data(ITEM_REF_ROLE) for index in sorted(indexes, key=lambda i: i.row()))
    return list(dict.fromkeys(r for r in refs if isinstance(r, ItemRef)))
