"""The user's own data under hostile conditions: settings, the shortlist and notes, the log.

Given arbitrary bytes in the settings files, arbitrary Unicode (lone surrogates included)
in notes and item ids, a read-only file system and a full disk (a tiny tmpfs mounted for
the test when the tests run as root on Linux, as in CI; elsewhere those tests skip and the
fault-injected tests in ``tests/test_store.py`` cover the same messages), nothing raises,
nothing is lost, and each fault is said in plain words when it happens.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jimo_desktop import paths
from jimo_desktop.app import setup_logging
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.log_file import LogFileHandler
from jimo_desktop.settings import JsonStore, Settings, settings_store, window_state_store
from jimo_desktop.store import UserStore
from jimo_desktop.user_text import encodable

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())  # lone surrogates too


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# --------------------------------------------------------------------------- a tiny disk


@contextlib.contextmanager
def tiny_file_system(where: Path, size: str = "512k") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where``; the test skips where mount is not allowed."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a tiny file system needs mount, as root on Linux (CI has it)")
    where.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"mount is not permitted here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False, capture_output=True)


def fill(disk: Path) -> Path:
    """Write a file until ``disk`` has not one byte left; return it (delete it to free)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)
    return filler


def remount(disk: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(disk)], check=True)


def test_a_full_disk_while_saving_says_what_was_not_saved(tmp_path: Path) -> None:
    with tiny_file_system(tmp_path / "disk") as disk:
        store = UserStore.open(disk / "data")
        assert store.problem == "" and store.set_starred(EDZ, True)
        assert store.set_note(EDZ, "written before the disk filled")
        settings = settings_store(disk / "config")
        assert settings.save(Settings(grouping="industry"))
        filler = fill(disk)
        before = listing(disk / "config")
        assert not settings.save(Settings(grouping="place"))
        assert "cannot be saved" in settings.problem and "won't be kept" in settings.problem
        assert listing(disk / "config") == before, "no half-written file, no temp file left"
        assert not store.set_starred(BLUE, True)
        assert store.problem == "The disk is full: the star was not saved."
        assert not store.set_note(EDZ, "a longer note that needs new pages " * 400)
        assert store.problem == "The disk is full: your note was not saved."
        store.close()
        filler.unlink()
        with UserStore.open(disk / "data") as again:
            assert again.problem == ""
            assert again.starred() == [EDZ]
            assert again.note(EDZ) == "written before the disk filled"
        assert settings_store(disk / "config").load() == Settings(grouping="industry")


def test_a_full_disk_at_start_is_said_at_start(tmp_path: Path) -> None:
    with tiny_file_system(tmp_path / "disk") as disk:
        (disk / "data").mkdir()
        fill(disk)
        store = UserStore.open(disk / "data")
        assert store.problem.startswith("The disk is full"), store.problem
        assert "no transaction" not in store.problem and not store.is_persistent
        assert store.set_starred(EDZ, True), "the app carries on in memory"
        store.close()


def test_a_read_only_file_system_is_found_at_open(tmp_path: Path) -> None:
    with tiny_file_system(tmp_path / "disk") as disk:
        with UserStore.open(disk / "data") as store:
            store.set_starred(EDZ, True)
            store.set_note(EDZ, "still here")
        assert settings_store(disk / "config").save(Settings(grouping="place"))
        before = listing(disk)
        remount(disk, "ro")
        try:
            store = UserStore.open(disk / "data")
            assert "read-only" in store.problem and "won't be saved" in store.problem
            assert store.starred() == [EDZ] and store.note(EDZ) == "still here"
            store.close()
            settings = settings_store(disk / "config")
            assert settings.load() == Settings(grouping="place")
            assert not settings.save(Settings(grouping="kind"))
            assert "cannot be saved" in settings.problem
            assert listing(disk) == before
        finally:
            remount(disk, "rw")


def test_the_window_starts_over_a_gbk_settings_file_and_a_newer_window_state(
    qtbot, profile_dir: Path
) -> None:
    """A Chinese editor saved settings.json as GBK; a newer version left window-state.json."""
    from jimo_desktop.app import create_window

    config = paths.UserDirs.from_profile(profile_dir).config
    config.mkdir(parents=True)
    gbk = '{"version": 1, "values": {"last_item": "park:即墨"}}'.encode("gbk")
    (config / "settings.json").write_bytes(gbk)
    newer = b'{"version": 3, "values": {"geometry": ""}, "screens": []}'
    (config / "window-state.json").write_bytes(newer)
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "damaged" in win.statusBar().currentMessage())
    assert "newer version" in win.statusBar().currentMessage()
    win.close()
    kept = list(config.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == gbk
    assert (config / "window-state.json").read_bytes() == newer, "never overwritten"
    assert json.loads((config / "settings.json").read_text(encoding="utf-8"))["version"] == 1


# --------------------------------------------------------------------------- the log file


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger, given back as it was (``setup_logging`` adds a handler)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            with contextlib.suppress(Exception):
                handler.close()
    root.setLevel(level)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_a_log_file_on_a_full_disk_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], root_logger: logging.Logger
) -> None:
    dirs = paths.UserDirs.from_profile(tmp_path / "profile")
    dirs.log.mkdir(parents=True)
    (dirs.log / "jimo-explorer.log").symlink_to("/dev/full")  # every write: ENOSPC
    assert setup_logging(dirs) is not None
    for n in range(3):
        logging.getLogger("jimo_desktop.test").warning("message %d", n)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("cannot write the log file") == 1, err
    assert "No space left on device" in err and len(err.strip().splitlines()) == 1


def test_a_log_file_that_stops_working_turns_itself_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same on any system: the OS refuses the write."""

    class Full(io.TextIOWrapper):
        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            pass

    handler = LogFileHandler(tmp_path / "x.log")
    handler.close()
    handler.stream = Full(io.BytesIO(), encoding="utf-8")
    logger = logging.Logger("isolated")
    logger.addHandler(handler)
    for n in range(3):
        logger.error("message %d", n)
    err = capsys.readouterr().err
    assert "Logging error" not in err and err.count("cannot write the log file") == 1
    assert handler.failed


def test_a_bug_in_a_logging_call_is_still_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = LogFileHandler(tmp_path / "x.log")
    logger = logging.Logger("isolated")
    logger.addHandler(handler)
    logger.error("%d apples", "not a number")
    handler.close()
    assert "Logging error" in capsys.readouterr().err and not handler.failed


def test_a_lone_surrogate_in_a_message_is_logged(tmp_path: Path) -> None:
    handler = LogFileHandler(tmp_path / "x.log")
    logger = logging.Logger("isolated")
    logger.addHandler(handler)
    logger.error("pasted %s", "a\ud800b")
    handler.close()
    assert not handler.failed
    assert "pasted a\\ud800b" in (tmp_path / "x.log").read_text(encoding="utf-8")


@pytest.mark.slow
def test_starting_with_the_profile_on_a_full_disk(tmp_path: Path) -> None:
    """The real program, twice on one profile: the second time the disk is full."""
    with tiny_file_system(tmp_path / "disk", size="1m") as disk:
        profile = disk / "profile"
        command = [sys.executable, "-m", "jimo_desktop", "--profile-dir", str(profile)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        first = subprocess.run(
            [*command, "--self-test"], capture_output=True, text=True, env=env, timeout=120
        )
        assert first.returncode == 0, first.stderr
        fill(disk)
        before = listing(profile)
        second = subprocess.run(
            [*command, "--self-test"], capture_output=True, text=True, env=env, timeout=120
        )
        assert "Logging error" not in second.stderr and "Traceback" not in second.stderr
        assert second.stderr.count("cannot write the log file") == 1, second.stderr
        assert second.returncode == 0, second.stderr
        after = listing(profile)
        log_name = str(Path("log") / "jimo-explorer.log")
        assert after.pop(log_name).startswith(before.pop(log_name)), "the log only grows"
        assert after == before, "settings, shortlist and notes as they were"


# --------------------------------------------------------------------------- properties

SETTINGS_BYTES = st.one_of(
    st.binary(max_size=400),
    st.builds(
        lambda value, codec: json.dumps(value, ensure_ascii=False).encode(codec, "replace"),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHARACTER),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["version", "values", "grouping", "last_item", "detail_tab"])
                    | st.text(max_size=5),
                    inner,
                    max_size=4,
                )
            ),
            max_leaves=8,
        ),
        st.sampled_from(["utf-8", "utf-16", "latin-1", "gbk", "utf-8-sig"]),
    ),
)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """One folder for every example (emptied by each), with saves that skip fsync."""
    with mock.patch("jimo_desktop.safe_write.os.fsync"):  # durability is not the point here
        yield tmp_path


@pytest.mark.slow
@settings(
    max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=SETTINGS_BYTES, window_state=st.booleans())
def test_the_settings_loader_never_raises_and_never_loses_the_file(
    scratch: Path, content: bytes, window_state: bool
) -> None:
    for old in scratch.iterdir():
        old.unlink()
    store: JsonStore[Any] = (window_state_store if window_state else settings_store)(scratch)
    store.path.write_bytes(content)
    record = store.load()
    assert isinstance(record, store.record_type)
    files = listing(scratch)
    if store.path.name in files:  # read as ours (or a newer version's): left as it is
        assert files == {store.path.name: content}
    else:  # moved aside, kept whole, and the user told
        assert list(files.values()) == [content]
        assert next(iter(files)).startswith(f"{store.path.name}.damaged-")
        assert "damaged" in store.problem
    for value in asdict(record).values():
        assert not isinstance(value, str) or value == encodable(value)
    store.save(record)  # never raises either
    assert content in listing(scratch).values(), "the user's bytes are still there"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UserStore]:
    with UserStore.open(tmp_path_factory.mktemp("user-data")) as store:
        store._conn.execute("PRAGMA synchronous = OFF")  # thousands of commits: no fsync
        yield store


def read_back(store: UserStore) -> UserStore:
    assert store.path is not None
    return UserStore.open_read_only(store.path.parent)


@pytest.mark.slow
@settings(
    max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(ANY_CHARACTER, max_size=200))
def test_any_note_is_stored_and_read_back(shared_store: UserStore, text: str) -> None:
    kept = encodable(text) if encodable(text).strip() else ""
    assert shared_store.set_note(EDZ, text), shared_store.problem
    assert shared_store.note(EDZ) == kept
    with read_back(shared_store) as reader:
        assert reader.note(EDZ) == kept


@pytest.mark.slow
@settings(
    max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(item_id=st.text(ANY_CHARACTER, min_size=1, max_size=80))
def test_any_item_id_is_starred_and_read_back(shared_store: UserStore, item_id: str) -> None:
    ref = ItemRef(ItemKind.PARK, item_id)
    kept = ItemRef(ItemKind.PARK, encodable(item_id))
    assert shared_store.set_starred(ref, True), shared_store.problem
    assert shared_store.is_starred(ref) and kept in shared_store.starred()
    with read_back(shared_store) as reader:
        assert kept in reader.starred()
    assert shared_store.set_starred(ref, False) and not shared_store.is_starred(ref)
    assert kept not in shared_store.starred()
