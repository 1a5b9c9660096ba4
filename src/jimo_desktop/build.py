"""Build ``data/jimo.db`` from the CSV files under ``data/sources/``.

    python -m jimo_desktop.build [--sources DIR] [--output PATH]

The sources are checked first; every problem is reported with its file and line, and a
database is written only when there are none. The database is built in a temporary file
beside the output and moved into place at the end, so a failure never leaves a half-built
file where the app looks for one. Building twice from the same sources gives the same
content. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop import dates, paths
from jimo_desktop.schema import (
    SCHEMA_VERSION,
    SEARCH_TABLE,
    SUBJECT_TABLES,
    TABLES,
    TABLES_BY_NAME,
    Column,
    Kind,
    Table,
    link_tables,
)

Row = dict[str, Any]


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
    values: Row  # converted cells, lists for REFS


# --------------------------------------------------------------------------- reading


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
        values: Row = {}
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


# --------------------------------------------------------------------------- writing

_SQL_TYPES = {
    Kind.NUMBER: float,
    Kind.INTEGER: int,
}


def _create_tables(db: sqlite_utils.Database) -> None:
    for table in TABLES:
        columns: dict[str, Any] = {}
        not_null = []
        foreign_keys = []
        for column in table.columns:
            if column.kind is Kind.REFS:
                continue
            columns[column.name] = _SQL_TYPES.get(column.kind, str)
            if column.required or column.kind is Kind.ID:
                not_null.append(column.name)
            if column.kind is Kind.REF:
                foreign_keys.append((column.name, column.ref, "id"))
        for name, sql_type in table.derived.items():
            columns[name] = {"TEXT": str, "REAL": float}[sql_type]
        pk = table.pk[0] if len(table.pk) == 1 else table.pk
        db[table.name].create(columns, pk=pk, not_null=not_null, foreign_keys=foreign_keys)
    for link, (owner, owner_col, target, target_col) in link_tables().items():
        db[link].create(
            {owner_col: str, target_col: str, "position": int},
            pk=(owner_col, target_col),
            not_null=[owner_col, target_col, "position"],
            foreign_keys=[(owner_col, owner, "id"), (target_col, target, "id")],
        )
    db["meta"].create({"key": str, "value": str}, pk="key")


def _derived(table: Table, values: Row) -> Row:
    if table.name == "figures":
        span = dates.period(values["period"]) if values["period"] else dates.Span("", "")
        return {"period_start": span.start or None, "period_end": span.end or None}
    if table.name == "events":
        span = dates.date_range(values["date"])
        return {"date_start": span.start, "date_end": span.end}
    return {}


def _insert_rows(db: sqlite_utils.Database, data: dict[str, list[Record]]) -> None:
    links = link_tables()
    for table in TABLES:
        rows = []
        link_rows: dict[str, list[Row]] = {}
        for record in data[table.name]:
            row = {
                column.name: record.values[column.name]
                for column in table.columns
                if column.kind is not Kind.REFS
            }
            row.update(_derived(table, record.values))
            rows.append(row)
            for column in table.columns:
                if column.kind is not Kind.REFS:
                    continue
                _, owner_col, _, target_col = links[column.link_table or ""]
                for position, ref in enumerate(record.values[column.name]):
                    link_rows.setdefault(column.link_table or "", []).append(
                        {owner_col: record.values["id"], target_col: ref, "position": position}
                    )
        db[table.name].insert_all(rows)
        for link, link_data in link_rows.items():
            db[link].insert_all(link_data)


_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("parks", ("parent_id",)),
    ("parks", ("kind",)),
    ("park_industries", ("industry_id",)),
    ("organizations", ("park_id",)),
    ("organizations", ("parent_id",)),
    ("projects", ("park_id",)),
    ("project_organizations", ("organization_id",)),
    ("figures", ("subject_type", "subject_id")),
    ("figures", ("metric", "period_start")),
    ("figures", ("source_id",)),
    ("events", ("date_start",)),
    ("places", ("parent_id",)),
)


def _create_indexes(db: sqlite_utils.Database) -> None:
    for table, columns in _INDEXES:
        db[table].create_index(list(columns))
    for link, (_, _, _, target_col) in link_tables().items():
        db[link].create_index([target_col])


def _joined(*parts: Any) -> str | None:
    text = " ".join(str(part) for part in parts if part not in (None, ""))
    return text or None


def _search_rows(db: sqlite_utils.Database) -> Iterable[Row]:
    """One row per searchable item: its kind, id, names and the text to find it by."""
    for r in db.query("select * from parks"):
        yield _search_row(
            "park",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["level"],
            r["location"],
            r["summary"],
        )
    for r in db.query("select * from organizations"):
        yield _search_row(
            "organization",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["stock_code"],
            r["address"],
            r["summary"],
        )
    for r in db.query("select * from projects"):
        yield _search_row(
            "project",
            r["id"],
            r["name_en"],
            r["name_zh"],
            r["aliases"],
            r["kind"],
            r["location"],
            r["summary"],
        )
    for r in db.query("select * from places"):
        yield _search_row(
            "place", r["id"], r["name_en"], r["name_zh"], r["admin_code"], r["kind"], r["summary"]
        )
    for r in db.query("select * from industries"):
        yield _search_row("industry", r["id"], r["name_en"], r["name_zh"], None, r["description"])
    for r in db.query("select * from events order by date_start, id"):
        yield _search_row(
            "event", r["id"], r["title_en"], r["title_zh"], r["date"], r["description"]
        )
    for r in db.query("select * from sources"):
        yield _search_row(
            "source",
            r["id"],
            r["title"],
            None,
            _joined(r["id"], r["publisher"]),
            r["date"],
            r["address"],
            r["note"],
        )
    for r in db.query("select * from claims order by number"):
        yield _search_row(
            "claim", r["id"], r["claim"], None, r["status"], r["status_note"], r["evidence"]
        )


def _search_row(
    kind: str, item_id: str, title: str, title_zh: str | None, aliases: str | None, *body: Any
) -> Row:
    return {
        "kind": kind,
        "item_id": item_id,
        "title": title,
        "title_zh": title_zh,
        "aliases": aliases,
        "body": _joined(*body),
    }


def _create_search_index(db: sqlite_utils.Database) -> None:
    db[SEARCH_TABLE].create(
        {
            "kind": str,
            "item_id": str,
            "title": str,
            "title_zh": str,
            "aliases": str,
            "body": str,
        },
        not_null=["kind", "item_id", "title"],
    )
    db[SEARCH_TABLE].insert_all(list(_search_rows(db)))
    db[SEARCH_TABLE].create_index(["kind", "item_id"], unique=True)
    db[SEARCH_TABLE].enable_fts(
        ["title", "title_zh", "aliases", "body"], fts_version="FTS5", tokenize="trigram"
    )
    db[f"{SEARCH_TABLE}_fts"].optimize()


def _write_meta(db: sqlite_utils.Database, data: dict[str, list[Record]], digest: str) -> None:
    source_dates = [r.values["date"] for r in data["sources"] if r.values["date"]]
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_as_of": max(source_dates, default=""),
        "sources_sha256": digest,
        "title": "Jimo Explorer data: industrial parks of Jimo District, Qingdao",
        "built_by": "python -m jimo_desktop.build",
    }
    db["meta"].insert_all({"key": k, "value": v} for k, v in meta.items())


def build(sources_dir: Path, output: Path) -> dict[str, int]:
    """Check the sources and write the database to ``output``; return row counts.

    Raises SourceError (nothing written) when the sources break a rule.
    """
    data = read_sources(sources_dir)
    digest = sources_digest(sources_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".tmp", dir=output.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()  # sqlite creates the file itself
        conn = sqlite3.connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA foreign_keys = ON")
            db = sqlite_utils.Database(conn)
            with conn:
                _create_tables(db)
                _insert_rows(db, data)
                _create_indexes(db)
                _create_search_index(db)
                _write_meta(db, data, digest)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed: {problems[:5]}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("ANALYZE")
            conn.execute("VACUUM")
            counts = {
                t.name: conn.execute(f"select count(*) from [{t.name}]").fetchone()[0]
                for t in TABLES
            }
        finally:
            conn.close()
        os.replace(temp, output)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jimo_desktop.build",
        description="Build the Jimo Explorer database from its CSV sources.",
    )
    parser.add_argument(
        "--sources",
        type=Path,
        default=paths.source_data_dir(),
        help="folder of the CSV sources (default: %(default)s)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=paths.source_checkout_database(),
        help="database to write (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        counts = build(args.sources, args.output)
    except SourceError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Could not write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    print(f"Wrote {args.output}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
