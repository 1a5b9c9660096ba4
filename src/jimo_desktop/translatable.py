"""Marks for English text that the core hands to the window to show.

The core never imports Qt, yet some of its words reach the screen (the tree's group
names, the comparison's field labels). They are written as
``QT_TRANSLATE_NOOP("Context", "English text")``: the text is returned unchanged, and
``pyside6-lupdate`` collects it into the translation files under that context, so the
window can show it with ``QCoreApplication.translate("Context", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate knows it
    """``text``, marked for translation in ``context``."""
    del context
    return text
