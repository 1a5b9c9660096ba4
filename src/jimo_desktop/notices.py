"""The program's licence and the third-party notices, wherever the program runs from.

``LICENSE`` (the MIT licence of the code) and ``THIRD-PARTY-NOTICES`` (the licences of
everything the built program carries, written by ``packaging/third_party_notices.py``) lie
at the root of a source checkout, in an installed wheel's ``_bundled/`` folder and at the
top of a PyInstaller bundle: where ``paths.bundle_dir()`` points in each case.
"""

from __future__ import annotations

from pathlib import Path

from jimo_desktop import paths

LICENCE_NAME = "LICENSE"
NOTICES_NAME = "THIRD-PARTY-NOTICES"
LICENCE = "MIT"  # the licence of the code, as LICENSE says


def licence_file() -> Path:
    """The file of the program's own licence."""
    return paths.bundle_dir() / LICENCE_NAME


def notices_file() -> Path:
    """The file of the third-party components' licences."""
    return paths.bundle_dir() / NOTICES_NAME


def read(path: Path) -> str | None:
    """The text of ``path``, or None when it is not there or cannot be read."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
