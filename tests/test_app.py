"""The entry point: window creation, command-line flags, a database that cannot be used."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from jimo_desktop import __version__, paths
from jimo_desktop.__main__ import version_lines
from jimo_desktop.app import create_window
from jimo_desktop.catalog import Catalog


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JIMO_EXPLORER_PROFILE": str(tmp_path / "p"),
    }
    return subprocess.run(
        [sys.executable, "-m", "jimo_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_create_window_returns_a_main_window(qtbot) -> None:
    window = create_window()
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow)
    assert "Jimo" in window.windowTitle()


def test_version_flag(tmp_path: Path) -> None:
    result = run_cli("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Jimo Explorer {__version__}"


def test_version_names_the_data_as_of_date_and_the_database_fingerprint(tmp_path: Path) -> None:
    """Of the database --db names: a copy with another as-of date says its own date and hash."""
    copy = tmp_path / "other.db"
    shutil.copy2(paths.bundled_database(), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE meta SET value = '1999-12-31' WHERE key = 'data_as_of'")
    connection.close()
    result = run_cli("--db", str(copy), "--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    second = result.stdout.splitlines()[1]
    assert "1999-12-31" in second
    assert paths.database_hash(copy) in second
    assert paths.database_hash(copy) != paths.database_hash(paths.bundled_database())
    with Catalog.open() as bundled:
        expected = f"Data as of {bundled.data_as_of}; database "
        assert version_lines()[1].startswith(expected + paths.database_hash(bundled.path))


def test_version_of_a_missing_database_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    result = run_cli("--db", str(missing), "--version", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stdout.strip() == f"Jimo Explorer {__version__}"
    assert "was not found" in result.stderr and "Traceback" not in result.stderr


def test_version_imports_no_qt() -> None:
    probe = (
        "import sys, jimo_desktop.__main__ as m; m.version_lines(); "
        "print(any(n.split('.')[0] in ('PySide6', 'pyqtgraph') for n in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_console_script_runs_the_same_main() -> None:
    """``jimo-desktop-cli`` (a console script) and ``jimo-desktop`` (a gui script) share main."""
    with (paths.source_checkout_root() / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    target = "jimo_desktop.__main__:main"
    assert project["gui-scripts"]["jimo-desktop"] == target
    assert project["scripts"]["jimo-desktop-cli"] == target


@pytest.mark.slow
def test_self_test_flag(tmp_path: Path) -> None:
    result = run_cli("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test ok")


@pytest.mark.slow
def test_missing_database_exits_with_a_message(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    result = run_cli("--db", str(missing), "--self-test", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "was not found" in result.stderr and str(missing) in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists()


@pytest.mark.slow
def test_screenshot_flag(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(png), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
