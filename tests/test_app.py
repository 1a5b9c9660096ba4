"""The entry point: window creation, command-line flags, a database that cannot be used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from jimo_desktop import __version__
from jimo_desktop.app import create_window


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
    assert result.returncode == 0
    assert __version__ in result.stdout


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
