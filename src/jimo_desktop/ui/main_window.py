"""The main window: composes the panes and wires them together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from jimo_desktop.catalog import Catalog


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog):
        super().__init__()
        self.catalog = catalog
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Jimo Explorer"))
        counts = catalog.counts()
        summary = QLabel(
            self.tr(
                "{parks} parks and zones · {orgs} organizations · {projects} projects · "
                "{sources} sources · data as of {as_of}"
            ).format(
                parks=counts["parks"],
                orgs=counts["organizations"],
                projects=counts["projects"],
                sources=counts["sources"],
                as_of=catalog.data_as_of,
            )
        )
        summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(summary)
        self.resize(1100, 720)
