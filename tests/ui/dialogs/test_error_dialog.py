"""The error hook: an unexpected error becomes a dialog with its details, and is logged."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from jimo_desktop.ui.dialogs.error_dialog import ErrorHook


def test_unexpected_error_shows_a_dialog_with_details(qtbot, tmp_path: Path) -> None:
    hook = ErrorHook(tmp_path / "log.txt")
    hook.install()
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(hook.dialogs))
        box = hook.dialogs[0]
        assert "ValueError: boom" in box.informativeText()
        assert "Traceback" in box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        assert "ValueError: boom" in QGuiApplication.clipboard().text()
        assert box.isVisible(), "copying keeps the dialog open"
        box.close()
    finally:
        hook.uninstall()
