"""The facts of a zone's page: an entry of China's catalogue of development zones (2018).

``zone_facts(zone)`` gives the rows the item card shows for a zone, each a label and a
value said in the user's language when shown (and again on a change of language): its code
and number, province, the catalogue's place and the place of the data it is, who approved
it, its type, approval date and approved area as published, its leading industries (in
Chinese, as published: the catalogue gives no English), the park of the data it is (stated
or inferred, with why), and its source with the note on the transcription.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jimo_desktop.items import RelatedItem, Zone
from jimo_desktop.translatable import QT_TRANSLATE_NOOP
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import core_text

Render = Callable[[], str]

# The catalogue's types of zone, in the user's words (in Chinese: the catalogue's own term).
ZONE_TYPE_LABELS = {
    "经济技术开发区": QT_TRANSLATE_NOOP("ZoneFacts", "Economic and technological development zone"),
    "高新技术产业开发区": QT_TRANSLATE_NOOP("ZoneFacts", "High-tech industrial development zone"),
    "海关特殊监管区域": QT_TRANSLATE_NOOP("ZoneFacts", "Special customs supervision area"),
    "边境/跨境经济合作区": QT_TRANSLATE_NOOP(
        "ZoneFacts", "Border or cross-border economic cooperation zone"
    ),
    "其他类型开发区": QT_TRANSLATE_NOOP("ZoneFacts", "Other development zone"),
    "经济开发区": QT_TRANSLATE_NOOP("ZoneFacts", "Economic development zone"),
    "工业园区": QT_TRANSLATE_NOOP("ZoneFacts", "Industrial park"),
}


def zone_type_label(zone_type: str) -> str:
    """A type of the catalogue in the user's words; an unknown one as published."""
    marked = ZONE_TYPE_LABELS.get(zone_type)
    return core_text(marked) if marked else zone_type


def approver_label(zone: Zone) -> str:
    return (
        QCoreApplication.translate("ZoneFacts", "State Council")
        if zone.national
        else QCoreApplication.translate("ZoneFacts", "Provincial government")
    )


def _approver_text(zone: Zone) -> str:
    """Who approved the zone in the user's words, with the catalogue's own term when that
    is not what the user reads already: ``Provincial government (省政府)``."""
    label = approver_label(zone)
    return label if label == zone.approver else f"{label} ({zone.approver})"


@dataclass(frozen=True, slots=True)
class FactRow:
    """A row of the card: a text (``value``, with a ``tip``) or links to items."""

    label: Render
    value: Render = lambda: ""
    tip: Render | None = None
    links: tuple[RelatedItem, ...] = ()


def _link_text(zone: Zone) -> str:
    lines = []
    for link in zone.parks:
        if link.confidence == "stated":
            text = QCoreApplication.translate(
                "ZoneFacts", "stated: the catalogue gives the park's name"
            )
        else:
            text = QCoreApplication.translate(
                "ZoneFacts", "inferred, not stated by a source: {why}"
            ).format(why=elided(link.note, TEXT_LIMIT))
        lines.append(text)
    return "\n".join(lines)


def _link_tip(zone: Zone) -> str:
    return "\n\n".join(
        QCoreApplication.translate("ZoneFacts", "{note} (source {source})").format(
            note=link.note, source=link.source.id if link.source else "—"
        )
        for link in zone.parks
        if link.note
    )


def _place_tip(zone: Zone) -> str:
    if zone.place_source is None:
        return ""
    return QCoreApplication.translate(
        "ZoneFacts", "The catalogue's place “{place}” is this place of the data (source {source})"
    ).format(place=zone.place_text, source=zone.place_source.id)


def _source_text(zone: Zone) -> str:
    source = zone.source
    if source is None:
        return ""
    return QCoreApplication.translate("ZoneFacts", "{id} · {title} · grade {grade}").format(
        id=source.id, title=elided(source.title), grade=source.grade
    )


def zone_facts(zone: Zone) -> list[FactRow]:
    """The rows of a zone's card, in order."""
    return [
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Code"),
            lambda: zone.code,
            lambda: (
                QCoreApplication.translate("ZoneFacts", "Entry {number} of the catalogue").format(
                    number=zone.number
                )
                if zone.number
                else ""
            ),
        ),
        FactRow(lambda: QCoreApplication.translate("ZoneFacts", "Province"), lambda: zone.province),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Place in the catalogue"),
            lambda: zone.place_text,
            lambda: _place_tip(zone),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Place"),
            links=(zone.place,) if zone.place else (),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Approved by"),
            lambda: _approver_text(zone),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Type"),
            lambda: zone_type_label(zone.zone_type),
        ),
        FactRow(lambda: QCoreApplication.translate("ZoneFacts", "Approved"), lambda: zone.approved),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Approved area"),
            lambda: QCoreApplication.translate("ZoneFacts", "{area} ha").format(
                area=f"{zone.area_ha:,g}"
            ),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Leading industries"),
            lambda: "、".join(zone.industries),
            lambda: QCoreApplication.translate(
                "ZoneFacts", "As the catalogue gives them, in Chinese"
            ),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Jimo park"),
            links=tuple(link.park for link in zone.parks),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "How it is known"),
            lambda: _link_text(zone),
            lambda: _link_tip(zone),
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Source"),
            lambda: _source_text(zone),
            lambda: zone.source.note if zone.source else "",
        ),
        FactRow(
            lambda: QCoreApplication.translate("ZoneFacts", "Transcription"),
            lambda: elided(zone.source.note, TEXT_LIMIT) if zone.source else "",
        ),
    ]
