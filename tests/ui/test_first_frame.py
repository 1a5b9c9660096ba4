"""What the first frame needs, and nothing more: a guard that counts modules, not time.

The whole window is created and shown in a fresh process; at its first paint the modules
loaded so far are listed. Charts, QR codes, the presentation view, the briefing pack and
the dialogs opened from menus are loaded when first asked for, so none may be there yet.
A change that imports one of them on the way to the first frame fails here on any machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from jimo_desktop.app import create_window

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("\\n".join(sorted(sys.modules)), flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

window = create_window()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
QTimer.singleShot(20000, QApplication.instance().quit)
QApplication.instance().exec()
"""

# Loaded on demand: a module of one of these families before the first paint is a regression.
NOT_BEFORE_FIRST_PAINT = (
    "numpy",
    "pyqtgraph",
    "segno",
    "jimo_desktop.ui.charts",
    "jimo_desktop.ui.presentation",
    "jimo_desktop.ui.briefing",
    "jimo_desktop.ui.qr_code",
    "jimo_desktop.ui.dialogs.about_dialog",
    "jimo_desktop.ui.dialogs.licences_dialog",
    "jimo_desktop.ui.dialogs.help_dialog",
    "jimo_desktop.ui.dialogs.export_dialog",
    "jimo_desktop.pdf_outline",
)


def modules_at_first_paint(tmp_path: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JIMO_EXPLORER_PROFILE": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120,
        check=True,
    )  # fmt: skip
    loaded = set(result.stdout.split())
    assert "jimo_desktop.ui.main_window" in loaded, result.stderr  # the probe saw the window
    return loaded


def test_the_first_frame_loads_no_chart_dialog_or_presentation_module(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)
    early = sorted(
        name
        for name in loaded
        for family in NOT_BEFORE_FIRST_PAINT
        if name == family or name.startswith(family + ".")
    )
    assert early == []
