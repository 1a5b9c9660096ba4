"""A private copy of a WAL-mode database file, so that opening it writes nothing beside it.

SQLite creates ``-wal`` and ``-shm`` files beside a database in WAL mode even when it is
opened read-only (and rewrites an existing ``-shm``). A user's file in WAL mode (the header
says so, or a ``-wal`` file lies beside it, which SQLite would honour) is therefore read
from a copy in a temporary folder of its own: the file and its ``-wal``, so that what a
writer committed there is read too. ``PrivateCopy.remove`` deletes the folder; it is also
deleted when the copy is garbage-collected or the interpreter exits. Nothing here imports Qt.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from pathlib import Path

# Bytes 18 and 19 of the header: the file format write and read versions, 2 for WAL.
_WAL_VERSION = 2


def needs_private_copy(path: Path, header: bytes) -> bool:
    """Whether opening ``path`` (whose first bytes are ``header``) would write beside it."""
    in_wal_mode = len(header) >= 20 and _WAL_VERSION in (header[18], header[19])
    return in_wal_mode or Path(f"{path}-wal").exists()


class PrivateCopy:
    """``path`` and its ``-wal`` copied into a new temporary folder; ``file`` is the copy."""

    def __init__(self, path: Path):
        folder = Path(tempfile.mkdtemp(prefix="jimo-db-"))
        self.folder = folder
        self._remover = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        try:
            self.file = folder / "copy.db"
            shutil.copyfile(path, self.file)
            wal = Path(f"{path}-wal")
            if wal.exists():
                shutil.copyfile(wal, folder / "copy.db-wal")
        except BaseException:
            self.remove()
            raise

    def remove(self) -> None:
        """Delete the folder and everything in it (once; later calls do nothing)."""
        self._remover()
