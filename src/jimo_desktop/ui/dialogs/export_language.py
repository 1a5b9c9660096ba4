"""The words of an export in the language of its header row: column names and cell words.

The header row is written in English or 中文, whichever the export dialog chooses (at
first the interface's language). ``header_labels`` gives each column's name in that
language; ``cell_words`` the marked words a table's cells may hold (a figure's qualifier:
"more than", "about"), so that the words of the rows match the header. The values
themselves are written as published.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QTranslator

from jimo_desktop import paths
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.translatable import translate_with
from jimo_desktop.ui.translations import TRANSLATIONS, Language, current_language


def chinese_translator() -> QTranslator | None:
    """The app's Chinese translations, loaded but not installed; None when missing."""
    translator = QTranslator()
    loaded = translator.load(Language.CHINESE.files[0], str(paths.resource(*TRANSLATIONS)))
    return translator if loaded else None


def _lookup(language: Language) -> Callable[[str, str], str] | None:
    """How to translate into ``language``; None for English (the marked text itself).

    Chinese is the interface's translation when the interface is Chinese, else that of the
    Chinese file (the interface's, when missing)."""
    if language is Language.ENGLISH:
        return None
    translator = chinese_translator() if current_language() is not Language.CHINESE else None
    return QCoreApplication.translate if translator is None else _Lookup(translator)


def _translated(texts: Iterable[str], language: Language) -> list[str]:
    lookup = _lookup(language)
    return [str(t) if lookup is None else translate_with(lookup, t) for t in texts]


def header_labels(table: ExportTable, language: Language) -> dict[str, str]:
    """The header of each column of ``table`` in ``language``, by key."""
    labels = _translated([c.label for c in table.columns], language)
    return {c.key: label for c, label in zip(table.columns, labels, strict=True)}


def cell_words(table: ExportTable, language: Language) -> dict[str, str]:
    """The marked words of ``table``'s cells in ``language`` (English: as marked)."""
    return dict(zip(table.words, _translated(table.words, language), strict=True))


class _Lookup:
    """``translate(context, text)`` through one translator (not the installed ones); the
    English text when it has none."""

    def __init__(self, translator: QTranslator):
        self._find = translator.translate

    def __call__(self, context: str, text: str) -> str:
        return self._find(context, text) or text
