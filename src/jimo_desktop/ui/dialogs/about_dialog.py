"""Help › About: what the program is, its version, and what its data holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jimo_desktop import __version__
from jimo_desktop.catalog import Catalog


def show_about(parent: QWidget, catalog: Catalog) -> None:
    counts = catalog.counts()
    QMessageBox.about(
        parent,
        QCoreApplication.translate("about", "About Jimo Explorer"),
        QCoreApplication.translate(
            "about",
            "<h3>Jimo Explorer {version}</h3>"
            "<p>The industrial parks, development zones, enterprises and projects of "
            "Jimo District (即墨区), Qingdao, offline.</p>"
            "<p>{figures} figures and {events} events from {sources} sources, each with "
            "its reliability grade. Data as of {as_of}.</p>"
            "<p>Database: {path}</p>",
        ).format(
            version=__version__,
            figures=counts["figures"],
            events=counts["events"],
            sources=counts["sources"],
            as_of=catalog.data_as_of,
            path=catalog.path,
        ),
    )
