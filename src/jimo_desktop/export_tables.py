"""What can be exported, as plain tables: columns and rows, provenance included.

One table per kind of record (``KINDS``: parks, organizations, projects, figures, events,
sources, claims, shortlist), a table of any mix of items (the tree, search results, the
Related tab), a table of figures (any Figures tab) and a table of a comparison. The
command line (``jimo-desktop export``) and the export dialog both take their rows from
here and write them with ``csv_export.write_csv``.

Every fact row carries its provenance: figures their source's id, title and address;
parks, organizations, projects, events and claims the ids, titles and addresses of
their sources joined with "; ". Those columns are always written.

Rows are dicts keyed by column key; keys starting with "_" are for filtering only and
are never written. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef, Source
from jimo_desktop.comparison import Comparison, figure_value
from jimo_desktop.csv_export import CsvOptions, write_csv
from jimo_desktop.store import ShortlistEntry

Row = Mapping[str, Any]

KINDS = (
    "parks",
    "organizations",
    "projects",
    "figures",
    "events",
    "sources",
    "claims",
    "shortlist",
)
SEP = "; "


class ExportError(Exception):
    """An export that cannot be made as asked; ``str()`` is one line for the user."""


class UnknownKind(ExportError):
    pass


class UnknownColumn(ExportError):
    pass


class FilterError(ExportError):
    pass


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # stable name, used by ``--columns``
    label: str  # the header written in the file (English; the UI translates it)


def _columns(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(key, label) for key, label in pairs)


PROVENANCE = _columns(
    ("source_ids", "Source ids"),
    ("source_titles", "Source titles"),
    ("source_addresses", "Source addresses"),
)
FIGURE_PROVENANCE = _columns(
    ("source_id", "Source id"),
    ("source_title", "Source title"),
    ("source_address", "Source address"),
)


@dataclass(frozen=True)
class Table:
    """Columns (all that can be written, in default order) and rows."""

    name: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]
    provenance: tuple[str, ...] = ()  # keys always written, after the chosen columns
    description: str = field(default="", compare=False)

    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def column(self, name: str) -> Column:
        """A column by key or by label (any case)."""
        folded = name.strip().casefold()
        for column in self.columns:
            if folded in (column.key.casefold(), column.label.casefold()):
                return column
        raise UnknownColumn(
            f"unknown column {name.strip()!r} for {self.name} "
            f"(choose from: {', '.join(self.keys())})"
        )

    def resolve(self, wanted: Sequence[str] | None = None) -> list[Column]:
        """The columns to write: ``wanted`` (keys or labels) in that order, else all;
        the provenance columns are added at the end when not chosen."""
        chosen = list(self.columns) if not wanted else [self.column(w) for w in wanted]
        chosen = list(dict.fromkeys(chosen))
        for key in self.provenance:
            column = self.column(key)
            if column not in chosen:
                chosen.append(column)
        return chosen

    def where(self, keep: Callable[[Row], bool]) -> Table:
        return Table(self.name, self.columns, [r for r in self.rows if keep(r)], self.provenance)

    def subset(self, rows: Sequence[Row]) -> Table:
        return Table(self.name, self.columns, rows, self.provenance)

    def write(
        self,
        path: Path,
        wanted: Sequence[str] | None = None,
        options: CsvOptions | None = None,
        progress: Callable[[int], bool] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> int:
        """Write the table to ``path`` (atomically); the number of rows written.

        ``labels`` overrides header texts by key (the UI passes translated labels).
        """
        columns = self.resolve(wanted)
        keys = [c.key for c in columns]
        header = [(labels or {}).get(c.key, c.label) for c in columns]
        rows = ([row.get(key) for key in keys] for row in self.rows)
        return write_csv(path, header, rows, options or CsvOptions(), progress)


# --------------------------------------------------------------------------- helpers


def provenance(sources: Iterable[Source]) -> dict[str, str]:
    """The provenance cells of a row: ids, titles and addresses joined with "; "."""
    unique: dict[str, Source] = {}
    for source in sources:
        unique.setdefault(source.id, source)
    chosen = list(unique.values())
    return {
        "source_ids": SEP.join(s.id for s in chosen),
        "source_titles": SEP.join(s.title for s in chosen),
        "source_addresses": SEP.join(s.address or "(no address)" for s in chosen),
    }


def _names(items: Iterable[Any]) -> str:
    return SEP.join(getattr(i, "name", "") or i.ref.id for i in items)


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _split_ids(values: Iterable[str] | None) -> list[str]:
    found: list[str] = []
    for value in values or ():
        found += [part.strip() for part in value.split(",") if part.strip()]
    return found


ITEM_TYPE = {
    ItemKind.PARK: "park",
    ItemKind.ORGANIZATION: "organization",
    ItemKind.PROJECT: "project",
    ItemKind.PLACE: "place",
    ItemKind.INDUSTRY: "industry",
    ItemKind.EVENT: "event",
    ItemKind.SOURCE: "source",
    ItemKind.CLAIM: "claim",
}

PARK_COLUMNS = _columns(
    ("id", "Id"),
    ("name_en", "Name"),
    ("name_zh", "Chinese name"),
    ("aliases", "Other names"),
    ("kind", "Kind"),
    ("category", "Category"),
    ("level", "Level"),
    ("parent", "Part of"),
    ("founded", "Founded"),
    ("founded_note", "Founded (note)"),
    ("location", "Location"),
    ("places", "Places"),
    ("admin_code", "Administrative code"),
    ("industries", "Industries"),
    ("summary", "Summary"),
    *((c.key, c.label) for c in PROVENANCE),
)
ORGANIZATION_COLUMNS = _columns(
    ("id", "Id"),
    ("name_en", "Name"),
    ("name_zh", "Chinese name"),
    ("aliases", "Other names"),
    ("kind", "Kind"),
    ("stock_code", "Stock code"),
    ("founded", "Founded"),
    ("address", "Address"),
    ("parent", "Parent organization"),
    ("park", "Park"),
    ("place", "Place"),
    ("summary", "Summary"),
    *((c.key, c.label) for c in PROVENANCE),
)
PROJECT_COLUMNS = _columns(
    ("id", "Id"),
    ("name_en", "Name"),
    ("name_zh", "Chinese name"),
    ("aliases", "Other names"),
    ("kind", "Kind"),
    ("park", "Park"),
    ("place", "Place"),
    ("started", "Started"),
    ("opened", "Opened"),
    ("location", "Location"),
    ("organizations", "Organizations (role)"),
    ("summary", "Summary"),
    *((c.key, c.label) for c in PROVENANCE),
)
FIGURE_COLUMNS = _columns(
    ("id", "Id"),
    ("subject", "Subject"),
    ("subject_type", "Subject type"),
    ("subject_id", "Subject id"),
    ("metric", "Metric"),
    ("period", "Period"),
    ("period_start", "Period start"),
    ("period_end", "Period end"),
    ("value_as_published", "Value as published"),
    ("value", "Value"),
    ("qualifier", "Qualifier"),
    ("unit", "Unit"),
    ("currency", "Currency"),
    ("source", "Source · grade"),
    ("source_grade", "Source grade"),
    ("confidence", "Confidence"),
    ("disputed", "Disputed"),
    ("note", "Note"),
    *((c.key, c.label) for c in FIGURE_PROVENANCE),
)
EVENT_COLUMNS = _columns(
    ("id", "Id"),
    ("date", "Date"),
    ("date_note", "Date (note)"),
    ("title_en", "Title"),
    ("title_zh", "Chinese title"),
    ("description", "Description"),
    ("parks", "Parks"),
    ("organizations", "Organizations"),
    ("projects", "Projects"),
    ("confidence", "Confidence"),
    *((c.key, c.label) for c in PROVENANCE),
)
SOURCE_COLUMNS = _columns(
    ("id", "Id"),
    ("title", "Title"),
    ("publisher", "Publisher"),
    ("date", "Date"),
    ("grade", "Grade"),
    ("address", "Address"),
    ("note", "Note"),
)
CLAIM_COLUMNS = _columns(
    ("id", "Id"),
    ("number", "Number"),
    ("claim", "Claim"),
    ("status", "Status"),
    ("status_note", "Status (note)"),
    ("evidence", "Evidence"),
    ("claimed_in", "Claimed in (source id)"),
    ("about", "About"),
    *((c.key, c.label) for c in PROVENANCE),
)
# Any mix of items (tree, search results, Related tab, shortlist).
ITEM_COLUMNS = _columns(
    ("type", "Type"),
    ("id", "Id"),
    ("name_en", "Name"),
    ("name_zh", "Chinese name"),
    ("kind", "Kind"),
    ("level", "Level"),
    ("founded", "Founded or started"),
    ("park", "Park"),
    ("location", "Location or address"),
    ("industries", "Industries"),
    ("summary", "Summary"),
    ("starred_at", "Starred on"),
    ("note", "Your note"),
    *((c.key, c.label) for c in PROVENANCE),
)
PROVENANCE_KEYS = tuple(c.key for c in PROVENANCE)
FIGURE_PROVENANCE_KEYS = tuple(c.key for c in FIGURE_PROVENANCE)


# --------------------------------------------------------------------------- rows


class Rows:
    """Builds the rows of every kind from one catalog, each query run once."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog

    @cached_property
    def _names(self) -> dict[str, dict[str, str]]:
        """table -> id -> English name, for parents, parks and places."""
        return {
            table: {r["id"]: _s(r["name_en"]) for r in self.catalog.table_rows(table)}
            for table in ("parks", "organizations", "projects", "places")
        }

    @cached_property
    def _sources(self) -> dict[str, dict[str, list[Source]]]:
        return {
            table: self.catalog.sources_by_owner(table)
            for table in ("parks", "organizations", "projects", "places", "events", "claims")
        }

    @cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.catalog.sources()}

    @cached_property
    def _park_parents(self) -> dict[str, str | None]:
        return {r["id"]: r["parent_id"] for r in self.catalog.table_rows("parks")}

    def parks_within(self, park_ids: Iterable[str]) -> set[str]:
        """The parks given and every park inside them (zones within zones)."""
        found = set(park_ids)
        changed = True
        while changed:
            changed = False
            for park, parent in self._park_parents.items():
                if parent in found and park not in found:
                    found.add(park)
                    changed = True
        return found

    @cached_property
    def _park_places(self) -> dict[str, str]:
        return {
            park_id: SEP.join(p.name for p in places)
            for park_id, places in self.catalog.park_place_links().items()
        }

    def _cited(self, table: str, item_id: str, link_source_ids: Iterable[str]) -> list[Any]:
        """An item's own sources, then those of its links (industries, organizations)."""
        linked = (self._sources_by_id[s] for s in link_source_ids if s in self._sources_by_id)
        return [*self._sources[table].get(item_id, []), *linked]

    def _name(self, table: str, item_id: Any) -> str:
        return self._names[table].get(item_id, "") if item_id else ""

    @cached_property
    def parks(self) -> list[dict[str, Any]]:
        industries = self.catalog.park_industry_links()
        rows = []
        for r in self.catalog.table_rows("parks"):
            links = industries.get(r["id"], [])
            cited = self._cited("parks", r["id"], (s for _, s in links))
            rows.append(
                {
                    "type": "park",
                    "id": r["id"],
                    "name_en": r["name_en"],
                    "name_zh": _s(r["name_zh"]),
                    "aliases": _s(r["aliases"]),
                    "kind": r["kind"],
                    "category": r["category"],
                    "level": _s(r["level"]),
                    "parent": self._name("parks", r["parent_id"]),
                    "founded": _s(r["founded"]),
                    "founded_note": _s(r["founded_note"]),
                    "location": _s(r["location"]),
                    "places": self._park_places.get(r["id"], ""),
                    "admin_code": _s(r["admin_code"]),
                    "industries": SEP.join(i.name for i, _ in links),
                    "summary": _s(r["summary"]),
                    **provenance(cited),
                    "park": self._name("parks", r["parent_id"]),
                    "_industries": {i.ref.id.casefold() for i, _ in links}
                    | {i.name.casefold() for i, _ in links}
                    | {i.name_zh for i, _ in links if i.name_zh},
                    "_parks": {r["id"]},
                    "_kinds": {r["kind"].casefold(), r["category"].casefold()},
                }
            )
        return rows

    @cached_property
    def organizations(self) -> list[dict[str, Any]]:
        rows = []
        for r in self.catalog.table_rows("organizations"):
            rows.append(
                {
                    "type": "organization",
                    "id": r["id"],
                    "name_en": r["name_en"],
                    "name_zh": _s(r["name_zh"]),
                    "aliases": _s(r["aliases"]),
                    "kind": r["kind"],
                    "stock_code": _s(r["stock_code"]),
                    "founded": _s(r["founded"]),
                    "address": _s(r["address"]),
                    "location": _s(r["address"]),
                    "parent": self._name("organizations", r["parent_id"]),
                    "park": self._name("parks", r["park_id"]),
                    "place": self._name("places", r["place_id"]),
                    "summary": _s(r["summary"]),
                    **provenance(self._sources["organizations"].get(r["id"], [])),
                    "_parks": {r["park_id"]} if r["park_id"] else set(),
                    "_kinds": {r["kind"].casefold()},
                }
            )
        return rows

    @cached_property
    def projects(self) -> list[dict[str, Any]]:
        links = self.catalog.project_organization_links()
        rows = []
        for r in self.catalog.table_rows("projects"):
            orgs = links.get(r["id"], [])
            cited = self._cited("projects", r["id"], (s for _, s in orgs))
            rows.append(
                {
                    "type": "project",
                    "id": r["id"],
                    "name_en": r["name_en"],
                    "name_zh": _s(r["name_zh"]),
                    "aliases": _s(r["aliases"]),
                    "kind": r["kind"],
                    "park": self._name("parks", r["park_id"]),
                    "place": self._name("places", r["place_id"]),
                    "started": _s(r["started"]),
                    "founded": _s(r["started"]),
                    "opened": _s(r["opened"]),
                    "location": _s(r["location"]),
                    "organizations": SEP.join(f"{o.name} ({o.detail})" for o, _ in orgs),
                    "summary": _s(r["summary"]),
                    **provenance(cited),
                    "_parks": {r["park_id"]} if r["park_id"] else set(),
                    "_kinds": {r["kind"].casefold()},
                }
            )
        return rows

    @cached_property
    def places(self) -> list[dict[str, Any]]:
        return [
            {
                "type": "place",
                "id": r["id"],
                "name_en": r["name_en"],
                "name_zh": _s(r["name_zh"]),
                "kind": r["kind"],
                "location": self._name("places", r["parent_id"]),
                "summary": _s(r["summary"]),
                **provenance(self._sources["places"].get(r["id"], [])),
            }
            for r in self.catalog.table_rows("places")
        ]

    @cached_property
    def industries(self) -> list[dict[str, Any]]:
        rows = []
        for r in self.catalog.table_rows("industries"):
            cited = self.catalog.item_sources(ItemRef(ItemKind.INDUSTRY, r["id"]))
            rows.append(
                {
                    "type": "industry",
                    "id": r["id"],
                    "name_en": r["name_en"],
                    "name_zh": _s(r["name_zh"]),
                    "kind": "industry",
                    "summary": _s(r["description"]),
                    **provenance(cited),
                }
            )
        return rows

    @cached_property
    def figures(self) -> list[dict[str, Any]]:
        return [figure_row(f) for f in self.catalog.all_figures()]

    @cached_property
    def events(self) -> list[dict[str, Any]]:
        rows = []
        for event in self.catalog.events():
            by_kind: dict[ItemKind, list[Any]] = {}
            for related in event.related:
                by_kind.setdefault(related.ref.kind, []).append(related)
            rows.append(
                {
                    "type": "event",
                    "id": event.id,
                    "date": event.date,
                    "founded": event.date,
                    "date_note": event.date_note,
                    "title_en": event.title_en,
                    "name_en": event.title_en,
                    "title_zh": event.title_zh,
                    "name_zh": event.title_zh,
                    "description": event.description,
                    "summary": event.description,
                    "parks": _names(by_kind.get(ItemKind.PARK, [])),
                    "organizations": _names(by_kind.get(ItemKind.ORGANIZATION, [])),
                    "projects": _names(by_kind.get(ItemKind.PROJECT, [])),
                    "confidence": event.confidence,
                    **provenance(event.sources),
                    "_parks": {r.ref.id for r in by_kind.get(ItemKind.PARK, [])},
                }
            )
        return rows

    @cached_property
    def sources(self) -> list[dict[str, Any]]:
        return [
            {
                "type": "source",
                "id": s.id,
                "title": s.title,
                "name_en": s.title,
                "publisher": s.publisher,
                "date": s.date,
                "founded": s.date,
                "grade": s.grade,
                "kind": f"grade {s.grade}",
                "address": s.address,
                "location": s.address,
                "note": s.note,
                **provenance([s]),
            }
            for s in self.catalog.sources()
        ]

    @cached_property
    def claims(self) -> list[dict[str, Any]]:
        seeds = {r["id"]: r["source_id"] for r in self.catalog.table_rows("claims")}
        rows = []
        for claim in self.catalog.claims():
            seed = self._sources_by_id.get(seeds.get(claim.id, ""))
            cited = [*([seed] if seed else []), *claim.evidence_sources]
            rows.append(
                {
                    "type": "claim",
                    "id": claim.id,
                    "number": claim.number,
                    "claim": claim.claim,
                    "name_en": claim.claim,
                    "status": claim.status,
                    "kind": claim.status,
                    "status_note": claim.status_note,
                    "evidence": claim.evidence,
                    "summary": claim.evidence,
                    "claimed_in": seeds.get(claim.id, ""),
                    "about": _names(claim.related),
                    **provenance(cited),
                }
            )
        return rows

    def by_ref(self, ref: ItemRef) -> Row | None:
        """The row of one item of any kind (None when it is not in the database)."""
        table = {
            ItemKind.PARK: "parks",
            ItemKind.ORGANIZATION: "organizations",
            ItemKind.PROJECT: "projects",
            ItemKind.PLACE: "places",
            ItemKind.INDUSTRY: "industries",
            ItemKind.EVENT: "events",
            ItemKind.SOURCE: "sources",
            ItemKind.CLAIM: "claims",
        }[ref.kind]
        index = self._index.get(table)
        if index is None:
            index = {row["id"]: row for row in getattr(self, table)}
            self._index[table] = index
        return index.get(ref.id)

    @cached_property
    def _index(self) -> dict[str, dict[str, Row]]:
        return {}


def figure_row(figure: Figure) -> dict[str, Any]:
    source = figure.source
    return {
        "id": figure.id,
        "subject": figure.subject_name,
        "subject_type": figure.subject.kind.value,
        "subject_id": figure.subject.id,
        "metric": figure.metric,
        "period": figure.period_label,
        "period_start": figure.period_start,
        "period_end": figure.period_end,
        "value_as_published": figure_value(figure),
        "value": figure.value,
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "currency": figure.currency,
        "source": f"{source.id} · {source.grade}",
        "source_grade": source.grade,
        "confidence": figure.confidence,
        "disputed": "disputed" if figure.conflict else "",
        "note": figure.note,
        "source_id": source.id,
        "source_title": source.title,
        "source_address": source.address,
        "_subject": figure.subject,
        "_kinds": {figure.subject.kind.value},
    }


# --------------------------------------------------------------------------- tables


def figures_table(figures: Sequence[Figure]) -> Table:
    """Any list of figures (a Figures tab, the whole database)."""
    return Table(
        "figures", FIGURE_COLUMNS, [figure_row(f) for f in figures], FIGURE_PROVENANCE_KEYS
    )


def items_table(
    rows: Rows,
    refs: Sequence[ItemRef],
    notes: Mapping[ItemRef, str] | None = None,
    starred: Mapping[ItemRef, str] | None = None,
    name: str = "items",
) -> Table:
    """Any mix of items, in the order given; unknown items keep their id and type."""
    out = []
    for ref in dict.fromkeys(refs):
        found = rows.by_ref(ref)
        row = dict(found) if found is not None else {"id": ref.id, "name_en": ref.id}
        row["type"] = ITEM_TYPE[ref.kind]
        row["note"] = (notes or {}).get(ref, "")
        row["starred_at"] = (starred or {}).get(ref, "")
        row["_ref"] = ref
        out.append(row)
    return Table(name, ITEM_COLUMNS, out, PROVENANCE_KEYS)


def shortlist_table(rows: Rows, entries: Sequence[ShortlistEntry]) -> Table:
    """The shortlist: each starred item with when it was starred and the note on it."""
    return items_table(
        rows,
        [e.ref for e in entries],
        notes={e.ref: e.note for e in entries},
        starred={e.ref: e.added_at for e in entries},
        name="shortlist",
    )


def comparison_table(comparison: Comparison) -> Table:
    """A comparison as written to CSV: a row per field, a column per item, then sources."""
    item_keys = [f"item_{i + 1}" for i in range(len(comparison.refs))]
    columns = (
        Column("field", "Field"),
        *(Column(key, name) for key, name in zip(item_keys, comparison.names, strict=True)),
        *PROVENANCE,
    )
    out = []
    for row in comparison.rows:
        record: dict[str, Any] = {"field": row.label}
        for key, cell in zip(item_keys, row.cells, strict=True):
            record[key] = cell.full_text()
        record.update(provenance(row.sources))
        record["_key"] = row.key
        out.append(record)
    return Table("comparison", columns, out, PROVENANCE_KEYS)


_KIND_COLUMNS = {
    "parks": PARK_COLUMNS,
    "organizations": ORGANIZATION_COLUMNS,
    "projects": PROJECT_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "events": EVENT_COLUMNS,
    "sources": SOURCE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}


def kind_table(
    catalog: Catalog,
    kind: str,
    *,
    industry: str | None = None,
    item_kind: str | None = None,
    ids: Sequence[str] | None = None,
    shortlist: Sequence[ShortlistEntry] | None = None,
    rows: Rows | None = None,
) -> Table:
    """The table of one of ``KINDS``, filtered as the command line asks.

    ``industry``: an industry id or name (English or Chinese) — parks with it, and what
    is in them or about them; ``item_kind``: the rows' kind (parks: kind or category;
    figures: the subject type; shortlist: the item type); ``ids``: row ids, comma lists
    allowed. Raises an ExportError for an unknown kind, filter value or id.
    """
    rows = rows or Rows(catalog)
    kind = kind.strip().casefold()
    if kind not in KINDS:
        raise UnknownKind(f"unknown kind {kind!r} (choose from: {', '.join(KINDS)})")
    if kind == "shortlist":
        table = shortlist_table(rows, shortlist or [])
    elif kind == "figures":
        table = Table("figures", FIGURE_COLUMNS, rows.figures, FIGURE_PROVENANCE_KEYS)
    else:
        keep = () if kind == "sources" else PROVENANCE_KEYS
        table = Table(kind, _KIND_COLUMNS[kind], getattr(rows, kind), keep)
    base = table  # filter values are checked against every row, then applied in turn
    if industry:
        table = _filter_industry(rows, table, industry)
    if item_kind:
        table = _filter_kind(base, table, item_kind)
    wanted_ids = _split_ids([ids] if isinstance(ids, str) else ids)
    if wanted_ids:
        table = _filter_ids(base, table, wanted_ids)
    return table


def _filter_industry(rows: Rows, table: Table, industry: str) -> Table:
    if table.name in ("sources", "claims"):
        raise FilterError(f"--industry does not apply to {table.name}")
    wanted = industry.strip().casefold()
    parks = {row["id"] for row in rows.parks if wanted in row["_industries"]}
    if not parks:
        known = sorted(r["id"] for r in rows.catalog.table_rows("industries"))
        raise FilterError(
            f"no park is recorded with industry {industry.strip()!r} "
            f"(give an industry id or name: {', '.join(known)})"
        )
    parks = rows.parks_within(parks)

    def about_parks(row: Row) -> bool:
        ref = row.get("_ref") or row.get("_subject")
        if isinstance(ref, ItemRef):  # items and figures: about a park or inside one
            if ref.kind is ItemKind.PARK:
                return ref.id in parks
            found = rows.by_ref(ref)
            return bool(found and found.get("_parks", set()) & parks)
        return bool(row.get("_parks", set()) & parks)

    return table.where(about_parks)


def _filter_kind(base: Table, table: Table, item_kind: str) -> Table:
    wanted = item_kind.strip().casefold()
    if table.name in ("events", "sources", "claims"):
        raise FilterError(f"--kind does not apply to {table.name}")
    if table.name in ("shortlist", "items"):
        known = set(ITEM_TYPE.values())
        matched = table.where(lambda row: row["type"] == wanted)
    else:
        known = {k for row in base.rows for k in row.get("_kinds", ())}
        matched = table.where(lambda row: wanted in row.get("_kinds", ()))
    if wanted not in known:
        raise FilterError(
            f"unknown kind of {table.name} {item_kind.strip()!r} "
            f"(choose from: {', '.join(sorted(known))})"
        )
    return matched


def _filter_ids(base: Table, table: Table, ids: Sequence[str]) -> Table:
    present = {str(row.get("id")) for row in base.rows}
    present |= {str(row["_ref"]) for row in base.rows if "_ref" in row}
    missing = [i for i in ids if i not in present]
    if missing:
        raise FilterError(f"no {table.name} with id(s) {', '.join(missing)}")
    wanted = set(ids)
    return table.where(
        lambda row: str(row.get("id")) in wanted or str(row.get("_ref", "")) in wanted
    )
