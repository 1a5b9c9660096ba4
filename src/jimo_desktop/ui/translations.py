"""The interface's translations: Qt ``.qm`` files under ``resources/translations/``.

The interface is written in English; ``jimo_explorer_en.qm`` gives the English plural
forms of counted messages ("1 result", "21 results"). A Chinese interface will be
another file beside it, chosen here. ``core_text`` puts the core's marked words (a
``translatable.Marked`` label, a ``Message``) into the user's language where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from jimo_desktop import paths
from jimo_desktop.translatable import translate_with

TRANSLATIONS = ("translations",)


def install_translations(app: QCoreApplication, language: str = "en") -> QTranslator | None:
    """Load and install the app's translation for ``language``; None when it is missing."""
    translator = QTranslator(app)
    if not translator.load(f"jimo_explorer_{language}", str(paths.resource(*TRANSLATIONS))):
        return None
    app.installTranslator(translator)
    return translator


def core_text(text: str) -> str:
    """Text the core gives, in the user's language: marked text and messages are translated
    in their own context (a message's values too), any other text is returned as it is."""
    return translate_with(QCoreApplication.translate, text)
