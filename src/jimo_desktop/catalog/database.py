"""Opening the Jimo database file, checking it, and running queries on it.

``open_database(path)`` opens the bundled file immutable and any other file read-only, then
probes it before anyone reads from it: a missing, empty, non-SQLite, damaged, foreign or
wrong-version file raises a ``DatabaseError`` whose message names the file, and no file is
ever created or changed. ``Database`` is the open connection: parameterised ``rows`` and
``one`` under a lock (the window and background exports share it), and the ``meta`` table.
The questions asked of the data live in the modules beside this one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jimo_desktop import paths
from jimo_desktop.schema import EXPECTED_TABLES, SCHEMA_VERSION
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, KnownError, Marked


class DatabaseError(KnownError):
    """An expected fault with the database file; ``message`` names the file (``{path}``)."""

    def __init__(self, path: Path, template: Marked, **values: Any):
        self.path = path
        super().__init__(template, path=path, **values)


class DatabaseMissing(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseVersionMismatch(DatabaseError):
    pass


def text(value: Any) -> str:
    """A cell as text: NULL becomes ""."""
    return "" if value is None else str(value)


def words(value: Any) -> tuple[str, ...]:
    """A ``;`` list cell (aliases) as its words."""
    return tuple(a.strip() for a in text(value).split(";") if a.strip())


class Database:
    """One open, checked, read-only database file."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._conn = connection
        self._lock = threading.Lock()
        self.meta = {row["key"]: row["value"] for row in self.rows("select key, value from meta")}

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        self._conn.close()


def open_database(path: Path | None = None) -> Database:
    """Open ``path`` (default: the bundled database) read-only, after checking it.

    The bundled file is opened immutable (it never changes); any other file is opened
    read-only but not immutable, so a crashed writer's journal is still honoured.
    """
    bundled = path is None
    path = paths.bundled_database() if path is None else Path(path)
    path = path.expanduser().absolute()
    _check_file(path)
    uri = path.as_uri() + ("?mode=ro&immutable=1" if bundled else "?mode=ro")
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” cannot be opened: {error}."
        )
        raise DatabaseDamaged(path, message, error=error) from error
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        _probe(path, conn)
        return Database(path, conn)
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” is damaged and cannot be read ({error})."
        )
        raise DatabaseDamaged(path, message, error=error) from error


def _check_file(path: Path) -> None:
    """The file exists, can be read and starts with SQLite's header."""
    if not path.exists():
        message = QT_TRANSLATE_NOOP("DatabaseError", "The database file “{path}” was not found.")
        raise DatabaseMissing(path, message)
    if not path.is_file():
        message = QT_TRANSLATE_NOOP("DatabaseError", "“{path}” is a folder, not a database file.")
        raise DatabaseMissing(path, message)
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” cannot be read: {reason}."
        )
        raise DatabaseMissing(path, message, reason=error.strerror) from error
    if not header:
        message = QT_TRANSLATE_NOOP("DatabaseError", "The database file “{path}” is empty.")
        raise DatabaseDamaged(path, message)
    if header != b"SQLite format 3\x00":
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "“{path}” is not a Jimo Explorer database (it is not an SQLite file)."
        )
        raise DatabaseDamaged(path, message)


def _probe(path: Path, conn: sqlite3.Connection) -> None:
    """Integrity, the schema version and the tables, before anything is read."""
    status = conn.execute("PRAGMA quick_check").fetchone()[0]
    if status != "ok":
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” is damaged ({status})."
        )
        raise DatabaseDamaged(path, message, status=status)
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
        raise DatabaseVersionMismatch(path, message, version=version, expected=SCHEMA_VERSION)
    missing = sorted(set(EXPECTED_TABLES) - tables)
    if missing:
        message = QT_TRANSLATE_NOOP(
            "DatabaseError", "The database file “{path}” lacks the table(s) {tables}."
        )
        raise DatabaseDamaged(path, message, tables=", ".join(missing))
