"""Read the CSV sources under ``data/sources/`` into checked records.

Given the sources folder, ``read_sources`` reads one file per table declared in
``schema.TABLES``, converts every cell to the value it is stored as and checks the rules:
required cells, numbers, dates and periods, choices, unique keys, references to ids of
other tables, Chinese names published or marked as the project's own (``name_checks``), a
figure's scale written once (``figure_checks``), every figure's metric in the metric
vocabulary (``metrics.csv``), and figures that disagree declared as disputes, doubt and every
source said (``dispute_checks``). It collects every problem with its file and line and
raises ``SourceError`` with all of them, or returns the records. ``sources_digest``
fingerprints the same files.
Nothing here writes a file or imports Qt.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jimo_desktop.build.cells import convert_cell
from jimo_desktop.build.dispute_checks import figure_series_problems
from jimo_desktop.build.figure_checks import figure_problems
from jimo_desktop.schema import (
    BOUNDARY_FILE,
    COAST_FILE,
    COAST_TABLE,
    SUBJECT_TABLES,
    TABLES,
    TABLES_BY_NAME,
    ZONE_PARKS_FILE,
    ZONE_PLACES_FILE,
    ZONES_FILE,
    CellKind,
    Column,
    Table,
)

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

SourceRow = dict[str, Any]
"""The converted cells of one CSV row by column name (lists for REFS columns)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: the file, the line a row starts on (0: the whole file) and what."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class SourceError(Exception):
    """The source files break one or more rules; nothing was written."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the data sources:\n{shown}{tail}")


@dataclass(slots=True)
class Record:
    """One accepted row of a source file: the line it starts on and its converted cells."""

    line: int
    values: SourceRow


def read_sources(sources_dir: Path) -> dict[str, list[Record]]:
    """Read every source file; raise SourceError listing all problems found."""
    problems: list[Problem] = []
    data = {table.name: read_table(table, sources_dir / table.file, problems) for table in TABLES}
    if not problems:
        _check_references(data, sources_dir, problems)
        _check_names(data, sources_dir, problems)
    figures = ((record.line, record.values) for record in data.get("figures", []))
    for line, message in figure_problems(figures):
        problems.append(Problem(f"{sources_dir.name}/figures.csv", line, message))
    if not problems:
        rows = {
            name: [(r.line, r.values) for r in data.get(name, [])]
            for name in ("figures", "disputes")
        }
        for file, line, message in figure_series_problems(rows["figures"], rows["disputes"]):
            problems.append(Problem(f"{sources_dir.name}/{file}.csv", line, message))
    if not problems:
        _check_map_data(data, sources_dir, problems)
    if problems:
        raise SourceError(problems)
    return data


def _check_names(data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]) -> None:
    """Chinese names published or marked as the project's own; no disputed date as a span."""
    from jimo_desktop.build import name_checks  # it imports this module

    name_checks.name_problems(data, sources_dir, problems)
    problems.extend(name_checks.disputed_range_problems(data, sources_dir))


def _check_map_data(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    """Where parks are (sourced links) and the outlines of places (``data["boundaries"]``)."""
    from jimo_desktop.build import boundaries, coast, placements  # they import this module

    placements.check_placements(data, sources_dir, problems)
    rows = boundaries.read_boundaries(sources_dir, data, problems)
    data["boundaries"] = [Record(0, row) for row in rows]
    data[COAST_TABLE] = [Record(0, row) for row in coast.read_coast(sources_dir, data, problems)]
    _check_context(data, sources_dir, problems)


def _check_context(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    """China's catalogue of development zones and its links to parks (``data["zones"]``)."""
    from jimo_desktop.build import zones  # it imports this module

    zones.check_zones(data, sources_dir, problems)


def sources_digest(sources_dir: Path) -> str:
    """A SHA-256 over the source files' names and bytes (the README is not data)."""
    digest = hashlib.sha256()
    for table in TABLES:
        path = sources_dir / table.file
        digest.update(table.file.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
        digest.update(b"\0")
    optional = (BOUNDARY_FILE, COAST_FILE, ZONES_FILE, ZONE_PARKS_FILE, ZONE_PLACES_FILE)
    for name in optional:
        path = sources_dir / name
        if path.is_file():
            digest.update(name.encode())
            digest.update(b"\0")
            digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class _SourceFile:
    """One CSV file being read: its table, its name in problems, and the list they go to."""

    table: Table
    name: str
    problems: list[Problem]

    def report(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))


def read_table(table: Table, path: Path, problems: list[Problem]) -> list[Record]:
    """Read and convert one CSV file, adding its problems to ``problems``."""
    source = _SourceFile(table, f"{path.parent.name}/{path.name}", problems)
    text = _read_text(path, source)
    if text is None:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = _read_header(reader, source)
    if header is None:
        return []
    return _read_records(reader, header, source)


def _read_text(path: Path, source: _SourceFile) -> str | None:
    """The file's text without a byte-order mark, or None (reported) if there is none."""
    if not path.is_file():
        source.report(0, "file is missing")
        return None
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        source.report(0, f"not UTF-8 text ({error.reason} at byte {error.start})")
        return None


def _read_header(reader: CsvReader, source: _SourceFile) -> list[str] | None:
    """The column names of the first row, or None (reported) unless they are the table's."""
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        source.report(1, "file is empty (a header row is needed)")
        return None
    except csv.Error as error:
        source.report(1, f"unreadable CSV: {error}")
        return None
    mismatch = _header_mismatch(header, [column.name for column in source.table.columns])
    if mismatch:
        source.report(1, mismatch)
        return None
    return header


def _header_mismatch(header: list[str], expected: list[str]) -> str:
    """What keeps ``header`` from naming each expected column once ("" when nothing)."""
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    detail = []
    if missing:
        detail.append(f"missing column(s) {', '.join(missing)}")
    if unknown:
        detail.append(f"unknown column(s) {', '.join(unknown)}")
    if len(set(header)) != len(header):
        detail.append("a column appears twice")
    return "; ".join(detail)


def _read_records(reader: CsvReader, header: list[str], source: _SourceFile) -> list[Record]:
    """The records of the data rows; a row with a problem or a key seen before is left out."""
    records: list[Record] = []
    first_line: dict[tuple[Any, ...], int] = {}
    for line, cells in _data_rows(reader, source):
        values = _convert_row(header, cells, line, source)
        if values is None:
            continue
        key = tuple(values[c] for c in source.table.pk)
        if key in first_line:
            label = ", ".join(f"{c}={values[c]!r}" for c in source.table.pk)
            source.report(line, f"duplicate {label} (first on line {first_line[key]})")
            continue
        first_line[key] = line
        records.append(Record(line, values))
    return records


def _data_rows(reader: CsvReader, source: _SourceFile) -> Iterator[tuple[int, list[str]]]:
    """Each row after the header that is not blank, with the line it starts on.

    Unreadable CSV ends the file (reported): what follows cannot be trusted.
    """
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            source.report(start, f"unreadable CSV: {error}")
            return
        line = reader.line_num
        if any(cell.strip() for cell in cells):  # blank lines are allowed
            yield start, cells


def _convert_row(
    header: list[str], cells: list[str], line: int, source: _SourceFile
) -> SourceRow | None:
    """The row's converted cells, or None when any cell breaks a rule (each one reported)."""
    if len(cells) != len(header):
        source.report(line, f"has {len(cells)} cells, the header has {len(header)}")
        return None
    values: SourceRow = {}
    ok = True
    for column_name, raw in zip(header, cells, strict=True):
        try:
            values[column_name] = convert_cell(source.table.column(column_name), raw.strip())
        except ValueError as error:
            source.report(line, str(error))
            ok = False
    return values if ok else None


def _check_references(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    """Add a problem for each reference to an id no table holds, each repeat and each loop."""
    ids = _known_ids(data)
    for table in TABLES:
        name = f"{sources_dir.name}/{table.file}"
        references = [
            column for column in table.columns if column.kind in (CellKind.REF, CellKind.REFS)
        ]
        for record in data.get(table.name, []):
            for column in references:
                for message in _reference_problems(column, record.values, ids):
                    problems.append(Problem(name, record.line, message))
    metrics = {record.values["metric"] for record in data.get("metrics", [])}
    for record in data.get("figures", []):
        for message in (_subject_problem(record.values, ids), _metric_problem(record, metrics)):
            if message:
                problems.append(Problem(f"{sources_dir.name}/figures.csv", record.line, message))


def _known_ids(data: dict[str, list[Record]]) -> dict[str, set[Any]]:
    """The ids of each table whose key is its ``id`` column."""
    return {
        name: {record.values["id"] for record in records}
        for name, records in data.items()
        if TABLES_BY_NAME[name].pk == ("id",)
    }


def _reference_problems(
    column: Column, values: SourceRow, ids: dict[str, set[Any]]
) -> Iterator[str]:
    """What is wrong with one REF or REFS cell: unknown ids, a repeated id, a self-parent."""
    value = values.get(column.name)
    wanted = value if isinstance(value, list) else [value] if value else []
    known = ids.get(column.ref or "", set())
    for ref in wanted:
        if ref not in known:
            yield f"{column.name}: unknown {column.ref} {ref!r}"
    if isinstance(value, list) and len(set(value)) != len(value):
        yield f"{column.name} repeats an id"
    if column.name == "parent_id" and value == values.get("id"):
        yield "parent_id points to itself"


def _metric_problem(record: Record, metrics: set[str]) -> str:
    """Why a figure's metric is not in the metric vocabulary, metrics.csv ("" if it is)."""
    metric = record.values["metric"]
    return "" if metric in metrics else f"metric: {metric!r} is not in metrics.csv"


def _subject_problem(values: SourceRow, ids: dict[str, set[Any]]) -> str:
    """Why a figure's subject is not an item of the table its subject_type names ("" if it is)."""
    subject_type, subject_id = values["subject_type"], values["subject_id"]
    if subject_id in ids.get(SUBJECT_TABLES[subject_type], set()):
        return ""
    return f"subject_id: unknown {subject_type} {subject_id!r}"
