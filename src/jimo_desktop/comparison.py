"""Side-by-side comparison of 2 to 5 items: fields as rows, items as columns.

``compare(details)`` turns the catalog's ``Detail`` objects into a plain table: the
Chinese name, kind, level, founding date, industries and key enterprises and projects of
each item, then, for every metric any of the items publishes, the latest figure of each
item with its period and source (an empty cell where an item publishes none). Metrics
come grouped through the metric vocabulary (``Figure.measure``: Area, Area (core),
Area (planned) … together), the groups most items publish first. When sources disagree for
the latest period, every value is kept in the cell with its own source (the comparison
shows the conflict instead of picking a winner). Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from jimo_desktop import dates, vocabulary
from jimo_desktop.figures import disagree, latest, unique_sources
from jimo_desktop.items import (
    Detail,
    Figure,
    ItemKind,
    ItemRef,
    Metric,
    NamedItem,
    Organization,
    Park,
    Project,
    RelatedItem,
    Source,
    Zone,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

MIN_ITEMS = 2
MAX_ITEMS = 5

# The field rows, in order: key and English label (the window translates the labels).
FIELDS: tuple[tuple[str, str], ...] = (
    ("name_zh", QT_TRANSLATE_NOOP("Comparison", "Chinese name")),
    ("kind", QT_TRANSLATE_NOOP("Comparison", "Kind")),
    ("level", QT_TRANSLATE_NOOP("Comparison", "Level")),
    ("founded", QT_TRANSLATE_NOOP("Comparison", "Founded")),
    ("industries", QT_TRANSLATE_NOOP("Comparison", "Industries")),
    ("key_enterprises", QT_TRANSLATE_NOOP("Comparison", "Key enterprises and projects")),
    # China's catalogue of development zones (2018): a zone's entry, or a park's own.
    ("approved", QT_TRANSLATE_NOOP("Comparison", "Approved (catalogue of zones)")),
    ("approved_area", QT_TRANSLATE_NOOP("Comparison", "Approved area (catalogue of zones)")),
)
# The rows shown only when an item compared has an entry of the catalogue.
CATALOGUE_FIELDS = ("approved", "approved_area")
METRIC_PREFIX = "metric:"


def figure_value(figure: Figure) -> str:
    """The value as published with its unit, without repeating a unit already written."""
    if figure.unit and figure.value_text.rstrip().endswith(figure.unit):
        return figure.value_text
    return figure.display_value


@dataclass(frozen=True, slots=True)
class Cell:
    """One item's value in one row: text, and the figures and sources behind it."""

    text: str = ""
    figures: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()
    items: tuple[RelatedItem, ...] = ()  # the items a list cell names (its text: their names)

    @property
    def disputed(self) -> bool:
        """Sources disagree: more than one value for the same (latest) period, or the
        value is part of a dispute (``Figure.dispute``)."""
        return disagree(self.figures) or any(f.dispute is not None for f in self.figures)

    @property
    def period(self) -> str:
        """The period of the figure(s) in plain words, or ""."""
        return self.figures[0].period_label if self.figures else ""

    @property
    def detail(self) -> str:
        """Period and sources in one line: ``2019 · S23 (A)``."""
        cited = ", ".join(f"{s.id} ({s.grade})" for s in self.sources)
        return " · ".join(p for p in (self.period, cited) if p)

    def full_text(self) -> str:
        """The text with its period and sources, for a CSV cell: ``27.7 km² (2019; S23)``."""
        if not self.figures:
            return self.text
        ids = ", ".join(s.id for s in self.sources)
        inside = "; ".join(p for p in (self.period, ids) if p)
        return f"{self.text} ({inside})" if inside else self.text


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    key: str  # a FIELDS key, or METRIC_PREFIX + the metric's name
    label: str  # the English label, or the metric's English label
    cells: tuple[Cell, ...]
    metric: Metric | None = None  # the metric's vocabulary entry (metric rows)

    @property
    def group(self) -> str:
        """The metric's group ("" for a field row)."""
        return self.metric.group_key if self.metric is not None else ""

    @property
    def is_metric(self) -> bool:
        return self.key.startswith(METRIC_PREFIX)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source behind the row, once each, in column order."""
        return unique_sources(s for cell in self.cells for s in cell.sources)


@dataclass(frozen=True, slots=True)
class Comparison:
    refs: tuple[ItemRef, ...]
    names: tuple[str, ...]  # English names, the column headers
    rows: tuple[ComparisonRow, ...]

    def row(self, key: str) -> ComparisonRow:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    def metric_row(self, metric: str) -> ComparisonRow:
        return self.row(METRIC_PREFIX + metric)

    def cell(self, key: str, ref: ItemRef) -> Cell:
        return self.row(key).cells[self.refs.index(ref)]

    @property
    def metrics(self) -> tuple[str, ...]:
        """The metrics compared (as figures name them), in row order."""
        return tuple(r.key.removeprefix(METRIC_PREFIX) for r in self.rows if r.is_metric)


def _figure_cell(figures: Sequence[Figure]) -> Cell:
    if not figures:
        return Cell()
    texts: list[str] = []
    for figure in figures:
        text = figure_value(figure)
        if text not in texts:
            texts.append(text)
    if len(texts) > 1:  # sources disagree: each value with its own source
        text = " / ".join(f"{figure_value(f)} ({f.source.id})" for f in figures)
    else:
        text = texts[0]
    return Cell(text, tuple(figures), unique_sources(f.source for f in figures))


def _field_cells(detail: Detail, own_sources: Sequence[Source]) -> dict[str, Cell]:
    item = detail.item
    own = tuple(own_sources)

    def cell(text: str, sources: Sequence[Source] = own) -> Cell:
        return Cell(text, (), tuple(sources) if text else ())

    name_zh = item.name_zh if isinstance(item, NamedItem) else ""
    if isinstance(item, Zone):
        return _zone_cells(item, cell)
    kind = vocabulary.word(getattr(item, "kind", ""))
    level = vocabulary.word(item.level) if isinstance(item, Park) else ""
    if isinstance(item, Park | Organization):
        founded = dates.describe(item.founded)
    elif isinstance(item, Project):
        founded = dates.describe(item.started)
    else:
        founded = ""
    cells = {
        "name_zh": cell(name_zh),
        "kind": cell(kind),
        "level": cell(level),
        "founded": cell(founded),
    }
    if isinstance(item, Park):
        by_id = {s.id: s for s in detail.sources}
        industry_sources = [by_id[i.detail] for i in item.industries if i.detail in by_id]
        cells["industries"] = replace(
            cell(
                "; ".join(i.name for i in item.industries),
                unique_sources(industry_sources) or own,
            ),
            items=item.industries,
        )
    else:
        cells["industries"] = Cell()
    enterprises = [
        r for r in detail.related if r.ref.kind in (ItemKind.ORGANIZATION, ItemKind.PROJECT)
    ]
    cells["key_enterprises"] = replace(
        cell("; ".join(r.name for r in enterprises)), items=tuple(enterprises)
    )
    entries = item.catalogue if isinstance(item, Park) else ()
    cited = unique_sources(
        s for entry in entries for s in (entry.source, entry.link_source) if s is not None
    )
    cells["approved"] = cell("; ".join(f"{e.approved} ({e.code})" for e in entries), cited)
    cells["approved_area"] = cell("; ".join(f"{e.area_ha:g} ha ({e.code})" for e in entries), cited)
    return cells


def _zone_cells(zone: Zone, cell: Callable[[str, Sequence[Source]], Cell]) -> dict[str, Cell]:
    """An entry of the catalogue as published: its type, its level (approved by the State
    Council: national; by a province: provincial), approval, area and leading industries."""
    own = (zone.source,) if zone.source is not None else ()
    return {
        "name_zh": cell(zone.name_zh, own),
        "kind": cell(zone.zone_type, own),
        "level": cell(vocabulary.word("national" if zone.national else "provincial"), own),
        "founded": Cell(),
        "industries": cell("、".join(zone.industries), own),
        "key_enterprises": Cell(),
        "approved": cell(zone.approved, own),
        "approved_area": cell(f"{zone.area_ha:g} ha", own),
    }


def compare(
    details: Sequence[Detail],
    item_sources: Mapping[ItemRef, Sequence[Source]] | None = None,
) -> Comparison:
    """The comparison table of ``details`` (2 to 5 items, in the order given).

    ``item_sources`` gives each item's own sources (``Catalog.item_sources``), cited for
    the field rows; without it the item's sources not cited only by figures are used.
    Raises ValueError for fewer than 2 or more than 5 distinct items.
    """
    unique: dict[ItemRef, Detail] = {}
    for detail in details:
        unique.setdefault(detail.item.ref, detail)
    chosen = list(unique.values())
    if not MIN_ITEMS <= len(chosen) <= MAX_ITEMS:
        raise ValueError(f"a comparison takes {MIN_ITEMS} to {MAX_ITEMS} items, not {len(chosen)}")
    refs = tuple(d.item.ref for d in chosen)
    names = tuple(d.item.display_name for d in chosen)

    per_item = []
    for detail in chosen:
        own = (item_sources or {}).get(detail.item.ref)
        if own is None:
            figure_only = {f.source.id for f in detail.figures}
            own = [s for s in detail.sources if s.id not in figure_only] or list(detail.sources)
        per_item.append(_field_cells(detail, own))
    rows = [
        ComparisonRow(key, label, tuple(cells[key] for cells in per_item))
        for key, label in FIELDS
        if key not in CATALOGUE_FIELDS or any(cells[key].text for cells in per_item)
    ]

    for metric in metric_order([f for d in chosen for f in d.figures]):
        cells = tuple(_figure_cell(latest(d.figures, metric.name)) for d in chosen)
        rows.append(ComparisonRow(METRIC_PREFIX + metric.name, metric.label, cells, metric))
    return Comparison(refs, names, tuple(rows))


def metric_order(figures: Sequence[Figure]) -> list[Metric]:
    """Every metric of ``figures`` once, grouped: the groups most subjects publish first
    (then in the vocabulary's order), each group's metrics in the vocabulary's order;
    metrics missing from the vocabulary last, by name."""
    measures: dict[str, Metric] = {}
    holders: dict[str, set[ItemRef]] = {}
    for figure in figures:
        measure = measures.setdefault(figure.metric, figure.measure)
        holders.setdefault(measure.group_key, set()).add(figure.subject)
    first: dict[str, int] = {}
    for measure in measures.values():
        group = measure.group_key
        first[group] = min(first.get(group, measure.order), measure.order)

    def key(measure: Metric) -> tuple[bool, int, int, str, int, str]:
        group = measure.group_key
        known = measure.label_en != ""
        return (
            not known,
            -len(holders[group]),
            first[group],
            group.casefold(),
            measure.order,
            measure.name.casefold(),
        )

    return sorted(measures.values(), key=key)
