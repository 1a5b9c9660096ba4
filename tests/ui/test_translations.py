"""The committed .qm translation files are compiled from their .ts sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jimo_desktop import paths

TRANSLATIONS = paths.source_checkout_root() / "resources" / "translations"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_qm_matches_its_source(ts: Path, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, str(ts), "-qm", str(built)], check=True, capture_output=True)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
    assert committed.read_bytes() == built.read_bytes(), "stale .qm: run `make translations`"
