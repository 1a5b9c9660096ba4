"""The user's own data: the shortlist and the notes, in a small SQLite file.

The file lives in the user's data folder (platformdirs, or the profile folder), never
beside the program. Every write is one SQLite transaction, so a kill at any moment
leaves the old state or the new. The file's schema, checks and faults are in
``data_file``.

Opening never fails for an expected fault:

* a file that is not a database, fails ``PRAGMA quick_check`` or lacks its tables is
  moved aside (kept, renamed with a timestamp), a fresh file is made, and ``problem``
  says so;
* a file made by a newer version of the program is left untouched: what this version can
  read of it is copied into an in-memory store, and ``problem`` says so;
* a file or folder that cannot be written (read-only, a full disk) is found at once by a
  write that is rolled back, and gives an in-memory store holding what the file holds;
  ``problem`` says that changes won't be saved.

A write that fails later (the disk fills up) says so in ``problem`` at that moment, in
the words of what was lost ("the disk is full: your note was not saved"). Text entering
the store is made encodable first (``user_text.encodable``); text read back that is not
UTF-8 reads with U+FFFD in place of the bad bytes.

``problem`` is a plain-language message for the user, or "". Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jimo_desktop.items import ItemRef
from jimo_desktop.store.data_file import (
    SCHEMA_VERSION,
    STORE_NAME,
    StoreDamaged,
    StoreError,
    StoreTooNew,
    check,
    connect,
    copy_rows,
    is_disk_full,
    is_read_only,
    looks_like_sqlite,
    migrate,
    move_aside,
    probe_writable,
    rollback,
    schema_version,
)
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.user_text import encodable

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ShortlistEntry:
    """One starred item, with the note on it (if any)."""

    ref: ItemRef
    added_at: str  # ISO 8601, UTC
    note: str = ""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        conn = connect(":memory:")
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
            except StoreTooNew as error:  # never moved aside: the newer version needs it
                log.warning("user data file %s: %s", path, error.message)
                message = QT_TRANSLATE_NOOP(
                    "UserStore",
                    "{reason} It is left as it is; changes you make now won't be saved "
                    "after you quit.",
                )
                return cls._in_memory_copy(path, Message(message, reason=error.message))
            except StoreError as error:
                if kept is not None:  # the fresh file failed too: give up on the folder
                    break
                reason = error.message
                log.warning("user data file %s: %s", path, reason)
                try:
                    kept = move_aside(path)
                except OSError as move_error:
                    return cls._unsaved(path, move_error, reason)
            except (OSError, sqlite3.Error) as error:
                return cls._unsaved(path, error, reason)
        return cls._unsaved(path, None, reason)

    @classmethod
    def _open_file(cls, path: Path, kept: Path | None, reason: str) -> UserStore:
        if path.exists() and not looks_like_sqlite(path):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP("UserStore", "“{name}” is not a database file."), name=path.name
            )
        conn = connect(str(path))
        try:
            check(conn, path)
            migrate(conn)
            probe_writable(conn)
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
        """An in-memory store holding what ``path`` holds, saying why nothing is saved."""
        why = f" ({getattr(error, 'strerror', None) or error})" if error else ""
        log.warning("user data cannot be saved in %s%s", path.parent, why)
        message = QT_TRANSLATE_NOOP(
            "UserStore",
            "Your shortlist and notes cannot be saved in “{folder}”{why}; "
            "changes won't be saved after you quit.",
        )
        if error is not None and is_disk_full(error):
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "The disk is full: your shortlist and notes cannot be saved in “{folder}”; "
                "changes won't be saved after you quit.",
            )
        elif error is not None and is_read_only(error):
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "Your shortlist and notes file in “{folder}” is read-only: it is shown, "
                "but changes won't be saved after you quit.",
            )
        problem = Message(message, folder=path.parent, why=why)
        if reason:  # what went wrong first: the file was damaged
            problem = Message(
                QT_TRANSLATE_NOOP("UserStore", "{reason} {consequence}"),
                reason=reason,
                consequence=problem,
            )
        return cls._in_memory_copy(path, problem)

    @classmethod
    def _in_memory_copy(cls, path: Path, problem: str) -> UserStore:
        """An in-memory store with what can be read of ``path`` (never written to)."""
        store = cls.in_memory(problem)
        with contextlib.suppress(OSError):  # unreadable: nothing to show
            if path.is_file() and looks_like_sqlite(path):
                copy_rows(path, store._conn)
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path) -> UserStore:
        """Read the store in ``data_dir`` without changing anything (for the command line).

        A missing file reads as an empty store; a damaged or too new one raises StoreError.
        """
        path = Path(data_dir) / STORE_NAME
        if not path.is_file():
            return cls.in_memory()
        if not looks_like_sqlite(path):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "UserStore", "The shortlist file “{path}” is not a database file."
                ),
                path=path,
            )
        try:
            conn = connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error as error:
            message = QT_TRANSLATE_NOOP(
                "UserStore", "The shortlist file “{path}” cannot be opened ({error})."
            )
            raise StoreDamaged(message, path=path, error=error) from error
        try:
            check(conn, path)
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
            rollback(self._conn)
            raise

    def _write(self, change: str, statements: Sequence[tuple[str, Sequence[object]]]) -> bool:
        """Run ``statements`` in one transaction; False (and ``problem`` set) on failure.

        ``change`` (a key of ``_LOST``) names what is lost when the disk is full.
        """
        try:
            with self._transaction() as conn:
                for sql, params in statements:
                    conn.execute(sql, params)
        except (sqlite3.Error, OSError) as error:
            log.warning("user data write failed in %s: %s", self.path, error)
            if is_disk_full(error):
                self.problem = _LOST[change]
                return False
            message = QT_TRANSLATE_NOOP(
                "UserStore",
                "Your change could not be saved ({error}); it will be lost when you quit.",
            )
            self.problem = Message(message, error=error)
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
            ref = _parse_ref(row["ref"])
            if ref is not None:  # else a kind this version does not know
                entries.append(ShortlistEntry(ref, _text(row["added_at"]), _text(row["note"])))
        return entries

    def starred(self) -> list[ItemRef]:
        return [entry.ref for entry in self.shortlist()]

    def is_starred(self, ref: ItemRef) -> bool:
        row = self._conn.execute("select 1 from shortlist where ref = ?", (_key(ref),)).fetchone()
        return row is not None

    def set_starred(self, ref: ItemRef, starred: bool) -> bool:
        """Add ``ref`` to the shortlist (at the end) or take it off; False on a write error."""
        if starred == self.is_starred(ref):
            return True
        if not starred:
            return self._write("unstar", [("delete from shortlist where ref = ?", (_key(ref),))])
        return self._write(
            "star",
            [
                (
                    """insert into shortlist (ref, added_at, position)
                    values (?, ?, (select coalesce(max(position), 0) + 1 from shortlist))""",
                    (_key(ref), _now()),
                )
            ],
        )

    def toggle_star(self, ref: ItemRef) -> bool:
        """Star or unstar ``ref``; return whether it is starred afterwards."""
        self.set_starred(ref, not self.is_starred(ref))
        return self.is_starred(ref)

    # -- notes ------------------------------------------------------------------------

    def note(self, ref: ItemRef) -> str:
        row = self._conn.execute("select body from notes where ref = ?", (_key(ref),)).fetchone()
        return _text(row["body"]) if row else ""

    def notes(self) -> dict[ItemRef, str]:
        found = {}
        for row in self._conn.execute("select ref, body from notes order by ref"):
            ref = _parse_ref(row["ref"])
            if ref is not None:
                found[ref] = _text(row["body"])
        return found

    def set_note(self, ref: ItemRef, text: str) -> bool:
        """Keep ``text`` as the note on ``ref`` (blank text removes it); False on error."""
        text = encodable(text)
        if text == self.note(ref):
            return True
        if not text.strip():
            return self._write("note", [("delete from notes where ref = ?", (_key(ref),))])
        return self._write(
            "note",
            [
                (
                    """insert into notes (ref, body, updated_at) values (?, ?, ?)
                    on conflict (ref) do update set body = excluded.body,
                    updated_at = excluded.updated_at""",
                    (_key(ref), text, _now()),
                )
            ],
        )


# What the user reads when the disk is full, by the change that was not saved.
_LOST = {
    "star": QT_TRANSLATE_NOOP("UserStore", "The disk is full: the star was not saved."),
    "unstar": QT_TRANSLATE_NOOP(
        "UserStore", "The disk is full: the item was not taken off the shortlist."
    ),
    "note": QT_TRANSLATE_NOOP("UserStore", "The disk is full: your note was not saved."),
}


def _key(ref: ItemRef) -> str:
    """``ref`` as the store keeps it: ``park:jimo-edz``, made encodable."""
    return encodable(str(ref))


def _parse_ref(value: object) -> ItemRef | None:
    """The ref in a ``ref`` cell; None for a kind this version does not know, or junk."""
    if not isinstance(value, str):
        return None
    try:
        return ItemRef.parse(value)
    except ValueError:
        return None


def _text(value: object) -> str:
    """A text cell as text: "" for NULL or a BLOB where text belongs."""
    if value is None or isinstance(value, bytes):
        return ""
    return value if isinstance(value, str) else str(value)
