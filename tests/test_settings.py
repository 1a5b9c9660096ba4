"""Settings and window state: typed, atomic, tolerant of damage and read-only folders."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from jimo_desktop.navigation import History
from jimo_desktop.safe_write import atomic_open, write_atomic
from jimo_desktop.settings import (
    MAX_RECENT,
    JsonStore,
    Settings,
    WindowState,
    settings_store,
    window_state_store,
    with_recent,
)


def test_defaults_when_nothing_saved(tmp_path: Path) -> None:
    store = settings_store(tmp_path)
    assert store.load() == Settings()
    assert store.problem == ""
    assert not (tmp_path / "settings.json").exists()


def test_round_trip(tmp_path: Path) -> None:
    store = settings_store(tmp_path / "new")
    assert store.save(Settings(grouping="industry", last_item="park:jimo-edz", detail_tab=2))
    again = settings_store(tmp_path / "new").load()
    assert again == Settings(grouping="industry", last_item="park:jimo-edz", detail_tab=2)
    document = json.loads((tmp_path / "new" / "settings.json").read_text(encoding="utf-8"))
    assert document["version"] == 1


def test_wrong_types_and_unknown_keys_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"version": 1, "values": {"grouping": 3, "detail_tab": True, "colour": "red",
                                              "last_item": "place:jimo"}}),
        encoding="utf-8",
    )  # fmt: skip
    loaded = settings_store(tmp_path).load()
    assert loaded == Settings(last_item="place:jimo")


@pytest.mark.parametrize("content", ["{not json", "[]", '{"values": 5}', "\x00\x01"])
def test_damaged_file_is_kept_aside_and_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "window-state.json"
    path.write_text(content, encoding="utf-8")
    store = window_state_store(tmp_path)
    assert store.load() == WindowState()
    kept = list(tmp_path.glob("window-state.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert "damaged" in store.problem and kept[0].name in store.problem
    assert not path.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        store = settings_store(folder)
        assert not store.save(Settings(grouping="place"))
        assert "won't be kept" in store.problem
    finally:
        folder.chmod(0o700)


def test_unwritable_location_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = settings_store(blocker / "config")  # a folder cannot be made inside a file
    assert not store.save(Settings(grouping="place"))
    assert "won't be kept" in store.problem


def test_atomic_write_leaves_old_content_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "data.txt"
    write_atomic(target, b"old")

    def interrupted_write() -> None:
        with atomic_open(target, "wb") as stream:
            stream.write(b"partial new content")
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        interrupted_write()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.txt"]


def test_history_behaves_like_a_browser() -> None:
    history: History[str] = History(limit=3)
    assert history.current is None and not history.can_go_back()
    for page in ("a", "b", "c"):
        history.visit(page)
    history.visit("c")  # the same page twice is one entry
    assert history.back() == "b" and history.back() == "a"
    assert history.back() is None
    assert history.forward() == "b"
    history.visit("d")  # drops the forward entry "c"
    assert not history.can_go_forward()
    history.visit("e")
    assert history.back() == "d" and history.back() == "b"
    assert history.back() is None  # "a" fell off the 3-entry limit


# --------------------------------------------------------------------------- unreadable files

UNREADABLE = {
    "latin-1": '{"version": 1, "values": {"grouping": "café"}}'.encode("latin-1"),
    "gbk": '{"version": 1, "values": {"last_item": "park:即墨经济开发区"}}'.encode("gbk"),
    "binary": bytes(range(256)) * 4,
    "nul bytes": b"\x00" * 64,
    "nested 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
    "values nested 100,000 deep": b'{"values": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge number": b'{"version": 1, "values": {"detail_tab": ' + b"9" * 10_000 + b"}}",
    "top level a list": b'[{"values": {}}]',
    "truncated utf-8": '{"values": {"last_item": "即'.encode()[:-1],
}


@pytest.mark.parametrize("make", [settings_store, window_state_store])
@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_unreadable_bytes_are_kept_aside_and_defaults_used(
    tmp_path: Path, make: Callable[[Path], JsonStore[Any]], content: bytes
) -> None:
    store = make(tmp_path)
    store.path.write_bytes(content)
    assert store.load() == store.record_type()
    kept = list(tmp_path.glob(f"{store.path.name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content, "moved aside, never lost"
    assert "damaged" in store.problem and kept[0].name in store.problem
    assert not store.path.exists()
    assert store.save(store.record_type())  # and the next start is a clean one
    again = make(tmp_path)
    assert again.load() == store.record_type() and again.problem == ""


def test_a_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a BOM: that is still our file."""
    document = {"version": 1, "values": {"grouping": "industry"}}
    (tmp_path / "settings.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    store = settings_store(tmp_path)
    assert store.load() == Settings(grouping="industry")
    assert store.problem == ""


def test_two_damaged_files_in_the_same_second_are_both_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jimo_desktop.settings.time.strftime", lambda _fmt: "20300101-000000")
    for content in (b"\xff first", b"\xff second"):
        (tmp_path / "settings.json").write_bytes(content)
        assert settings_store(tmp_path).load() == Settings()
    kept = sorted(p.read_bytes() for p in tmp_path.glob("settings.json.damaged-*"))
    assert kept == [b"\xff first", b"\xff second"]


def test_lone_surrogates_in_the_file_are_made_encodable(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "values": {"last_item": "park:a\\ud800"}}', encoding="utf-8")
    store = settings_store(tmp_path)
    assert store.load() == Settings(last_item="park:a\ufffd")
    assert store.save(Settings(last_item="park:b\udfff", grouping="place"))
    assert settings_store(tmp_path).load() == Settings(last_item="park:b\ufffd", grouping="place")


# --------------------------------------------------------------------------- a newer version


@pytest.mark.parametrize("make", [settings_store, window_state_store])
def test_a_newer_versions_file_is_read_and_never_overwritten(
    tmp_path: Path, make: Callable[[Path], JsonStore[Any]]
) -> None:
    store = make(tmp_path)
    field = fields(store.record_type)[0].name
    document = {"version": 7, "values": {field: "from the future", "colour": "red"}}
    store.path.write_text(json.dumps(document), encoding="utf-8")
    before = store.path.read_bytes()
    loaded = store.load()
    assert getattr(loaded, field) == "from the future"
    assert "newer version" in store.problem and store.path.name in store.problem
    assert not store.save(replace(loaded, **{field: "changed"}))
    assert "newer version" in store.problem
    assert not store.save(store.record_type())
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [store.path.name]


def test_a_newer_versions_file_of_another_shape_is_kept_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 2.5, "profiles": [{"grouping": "place"}]}', encoding="utf-8")
    store = settings_store(tmp_path)
    assert store.load() == Settings()
    assert "newer version" in store.problem
    assert not store.save(Settings(grouping="industry"))
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2.5
    assert list(tmp_path.glob("*.damaged-*")) == []


@pytest.mark.parametrize("version", [1, 0, True, "9", None, float("nan")])
def test_a_version_that_is_not_newer_is_overwritten_as_usual(
    tmp_path: Path, version: object
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": version, "values": {}}), encoding="utf-8")
    store = settings_store(tmp_path)
    assert store.load() == Settings() and store.problem == ""
    assert store.save(Settings(grouping="place"))
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_the_recent_databases_are_kept_latest_first_and_at_most_eight(tmp_path: Path) -> None:
    settings = Settings()
    for n in range(10):
        settings = with_recent(settings, f"/data/{n}.db")
    settings = with_recent(settings, "/data/5.db")  # again: moves to the front, once
    assert settings.recent_databases[:2] == ("/data/5.db", "/data/9.db")
    assert len(settings.recent_databases) == MAX_RECENT
    assert settings.recent_databases.count("/data/5.db") == 1
    store = settings_store(tmp_path)
    assert store.save(replace(settings, database="/data/5.db"))
    again = settings_store(tmp_path).load()
    assert again.recent_databases == settings.recent_databases
    assert again.database == "/data/5.db"


def test_recent_databases_of_the_wrong_type_fall_back(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"version": 1, "values": {"recent_databases": ["/a.db", 3]}}), encoding="utf-8"
    )
    assert settings_store(tmp_path).load().recent_databases == ()
