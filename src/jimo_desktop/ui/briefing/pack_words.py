"""What goes into a briefing pack, and the pack's words in the pack's own language.

A pack is asked for with a ``PackRequest``: the items (in order), the parts
(``PackParts``: cover, contents, profiles, figures with charts, timeline, comparison, fact
check, sources) and the language, which need not be the interface's: ``PackWords`` loads
the app's translation file for it without installing it, and translates the pack's marked
words (``QT_TRANSLATE_NOOP``) and the data's vocabulary with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QPageSize

from jimo_desktop import paths, vocabulary
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, translate_with

LANGUAGES = ("en", "zh")


@dataclass(frozen=True, slots=True)
class PackParts:
    """Which parts the pack holds (the map is left out where the pack cannot draw it)."""

    cover: bool = True
    contents: bool = True
    map: bool = True
    profiles: bool = True
    figures: bool = True  # the figures tables, with the charts
    timeline: bool = True
    comparison: bool = True
    fact_check: bool = True
    sources: bool = True


@dataclass(frozen=True, slots=True)
class PackRequest:
    refs: tuple[ItemRef, ...]
    language: str = "en"  # "en" or "zh"
    parts: PackParts = field(default_factory=PackParts)
    subtitle: str = ""  # what the items are, in the pack's language ("Shortlist", …)


# Where Letter is the usual paper (the rest of the world uses A4).
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}


def paper_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where ``locale`` (default: the system's) uses it (it measures in US units,
    or its country uses Letter), else A4."""
    locale = locale if locale is not None else QLocale.system()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


class PackWords:
    """The pack's words in ``language`` ("en" or "zh")."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGES else "en"
        self._translator: QTranslator | None = None
        if self.language == "zh":
            translator = QTranslator()
            if translator.load("jimo_explorer_zh_CN", str(paths.resource("translations"))):
                self._translator = translator

    @property
    def chinese(self) -> bool:
        return self.language == "zh"

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def __call__(self, text: str) -> str:
        """Marked text or a message in the pack's language; other text as it is."""
        return translate_with(self.translate, text)

    def word(self, value: str) -> str:
        """A word of the data's vocabulary (kind, level, role, confidence)."""
        return self(vocabulary.word(value)) if value else ""

    def names(self, name_en: str, name_zh: str) -> tuple[str, str]:
        """An item's two names, the pack language's first; a missing or equal one is ""."""
        first, second = (name_zh, name_en) if self.chinese else (name_en, name_zh)
        if not first:
            return second, ""
        return (first, "") if second == first else (first, second)

    def kind(self, kind: ItemKind) -> str:
        return self(KIND_LABELS.get(kind, kind.value))


class AppWords(QTranslator):
    """The app's own words (a chart's legend and axes) in the pack's language, while
    ``active``: installed before the interface's translators, it answers for them while
    a chart is drawn, and passes every question on otherwise (``None``), so that the
    window never changes language for it."""

    def __init__(self, words: PackWords):
        super().__init__()
        self.words = words
        self.active = False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not self.active:
            return None
        inner = self.words._translator
        if inner is None:
            return source  # English: the words as written
        return inner.translate(context, source, disambiguation, n) or source

    def isEmpty(self) -> bool:
        return False

    @classmethod
    def installed(cls, words: PackWords) -> AppWords | None:
        """The one ``AppWords`` of the application set to ``words``, installed again as
        the first of its translators (the interface's, installed at a change of
        language, may have come before it). Made once and never deleted: a translator
        deleted after use crashed the program at its exit. None without an application."""
        app = QCoreApplication.instance()
        if app is None:
            return None
        global _APP_WORDS
        if _APP_WORDS is None:
            _APP_WORDS = cls(words)
        else:
            app.removeTranslator(_APP_WORDS)
        _APP_WORDS.words = words
        app.installTranslator(_APP_WORDS)
        return _APP_WORDS


_APP_WORDS: AppWords | None = None


KIND_LABELS = {
    ItemKind.PARK: QT_TRANSLATE_NOOP("ItemKind", "Park or zone"),
    ItemKind.ORGANIZATION: QT_TRANSLATE_NOOP("ItemKind", "Organization"),
    ItemKind.PROJECT: QT_TRANSLATE_NOOP("ItemKind", "Project"),
    ItemKind.PLACE: QT_TRANSLATE_NOOP("ItemKind", "Place"),
    ItemKind.INDUSTRY: QT_TRANSLATE_NOOP("ItemKind", "Industry"),
    ItemKind.SOURCE: QT_TRANSLATE_NOOP("ItemKind", "Source"),
    ItemKind.ZONE: QT_TRANSLATE_NOOP("ItemKind", "Zone in China's catalogue"),
}

STATUS_LABELS = {
    "corroborated": QT_TRANSLATE_NOOP("FactCheck", "Corroborated"),
    "partly corroborated": QT_TRANSLATE_NOOP("FactCheck", "Partly corroborated"),
    "not corroborated": QT_TRANSLATE_NOOP("FactCheck", "Not corroborated"),
    "contradicted": QT_TRANSLATE_NOOP("FactCheck", "Contradicted"),
}
