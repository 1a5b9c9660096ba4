"""What the panes share to follow the interface's language without being rebuilt.

A pane retranslates itself in ``retranslate()`` (called at the end of its ``__init__`` and
from ``changeEvent`` on a ``LanguageChange``). Its fixed words it sets there directly;
the words of what it was given (a claim's card, an item's facts, the first screen's
counts) it keeps in a ``LiveTexts``: each text is a setter (``label.setText``) and a
function that renders it from the data held, set once when the part is built and again
on ``refresh()``. ``order_names`` puts two labels holding an item's names in the order of
the language (``ordered_names``): Chinese first in Chinese.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QWidget

from jimo_desktop.ui.translations import Language, current_language

Render = Callable[[], str]


class LiveTexts:
    """Texts rendered from data in the user's language, rendered again on ``refresh()``."""

    def __init__(self) -> None:
        self._texts: list[tuple[Callable[[str], object], Render]] = []

    def set(self, setter: Callable[[str], object], render: Render) -> None:
        """Set a text now (``setter(render())``) and again on each ``refresh()``."""
        setter(render())
        self._texts.append((setter, render))

    def refresh(self) -> None:
        for setter, render in self._texts:
            setter(render())

    def clear(self) -> None:
        """Forget every text (their widgets are about to go)."""
        self._texts.clear()

    def __len__(self) -> int:
        return len(self._texts)


def order_names(layout: QBoxLayout, english: QWidget, chinese: QWidget) -> None:
    """Place the labels of an item's English and Chinese name in ``layout`` in the order of
    the language, where the first of the two is now."""
    at = min(layout.indexOf(english), layout.indexOf(chinese))
    if at < 0:
        return
    chinese_first = current_language() is Language.CHINESE
    first, second = (chinese, english) if chinese_first else (english, chinese)
    if layout.indexOf(first) == at:
        return
    layout.removeWidget(first)
    layout.removeWidget(second)
    layout.insertWidget(at, first)
    layout.insertWidget(at + 1, second)
