"""Counting the work a path does, for tests that must fail when it starts to grow with the
data: the SQL statements a catalog runs, and a copy of the database 3× as large (the
benchmarks' ``bench/scaled_db.py``) to run the path over."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jimo_desktop.catalog import Catalog

BENCH = Path(__file__).resolve().parent.parent / "bench"


def make_scaled(scale: int, output: Path) -> Path:
    """``data/jimo.db`` with its items ``scale`` times (``scaled_db.make_scaled``)."""
    sys.path.insert(0, str(BENCH))
    try:
        import scaled_db
    finally:
        sys.path.remove(str(BENCH))
    return scaled_db.make_scaled(scale, output)


class Statements:
    """The SQL statements run on a catalog's connection while counting."""

    def __init__(self) -> None:
        self.sql: list[str] = []

    def __len__(self) -> int:
        return len(self.sql)

    def __call__(self, statement: str) -> None:
        self.sql.append(statement)


@contextmanager
def statements(catalog: Catalog) -> Iterator[Statements]:
    """Count the statements ``catalog`` runs inside the block."""
    found = Statements()
    connection = catalog._db._conn
    connection.set_trace_callback(found)
    try:
        yield found
    finally:
        connection.set_trace_callback(None)


class Steps:
    """Steps of SQLite's machine run on a catalog's connection while counting (in
    hundreds): the work a query does inside SQLite, whatever the rows it returns."""

    def __init__(self) -> None:
        self.hundreds = 0

    def __call__(self) -> int:
        self.hundreds += 1
        return 0  # go on


@contextmanager
def steps(catalog: Catalog) -> Iterator[Steps]:
    """Count the machine steps of the statements ``catalog`` runs inside the block."""
    found = Steps()
    connection = catalog._db._conn
    connection.set_progress_handler(found, 100)
    try:
        yield found
    finally:
        connection.set_progress_handler(None, 0)
