"""The user data file itself: its schema and migrations, the checks made on opening it,
and the faults of reading and writing it.

Given a path or a connection, never a ``UserStore``. The schema carries a version
(``PRAGMA user_version``) and is brought up to date by migrations that run, each together
with the new version number, in ONE explicit transaction (never ``executescript()``,
which commits as it goes). A failed transaction is rolled back only while SQLite still
holds it open. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from jimo_desktop.translatable import QT_TRANSLATE_NOOP, KnownError

log = logging.getLogger(__name__)

STORE_NAME = "user-data.db"

# Each migration takes the schema from version ``i`` to ``i + 1``: a list of statements.
Migration = Sequence[str]
MIGRATIONS: tuple[Migration, ...] = (
    (  # 0 -> 1: the shortlist and the notes
        """create table shortlist (
            ref text primary key,
            added_at text not null,
            position integer not null
        )""",
        """create table notes (
            ref text primary key,
            body text not null,
            updated_at text not null
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
EXPECTED_TABLES = frozenset({"shortlist", "notes"})


class StoreError(KnownError):
    """An expected fault with the user's data file."""


class StoreDamaged(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


# --------------------------------------------------------------------------- schema


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to ``len(migrations)``; return the version reached.

    All pending migrations and the new ``user_version`` go in one explicit transaction:
    if any statement fails, everything is rolled back and the version is unchanged.
    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    target = len(migrations)
    current = schema_version(conn)
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)  # another process may have migrated meanwhile
        for statements in migrations[current:target]:
            for statement in statements:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return target


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if any: SQLite has already rolled back after some
    failures (a full disk during COMMIT), and a second ROLLBACK would hide the first error
    behind "cannot rollback - no transaction is active"."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        log.warning("rollback failed: %s", error)


def probe_writable(conn: sqlite3.Connection) -> None:
    """Raise sqlite3.OperationalError now if nothing can be written (a read-only file or
    folder, a full disk): a change to the first page, made and rolled back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {schema_version(conn)}")
    finally:
        rollback(conn)


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` says that the disk (or the user's quota) is full."""
    if isinstance(error, sqlite3.Error):
        return (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def is_read_only(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_READONLY
    return isinstance(error, OSError) and error.errno == errno.EROFS


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise StoreDamaged / StoreTooNew unless ``conn`` is a sound user data file."""
    try:
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = schema_version(conn)
        tables = {
            row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")
        }
    except sqlite3.OperationalError:
        raise  # the environment (cannot open, locked, read-only), not the file's content
    except sqlite3.DatabaseError as error:
        raise StoreDamaged(
            QT_TRANSLATE_NOOP("UserStore", "“{name}” is not a readable database ({error})."),
            name=path.name,
            error=error,
        ) from error
    if status != "ok":
        raise StoreDamaged(
            QT_TRANSLATE_NOOP("UserStore", "“{name}” is damaged ({status})."),
            name=path.name,
            status=status,
        )
    if version > SCHEMA_VERSION:
        message = QT_TRANSLATE_NOOP(
            "UserStore",
            "“{name}” was made by a newer version of Jimo Explorer "
            "(data format {version}; this version reads up to {supported}).",
        )
        raise StoreTooNew(message, name=path.name, version=version, supported=SCHEMA_VERSION)
    if version == 0 and tables:
        raise StoreDamaged(
            QT_TRANSLATE_NOOP("UserStore", "“{name}” holds tables but no data format version."),
            name=path.name,
        )
    if version > 0 and not tables >= EXPECTED_TABLES:
        missing = ", ".join(sorted(EXPECTED_TABLES - tables))
        raise StoreDamaged(
            QT_TRANSLATE_NOOP("UserStore", "“{name}” lacks the table(s) {tables}."),
            name=path.name,
            tables=missing,
        )


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
    return not header or header == b"SQLite format 3\x00"


def _decode(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.text_factory = _decode  # a cell that is not UTF-8 is not a crash
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    return conn


def copy_rows(path: Path, target: sqlite3.Connection) -> None:
    """Copy what can be read of the shortlist and notes in ``path`` into ``target``.

    ``path`` is opened read-only; a table this version cannot read is skipped.
    """
    try:
        source = connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        log.warning("cannot read %s: %s", path, error)
        return
    copies = (
        ("select ref, added_at, position from shortlist", "shortlist"),
        ("select ref, body, updated_at from notes", "notes"),
    )
    try:
        for query, table in copies:
            try:
                rows = [tuple(row) for row in source.execute(query)]
                target.executemany(f"insert or ignore into {table} values (?, ?, ?)", rows)
            except sqlite3.Error as error:
                log.warning("cannot copy %s from %s: %s", table, path, error)
    finally:
        source.close()


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its journal) to ``NAME.damaged-YYYYmmdd-HHMMSS``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.replace(target)
    for suffix in ("-journal", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                side.replace(target.with_name(target.name + suffix))
    return target
