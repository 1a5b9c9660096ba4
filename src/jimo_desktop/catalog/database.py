"""Opening the Jimo database file, checking it, and running queries on it.

``open_database(path)`` opens the bundled file immutable and any other file read-only, then
probes it before anyone reads from it: a missing, empty, non-SQLite, damaged, foreign or
wrong-version file raises a ``DatabaseError`` whose message names the file, and no file is
ever created or changed. A user's file in WAL mode is read from a private copy
(``private_copy``), since SQLite would write ``-wal`` and ``-shm`` files beside it.

``Database`` is the open connection: parameterised ``rows`` and ``one`` under a lock (the
window and background exports share it), and the ``meta`` table. Passing the probe is not
trust: a read that fails later (malformed pages, text that is not UTF-8, a missing column)
raises ``DatabaseDamaged`` naming the file, a file another program holds locked raises
``DatabaseBusy``; a faulty query (a syntax error, a write, wrong parameters) is a bug and
is raised as it is. The values of a row are checked where they become records (``cells``).
The questions asked of the data live in the modules beside this one.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from jimo_desktop import paths
from jimo_desktop.catalog.private_copy import PrivateCopy, needs_private_copy
from jimo_desktop.schema import (
    BOUNDARIES_TABLE,
    BOUNDARY_COLUMNS,
    EXPECTED_TABLES,
    SCHEMA_VERSION,
    SEARCH_TABLE,
    TABLES,
    CellKind,
    link_tables,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, KnownError, Marked

# How long a read waits for another program's write lock before saying the file is busy.
BUSY_TIMEOUT = 2.0
# The longest part of SQLite's own words quoted in a message.
_MAX_REASON = 160


def _expected_columns() -> dict[str, tuple[str, ...]]:
    columns = {
        table.name: (
            *(c.name for c in table.columns if c.kind is not CellKind.REFS),
            *table.derived,
        )
        for table in TABLES
    }
    for link, (_owner, owner_col, _target, target_col) in link_tables().items():
        columns[link] = (owner_col, target_col, "position")
    columns[BOUNDARIES_TABLE] = BOUNDARY_COLUMNS
    columns[SEARCH_TABLE] = ("kind", "item_id", "title", "title_zh", "aliases", "body")
    columns["meta"] = ("key", "value")
    return columns


# The columns the app reads, of each table the probe requires.
EXPECTED_COLUMNS = _expected_columns()


T = TypeVar("T")


class DatabaseError(KnownError):
    """An expected fault with the database file; ``message`` names the file (``{path}``)."""

    def __init__(self, path: Path, template: Marked, **values: Any):
        self.path = path
        super().__init__(template, path=path, **values)


class DatabaseMissing(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseBusy(DatabaseError):
    """Another program holds the file locked: not damage, try again later."""


class DatabaseVersionMismatch(DatabaseError):
    pass


_DAMAGED = QT_TRANSLATE_NOOP(
    "DatabaseError", "The database file “{path}” is damaged and cannot be read ({error})."
)
_BUSY = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "The database file “{path}” is in use by another program; close that program or try "
    "again in a moment.",
)

_NOT_UTF8 = QT_TRANSLATE_NOOP("DatabaseError", "text that is not UTF-8")


def text(value: Any) -> str:
    """A cell as text: NULL becomes ""."""
    return "" if value is None else str(value)


def words(value: Any) -> tuple[str, ...]:
    """A ``;`` list cell (aliases) as its words."""
    return tuple(a.strip() for a in text(value).split(";") if a.strip())


def one_line(reason: object) -> str:
    """SQLite's words for a fault, as one short line (they may span lines or be long)."""
    flat = " ".join(str(reason).split())
    return flat if len(flat) <= _MAX_REASON else flat[: _MAX_REASON - 1] + "…"


# SQLite's fault codes that say the query, not the file, is wrong: a bug in the caller.
_QUERY_FAULTS = (
    sqlite3.SQLITE_READONLY,  # a write (the extended READONLY_* codes concern the file)
    sqlite3.SQLITE_RANGE,
    sqlite3.SQLITE_MISUSE,
    sqlite3.SQLITE_AUTH,
)
# SQLite's words for a faulty query, and for a file another program holds locked.
_QUERY_FAULT_WORDS = re.compile(
    r"syntax error|unrecognized token|incomplete input|too many attached databases"
)
_LOCKED_WORDS = re.compile(r"database is locked|database table is locked")
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


# How many steps of SQLite's machine between two questions to a query's ``cancelled``.
CANCEL_STEPS = 1000


def _interrupted(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT


def is_query_fault(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the query is faulty (a bug) rather than the file."""
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(
        error, sqlite3.ProgrammingError | sqlite3.NotSupportedError
    ):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if code in _QUERY_FAULTS:
        return True
    said = str(error)
    return "malformed" not in said and _QUERY_FAULT_WORDS.search(said) is not None


def file_fault(path: Path, error: sqlite3.Error | UnicodeDecodeError) -> DatabaseError:
    """The ``DatabaseError`` an SQLite or decoding error means for the file at ``path``."""
    code = getattr(error, "sqlite_errorcode", None)
    if (code is not None and code & 0xFF in _BUSY_CODES) or _LOCKED_WORDS.search(str(error)):
        return DatabaseBusy(path, _BUSY)
    if isinstance(error, UnicodeDecodeError):
        return DatabaseDamaged(path, _DAMAGED, error=_NOT_UTF8)
    return DatabaseDamaged(path, _DAMAGED, error=one_line(error))


class Database:
    """One open, checked, read-only database file (``path``: the file the user named)."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, private: PrivateCopy | None = None
    ):
        self.path = path
        self._conn = connection
        self._private = private
        self._lock = threading.Lock()
        self._derived: dict[str, Any] = {}
        self.meta = {text(row[0]): text(row[1]) for row in self.rows("select key, value from meta")}

    def derived(self, name: str, compute: Callable[[Database], T]) -> T:
        """What ``compute`` derives from the file (what its search index offers, the words
        of its names), computed on first use and kept while it is open: the app reads a
        database as it was when opened, and a query on every keystroke must not ask again."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return cast(T, self._derived[name])

    def rows(
        self,
        sql: str,
        params: Sequence[Any] = (),
        cancelled: Callable[[], bool] | None = None,
    ) -> list[sqlite3.Row]:
        """The rows of a query. A fault of the file raises a ``DatabaseError`` naming it;
        a faulty query raises SQLite's error as it is. When ``cancelled`` says so (asked
        every ``CANCEL_STEPS`` steps of SQLite's machine) the query stops and raises
        ``sqlite3.OperationalError`` ("interrupted")."""
        with self._lock:
            if cancelled is not None:
                self._conn.set_progress_handler(lambda: int(cancelled()), CANCEL_STEPS)
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                if is_query_fault(error) or _interrupted(error):
                    raise
                raise file_fault(self.path, error) from error
            except UnicodeDecodeError as error:
                raise file_fault(self.path, error) from error
            finally:
                if cancelled is not None:
                    self._conn.set_progress_handler(None, 0)

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        with self._lock:  # after a query another thread runs (a count of facets) ends
            self._conn.close()
        if self._private is not None:
            self._private.remove()


def open_database(path: Path | None = None) -> Database:
    """Open ``path`` (default: the bundled database) read-only, after checking it.

    The bundled file is opened immutable (it never changes); any other file is opened
    read-only but not immutable, so a crashed writer's journal is still honoured. A file
    in WAL mode is read from a private copy, deleted when the database is closed.
    """
    bundled = path is None
    path = paths.bundled_database() if path is None else Path(path)
    path = path.expanduser().absolute()
    header = _check_file(path)
    private = None if bundled or not needs_private_copy(path, header) else _copy(path)
    target = path if private is None else private.file
    uri = target.as_uri() + ("?mode=ro&immutable=1" if bundled else "?mode=ro")
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as error:
        if private is not None:
            private.remove()
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” cannot be opened: {error}."
        )
        raise DatabaseDamaged(path, message, error=one_line(error)) from error
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        _probe(path, conn)
        return Database(path, conn, private)
    except BaseException as error:
        conn.close()
        if private is not None:
            private.remove()
        if isinstance(error, sqlite3.Error | UnicodeDecodeError):
            raise file_fault(path, error) from error
        raise


def _copy(path: Path) -> PrivateCopy:
    try:
        return PrivateCopy(path)
    except OSError as error:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError",
            "The database file “{path}” is in WAL mode and could not be copied to be read "
            "safely: {reason}.",
        )
        raise DatabaseMissing(path, message, reason=error.strerror or one_line(error)) from error


def _check_file(path: Path) -> bytes:
    """The file exists, can be read and starts with SQLite's header; its first 100 bytes."""
    if not path.exists():
        message = QT_TRANSLATE_NOOP("DatabaseError", "The database file “{path}” was not found.")
        raise DatabaseMissing(path, message)
    if not path.is_file():
        message = QT_TRANSLATE_NOOP("DatabaseError", "“{path}” is a folder, not a database file.")
        raise DatabaseMissing(path, message)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” cannot be read: {reason}."
        )
        raise DatabaseMissing(path, message, reason=error.strerror) from error
    if not header:
        message = QT_TRANSLATE_NOOP("DatabaseError", "The database file “{path}” is empty.")
        raise DatabaseDamaged(path, message)
    if header[:16] != b"SQLite format 3\x00":
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "“{path}” is not a Jimo Explorer database (it is not an SQLite file)."
        )
        raise DatabaseDamaged(path, message)
    return header


def _probe(path: Path, conn: sqlite3.Connection) -> None:
    """Integrity, the schema version and the tables, before anything is read."""
    # quick_check quotes damaged text in its report: read it whatever its bytes.
    conn.text_factory = lambda data: data.decode("utf-8", errors="replace")
    try:
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.text_factory = str
    if status != "ok":
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” is damaged ({status})."
        )
        raise DatabaseDamaged(path, message, status=one_line(status))
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if "meta" not in tables:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "“{path}” is an SQLite file, but not a Jimo Explorer database."
        )
        raise DatabaseVersionMismatch(path, message)
    row = conn.execute("select value from meta where key = 'schema_version'").fetchone()
    version = row[0] if row else "none"
    if version != str(SCHEMA_VERSION):
        message = QT_TRANSLATE_NOOP(
            "DatabaseError",
            "“{path}” has data format version {version}; this version of Jimo Explorer "
            "reads version {expected}.",
        )
        raise DatabaseVersionMismatch(
            path, message, version=one_line(version), expected=SCHEMA_VERSION
        )
    missing = sorted(set(EXPECTED_TABLES) - tables)
    if missing:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” lacks the table(s) {tables}."
        )
        raise DatabaseDamaged(path, message, tables=", ".join(missing))
    _check_columns(path, conn)


def _check_columns(path: Path, conn: sqlite3.Connection) -> None:
    """Every column the app reads is there (a table rebuilt without one is damage)."""
    for table, columns in EXPECTED_COLUMNS.items():
        found = {row[1] for row in conn.execute(f"select * from pragma_table_info('{table}')")}
        missing = [c for c in columns if c not in found]
        if missing:
            message = QT_TRANSLATE_NOOP(
                "DatabaseError",
                "The database file “{path}” is damaged: the table {table} lacks the "
                "column(s) {columns}.",
            )
            raise DatabaseDamaged(path, message, table=table, columns=", ".join(missing))
