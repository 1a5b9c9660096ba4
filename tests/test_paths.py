"""The database's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from jimo_desktop import paths


def test_database_hash_is_the_sha256_prefix_and_follows_the_bytes(tmp_path: Path) -> None:
    db = tmp_path / "jimo.db"
    db.write_bytes(b"x" * (3 << 20) + b"tail")
    expected = hashlib.sha256(db.read_bytes()).hexdigest()
    assert paths.database_hash(db) == expected[:12]
    assert paths.database_hash(db, length=64) == expected
    db.write_bytes(b"x" * (3 << 20) + b"tale")
    assert paths.database_hash(db) != expected[:12]
