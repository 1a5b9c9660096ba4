"""Settings and window state: typed, atomic, tolerant of damage and read-only folders."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jimo_desktop.navigation import History
from jimo_desktop.safe_write import atomic_open, write_atomic
from jimo_desktop.settings import Settings, WindowState, settings_store, window_state_store


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
