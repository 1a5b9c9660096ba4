"""Write checked source records into a new SQLite database, replaced atomically.

Given the records ``read_sources`` returned and the sources' digest, ``write_database``
creates the tables declared in ``schema`` (with their link tables, foreign keys and
indexes), inserts the rows, adds the search index and the ``meta`` table, checks the
foreign keys and compacts the file. It writes to a temporary file beside the output and
moves it into place at the end, so a failure never leaves a half-built file where the app
looks for one. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop import dates
from jimo_desktop.build.read_sources import Record, SourceRow
from jimo_desktop.build.search_index import create_search_index
from jimo_desktop.schema import SCHEMA_VERSION, TABLES, Kind, Table, link_tables

DatabaseRow = dict[str, Any]
"""One row to insert into a table of the database, by column name."""


_SQL_TYPES = {
    Kind.NUMBER: float,
    Kind.INTEGER: int,
}


def _create_tables(db: sqlite_utils.Database) -> None:
    for table in TABLES:
        columns: dict[str, Any] = {}
        not_null: list[str] = []
        foreign_keys: list[tuple[str, str, str]] = []
        for column in table.columns:
            if column.kind is Kind.REFS:
                continue
            columns[column.name] = _SQL_TYPES.get(column.kind, str)
            if column.required or column.kind is Kind.ID:
                not_null.append(column.name)
            if column.kind is Kind.REF and column.ref is not None:
                foreign_keys.append((column.name, column.ref, "id"))
        for name, sql_type in table.derived.items():
            columns[name] = {"TEXT": str, "REAL": float}[sql_type]
        pk = table.pk[0] if len(table.pk) == 1 else table.pk
        db.table(table.name).create(columns, pk=pk, not_null=not_null, foreign_keys=foreign_keys)
    for link, (owner, owner_col, target, target_col) in link_tables().items():
        db.table(link).create(
            {owner_col: str, target_col: str, "position": int},
            pk=(owner_col, target_col),
            not_null=[owner_col, target_col, "position"],
            foreign_keys=[(owner_col, owner, "id"), (target_col, target, "id")],
        )
    db.table("meta").create({"key": str, "value": str}, pk="key")


def _derived(table: Table, values: SourceRow) -> DatabaseRow:
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
        link_rows: dict[str, list[DatabaseRow]] = {}
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
        db.table(table.name).insert_all(rows)
        for link, link_data in link_rows.items():
            db.table(link).insert_all(link_data)


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
        db.table(table).create_index(list(columns))
    for link, (_, _, _, target_col) in link_tables().items():
        db.table(link).create_index([target_col])


def _write_meta(db: sqlite_utils.Database, data: dict[str, list[Record]], digest: str) -> None:
    source_dates = [r.values["date"] for r in data["sources"] if r.values["date"]]
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_as_of": max(source_dates, default=""),
        "sources_sha256": digest,
        "title": "Jimo Explorer data: industrial parks of Jimo District, Qingdao",
        "built_by": "python -m jimo_desktop.build",
    }
    db.table("meta").insert_all({"key": k, "value": v} for k, v in meta.items())


def write_database(data: dict[str, list[Record]], digest: str, output: Path) -> dict[str, int]:
    """Write the records to a new database at ``output``; return each table's row count."""
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
                create_search_index(db)
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
