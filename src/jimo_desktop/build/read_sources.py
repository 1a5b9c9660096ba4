"""Read the CSV sources under ``data/sources/`` into checked records.

Given the sources folder, ``read_sources`` reads one file per table declared in
``schema.TABLES``, converts every cell to the value it is stored as and checks the rules:
required cells, numbers, dates and periods, choices, unique keys, and references to ids of
other tables. It collects every problem with its file and line and raises ``SourceError``
with all of them, or returns the records. ``sources_digest`` fingerprints the same files.
Nothing here writes a file or imports Qt.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jimo_desktop import dates
from jimo_desktop.schema import SUBJECT_TABLES, TABLES, TABLES_BY_NAME, Column, Kind, Table

SourceRow = dict[str, Any]
"""The converted cells of one CSV row by column name (lists for REFS columns)."""


@dataclass(frozen=True, slots=True)
class Problem:
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
    line: int
    values: SourceRow


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _convert(column: Column, cell: str) -> Any:
    """One cell to its stored value; raises ValueError with a plain message."""
    if column.kind is Kind.REFS:
        return _split(cell)
    if column.kind is Kind.WORDS:
        return "; ".join(_split(cell)) or None
    if cell == "":
        return None
    if column.kind is Kind.NUMBER:
        try:
            number = float(cell)
        except ValueError:
            raise ValueError(f"{column.name} {cell!r} is not a number (write 1513.33)") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"{column.name} {cell!r} is not a finite number")
        return number
    if column.kind is Kind.INTEGER:
        try:
            return int(cell)
        except ValueError:
            raise ValueError(f"{column.name} {cell!r} is not a whole number") from None
    if column.kind is Kind.CHOICE and cell not in column.choices:
        allowed = ", ".join(repr(c) for c in column.choices)
        raise ValueError(f"{column.name} {cell!r} is not one of {allowed}")
    parse = {
        Kind.DATE: dates.partial_date,
        Kind.DATE_RANGE: dates.date_range,
        Kind.PERIOD: dates.period,
    }.get(column.kind)
    if parse is not None:
        try:
            parse(cell)
        except dates.PeriodError as error:
            raise ValueError(f"{column.name}: {error}") from None
    return cell


def read_table(table: Table, path: Path, problems: list[Problem]) -> list[Record]:
    """Read and convert one CSV file, adding its problems to ``problems``."""
    name = f"{path.parent.name}/{path.name}"
    if not path.is_file():
        problems.append(Problem(name, 0, "file is missing"))
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(Problem(name, 0, f"not UTF-8 text ({error.reason} at byte {error.start})"))
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        problems.append(Problem(name, 1, "file is empty (a header row is needed)"))
        return []
    except csv.Error as error:
        problems.append(Problem(name, 1, f"unreadable CSV: {error}"))
        return []
    header = [cell.strip() for cell in header]
    expected = [column.name for column in table.columns]
    missing = [c for c in expected if c not in header]
    unknown = [c for c in header if c not in expected]
    if missing or unknown or len(set(header)) != len(header):
        detail = []
        if missing:
            detail.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            detail.append(f"unknown column(s) {', '.join(unknown)}")
        if len(set(header)) != len(header):
            detail.append("a column appears twice")
        problems.append(Problem(name, 1, "; ".join(detail)))
        return []
    records: list[Record] = []
    seen: dict[tuple[Any, ...], int] = {}
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem(name, start, f"unreadable CSV: {error}"))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are allowed
        if len(cells) != len(header):
            problems.append(
                Problem(name, start, f"has {len(cells)} cells, the header has {len(header)}")
            )
            continue
        values: SourceRow = {}
        ok = True
        for column_name, raw in zip(header, cells, strict=True):
            column = table.column(column_name)
            cell = raw.strip()
            required = column.required or column.kind is Kind.ID
            if required and not cell:
                what = "a fact without a source" if column.ref == "sources" else "empty"
                problems.append(Problem(name, start, f"{column_name} is required ({what})"))
                ok = False
                continue
            try:
                values[column_name] = _convert(column, cell)
            except ValueError as error:
                problems.append(Problem(name, start, str(error)))
                ok = False
        if not ok:
            continue
        key = tuple(values[c] for c in table.pk)
        if key in seen:
            label = ", ".join(f"{c}={values[c]!r}" for c in table.pk)
            problems.append(Problem(name, start, f"duplicate {label} (first on line {seen[key]})"))
            continue
        seen[key] = start
        records.append(Record(start, values))
    return records


def _check_references(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    ids = {
        name: {record.values["id"] for record in records}
        for name, records in data.items()
        if TABLES_BY_NAME[name].pk == ("id",)
    }
    for table in TABLES:
        name = f"{sources_dir.name}/{table.file}"
        for record in data.get(table.name, []):
            for column in table.columns:
                if column.kind not in (Kind.REF, Kind.REFS):
                    continue
                value = record.values.get(column.name)
                wanted = value if isinstance(value, list) else [value] if value else []
                for ref in wanted:
                    if ref not in ids.get(column.ref or "", set()):
                        problems.append(
                            Problem(
                                name, record.line, f"{column.name}: unknown {column.ref} {ref!r}"
                            )
                        )
                if isinstance(value, list) and len(set(value)) != len(value):
                    problems.append(Problem(name, record.line, f"{column.name} repeats an id"))
                if column.name == "parent_id" and value == record.values.get("id"):
                    problems.append(Problem(name, record.line, "parent_id points to itself"))
    for record in data.get("figures", []):
        subject_table = SUBJECT_TABLES[record.values["subject_type"]]
        if record.values["subject_id"] not in ids.get(subject_table, set()):
            problems.append(
                Problem(
                    f"{sources_dir.name}/figures.csv",
                    record.line,
                    f"subject_id: unknown {record.values['subject_type']} "
                    f"{record.values['subject_id']!r}",
                )
            )


def read_sources(sources_dir: Path) -> dict[str, list[Record]]:
    """Read every source file; raise SourceError listing all problems found."""
    problems: list[Problem] = []
    data = {table.name: read_table(table, sources_dir / table.file, problems) for table in TABLES}
    if not problems:
        _check_references(data, sources_dir, problems)
    if problems:
        raise SourceError(problems)
    return data


def sources_digest(sources_dir: Path) -> str:
    """A SHA-256 over the source files' names and bytes (the README is not data)."""
    digest = hashlib.sha256()
    for table in TABLES:
        path = sources_dir / table.file
        digest.update(table.file.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
        digest.update(b"\0")
    return digest.hexdigest()
