"""The user's settings and the window's state, each declared once with types and defaults.

Both are small JSON files under the user's config folder, written atomically. A file that
cannot be read is moved aside (kept, never deleted) and defaults are used; a folder that
cannot be written leaves the app running, with ``problem`` saying changes won't be kept.
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

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose."""

    grouping: str = "kind"  # catalog.Grouping value of the park tree
    last_item: str = ""  # str(ItemRef) of the item shown when the app closed
    detail_tab: int = 0  # the detail pane's tab last used


@dataclass(frozen=True, slots=True)
class WindowState:
    """Where the window was: opaque Qt blobs, base64-encoded by the UI."""

    geometry: str = ""
    window_state: str = ""
    splitter: str = ""


T = TypeVar("T", Settings, WindowState)


class JsonStore(Generic[T]):
    """One typed record in one JSON file: ``load()`` never raises, ``save()`` is atomic."""

    def __init__(self, path: Path, record_type: type[T]):
        self.path = Path(path)
        self.record_type: type[T] = record_type
        self.problem: str = ""  # a plain-language message for the user, or ""
        self._saved: T | None = None

    def load(self) -> T:
        defaults = self.record_type()
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return defaults
        except OSError as error:
            message = QT_TRANSLATE_NOOP(
                "Settings", "Your settings could not be read ({reason}); defaults are used."
            )
            self.problem = Message(message, reason=error.strerror)
            return defaults
        try:
            document = json.loads(raw)
            if not isinstance(document, dict) or not isinstance(document.get("values"), dict):
                raise ValueError("not a settings document")
        except ValueError:
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
                else QT_TRANSLATE_NOOP(
                    "Settings", "Your settings file was damaged; defaults are used."
                )
            )
            log.warning("damaged settings file %s moved to %s", self.path, kept)
            return defaults
        record = self._from_values(document["values"], defaults)
        self._saved = record
        return record

    def save(self, record: T) -> bool:
        """Write ``record``; False (and ``problem`` set) when the folder cannot be written."""
        if record == self._saved:
            return True
        document = {"version": SETTINGS_VERSION, "values": asdict(record)}
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
            self.problem = Message(message, folder=self.path.parent, reason=error.strerror)
            log.warning("cannot save %s: %s", self.path, error)
            return False
        self._saved = record
        return True

    def _from_values(self, values: dict[str, Any], defaults: T) -> T:
        """Known fields of the right type; anything else falls back to its default."""
        chosen = {}
        for field in fields(defaults):
            value = values.get(field.name)
            default = getattr(defaults, field.name)
            if isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                chosen[field.name] = value
        return replace(defaults, **chosen)

    def _move_aside(self) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            self.path.replace(target)
        except OSError:
            return None
        return target


def settings_store(config_dir: Path) -> JsonStore[Settings]:
    return JsonStore(config_dir / "settings.json", Settings)


def window_state_store(config_dir: Path) -> JsonStore[WindowState]:
    return JsonStore(config_dir / "window-state.json", WindowState)
