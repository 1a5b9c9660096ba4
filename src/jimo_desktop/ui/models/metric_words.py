"""A metric's name in the user's language, from the metric vocabulary (``items.Metric``).

In English the vocabulary's English label; in Chinese its Chinese label, marked ``*``
when it is the project's own translation (no source gives it), the English label when it
has none. ``metric_note`` says what the mark means, for a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jimo_desktop.items import Metric
from jimo_desktop.ui.translations import Language, current_language

OWN_MARK = " *"


def metric_label(measure: Metric) -> str:
    """``Area (core)``, or in Chinese ``核心区面积 *`` (own translation)."""
    if current_language() is Language.CHINESE and measure.label_zh:
        return measure.label_zh + (OWN_MARK if measure.own_translation else "")
    return measure.label


def metric_note(measure: Metric) -> str:
    """What the Chinese label rests on, when it is shown ("" in English or without one)."""
    if current_language() is not Language.CHINESE or not measure.label_zh:
        return ""
    if measure.own_translation:
        return QCoreApplication.translate(
            "MetricWords",
            "* The Chinese name of “{metric}” is the project's own translation, not "
            "quoted from a source.",
        ).format(metric=measure.label)
    return QCoreApplication.translate(
        "MetricWords", "The Chinese name of “{metric}” is as source {source} gives it."
    ).format(metric=measure.label, source=measure.label_zh_source)
