"""The user's settings and the window's state, each declared once with types and defaults.

Both are small JSON files under the user's config folder, written atomically. ``load()``
never raises: a file that cannot be read as ours (not JSON, not UTF-8, binary, nested too
deep, not an object) is moved aside (kept, never deleted) and defaults are used; a file
whose ``version`` is newer than ``SETTINGS_VERSION`` is read for what it gives and never
overwritten; a folder that cannot be written leaves the app running. Each time
``problem`` says so in plain language.
Nothing here imports Qt.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from jimo_desktop.safe_write import write_private
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.user_text import encodable

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
MAX_BYTES = 4 * 1024 * 1024  # far beyond any settings file: a bigger one is not ours


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose."""

    grouping: str = "kind"  # catalog.Grouping value of the park tree
    last_item: str = ""  # str(ItemRef) of the item shown when the app closed
    detail_tab: int = 0  # the detail pane's tab last used
    language: str = ""  # translations.Language value of the interface; "" = not chosen yet
    database: str = ""  # the database file opened last (File › Open); "" = the bundled one
    recent_databases: tuple[str, ...] = ()  # File › Open recent, the latest first
    export_folder: str = ""  # where the last export was written; "" = the documents folder
    zoom: int = 100  # the interface's zoom in percent (ui.zoom.LEVELS)


MAX_RECENT = 8  # files in File › Open recent


def with_recent(settings: Settings, path: str) -> Settings:
    """``settings`` with ``path`` first in the recent files (once, at most ``MAX_RECENT``)."""
    others = tuple(p for p in settings.recent_databases if p != path)
    return replace(settings, recent_databases=(path, *others)[:MAX_RECENT])


def with_database(settings: Settings, path: str) -> Settings:
    """``settings`` with ``path`` as the database opened last ("": the bundled one), and
    first among the recent files."""
    return replace(with_recent(settings, path) if path else settings, database=path)


@dataclass(frozen=True, slots=True)
class WindowState:
    """Where the window was: opaque Qt blobs, base64-encoded by the UI."""

    geometry: str = ""
    window_state: str = ""
    splitter: str = ""
    collapsed: tuple[str, ...] = ()  # the side panels folded to strips ("tree", "shortlist")


T = TypeVar("T", Settings, WindowState)


class JsonStore(Generic[T]):
    """One typed record in one JSON file: ``load()`` never raises, ``save()`` is atomic."""

    def __init__(self, path: Path, record_type: type[T]):
        self.path = Path(path)
        self.record_type: type[T] = record_type
        self.problem: str = ""  # a plain-language message for the user, or ""
        self._saved: T | None = None
        # Set when the file is from a newer version: read, never overwritten.
        self._newer: Message | None = None
        self._told_newer = False

    def load(self) -> T:
        """The record in the file, or defaults; never raises, whatever the file holds."""
        defaults = self.record_type()
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return defaults
        except OSError as error:
            message = QT_TRANSLATE_NOOP(
                "Settings", "Your settings could not be read ({reason}); defaults are used."
            )
            self.problem = Message(message, reason=error.strerror or error)
            return defaults
        document = _parse(raw)
        if document is None:
            return self._damaged(defaults)
        if _is_newer(document.get("version")):
            message = QT_TRANSLATE_NOOP(
                "Settings",
                "“{name}” was saved by a newer version of Jimo Explorer: it is used as far as "
                "this version understands it and kept as it is (changes won't be kept after "
                "you quit).",
            )
            self._newer = self.problem = Message(message, name=self.path.name)
            log.warning("settings file %s is from a newer version: kept as it is", self.path)
            values = document.get("values")
            return self._from_values(values if isinstance(values, dict) else {}, defaults)
        if not isinstance(document.get("values"), dict):
            return self._damaged(defaults)
        record = self._from_values(document["values"], defaults)
        self._saved = record
        return record

    def save(self, record: T) -> bool:
        """Write ``record``; False (and ``problem`` set) when it was not written: the folder
        cannot be written, or the file is from a newer version (kept as it is)."""
        if self._newer is not None:
            if not self._told_newer:  # said once; the user has read it at start already
                self._told_newer = True
                self.problem = self._newer
                log.info("settings file %s from a newer version left unchanged", self.path)
            return False
        if record == self._saved:
            return True
        values = {k: _encodable(v) for k, v in asdict(record).items()}
        document = {"version": SETTINGS_VERSION, "values": values}
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_private(self.path, data)
        except OSError as error:
            message = QT_TRANSLATE_NOOP(
                "Settings",
                "Settings cannot be saved in “{folder}” ({reason}); "
                "changes won't be kept after you quit.",
            )
            self.problem = Message(message, folder=self.path.parent, reason=error.strerror or error)
            log.warning("cannot save %s: %s", self.path, error)
            return False
        self._saved = record
        return True

    def _damaged(self, defaults: T) -> T:
        """Move the unreadable file aside (kept), tell the user, return ``defaults``."""
        kept = self._move_aside()
        self.problem = (
            Message(
                QT_TRANSLATE_NOOP(
                    "Settings",
                    "Your settings file was damaged and has been kept as “{name}”; "
                    "defaults are used.",
                ),
                name=kept.name,
            )
            if kept
            else QT_TRANSLATE_NOOP("Settings", "Your settings file was damaged; defaults are used.")
        )
        log.warning("damaged settings file %s moved to %s", self.path, kept)
        return defaults

    def _from_values(self, values: dict[str, Any], defaults: T) -> T:
        """Known fields of the right type; anything else falls back to its default. A tuple
        (the recent files) comes as a JSON list of strings."""
        chosen: dict[str, Any] = {}
        for field in fields(defaults):
            value = values.get(field.name)
            default = getattr(defaults, field.name)
            if isinstance(default, tuple):
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    chosen[field.name] = tuple(encodable(v) for v in value)[:MAX_RECENT]
                continue
            if isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                chosen[field.name] = encodable(value) if isinstance(value, str) else value
        return replace(defaults, **chosen)

    def _move_aside(self) -> Path | None:
        """Rename the file to ``NAME.damaged-YYYYmmdd-HHMMSS`` (never over an earlier one)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while target.exists() or target.is_symlink():
            n += 1
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        try:
            self.path.replace(target)
        except OSError:
            return None
        return target


def _encodable(value: Any) -> Any:
    """A value as the file keeps it: text made encodable, a tuple as a list."""
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, tuple):
        return [encodable(v) for v in value]
    return value


def _parse(raw: bytes) -> dict[str, Any] | None:
    """The JSON object in ``raw``, or None for anything else: bytes that are not UTF-8
    (Latin-1, GBK), binary, a huge file, nesting too deep for the parser, a huge number,
    a top level that is not an object."""
    if len(raw) > MAX_BYTES:
        return None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return None
    return document if isinstance(document, dict) else None


def _is_newer(version: object) -> bool:
    """Whether ``version`` (the file's ``version``) is that of a newer program."""
    return (
        isinstance(version, int | float)
        and not isinstance(version, bool)
        and version > SETTINGS_VERSION
    )


def settings_store(config_dir: Path) -> JsonStore[Settings]:
    return JsonStore(config_dir / "settings.json", Settings)


def window_state_store(config_dir: Path) -> JsonStore[WindowState]:
    return JsonStore(config_dir / "window-state.json", WindowState)
