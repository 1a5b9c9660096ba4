"""The interface's languages: English and 简体中文, switched at run time.

The interface is written in English. ``jimo_explorer_en.qm`` gives the English plural
forms of counted messages ("1 result", "21 results"); ``jimo_explorer_zh_CN.qm`` is the
Chinese interface, and Qt's own ``qtbase_zh_CN.qm`` translates the standard dialogs'
buttons. Both live under ``resources/translations/`` (Qt's beside Qt).

``set_language(app, language)`` installs the translators of a language and removes the
others; Qt then sends every widget a ``LanguageChange`` event, and each widget retranslates
itself in ``changeEvent`` (see ``retranslate_on_change``); item models, which get no such
event, follow ``language_notifier().changed``. The first start follows the system
(``system_language``); the choice is remembered in the settings.

``core_text`` puts the core's marked words (a ``translatable.Marked`` label, a ``Message``)
into the user's language where they are shown; ``ordered_names`` puts an item's two names
in the order of the language (Chinese first in Chinese).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtCore import Signal as _Signal
from PySide6.QtWidgets import QWidget

from jimo_desktop import paths
from jimo_desktop.translatable import translate_with

TRANSLATIONS = ("translations",)


class Language(StrEnum):
    ENGLISH = "en"
    CHINESE = "zh"

    @property
    def own_name(self) -> str:
        """The language's name in itself, as the View › Language menu shows it."""
        return "English" if self is Language.ENGLISH else "中文"

    @property
    def files(self) -> tuple[str, ...]:
        """The app's translation file names (without ``.qm``) for this language."""
        return ("jimo_explorer_en",) if self is Language.ENGLISH else ("jimo_explorer_zh_CN",)


def system_language(locale: QLocale | None = None) -> Language:
    """Chinese when the system's language is Chinese (``zh*``), else English."""
    locale = locale if locale is not None else QLocale.system()
    return Language.CHINESE if locale.name().startswith("zh") else Language.ENGLISH


def parse_language(text: str | None) -> Language | None:
    """A language from a setting or an argument (``en``, ``zh``, ``zh_CN``); None if not."""
    if not text:
        return None
    text = text.strip().lower()
    if text.startswith("zh"):
        return Language.CHINESE
    if text.startswith("en"):
        return Language.ENGLISH
    return None


class LanguageNotifier(QObject):
    """Says when the interface's language changed, for what gets no LanguageChange event
    (item models)."""

    changed = _Signal(str)


_NOTIFIER: LanguageNotifier | None = None
_INSTALLED: list[QTranslator] = []
_CURRENT = Language.ENGLISH


def language_notifier() -> LanguageNotifier:
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = LanguageNotifier(QCoreApplication.instance())
    return _NOTIFIER


def current_language() -> Language:
    return _CURRENT


def set_language(app: QCoreApplication, language: Language) -> Language:
    """Install the translations of ``language`` (and remove those of the other one).

    A missing ``.qm`` leaves that part in English; the language is still the one chosen.
    """
    global _CURRENT
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    folder = str(paths.resource(*TRANSLATIONS))
    for name in language.files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    if language is Language.CHINESE:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_zh_CN", folder) or qt.load("qtbase_zh_CN", qt_folder):
            app.installTranslator(qt)
            _INSTALLED.append(qt)
    changed = language is not _CURRENT
    _CURRENT = language
    if changed:
        language_notifier().changed.emit(language.value)
    return language


def install_translations(app: QCoreApplication, language: str = "en") -> QTranslator | None:
    """Load and install the app's translation file for ``language`` alone (tests and the
    English plural forms); None when it is missing."""
    translator = QTranslator(app)
    name = Language(language).files[0] if language in ("en", "zh") else f"jimo_explorer_{language}"
    if not translator.load(name, str(paths.resource(*TRANSLATIONS))):
        return None
    app.installTranslator(translator)
    return translator


if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mixed in before a widget class (``class Card(Retranslating, QFrame)``): on a
    ``LanguageChange`` event the widget's ``retranslate()`` says its words again."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


def is_language_change(event: QEvent) -> bool:
    """For a widget's ``changeEvent``: ``if is_language_change(event): self.retranslate()``."""
    return event.type() == QEvent.Type.LanguageChange


def core_text(text: str) -> str:
    """Text the core gives, in the user's language: marked text and messages are translated
    in their own context (a message's values too), any other text is returned as it is."""
    return translate_with(QCoreApplication.translate, text)


def ordered_names(name_en: str, name_zh: str) -> tuple[str, str]:
    """An item's names in the order of the interface's language: (first, second).

    In Chinese the Chinese name comes first, in English the English one; a name missing
    from the sources leaves the other alone (second is then ""), and two equal names are
    shown once."""
    first, second = (name_zh, name_en) if _CURRENT is Language.CHINESE else (name_en, name_zh)
    if not first:
        return second, ""
    if second == first:
        return first, ""
    return first, second


def unit_words(unit: str, label: str) -> str:
    """A chart's unit as an axis names it: ``label`` (``亿元 (100 million yuan)``, in the
    user's language) explains a Chinese unit to English readers; in Chinese the unit written
    in Chinese (亿元, 万 m²) is its own explanation and stands alone."""
    if _CURRENT is Language.CHINESE and any("\u4e00" <= c <= "\u9fff" for c in unit):
        return unit
    return core_text(label)
