"""The interface's language switched in a test, as View › Language switches it.

``language_switch(app, tmp_path, translations)`` gives a ``LanguageSwitch`` whose
``chinese()`` installs a tiny translator of ``{context: {English: Chinese}}`` and sets the
language (``set_language``: item models hear it at once, widgets get their
``LanguageChange`` events, delivered before it returns), and whose ``english()`` takes
them back; on leaving, the interface is English again whatever the test did.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from jimo_desktop.ui.translations import Language, current_language, set_language
from tests.ui.translators import tiny_translator


class LanguageSwitch:
    def __init__(self, app: QCoreApplication, translator: QTranslator):
        self._app = app
        self._translator = translator
        self._installed = False

    def chinese(self) -> None:
        set_language(self._app, Language.CHINESE)
        if not self._installed:  # after the app's own Chinese, so that it is searched first
            self._app.installTranslator(self._translator)
            self._installed = True
        QCoreApplication.processEvents()

    def english(self) -> None:
        if self._installed:
            self._app.removeTranslator(self._translator)
            self._installed = False
        set_language(self._app, Language.ENGLISH)
        QCoreApplication.processEvents()


@contextmanager
def language_switch(
    app: QCoreApplication, tmp_path: Path, translations: dict[str, dict[str, str]]
) -> Iterator[LanguageSwitch]:
    assert current_language() is Language.ENGLISH, "a test left the interface in Chinese"
    switch = LanguageSwitch(app, tiny_translator(tmp_path, translations))
    try:
        yield switch
    finally:
        switch.english()
