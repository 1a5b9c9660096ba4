"""Damaged, crafted, WAL-mode and locked databases through the real command line.

Each file of the corpus (``damaged_files.CORPUS``, made here from a copy of
``data/jimo.db``) goes through ``--db PATH --self-test`` (offscreen) and ``export parks`` /
``export figures`` in subprocesses. Whatever the damage: no traceback, no signal, no
timeout; exit 0, or exit 2 with one line naming the file; the input's bytes and its
folder's listing unchanged. A file damaged in its values must fail the self-test.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability import damaged_files
from tests.reliability.damaged_files import CORPUS, Case

pytestmark = pytest.mark.slow

TIMEOUT = 60
# What Qt's offscreen platform says on stderr whatever happens.
QT_NOISE = ("This plugin does not support propagateSizeHints()",)


@dataclass(frozen=True)
class Run:
    command: str
    returncode: int
    stdout: str
    stderr: str

    @property
    def said(self) -> list[str]:
        """The lines of stderr, without the platform's noise."""
        return [line for line in self.stderr.splitlines() if line and line not in QT_NOISE]


def _commands(db: Path, out: Path, profile: Path) -> dict[str, list[str]]:
    app = [sys.executable, "-m", "jimo_desktop"]
    return {
        "self-test": [*app, "--db", str(db), "--self-test", "--profile-dir", str(profile)],
        "export parks": [*app, "export", "parks", "-o", str(out / "parks.csv"), "--db", str(db)],
        "export figures": [
            *app, "export", "figures", "-o", str(out / "figures.csv"), "--db", str(db),
        ],
    }  # fmt: skip


def _run(name: str, command: list[str]) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name} did not finish in {TIMEOUT} s")
    return Run(name, done.returncode, done.stdout, done.stderr)


def _state(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` and the hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _run_all(db: Path, tmp_path: Path) -> list[Run]:
    out, profile = tmp_path / "out", tmp_path / "profile-dir"
    out.mkdir()
    commands = _commands(db, out, profile)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_run, commands, commands.values()))


def _check(run: Run, db: Path) -> None:
    context = f"{run.command}: exit {run.returncode}\n{run.stderr}"
    assert "Traceback" not in run.stderr, context
    assert run.returncode >= 0, f"killed by a signal: {context}"
    if run.returncode != 0:
        assert run.returncode == 2, context
        assert len(run.said) == 1, f"not one line: {context}"
        assert str(db) in run.said[0], f"the file is not named: {context}"


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_damaged_database_through_the_command_line(case: Case, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    db = inputs / f"{case.name}.db"
    case.make(db)
    before = _state(inputs)
    runs = _run_all(db, tmp_path)
    for run in runs:
        _check(run, db)
    assert _state(inputs) == before, "a file beside the input was written"
    self_test = runs[0]
    if case.damaged:
        assert self_test.returncode == 2, self_test.stdout + self_test.stderr


def test_wal_data_is_read_and_nothing_is_written_beside(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    db = inputs / "wal.db"
    damaged_files.wal_with_data(db, new_name="Only in the WAL")
    before = _state(inputs)
    assert sorted(before) == ["wal.db", "wal.db-wal"]
    runs = _run_all(db, tmp_path)
    for run in runs:
        _check(run, db)
        assert run.returncode == 0, run.stderr
    assert "Only in the WAL" in (tmp_path / "out" / "parks.csv").read_text("utf-8-sig")
    assert _state(inputs) == before


def test_locked_database_is_in_use_not_damaged(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    db = inputs / "locked.db"
    shutil.copyfile(damaged_files.COMMITTED_DB, db)
    before = _state(inputs)
    with damaged_files.locked(db):
        runs = _run_all(db, tmp_path)
    for run in runs:
        _check(run, db)
        assert run.returncode == 2
        assert "in use by another program" in run.said[0]
        assert "damaged" not in run.said[0]
    assert _state(inputs) == before
