"""Item models follow the interface's language: their words are said again, in place.

A model gets no ``LanguageChange`` event; ``follow_language(model)`` connects it to
``translations.language_notifier().changed``, and on a change ``words_changed(model)``
says that every header and every row loaded (at every level) may read differently:
``headerDataChanged`` and ``dataChanged``, never a reset, so the views keep their
selection, their current row, what is expanded and where they are scrolled to. The
views ask again; the model's ``data`` and ``headerData`` translate as they answer.

Tables with an item's two names show them in the language's order (``ordered_names``):
``chinese_first()`` says whether the Chinese name leads, and ``names_first_keys`` gives
the export columns of such a table in the order shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from jimo_desktop.ui.translations import Language, current_language, language_notifier


def follow_language(model: QAbstractItemModel) -> None:
    """Say ``model``'s words again whenever the interface's language changes.

    The connection goes through a small child of the model, so it ends when the model is
    destroyed.
    """
    language_notifier().changed.connect(_Relay(model).language_changed)


def words_changed(model: QAbstractItemModel) -> None:
    """``headerDataChanged`` over the columns and ``dataChanged`` over every row loaded."""
    columns = model.columnCount()
    if columns > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        rows, columns = model.rowCount(parent), model.columnCount(parent)
        if rows <= 0 or columns <= 0:
            continue
        first = model.index(0, 0, parent)
        last = model.index(rows - 1, columns - 1, parent)
        model.dataChanged.emit(first, last, [])
        for row in range(rows):
            child = model.index(row, 0, parent)
            if model.rowCount(child) > 0:
                pending.append(child)


def chinese_first() -> bool:
    """True when the interface is Chinese: a table's name column holds the Chinese name,
    the other-name column the English one."""
    return current_language() is Language.CHINESE


def names_first_keys(keys: dict[int, str]) -> dict[int, str]:
    """``keys`` (column -> export column) with ``name_en`` and ``name_zh`` swapped when
    the Chinese name comes first."""
    if not chinese_first():
        return dict(keys)
    swap = {"name_en": "name_zh", "name_zh": "name_en"}
    return {column: swap.get(key, key) for column, key in keys.items()}


class _Relay(QObject):
    """The model's receiver of the language notifier (a child, gone with the model)."""

    def __init__(self, model: QAbstractItemModel):
        super().__init__(model)
        self._model = model

    def language_changed(self, _language: str) -> None:
        words_changed(self._model)
