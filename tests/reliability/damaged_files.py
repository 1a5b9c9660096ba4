"""Damaged and crafted database files, made from a copy of ``data/jimo.db``.

Each maker writes one file (``make(path)``), never touching the committed database. The
named corpus (``CORPUS``) is what the reliability tests run through the command line; the
bench (``bench/damaged_databases.py``) adds random variants (``random_case``). Also used:
``wal_with_data`` (a WAL-mode file whose last change lives only in its ``-wal``) and
``locked`` (a file another connection holds with ``BEGIN EXCLUSIVE``).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jimo_desktop import paths

COMMITTED_DB = paths.source_checkout_database()
PAGE = 4096


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]
    damaged: bool  # the file must be refused (exit 2) by a check that reads everything


def page_size() -> int:
    return int.from_bytes(COMMITTED_DB.read_bytes()[16:18], "big") or 65536


def _bytes() -> bytearray:
    return bytearray(COMMITTED_DB.read_bytes())


def _sql(*statements: str) -> Callable[[Path], None]:
    """A copy of the database changed by SQL (as a writer with other ideas would)."""

    def make(path: Path) -> None:
        shutil.copyfile(COMMITTED_DB, path)
        _sql_on(path, *statements)

    return make


def _untyped(table: str, column: str, value: str) -> Callable[[Path], None]:
    """A copy whose ``column`` was declared without a type (so it keeps any value), then
    given ``value``: a number or a BLOB where text belongs stays what it is."""

    def make(path: Path) -> None:
        shutil.copyfile(COMMITTED_DB, path)
        conn = sqlite3.connect(path)
        try:
            conn.execute("pragma writable_schema = on")
            conn.execute(
                "update sqlite_master set sql = replace(sql, ?, ?) where name = ?",
                (f'"{column}" TEXT', f'"{column}"', table),
            )
            conn.commit()
        finally:
            conn.close()
        _sql_on(path, f'update "{table}" set "{column}" = {value} where rowid = 1')

    return make


def _sql_on(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _flip_pages(seed: int, flips: int, first_page: int = 1) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data, size, rng = _bytes(), page_size(), random.Random(seed)
        for _ in range(flips):
            at = rng.randrange(first_page * size, len(data))
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))

    return make


def _flip_in_cell(needle: bytes, offset: int = 0, value: int = 0xFF) -> Callable[[Path], None]:
    """A byte of a cell's text replaced in the file itself (the page stays well-formed)."""

    def make(path: Path) -> None:
        data = _bytes()
        at = data.find(needle)
        assert at >= 0, needle
        data[at + offset] = value
        path.write_bytes(bytes(data))

    return make


def _swap_pages(first: int, second: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data, size = _bytes(), page_size()
        a, b = first * size, second * size
        data[a : a + size], data[b : b + size] = data[b : b + size], data[a : a + size]
        path.write_bytes(bytes(data))

    return make


def _truncate(fraction: float, extra: int = 0) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = _bytes()
        path.write_bytes(bytes(data[: int(len(data) * fraction) + extra]))

    return make


def _zero_page(number: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data, size = _bytes(), page_size()
        data[number * size : (number + 1) * size] = bytes(size)
        path.write_bytes(bytes(data))

    return make


def _wal(path: Path) -> None:
    _sql("pragma journal_mode = wal")(path)


def wal_with_data(path: Path, new_name: str = "Written only to the WAL") -> None:
    """A WAL-mode file and its ``-wal``, whose last commit (a park's name) is only there."""
    work = path.with_name(path.name + ".work")
    _wal(work)
    conn = sqlite3.connect(work)
    try:
        conn.execute("pragma wal_autocheckpoint = 0")
        conn.execute("update parks set name_en = ? where id = 'jimo-edz'", (new_name,))
        conn.commit()
        shutil.copyfile(work, path)  # copied while the connection keeps the -wal alive
        shutil.copyfile(f"{work}-wal", f"{path}-wal")
    finally:
        conn.close()
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """``path`` held by another connection (``BEGIN EXCLUSIVE``) while inside."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("begin exclusive")
        yield
        conn.execute("rollback")
    finally:
        conn.close()


_BAD_UTF8 = "cast(x'41ff42c0' as text)"

CORPUS: tuple[Case, ...] = (
    Case("flip-pages", _flip_pages(seed=1, flips=40), damaged=False),
    Case("flip-many", _flip_pages(seed=2, flips=2000), damaged=False),
    Case("flip-cell", _flip_in_cell(b"Jimo Economic", offset=2), damaged=True),
    Case("swap-pages", _swap_pages(3, 7), damaged=False),
    Case("zero-page", _zero_page(5), damaged=False),
    Case("truncated-half", _truncate(0.5), damaged=False),
    Case("truncated-mid-page", _truncate(0.8, extra=1234), damaged=False),
    Case("utf8-park-name", _sql(f"update parks set name_zh = {_BAD_UTF8}"), damaged=True),
    Case(
        "utf8-source-title",
        _sql(f"update sources set title = {_BAD_UTF8} where rowid = 2"),
        damaged=True,
    ),
    Case(
        "utf8-search-body",
        _sql(f"update search_items set body = {_BAD_UTF8} where rowid = 3"),
        damaged=True,
    ),
    Case(
        "blob-name",
        _sql("update organizations set name_en = x'00ff' where rowid = 1"),
        damaged=True,
    ),
    Case("number-title", _untyped("events", "title_en", "42"), damaged=True),
    Case("number-search-kind", _untyped("search_items", "kind", "7"), damaged=True),
    Case(
        "text-value",
        _sql("update figures set value = 'lots' where rowid = 1"),
        damaged=True,
    ),
    Case(
        "text-claim-number",
        _sql("update claims set number = 'first' where rowid = 1"),
        damaged=True,
    ),
    Case(
        "unknown-search-kind",
        _sql("update search_items set kind = 'spaceship' where rowid = 1"),
        damaged=True,
    ),
    Case(
        "unknown-subject-type",
        _sql("update figures set subject_type = 'spaceship' where rowid = 1"),
        damaged=True,
    ),
    Case("infinite-value", _sql("update figures set value = 9e999 where rowid = 2"), damaged=True),
    Case("huge-value", _sql("update figures set value = 1e308 where rowid = 3"), damaged=True),
    Case(
        "huge-latitude",
        _sql("update places set latitude = -1e300 where rowid = 1"),
        damaged=True,
    ),
    Case("month-13", _sql("update figures set period = '2019-13' where rowid = 4"), damaged=True),
    Case("dropped-column", _sql("alter table parks drop column summary"), damaged=True),
    Case("wal", _wal, damaged=False),
    Case("wal-with-data", wal_with_data, damaged=False),
)


# -- random variants, for the bench ---------------------------------------------------

_HOSTILE_VALUES = (
    "x'00ff10'",
    _BAD_UTF8,
    "9e999",
    "-9e999",
    "1e308",
    "-1e300",
    "4611686018427387904",
    "''",
    "NULL",
    "'not a number'",
    "'spaceship'",
    "'" + "長" * 2000 + "'",
)


def _columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    tables = [
        row[0]
        for row in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like '%fts%'"
            " and name not like 'sqlite_%'"
        )
    ]
    return [
        (table, row[1])
        for table in tables
        for row in conn.execute(f"select * from pragma_table_info('{table}')")
    ]


def random_case(seed: int) -> Callable[[Path], None]:
    """One of many random damages: flips, swaps, truncation or a hostile cell."""
    rng = random.Random(seed)
    choice = rng.randrange(6)
    if choice == 0:
        return _flip_pages(seed, rng.choice((1, 3, 10, 100)))
    if choice == 1:
        pages = len(COMMITTED_DB.read_bytes()) // page_size()
        return _swap_pages(rng.randrange(1, pages), rng.randrange(1, pages))
    if choice == 2:
        return _truncate(rng.random(), extra=rng.randrange(PAGE))
    if choice == 3:
        return _zero_page(rng.randrange(1, len(COMMITTED_DB.read_bytes()) // page_size()))

    def make(path: Path) -> None:
        conn = sqlite3.connect(COMMITTED_DB)
        try:
            columns = _columns(conn)
        finally:
            conn.close()
        table, column = rng.choice(columns)
        if choice == 4 or column in ("id", "key"):
            value = rng.choice(_HOSTILE_VALUES)
            rows = rng.choice(("", f" where rowid % {rng.randrange(1, 9)} = 0"))
            try:
                _sql(f'update "{table}" set "{column}" = {value}{rows}')(path)
            except sqlite3.Error:  # a constraint: damage the file's bytes instead
                _flip_pages(seed, 5)(path)
        else:
            try:
                _sql(f'alter table "{table}" drop column "{column}"')(path)
            except sqlite3.Error:
                _flip_pages(seed, 5)(path)

    return make
