"""The kinds of items in the user's words (translated), for tables, cards and menus, and
the words of the data's fixed vocabulary (``jimo_desktop.vocabulary``) in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jimo_desktop import vocabulary
from jimo_desktop.items import ItemKind
from jimo_desktop.translatable import translate_with


def kind_label(kind: ItemKind) -> str:
    """The kind of an item in the user's words: ``Park``, ``Organization`` …"""
    labels = {
        ItemKind.PARK: QCoreApplication.translate("ItemKind", "Park or zone"),
        ItemKind.ORGANIZATION: QCoreApplication.translate("ItemKind", "Organization"),
        ItemKind.PROJECT: QCoreApplication.translate("ItemKind", "Project"),
        ItemKind.PLACE: QCoreApplication.translate("ItemKind", "Place"),
        ItemKind.INDUSTRY: QCoreApplication.translate("ItemKind", "Industry"),
        ItemKind.EVENT: QCoreApplication.translate("ItemKind", "Event"),
        ItemKind.SOURCE: QCoreApplication.translate("ItemKind", "Source"),
        ItemKind.CLAIM: QCoreApplication.translate("ItemKind", "Claim"),
        ItemKind.ZONE: QCoreApplication.translate("ItemKind", "Zone in China's catalogue"),
    }
    return labels[kind]


def data_word(word: str) -> str:
    """A word of the data's fixed vocabulary (a park's or a place's kind, a level, a role, a
    confidence: ``jimo_desktop.vocabulary``) in the user's words; any other text is returned
    as it is."""
    return translate_with(QCoreApplication.translate, vocabulary.word(word))
