"""A Chinese name that is the project's own, marked as such wherever it is shown.

An industry label or an organization's Chinese name that no source publishes as written is
the project's own translation (or its own shortening of a longer published name); the data
says so (``name_zh_origin``). ``marked_name_zh`` writes such a name with the mark the metric
labels use (``汽车 *``), in both languages; ``origin_note`` says what the mark means, for a
tooltip or a line under the name ("" for a published name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jimo_desktop.ui.models.metric_words import OWN_MARK


def marked_name_zh(name_zh: str, own: str) -> str:
    """The Chinese name, with `` *`` when it is the project's own."""
    return name_zh + OWN_MARK if name_zh and own else name_zh


def origin_note(own: str) -> str:
    """What the mark means for this name ("" when the name is published)."""
    if own == "own shortening":
        return QCoreApplication.translate(
            "NameOrigin",
            "* Chinese name shortened by the project from a longer published name; "
            "not quoted from a source.",
        )
    if own:
        return QCoreApplication.translate(
            "NameOrigin", "* Chinese name: the project's own translation, not quoted from a source."
        )
    return ""
