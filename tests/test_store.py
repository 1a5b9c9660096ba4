"""The user store: shortlist and notes kept in SQLite, migrations, damaged and unwritable files."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    STORE_NAME,
    StoreDamaged,
    StoreTooNew,
    UserStore,
    migrate,
    schema_version,
    user_store,
)

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
FAW = ItemRef(ItemKind.ORGANIZATION, "faw-vw")


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{STORE_NAME}.damaged-*"))


def test_fresh_store_is_made_with_the_current_schema(tmp_path: Path) -> None:
    store = UserStore.open(tmp_path / "data")
    assert store.is_persistent and store.problem == ""
    path = tmp_path / "data" / STORE_NAME
    assert store.path == path and path.is_file()
    assert user_version(path) == SCHEMA_VERSION == len(MIGRATIONS)
    assert {"shortlist", "notes"} <= table_names(path)
    store.close()


def test_shortlist_and_notes_survive_reopening(tmp_path: Path) -> None:
    with UserStore.open(tmp_path) as store:
        assert store.toggle_star(EDZ) is True
        assert store.set_starred(FAW, True)
        assert store.set_starred(BLUE, True)
        assert store.set_starred(FAW, False)
        assert store.set_note(EDZ, '问一下土地价格\nsecond line, with "quotes"')
        assert store.set_note(FAW, "not starred, still kept")
    with UserStore.open(tmp_path) as again:
        assert again.starred() == [EDZ, BLUE]  # in the order they were starred
        assert again.shortlist()[0].note == '问一下土地价格\nsecond line, with "quotes"'
        assert again.shortlist()[1].note == ""
        assert again.note(FAW) == "not starred, still kept"
        assert again.notes() == {EDZ: again.note(EDZ), FAW: "not starred, still kept"}
        assert again.is_starred(EDZ) and not again.is_starred(FAW)


def test_blank_note_removes_it(tmp_path: Path) -> None:
    with UserStore.open(tmp_path) as store:
        store.set_note(EDZ, "something")
        store.set_note(EDZ, "  \n ")
        assert store.note(EDZ) == ""
        assert store.notes() == {}


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300).filter(lambda t: t.strip()))
def test_any_note_round_trips(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    folder = tmp_path_factory.mktemp("notes")
    with UserStore.open(folder) as store:
        assert store.set_note(EDZ, text)
    with UserStore.open(folder) as again:
        assert again.note(EDZ) == text


def test_unknown_refs_in_the_file_are_skipped(tmp_path: Path) -> None:
    with UserStore.open(tmp_path) as store:
        store.set_starred(EDZ, True)
    with sqlite3.connect(tmp_path / STORE_NAME) as conn:
        conn.execute("insert into shortlist values ('spaceship:x', '2030-01-01', 9)")
    with UserStore.open(tmp_path) as again:
        assert again.starred() == [EDZ]


# --------------------------------------------------------------------------- migrations


def autocommit(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_failing_migration_leaves_version_and_schema_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    conn = autocommit(path)
    broken = (
        ("create table a (x)", "create table b (y)"),
        ("create table c (z)", "this is not sql"),
    )
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert schema_version(conn) == 0
    conn.close()
    assert table_names(path) == set(), "the first, good migration was rolled back too"


def test_failing_later_migration_keeps_the_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    conn = autocommit(path)
    assert migrate(conn, MIGRATIONS) == SCHEMA_VERSION
    later = (*MIGRATIONS, ("create table extra (x)", "alter table nowhere add column y"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, later)
    assert schema_version(conn) == SCHEMA_VERSION
    conn.close()
    assert "extra" not in table_names(path)


def test_migrations_run_once_and_in_order(tmp_path: Path) -> None:
    conn = autocommit(tmp_path / "m.db")
    steps = (("create table a (x)",), ("insert into a values (1)",), ("insert into a values (2)",))
    assert migrate(conn, steps[:1]) == 1
    assert migrate(conn, steps) == 3
    assert migrate(conn, steps) == 3  # nothing left to do
    assert [r[0] for r in conn.execute("select x from a order by x")] == [1, 2]
    conn.close()


# --------------------------------------------------------------------------- damaged files


def test_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    path.write_bytes(b"this is my shopping list, not a database" * 20)
    store = UserStore.open(tmp_path)
    kept = damaged_copies(tmp_path)
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is my shopping list")
    assert store.kept_as == kept[0]
    assert kept[0].name in store.problem and "new, empty one" in store.problem
    assert store.is_persistent and user_version(path) == SCHEMA_VERSION
    assert store.set_starred(EDZ, True) and store.starred() == [EDZ]
    store.close()


def test_file_failing_quick_check_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    with UserStore.open(tmp_path) as store:
        for n in range(400):
            store.set_note(ItemRef(ItemKind.PARK, f"p{n}"), "x" * 300)
    with path.open("r+b") as handle:  # wreck a page in the middle of the notes table
        handle.seek(4096 * 5)
        handle.write(b"\xff" * 4096)
    store = UserStore.open(tmp_path)
    assert len(damaged_copies(tmp_path)) == 1
    assert "damaged" in store.problem or "not a readable database" in store.problem
    assert store.notes() == {}
    store.close()


def newer_file(path: Path) -> None:
    """A user data file as a newer version might write it: more columns, more tables."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "create table shortlist (ref text primary key, added_at text, position integer, "
            "colour text)"
        )
        conn.execute("create table notes (ref text primary key, body text, updated_at text)")
        conn.execute("create table folders (name text)")
        conn.execute("insert into shortlist values ('park:jimo-edz', '2031-01-01', 1, 'red')")
        conn.execute("insert into notes values ('park:jimo-edz', 'from the future', '2031')")
        conn.execute("PRAGMA user_version = 99")
    conn.close()


def test_file_from_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    newer_file(path)
    before = path.read_bytes()
    store = UserStore.open(tmp_path)
    assert "made by a newer version of Jimo Explorer" in store.problem
    assert "won't be saved" in store.problem
    assert damaged_copies(tmp_path) == [], "never renamed aside"
    assert not store.is_persistent and store.kept_as is None
    assert store.starred() == [EDZ], "the shortlist it holds is shown"
    assert store.note(EDZ) == "from the future"
    assert store.set_starred(BLUE, True) and store.set_note(EDZ, "changed")  # in memory
    store.close()
    assert path.read_bytes() == before and user_version(path) == 99
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_NAME]


def test_file_from_a_newer_version_of_another_shape_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("create table shortlist (ref text)")
        conn.execute("insert into shortlist values ('park:jimo-edz')")
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    store = UserStore.open(tmp_path)
    assert "newer version" in store.problem and store.shortlist() == []
    store.close()
    assert path.read_bytes() == before and damaged_copies(tmp_path) == []


def test_file_missing_its_tables_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("create table unrelated (x)")
    store = UserStore.open(tmp_path)
    assert "lacks" in store.problem and len(damaged_copies(tmp_path)) == 1
    store.close()


def test_unwritable_folder_gives_an_in_memory_store(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = UserStore.open(blocker / "data")
    assert not store.is_persistent
    assert "won't be saved" in store.problem
    assert store.set_starred(EDZ, True) and store.starred() == [EDZ]  # works until quitting
    assert store.set_note(EDZ, "kept in memory") and store.note(EDZ) == "kept in memory"
    store.close()


def test_read_only_open_changes_nothing(tmp_path: Path) -> None:
    empty = UserStore.open_read_only(tmp_path / "nothing-here")
    assert empty.shortlist() == [] and not (tmp_path / "nothing-here").exists()
    with UserStore.open(tmp_path) as store:
        store.set_starred(EDZ, True)
    before = (tmp_path / STORE_NAME).read_bytes()
    with UserStore.open_read_only(tmp_path) as reader:
        assert reader.starred() == [EDZ]
    assert (tmp_path / STORE_NAME).read_bytes() == before


def test_read_only_open_refuses_damaged_or_newer_files(tmp_path: Path) -> None:
    (tmp_path / STORE_NAME).write_bytes(b"garbage" * 100)
    with pytest.raises(StoreDamaged, match="not a database"):
        UserStore.open_read_only(tmp_path)
    (tmp_path / STORE_NAME).unlink()
    with sqlite3.connect(tmp_path / STORE_NAME) as conn:
        conn.execute("PRAGMA user_version = 42")
    with pytest.raises(StoreTooNew):
        UserStore.open_read_only(tmp_path)
    assert damaged_copies(tmp_path) == [], "reading never moves files"


# --------------------------------------------------------------------------- read-only files


def read_only_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every store file as SQLite opens a file it may not write (``mode=ro``)."""
    real = user_store.connect

    def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
        if uri or target == ":memory:":
            return real(target, uri=uri)
        return real(Path(target).absolute().as_uri() + "?mode=ro", uri=True)

    monkeypatch.setattr(user_store, "connect", connect)


def test_read_only_file_is_found_at_open_and_still_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UserStore.open(tmp_path) as store:
        store.set_starred(EDZ, True)
        store.set_note(EDZ, "read me")
    before = (tmp_path / STORE_NAME).read_bytes()
    read_only_connections(monkeypatch)
    store = UserStore.open(tmp_path)
    assert "read-only" in store.problem and "won't be saved" in store.problem, store.problem
    assert not store.is_persistent
    assert store.starred() == [EDZ] and store.note(EDZ) == "read me"
    assert store.set_starred(BLUE, True), "works until quitting"
    store.close()
    assert (tmp_path / STORE_NAME).read_bytes() == before
    assert damaged_copies(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_file_mode_is_found_at_open(tmp_path: Path) -> None:
    with UserStore.open(tmp_path) as store:
        store.set_starred(EDZ, True)
    (tmp_path / STORE_NAME).chmod(0o444)
    try:
        store = UserStore.open(tmp_path)
        assert "read-only" in store.problem and store.starred() == [EDZ]
        store.close()
    finally:
        (tmp_path / STORE_NAME).chmod(0o644)


# --------------------------------------------------------------------------- a full disk


class FullAtCommit:
    """A connection whose COMMIT fails as on a full disk: SQLite has rolled back already
    (``rolled_back``, as it does for SQLITE_FULL) or the OS said ENOSPC."""

    def __init__(self, conn: sqlite3.Connection, error: BaseException, rolled_back: bool):
        self.conn, self.error, self.rolled_back = conn, error, rolled_back

    def execute(self, sql: str, *params: Any) -> sqlite3.Cursor:
        if sql == "COMMIT":
            if self.rolled_back:
                self.conn.execute("ROLLBACK")
            raise self.error
        return self.conn.execute(sql, *params)

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)


def sqlite_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    return error


@pytest.mark.parametrize(
    ("error", "rolled_back"),
    [(sqlite_full(), True), (OSError(errno.ENOSPC, "No space left on device"), False)],
    ids=["SQLITE_FULL", "ENOSPC"],
)
def test_disk_full_while_starring_says_the_star_was_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, rolled_back: bool
) -> None:
    store = UserStore.open(tmp_path)
    store.set_starred(BLUE, True)
    real = store._conn
    monkeypatch.setattr(store, "_conn", FullAtCommit(real, error, rolled_back))
    assert not store.set_starred(EDZ, True)
    assert store.problem == "The disk is full: the star was not saved."
    assert not store.set_starred(BLUE, False)
    assert store.problem == "The disk is full: the item was not taken off the shortlist."
    assert not real.in_transaction
    monkeypatch.setattr(store, "_conn", real)
    assert store.starred() == [BLUE], "the old state, whole"
    assert store.set_starred(EDZ, True) and store.starred() == [BLUE, EDZ]
    store.close()


def test_disk_full_while_saving_a_note_says_the_note_was_not_saved(tmp_path: Path) -> None:
    """A real SQLITE_FULL from SQLite: the file may not grow by another page."""
    store = UserStore.open(tmp_path)
    assert store.set_note(EDZ, "short")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    assert not store.set_note(EDZ, "a long note " * 2000)
    assert store.problem == "The disk is full: your note was not saved."
    assert "no transaction" not in store.problem
    assert store.note(EDZ) == "short"
    store.close()


def test_a_failed_migration_after_sqlite_rolled_back_raises_the_real_error(
    tmp_path: Path,
) -> None:
    conn = autocommit(tmp_path / "m.db")
    stand_in = cast(sqlite3.Connection, FullAtCommit(conn, sqlite_full(), rolled_back=True))
    with pytest.raises(sqlite3.OperationalError, match="full"):
        migrate(stand_in, MIGRATIONS)
    assert schema_version(conn) == 0 and not conn.in_transaction
    conn.close()


def test_disk_full_at_open_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(conn: sqlite3.Connection) -> None:
        raise sqlite_full()

    monkeypatch.setattr(user_store, "probe_writable", full)
    store = UserStore.open(tmp_path)
    assert store.problem.startswith("The disk is full") and "won't be saved" in store.problem
    assert not store.is_persistent
    store.close()


# --------------------------------------------------------------------------- text


def test_lone_surrogates_in_notes_and_refs_are_made_encodable(tmp_path: Path) -> None:
    odd = ItemRef(ItemKind.PARK, "odd\udc80")
    with UserStore.open(tmp_path) as store:
        assert store.set_note(EDZ, "pasted \ud800 half")
        assert store.set_starred(odd, True) and store.is_starred(odd)
        assert store.set_note(odd, "x")
    with UserStore.open(tmp_path) as again:
        assert again.note(EDZ) == "pasted \ufffd half"
        assert again.starred() == [ItemRef(ItemKind.PARK, "odd\ufffd")]
        assert again.note(odd) == "x"


def test_cells_that_are_not_text_read_without_raising(tmp_path: Path) -> None:
    with UserStore.open(tmp_path) as store:
        store.set_starred(EDZ, True)
    with sqlite3.connect(tmp_path / STORE_NAME) as conn:
        conn.execute("insert into shortlist values (x'ff', '2030', 5)")
        conn.execute("insert into shortlist values (cast(x'7061726b3aff' as text), x'00', 6)")
        conn.execute("insert into notes values ('park:jimo-edz', x'ff00', '2030')")
        conn.execute("insert into notes values (cast(x'7061726b3ac3' as text), 'y', '2030')")
    conn.close()
    with UserStore.open(tmp_path) as again:
        assert [e.ref for e in again.shortlist()] == [EDZ, ItemRef(ItemKind.PARK, "\ufffd")]
        assert again.note(EDZ) == ""
        assert again.notes()[ItemRef(ItemKind.PARK, "\ufffd")] == "y"
