"""Every path the application uses, found in one place.

Two kinds of path:

* what ships with the program (the database and ``resources/``), found by one resolver
  that works from a source checkout, an installed wheel and a PyInstaller bundle;
* the user's own folders (shortlist, notes, settings, logs), from platformdirs, or all
  under one profile folder given by ``--profile-dir`` or ``JIMO_EXPLORER_PROFILE`` so
  that tests and portable use never touch a real profile.

Nothing is ever written beside the program.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "JimoExplorer"
APP_AUTHOR = "JimoExplorer"
PROFILE_ENV = "JIMO_EXPLORER_PROFILE"
DATABASE_NAME = "jimo.db"

_PACKAGE_DIR = Path(__file__).resolve().parent


def source_checkout_root() -> Path:
    """The repository root when running from a checkout (``src/jimo_desktop/..``)."""
    return _PACKAGE_DIR.parent.parent


def source_data_dir() -> Path:
    """The CSV sources of the database, in a source checkout."""
    return source_checkout_root() / "data" / "sources"


def source_checkout_database() -> Path:
    """Where the build writes the database in a source checkout."""
    return source_checkout_root() / "data" / DATABASE_NAME


def bundle_dir() -> Path:
    """The folder holding ``data/`` and ``resources/`` for this way of running.

    A PyInstaller bundle unpacks them under ``sys._MEIPASS``; a wheel carries them in the
    package as ``_bundled/``; a source checkout has them at the repository root.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    packaged = _PACKAGE_DIR / "_bundled"
    if packaged.is_dir():
        return packaged
    return source_checkout_root()


def bundled_database() -> Path:
    """The database that ships with the program."""
    return bundle_dir() / "data" / DATABASE_NAME


def is_bundled_database(path: Path) -> bool:
    """Whether ``path`` is the database that ships with the program."""
    try:
        return Path(path).resolve() == bundled_database().resolve()
    except OSError:
        return False


def database_hash(path: Path, length: int = 12) -> str:
    """The first ``length`` hex digits of the SHA-256 of the database file at ``path``: the
    fingerprint that the About box, ``--version`` and the briefing pack's cover print, so that
    a reader can tell which data a copy or a printout came from."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:length]


def resource(*parts: str) -> Path:
    """A file under ``resources/`` (icons, stylesheets, translations)."""
    return bundle_dir().joinpath("resources", *parts)


@dataclass(frozen=True, slots=True)
class UserDirs:
    """The user's writable folders; created on first write, not here."""

    data: Path
    config: Path
    log: Path

    @classmethod
    def from_profile(cls, profile: Path) -> UserDirs:
        profile = profile.expanduser().resolve()
        return cls(profile / "data", profile / "config", profile / "log")

    @classmethod
    def platform_default(cls) -> UserDirs:
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )


def user_dirs(profile: Path | None = None) -> UserDirs:
    """The user's folders: an explicit profile, else ``$JIMO_EXPLORER_PROFILE``, else platformdirs."""
    if profile is not None:
        return UserDirs.from_profile(profile)
    env = os.environ.get(PROFILE_ENV)
    if env:
        return UserDirs.from_profile(Path(env))
    return UserDirs.platform_default()
