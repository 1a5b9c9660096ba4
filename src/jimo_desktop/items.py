"""The things Jimo Explorer shows, as plain records.

Every park, organization, project, place, industry, source, event and claim the catalog
reads becomes one of these frozen dataclasses; ``ItemRef`` names any of them. They carry
no SQL and no Qt, so every layer can use them: the catalog fills them, the charts, the
comparison and the exports read them, the window shows them. ``display_name`` is the one
name to show for an item of any kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jimo_desktop import dates
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message


class ItemKind(StrEnum):
    PARK = "park"
    ORGANIZATION = "organization"
    PROJECT = "project"
    PLACE = "place"
    INDUSTRY = "industry"
    EVENT = "event"
    SOURCE = "source"
    CLAIM = "claim"
    ZONE = "zone"  # an entry of China's catalogue of development zones (2018)


# The order in which kinds are listed, e.g. in search results.
KIND_ORDER = tuple(ItemKind)


@dataclass(frozen=True, slots=True)
class ItemRef:
    kind: ItemKind
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        """The inverse of ``str()``: ``park:jimo-edz``; ValueError when malformed."""
        kind, sep, item_id = text.partition(":")
        if not sep or not item_id:
            raise ValueError(f"not an item reference: {text!r}")
        return cls(ItemKind(kind), item_id)


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A link to another item, with the names to show and what the link means."""

    ref: ItemRef
    name: str
    name_zh: str = ""
    detail: str = ""  # kind of the item, or role in the link
    # The item the link goes through (an organization's park through one of its projects).
    via: RelatedItem | None = None
    # How its Chinese name is the project's own ("own translation", "own shortening"), or "".
    own_name_zh: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.name_zh or self.ref.id


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str
    address: str
    date: str
    grade: str
    note: str

    @property
    def ref(self) -> ItemRef:
        return ItemRef(ItemKind.SOURCE, self.id)

    @property
    def display_name(self) -> str:
        return self.title or self.id

    @property
    def is_online(self) -> bool:
        return self.address.startswith(("http://", "https://"))

    def short_citation(self, *, with_address: bool = False) -> str:
        """``Publisher, date, title`` as published (and the address): what a copied value
        or an exported chart cites, so that the source can be found without the app."""
        parts = [self.publisher, self.date, self.title.rstrip(".")]
        if with_address:
            parts.append(self.address)
        return ", ".join(p for p in parts if p) or self.id

    def citation(self) -> str:
        """A one-line citation: ``Title. Publisher, date. Address (grade B, S15)``."""
        published = ", ".join(p for p in (self.publisher, self.date) if p)
        return Message(
            QT_TRANSLATE_NOOP("Source", "{title}. {published}{address}(grade {grade}, {id})"),
            title=self.title.rstrip("."),
            published=f"{published}. " if published else "",
            address=f"{self.address} " if self.address else "",
            grade=self.grade,
            id=self.id,
        )


@dataclass(frozen=True, slots=True)
class Metric:
    """What a figure measures, from the metric vocabulary (``metrics.csv``): its group
    (``area``: Area, Area (core), Area (planned) …), its labels, whether it counts whole
    units (integer ticks) and its kind of quantity (``area``, ``money``, ``rank`` …)."""

    name: str  # as figures write it
    group: str = ""  # "" = a group of its own
    label_en: str = ""
    label_zh: str = ""  # "" = none (the English label is shown)
    label_zh_source: str = ""  # the source giving the Chinese label; "" = our own translation
    integer: bool = False
    family: str = ""
    order: int = 0  # the vocabulary's order: groups and their metrics, as metrics.csv lists them

    @property
    def group_key(self) -> str:
        return self.group or self.name

    @property
    def label(self) -> str:
        return self.label_en or self.name

    @property
    def own_translation(self) -> bool:
        """The Chinese label is the project's own, no source gives it."""
        return bool(self.label_zh) and not self.label_zh_source


# What a dispute says of its figures (disputes.csv ``kind``), in the user's words.
DISPUTE_LABELS = {
    "disputed": QT_TRANSLATE_NOOP("Dispute", "Disputed"),
    "not comparable": QT_TRANSLATE_NOOP("Dispute", "Not comparable"),
}
DOUBTFUL_LABEL = QT_TRANSLATE_NOOP("Dispute", "Doubtful")


@dataclass(frozen=True, slots=True)
class Dispute:
    """Figures that are not a trend: sources disagree about one thing (``disputed``), or
    the figures may not be of the same thing (``not comparable``)."""

    id: str
    kind: str
    description: str
    noted_in: str
    figure_ids: tuple[str, ...]

    @property
    def label(self) -> str:
        """``Disputed`` or ``Not comparable`` (marked for translation)."""
        return DISPUTE_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    subject: ItemRef
    subject_name: str
    metric: str
    period: str
    period_start: str
    period_end: str
    value: float | None
    value_text: str
    qualifier: str
    unit: str
    currency: str
    source: Source
    confidence: str
    note: str
    conflict: bool = False  # another figure for the same metric and period disagrees
    definition: Metric | None = None  # the metric's entry in the vocabulary, when read
    other_sources: tuple[Source, ...] = ()  # the sources cited after ``source``, in order
    doubt: str = ""  # why the figure is doubtful or not preferred ("" = it is not)
    dispute: Dispute | None = None  # the dispute it is part of, if any

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the figure cites, in the data's order (``source`` first)."""
        return (self.source, *self.other_sources)

    @property
    def doubtful(self) -> bool:
        return bool(self.doubt)

    @property
    def disputed(self) -> bool:
        """Shown as not a trend: another value for its period, or part of a dispute."""
        return self.conflict or self.dispute is not None

    @property
    def status_labels(self) -> tuple[str, ...]:
        """What the figures table marks it with (marked for translation): ``Disputed``
        (another value for its period, or such a dispute), ``Not comparable``, ``Doubtful``."""
        labels: list[str] = []
        if self.conflict:
            labels.append(DISPUTE_LABELS["disputed"])
        if self.dispute is not None and self.dispute.label not in labels:
            labels.append(self.dispute.label)
        if self.doubtful:
            labels.append(DOUBTFUL_LABEL)
        return tuple(labels)

    @property
    def measure(self) -> Metric:
        """The metric's vocabulary entry (a bare one, its name only, when none was read)."""
        return self.definition or Metric(self.metric)

    @property
    def period_label(self) -> str:
        return dates.describe(self.period)

    @property
    def display_value(self) -> str:
        """The value as published with its unit: ``765.3 (+6.7%) 亿元``, ``No. 14``."""
        text, unit = self.value_text, self.unit
        if not unit or unit in text:
            return text
        if unit == "rank":
            return f"No. {text}" if text[:1].isdigit() else text
        if unit == "%":
            return f"{text}%"
        return f"{text} {unit}"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str
    date_start: str
    date_note: str
    title_en: str
    title_zh: str
    description: str
    confidence: str
    sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]

    @property
    def ref(self) -> ItemRef:
        return ItemRef(ItemKind.EVENT, self.id)

    @property
    def display_name(self) -> str:
        return self.title_en or self.title_zh or self.id

    @property
    def date_label(self) -> str:
        label = dates.describe(self.date)
        return f"{label} ({self.date_note})" if self.date_note else label


PUBLISHED = "published"  # the Chinese name is as a source publishes it (``name_zh_origin``)


def own_origin(origin: str) -> str:
    """How a Chinese name is the project's own (``schema.NAME_ORIGINS``: its own translation
    or its own shortening of a longer published name), "" when published or absent."""
    return origin if origin and origin != PUBLISHED else ""


@dataclass(frozen=True, slots=True)
class NamedItem:
    """What every named item shares: its reference and its names in both languages."""

    ref: ItemRef
    name_en: str
    name_zh: str

    @property
    def display_name(self) -> str:
        return self.name_en or self.name_zh or self.ref.id


@dataclass(frozen=True, slots=True)
class Park(NamedItem):
    aliases: tuple[str, ...]
    kind: str
    level: str
    founded: str
    founded_note: str
    location: str
    summary: str
    admin_code: str
    parent: RelatedItem | None
    places: tuple[RelatedItem, ...]
    industries: tuple[RelatedItem, ...]
    # The entries of China's catalogue of development zones the park is (its official status).
    catalogue: tuple[CatalogueEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One entry of China's catalogue of development zones (2018), as published, and how it
    is known to be a park of the data (``confidence``: stated or inferred, ``link_note`` why)."""

    id: str
    code: str
    name_zh: str
    province: str
    approver: str  # 国务院 (State Council) or 省政府 (provincial government)
    zone_type: str
    approved: str  # as published: 1992.12
    area_ha: float
    industries: tuple[str, ...]
    confidence: str
    link_note: str
    source: Source | None
    link_source: Source | None

    @property
    def national(self) -> bool:
        return self.approver == "国务院"


@dataclass(frozen=True, slots=True)
class ZonePark:
    """A park of the data a catalogue entry is, and how that is known (``confidence``:
    stated or inferred, ``note`` why), with the source that bears on it."""

    park: RelatedItem
    confidence: str
    note: str
    source: Source | None


@dataclass(frozen=True, slots=True)
class Zone(NamedItem):
    """An entry of China's catalogue of development zones (2018), as published: the
    catalogue names it in Chinese only, so ``name_en`` stays empty."""

    code: str
    number: int | None  # the entry's number in the catalogue (序号)
    province: str
    place_text: str  # the catalogue's 城市/区县, as the transcription gives it
    approver: str  # 国务院 (State Council) or 省政府 (provincial government)
    zone_type: str
    approved: str  # as published: 1992.12, or 2000.04/2002.12
    approved_start: str  # 1992-12
    area_ha: float
    industries: tuple[str, ...]
    place: RelatedItem | None  # the place of the data the catalogue's place is
    place_source: Source | None  # the source that says which place it is
    parks: tuple[ZonePark, ...]
    source: Source | None

    @property
    def national(self) -> bool:
        return self.approver == "国务院"

    @property
    def summary(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class Organization(NamedItem):
    aliases: tuple[str, ...]
    kind: str
    stock_code: str
    founded: str
    address: str
    summary: str
    parent: RelatedItem | None
    park: RelatedItem | None
    place: RelatedItem | None
    name_zh_origin: str = ""  # published, own translation or own shortening ("" = no name)

    @property
    def own_name_zh(self) -> str:
        """How the Chinese name is the project's own ("" when published or absent)."""
        return own_origin(self.name_zh_origin)


@dataclass(frozen=True, slots=True)
class Project(NamedItem):
    aliases: tuple[str, ...]
    kind: str
    started: str
    opened: str
    location: str
    summary: str
    park: RelatedItem | None
    place: RelatedItem | None


@dataclass(frozen=True, slots=True)
class Place(NamedItem):
    kind: str
    admin_code: str
    latitude: float | None
    longitude: float | None
    summary: str
    parent: RelatedItem | None
    aliases: tuple[str, ...] = ()  # former and other names (即墨市)


@dataclass(frozen=True, slots=True)
class Industry(NamedItem):
    description: str
    name_zh_origin: str = ""  # published, own translation or own shortening ("" = no name)

    @property
    def own_name_zh(self) -> str:
        """How the Chinese label is the project's own ("" when published or absent)."""
        return own_origin(self.name_zh_origin)


Item = Park | Organization | Project | Place | Industry | Source | Zone


@dataclass(frozen=True, slots=True)
class Detail:
    """Everything the detail pane shows for one item."""

    item: Item
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]

    @property
    def area(self) -> Figure | None:
        """The latest published area, for the item card."""
        areas = [f for f in self.figures if f.metric == "Area" and f.value is not None]
        return max(areas, key=lambda f: (f.period_end, f.id), default=None)

    @property
    def conflicts(self) -> tuple[Figure, ...]:
        """The figures that are not a trend: disputed or not comparable."""
        return tuple(f for f in self.figures if f.disputed)

    @property
    def doubtful(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.doubtful)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    number: int
    claim: str
    status: str
    status_note: str
    evidence: str
    evidence_sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]
    # The status rests on inference, not on a source that states it (the note says so).
    inferred: bool = False
    article: Source | None = None  # the article that made the claim (the seed article)

    @property
    def ref(self) -> ItemRef:
        return ItemRef(ItemKind.CLAIM, self.id)

    @property
    def display_name(self) -> str:
        return self.claim or self.id
