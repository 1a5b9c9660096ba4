"""The user's own data: the shortlist and the notes, in a small SQLite file.

``UserStore`` (``user_store``) is what the window and the command line use; the file
itself, its schema, checks and faults, is ``data_file``. Nothing here imports Qt.
"""

from jimo_desktop.store.data_file import (
    EXPECTED_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    STORE_NAME,
    Migration,
    StoreDamaged,
    StoreError,
    StoreTooNew,
    is_disk_full,
    migrate,
    schema_version,
)
from jimo_desktop.store.user_store import ShortlistEntry, UserStore

__all__ = [
    "EXPECTED_TABLES",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "STORE_NAME",
    "Migration",
    "ShortlistEntry",
    "StoreDamaged",
    "StoreError",
    "StoreTooNew",
    "UserStore",
    "is_disk_full",
    "migrate",
    "schema_version",
]
