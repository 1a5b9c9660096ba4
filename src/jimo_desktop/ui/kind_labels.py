"""The kinds of items in the user's words (translated), for tables, cards and menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jimo_desktop.items import ItemKind


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
    }
    return labels[kind]
