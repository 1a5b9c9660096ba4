"""What can be exported, as plain tables: columns and rows, provenance included.

One table per kind of record (``kind_table`` for each of ``KINDS``: parks,
organizations, projects, figures, events, sources, claims, shortlist, filtered as the
command line asks), a table of any mix of items (the tree, search results, the Related
tab), a table of figures (any Figures tab) and a table of a comparison. The command line
(``jimo-desktop export``) and the export dialog both take their tables from here; an
``ExportTable`` writes itself with ``csv_file.write_csv``.

The columns are declared in ``columns``, the rows built in ``rows``. The provenance
columns of a table are always written. An export that cannot be made as asked raises an
``ExportError`` whose text is one line for the user. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef
from jimo_desktop.comparison import Comparison
from jimo_desktop.export.columns import (
    FIGURE_COLUMNS,
    FIGURE_PROVENANCE_KEYS,
    FIGURE_SUBJECT_KEYS,
    ITEM_COLUMNS,
    KIND_COLUMNS,
    KINDS,
    PROVENANCE,
    PROVENANCE_KEYS,
    ExportColumn,
)
from jimo_desktop.export.csv_file import CsvOptions, write_csv
from jimo_desktop.export.fact_rows import FIGURE_WORDS, figure_row, provenance
from jimo_desktop.export.rows import ExportRow, Rows
from jimo_desktop.store import ShortlistEntry
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked, Message


class ExportError(Exception):
    """An export that cannot be made as asked; ``str()`` is one line for the user."""


class UnknownKind(ExportError):
    pass


class UnknownColumn(ExportError):
    pass


class FilterError(ExportError):
    pass


@dataclass(frozen=True)
class ExportTable:
    """Columns (all that can be written, in default order) and rows."""

    name: str
    columns: tuple[ExportColumn, ...]
    rows: Sequence[ExportRow]
    provenance: tuple[str, ...] = ()  # keys always written, after the chosen columns
    description: str = field(default="", compare=False)
    # Keys of the columns that say what a row is about: first when rows are about several.
    subject_columns: tuple[str, ...] = ()
    # The marked words (``Marked``) cells may hold, which the UI may translate.
    words: tuple[str, ...] = ()

    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def column(self, name: str) -> ExportColumn:
        """A column by key or by label (any case)."""
        folded = name.strip().casefold()
        for column in self.columns:
            if folded in (column.key.casefold(), column.label.casefold()):
                return column
        message = QT_TRANSLATE_NOOP(
            "ExportError", "unknown column {column!r} for {table} (choose from: {choices})"
        )
        raise UnknownColumn(
            Message(message, column=name.strip(), table=self.name, choices=", ".join(self.keys()))
        )

    def resolve(self, wanted: Sequence[str] | None = None) -> list[ExportColumn]:
        """The columns to write: ``wanted`` (keys or labels) in that order, else all;
        the provenance columns are added at the end when not chosen."""
        chosen = list(self.columns) if not wanted else [self.column(w) for w in wanted]
        chosen = list(dict.fromkeys(chosen))
        for key in self.provenance:
            column = self.column(key)
            if column not in chosen:
                chosen.append(column)
        return chosen

    def lead_columns(self) -> tuple[str, ...]:
        """The subject columns when the rows are about more than one item, else none."""
        if not self.subject_columns:
            return ()
        subjects = set()
        for row in self.rows:
            subjects.add(row.get("_subject"))
            if len(subjects) > 1:
                return self.subject_columns
        return ()

    def where(self, keep: Callable[[ExportRow], bool]) -> ExportTable:
        return self.subset([r for r in self.rows if keep(r)])

    def subset(self, rows: Sequence[ExportRow]) -> ExportTable:
        return replace(self, rows=rows, description="")

    def write(
        self,
        path: Path,
        wanted: Sequence[str] | None = None,
        options: CsvOptions | None = None,
        progress: Callable[[int], bool] | None = None,
        labels: Mapping[str, str] | None = None,
        words: Mapping[str, str] | None = None,
    ) -> int:
        """Write the table to ``path`` (atomically); the number of rows written.

        ``labels`` overrides header texts by key, ``words`` the marked words of cells (the
        UI passes them translated to the header row's language).
        """
        columns = self.resolve(wanted)
        keys = [c.key for c in columns]
        header = [(labels or {}).get(c.key, c.label) for c in columns]
        if words:
            found = words
            rows: Iterable[list[Any]] = (
                [_word(row.get(key), found) for key in keys] for row in self.rows
            )
        else:
            rows = ([row.get(key) for key in keys] for row in self.rows)
        return write_csv(path, header, rows, options or CsvOptions(), progress)


def _word(cell: Any, words: Mapping[str, str]) -> Any:
    """A marked word of a cell in the words given; any other cell as it is."""
    return words.get(cell, cell) if isinstance(cell, Marked) else cell


# --------------------------------------------------------------------------- tables


def figure_rows_table(rows: Sequence[ExportRow]) -> ExportTable:
    """Rows of figures (``figure_row``) as a table."""
    return ExportTable(
        "figures",
        FIGURE_COLUMNS,
        rows,
        FIGURE_PROVENANCE_KEYS,
        subject_columns=FIGURE_SUBJECT_KEYS,
        words=FIGURE_WORDS,
    )


def figures_table(
    figures: Sequence[Figure], names_zh: Mapping[ItemRef, str] | None = None
) -> ExportTable:
    """Any list of figures (a Figures tab, the whole database), with the Chinese names of
    their subjects when given."""
    names = names_zh or {}
    return figure_rows_table([figure_row(f, names.get(f.subject, "")) for f in figures])


def items_table(
    rows: Rows,
    refs: Sequence[ItemRef],
    notes: Mapping[ItemRef, str] | None = None,
    starred: Mapping[ItemRef, str] | None = None,
    name: str = "items",
) -> ExportTable:
    """Any mix of items, in the order given; unknown items keep their id and type."""
    out = []
    for ref in dict.fromkeys(refs):
        found = rows.by_ref(ref)
        row: dict[str, Any] = (
            dict(found) if found is not None else {"id": ref.id, "name_en": ref.id}
        )
        row["type"] = ref.kind.value
        row["note"] = (notes or {}).get(ref, "")
        row["starred_at"] = (starred or {}).get(ref, "")
        row["_ref"] = ref
        out.append(row)
    return ExportTable(name, ITEM_COLUMNS, out, PROVENANCE_KEYS)


def shortlist_table(rows: Rows, entries: Sequence[ShortlistEntry]) -> ExportTable:
    """The shortlist: each starred item with when it was starred and the note on it."""
    return items_table(
        rows,
        [e.ref for e in entries],
        notes={e.ref: e.note for e in entries},
        starred={e.ref: e.added_at for e in entries},
        name="shortlist",
    )


def comparison_table(comparison: Comparison) -> ExportTable:
    """A comparison as written to CSV: a row per field, a column per item, then sources."""
    item_keys = [f"item_{i + 1}" for i in range(len(comparison.refs))]
    columns = (
        ExportColumn("field", QT_TRANSLATE_NOOP("ExportColumn", "Field")),
        *(ExportColumn(key, name) for key, name in zip(item_keys, comparison.names, strict=True)),
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
    return ExportTable("comparison", columns, out, PROVENANCE_KEYS)


# --------------------------------------------------------------------------- kinds and filters


def kind_table(
    catalog: Catalog,
    kind: str,
    *,
    industry: str | None = None,
    item_kind: str | None = None,
    ids: Sequence[str] | None = None,
    shortlist: Sequence[ShortlistEntry] | None = None,
    rows: Rows | None = None,
) -> ExportTable:
    """The table of one of ``KINDS``, filtered as the command line asks.

    ``industry``: an industry id or name (English or Chinese) — parks with it, and what
    is in them or about them; ``item_kind``: the rows' kind (parks: kind or category;
    figures: the subject type; shortlist: the item type); ``ids``: row ids, comma lists
    allowed. Raises an ExportError for an unknown kind, filter value or id.
    """
    rows = rows or Rows(catalog)
    kind = kind.strip().casefold()
    if kind not in KINDS:
        message = QT_TRANSLATE_NOOP("ExportError", "unknown kind {kind!r} (choose from: {choices})")
        raise UnknownKind(Message(message, kind=kind, choices=", ".join(KINDS)))
    if kind == "shortlist":
        table = shortlist_table(rows, shortlist or [])
    elif kind == "figures":
        table = figure_rows_table(rows.figures)
    else:
        keep = () if kind == "sources" else PROVENANCE_KEYS
        table = ExportTable(kind, KIND_COLUMNS[kind], getattr(rows, kind), keep)
    base = table  # filter values are checked against every row, then applied in turn
    if industry:
        table = _filter_industry(rows, table, industry)
    if item_kind:
        table = _filter_kind(base, table, item_kind)
    wanted_ids = _split_ids([ids] if isinstance(ids, str) else ids)
    if wanted_ids:
        table = _filter_ids(base, table, wanted_ids)
    return table


def _split_ids(values: Iterable[str] | None) -> list[str]:
    found: list[str] = []
    for value in values or ():
        found += [part.strip() for part in value.split(",") if part.strip()]
    return found


def _filter_industry(rows: Rows, table: ExportTable, industry: str) -> ExportTable:
    if table.name in ("sources", "claims"):
        message = QT_TRANSLATE_NOOP("ExportError", "--industry does not apply to {table}")
        raise FilterError(Message(message, table=table.name))
    wanted = industry.strip().casefold()
    parks = {row["id"] for row in rows.parks if wanted in row["_industries"]}
    if not parks:
        known = sorted(r["id"] for r in rows.catalog.table_rows("industries"))
        message = QT_TRANSLATE_NOOP(
            "ExportError",
            "no park is recorded with industry {industry!r} (give an industry id or name: {known})",
        )
        raise FilterError(Message(message, industry=industry.strip(), known=", ".join(known)))
    parks = rows.parks_within(parks)

    def about_parks(row: ExportRow) -> bool:
        ref = row.get("_ref") or row.get("_subject")
        if isinstance(ref, ItemRef):  # items and figures: about a park or inside one
            if ref.kind is ItemKind.PARK:
                return ref.id in parks
            found = rows.by_ref(ref)
            return bool(found and found.get("_parks", set()) & parks)
        return bool(row.get("_parks", set()) & parks)

    return table.where(about_parks)


def _filter_kind(base: ExportTable, table: ExportTable, item_kind: str) -> ExportTable:
    wanted = item_kind.strip().casefold()
    if table.name in ("events", "sources", "claims"):
        message = QT_TRANSLATE_NOOP("ExportError", "--kind does not apply to {table}")
        raise FilterError(Message(message, table=table.name))
    if table.name in ("shortlist", "items"):
        known = {kind.value for kind in ItemKind}
        matched = table.where(lambda row: row["type"] == wanted)
    else:
        known = {k for row in base.rows for k in row.get("_kinds", ())}
        matched = table.where(lambda row: wanted in row.get("_kinds", ()))
    if wanted not in known:
        message = QT_TRANSLATE_NOOP(
            "ExportError", "unknown kind of {table} {kind!r} (choose from: {choices})"
        )
        raise FilterError(
            Message(
                message, table=table.name, kind=item_kind.strip(), choices=", ".join(sorted(known))
            )
        )
    return matched


def _filter_ids(base: ExportTable, table: ExportTable, ids: Sequence[str]) -> ExportTable:
    present = {str(row.get("id")) for row in base.rows}
    present |= {str(row["_ref"]) for row in base.rows if "_ref" in row}
    missing = [i for i in ids if i not in present]
    if missing:
        message = QT_TRANSLATE_NOOP("ExportError", "no {table} with id(s) {ids}")
        raise FilterError(Message(message, table=table.name, ids=", ".join(missing)))
    wanted = set(ids)
    return table.where(
        lambda row: str(row.get("id")) in wanted or str(row.get("_ref", "")) in wanted
    )
