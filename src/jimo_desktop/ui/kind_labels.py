"""The kinds of items in the user's words (translated), for tables, cards and menus, and
the words of the data's fixed vocabularies (a park's level, the kind of a place or an
organization, a role in a project: ``schema``'s choices) in the user's words."""

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


def data_word(word: str) -> str:
    """A word of the data's fixed vocabularies in the user's words, written as published
    in English (``provincial``, ``sub-district``, ``joint venture``, ``operator``); any
    other text (a park's own wording of its kind) is returned as it is."""
    words = {
        # levels of a park
        "national": QCoreApplication.translate("DataWord", "national"),
        "provincial": QCoreApplication.translate("DataWord", "provincial"),
        "municipal": QCoreApplication.translate("DataWord", "municipal"),
        # kinds of a place
        "city": QCoreApplication.translate("DataWord", "city"),
        "district": QCoreApplication.translate("DataWord", "district"),
        "sub-district": QCoreApplication.translate("DataWord", "sub-district"),
        "town": QCoreApplication.translate("DataWord", "town"),
        # kinds of an organization
        "company": QCoreApplication.translate("DataWord", "company"),
        "joint venture": QCoreApplication.translate("DataWord", "joint venture"),
        "group": QCoreApplication.translate("DataWord", "group"),
        "authority": QCoreApplication.translate("DataWord", "authority"),
        "research institute": QCoreApplication.translate("DataWord", "research institute"),
        "association": QCoreApplication.translate("DataWord", "association"),
        # roles in a project
        "operator": QCoreApplication.translate("DataWord", "operator"),
        "partner": QCoreApplication.translate("DataWord", "partner"),
        "investor": QCoreApplication.translate("DataWord", "investor"),
        "developer": QCoreApplication.translate("DataWord", "developer"),
    }
    return words.get(word, word)
