"""The plain PyInstaller floor: a one-window program importing what Jimo Explorer imports.

Built with no excludes and no filters, it is the size the bundle is measured against
(packaging/README.md), outside the project's output folders:

    .venv/bin/python -m PyInstaller --noconfirm --onedir --log-level WARN \\
        --distpath /tmp/floor/dist --workpath /tmp/floor/build --specpath /tmp/floor \\
        packaging/floor.py
    du -sm /tmp/floor/dist/floor
"""

import sys

import pyqtgraph
import sqlite_utils
from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    label = QLabel(f"pyqtgraph {pyqtgraph.__version__}, sqlite-utils {sqlite_utils.__name__}")
    label.show()
    sys.exit(0 if "--exit" in sys.argv else app.exec())
