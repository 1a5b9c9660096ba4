"""The user's own data: the shortlist and the notes, in a small SQLite file.

The file lives in the user's data folder (platformdirs, or the profile folder), never
beside the program. Every write is one SQLite transaction, so a kill at any moment
leaves the old state or the new. The schema carries a version (``PRAGMA user_version``)
and is brought up to date by migrations that run, each together with the new version
number, in ONE explicit transaction (never ``executescript()``, which commits as it goes).

Opening never fails for an expected fault:

* a file that is not a database, fails ``PRAGMA quick_check``, lacks its tables or was
  written by a newer version of the program is moved aside (kept, renamed with a
  timestamp), a fresh file is made, and ``problem`` says so;
* a folder that cannot be written gives an in-memory store, and ``problem`` says that
  changes won't be saved.

``problem`` is a plain-language message for the user, or "". Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jimo_desktop.items import ItemRef
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, KnownError, Message

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


@dataclass(frozen=True, slots=True)
class ShortlistEntry:
    """One starred item, with the note on it (if any)."""

    ref: ItemRef
    added_at: str  # ISO 8601, UTC
    note: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        conn.execute("ROLLBACK")
        raise
    return target


def _check(conn: sqlite3.Connection, path: Path) -> None:
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
            "“{name}” was written by a newer version of Jimo Explorer "
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


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
    return not header or header == b"SQLite format 3\x00"


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    return conn


# --------------------------------------------------------------------------- store


class UserStore:
    """The shortlist and the notes. Use ``open()``, ``open_read_only()`` or ``in_memory()``."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, problem: str = ""):
        self._conn = conn
        self.path = path  # None: in memory, nothing is kept after quitting
        self.problem = problem
        self.kept_as: Path | None = None  # where a damaged file was moved

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def in_memory(cls, problem: str = "") -> UserStore:
        conn = _connect(":memory:")
        migrate(conn)
        return cls(conn, None, problem)

    @classmethod
    def open(cls, data_dir: Path) -> UserStore:
        """The store in ``data_dir``, made when missing; never raises for expected faults."""
        path = Path(data_dir) / STORE_NAME
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return cls._unsaved(path, error)
        kept: Path | None = None
        reason = ""
        for _attempt in range(2):
            try:
                return cls._open_file(path, kept, reason)
            except StoreError as error:
                if kept is not None:  # the fresh file failed too: give up on the folder
                    break
                reason = error.message
                log.warning("user data file %s: %s", path, reason)
                try:
                    kept = _move_aside(path)
                except OSError as move_error:
                    return cls._unsaved(path, move_error, reason)
            except (OSError, sqlite3.Error) as error:
                return cls._unsaved(path, error)
        return cls._unsaved(path, None, reason)

    @classmethod
    def _open_file(cls, path: Path, kept: Path | None, reason: str) -> UserStore:
        if path.exists() and not _looks_like_sqlite(path):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP("UserStore", "“{name}” is not a database file."), name=path.name
            )
        conn = _connect(str(path))
        try:
            _check(conn, path)
            migrate(conn)
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as error:
            conn.close()
            if isinstance(error, sqlite3.OperationalError):
                raise
            raise StoreDamaged(
                QT_TRANSLATE_NOOP("UserStore", "“{name}” is damaged ({status})."),
                name=path.name,
                status=error,
            ) from error
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path)
        if kept is not None:
            store.kept_as = kept
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "Your shortlist and notes file could not be used: {reason} "
                "It has been kept as “{name}” in “{folder}”, and a new, empty one was started.",
            )
            store.problem = Message(message, reason=reason, name=kept.name, folder=kept.parent)
        return store

    @classmethod
    def _unsaved(cls, path: Path, error: BaseException | None, reason: str = "") -> UserStore:
        why = f" ({getattr(error, 'strerror', None) or error})" if error else ""
        log.warning("user data cannot be saved in %s%s", path.parent, why)
        message = QT_TRANSLATE_NOOP(
            "UserStore",
            "Your shortlist and notes cannot be saved in “{folder}”{why}; "
            "changes won't be saved after you quit.",
        )
        if reason:
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "{reason} Your shortlist and notes cannot be saved in “{folder}”{why}; "
                "changes won't be saved after you quit.",
            )
        return cls.in_memory(Message(message, reason=reason, folder=path.parent, why=why))

    @classmethod
    def open_read_only(cls, data_dir: Path) -> UserStore:
        """Read the store in ``data_dir`` without changing anything (for the command line).

        A missing file reads as an empty store; a damaged or too new one raises StoreError.
        """
        path = Path(data_dir) / STORE_NAME
        if not path.is_file():
            return cls.in_memory()
        if not _looks_like_sqlite(path):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "UserStore", "The shortlist file “{path}” is not a database file."
                ),
                path=path,
            )
        try:
            conn = _connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error as error:
            message = QT_TRANSLATE_NOOP(
                "UserStore", "The shortlist file “{path}” cannot be opened ({error})."
            )
            raise StoreDamaged(message, path=path, error=error) from error
        try:
            _check(conn, path)
        except StoreError as error:
            conn.close()
            message = QT_TRANSLATE_NOOP(
                "UserStore", "The shortlist file “{path}” cannot be used: {reason}"
            )
            raise type(error)(message, path=path, reason=error.message) from error
        if schema_version(conn) < SCHEMA_VERSION:  # never opened by the app: nothing in it
            conn.close()
            return cls.in_memory()
        return cls(conn, path)

    @property
    def is_persistent(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _write(self, statements: Sequence[tuple[str, Sequence[object]]]) -> bool:
        """Run ``statements`` in one transaction; False (and ``problem`` set) on failure."""
        try:
            with self._transaction() as conn:
                for sql, params in statements:
                    conn.execute(sql, params)
        except sqlite3.Error as error:
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "Your change could not be saved ({error}); it will be lost when you quit.",
            )
            self.problem = Message(message, error=error)
            log.warning("user data write failed in %s: %s", self.path, error)
            return False
        return True

    # -- shortlist --------------------------------------------------------------------

    def shortlist(self) -> list[ShortlistEntry]:
        """The starred items in the order they were starred, each with its note."""
        rows = self._conn.execute(
            """select s.ref, s.added_at, coalesce(n.body, '') as note from shortlist s
            left join notes n on n.ref = s.ref order by s.position, s.added_at"""
        ).fetchall()
        entries = []
        for row in rows:
            try:
                ref = ItemRef.parse(row["ref"])
            except ValueError:
                continue  # a kind this version does not know
            entries.append(ShortlistEntry(ref, row["added_at"], row["note"]))
        return entries

    def starred(self) -> list[ItemRef]:
        return [entry.ref for entry in self.shortlist()]

    def is_starred(self, ref: ItemRef) -> bool:
        row = self._conn.execute("select 1 from shortlist where ref = ?", (str(ref),)).fetchone()
        return row is not None

    def set_starred(self, ref: ItemRef, starred: bool) -> bool:
        """Add ``ref`` to the shortlist (at the end) or take it off; False on a write error."""
        if starred == self.is_starred(ref):
            return True
        if not starred:
            return self._write([("delete from shortlist where ref = ?", (str(ref),))])
        return self._write(
            [
                (
                    """insert into shortlist (ref, added_at, position)
                    values (?, ?, (select coalesce(max(position), 0) + 1 from shortlist))""",
                    (str(ref), _now()),
                )
            ]
        )

    def toggle_star(self, ref: ItemRef) -> bool:
        """Star or unstar ``ref``; return whether it is starred afterwards."""
        self.set_starred(ref, not self.is_starred(ref))
        return self.is_starred(ref)

    # -- notes ------------------------------------------------------------------------

    def note(self, ref: ItemRef) -> str:
        row = self._conn.execute("select body from notes where ref = ?", (str(ref),)).fetchone()
        return row["body"] if row else ""

    def notes(self) -> dict[ItemRef, str]:
        found = {}
        for row in self._conn.execute("select ref, body from notes order by ref"):
            try:
                found[ItemRef.parse(row["ref"])] = row["body"]
            except ValueError:
                continue
        return found

    def set_note(self, ref: ItemRef, text: str) -> bool:
        """Keep ``text`` as the note on ``ref`` (blank text removes it); False on error."""
        if text == self.note(ref):
            return True
        if not text.strip():
            return self._write([("delete from notes where ref = ?", (str(ref),))])
        return self._write(
            [
                (
                    """insert into notes (ref, body, updated_at) values (?, ?, ?)
                    on conflict (ref) do update set body = excluded.body,
                    updated_at = excluded.updated_at""",
                    (str(ref), text, _now()),
                )
            ]
        )


def _move_aside(path: Path) -> Path:
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
