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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop import dates
from jimo_desktop.build.coast import insert_coast
from jimo_desktop.build.placements import insert_boundaries
from jimo_desktop.build.read_sources import Record, SourceRow
from jimo_desktop.build.search_index import create_search_index
from jimo_desktop.build.zones import insert_zones
from jimo_desktop.schema import (
    COAST_TABLE,
    SCHEMA_VERSION,
    TABLES,
    ZONE_PARKS_TABLE,
    ZONES_TABLE,
    CellKind,
    Table,
    link_tables,
)

DatabaseRow = dict[str, Any]
"""One row to insert into a table of the database, by column name."""


# The SQL type of each column kind (others are TEXT) and of each derived column.
_SQL_TYPES = {
    CellKind.NUMBER: float,
    CellKind.INTEGER: int,
}
_DERIVED_TYPES = {"TEXT": str, "REAL": float, "INTEGER": int}


def _create_tables(db: sqlite_utils.Database) -> None:
    """Every table of ``schema``, its link tables and ``meta``, with keys and foreign keys."""
    for table in TABLES:
        _create_item_table(db, table)
    for link, (owner, owner_col, target, target_col) in link_tables().items():
        db.table(link).create(
            {owner_col: str, target_col: str, "position": int},
            pk=(owner_col, target_col),
            not_null=[owner_col, target_col, "position"],
            foreign_keys=[(owner_col, owner, "id"), (target_col, target, "id")],
        )
    db.table("meta").create({"key": str, "value": str}, pk="key")


def _create_item_table(db: sqlite_utils.Database, table: Table) -> None:
    """One table: its columns (a REFS column is a link table instead), then derived ones."""
    stored = [column for column in table.columns if column.kind is not CellKind.REFS]
    columns: dict[str, Any] = {column.name: _SQL_TYPES.get(column.kind, str) for column in stored}
    columns.update({name: _DERIVED_TYPES[sql] for name, sql in table.derived.items()})
    not_null = [column.name for column in stored if column.required or column.kind is CellKind.ID]
    foreign_keys = [
        (column.name, column.ref, "id")
        for column in stored
        if column.kind is CellKind.REF and column.ref is not None
    ]
    pk = table.pk[0] if len(table.pk) == 1 else table.pk
    db.table(table.name).create(columns, pk=pk, not_null=not_null, foreign_keys=foreign_keys)


def _derived(table: Table, values: SourceRow) -> DatabaseRow:
    """The derived columns of a row: where a figure's period or an event's date starts and ends."""
    if table.name == "figures":
        span = dates.period(values["period"]) if values["period"] else dates.Span("", "")
        return {
            "period_start": span.start or None,
            "period_end": span.end or None,
            "source_id": values["source_ids"][0],  # the first source, for one-source readers
        }
    if table.name == "park_places":  # numbered by build.placements
        return {"position": values.get("position", 0)}
    if table.name == "events":
        span = dates.date_range(values["date"])
        return {"date_start": span.start, "date_end": span.end}
    return {}


def _insert_rows(db: sqlite_utils.Database, data: dict[str, list[Record]]) -> None:
    """Each table's rows in source order, then the rows its REFS columns give their links."""
    links = link_tables()
    for table in TABLES:
        records = data[table.name]
        db.table(table.name).insert_all([_table_row(table, record) for record in records])
        for column in table.columns:
            if column.kind is not CellKind.REFS:
                continue
            link = column.link_table or ""
            _, owner_col, _, target_col = links[link]
            rows = [
                {owner_col: record.values["id"], target_col: ref, "position": position}
                for record in records
                for position, ref in enumerate(record.values[column.name])
            ]
            if rows:
                db.table(link).insert_all(rows)


def _table_row(table: Table, record: Record) -> DatabaseRow:
    """A record's row: its cells except the REFS lists, plus the derived columns."""
    row = {
        column.name: record.values[column.name]
        for column in table.columns
        if column.kind is not CellKind.REFS
    }
    row.update(_derived(table, record.values))
    return row


_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("parks", ("parent_id",)),
    ("parks", ("kind",)),
    ("parks", ("category", "name_en", "id")),  # the tree's groups by kind, a page at a time
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
    with _replaced_atomically(output) as temp:
        conn = sqlite3.connect(temp)
        try:
            return _write(conn, data, digest)
        finally:
            conn.close()


@contextmanager
def _replaced_atomically(output: Path) -> Iterator[Path]:
    """A fresh path beside ``output`` that replaces it when the block ends without an error.

    On an error nothing is replaced, and the temporary file and its journal are removed.
    """
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".tmp", dir=output.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()  # sqlite creates the file itself
        yield temp
        os.replace(temp, output)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _write(conn: sqlite3.Connection, data: dict[str, list[Record]], digest: str) -> dict[str, int]:
    """Fill an empty database in one transaction, check it and compact it; count the rows."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    with conn:
        _create_tables(db)
        _insert_rows(db, data)
        insert_boundaries(db, [record.values for record in data.get("boundaries", [])])
        insert_coast(db, [record.values for record in data.get(COAST_TABLE, [])])
        insert_zones(db, data)
        _create_indexes(db)
        create_search_index(db)
        _write_meta(db, data, digest)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed: {problems[:5]}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("ANALYZE")
    conn.execute("VACUUM")
    counted = [*(t.name for t in TABLES), COAST_TABLE, ZONES_TABLE, ZONE_PARKS_TABLE]
    return {name: conn.execute(f"select count(*) from [{name}]").fetchone()[0] for name in counted}
