"""Help › About: what the program is, its version, and what its data holds.

``show_about(parent, catalog)`` opens the box (window-modal, without blocking) and returns
it; an open box follows a change of the interface's language (``retranslate``, in the
``about`` context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jimo_desktop import __version__
from jimo_desktop.catalog import Catalog
from jimo_desktop.ui.translations import Retranslating


class AboutDialog(Retranslating, QMessageBox):
    """The About box: the program, its version, the counts of its data and its file."""

    def __init__(self, parent: QWidget | None, catalog: Catalog) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._counts = catalog.counts()
        self._as_of = catalog.data_as_of
        self._path = catalog.path
        self.setIconPixmap(self.windowIcon().pixmap(64, 64))  # the app's, as Qt's box
        self.setTextFormat(Qt.TextFormat.RichText)
        self.addButton(QMessageBox.StandardButton.Ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("about", "About Jimo Explorer"))
        self.setText(
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
                figures=self._counts["figures"],
                events=self._counts["events"],
                sources=self._counts["sources"],
                as_of=self._as_of,
                path=self._path,
            )
        )
        # The map's outlines come from OpenStreetMap, whose licence asks for this credit.
        self.setInformativeText(
            QCoreApplication.translate(
                "about",
                "Map boundaries © OpenStreetMap contributors, available under the Open "
                "Database License (ODbL): https://www.openstreetmap.org/copyright",
            )
        )


def show_about(parent: QWidget, catalog: Catalog) -> AboutDialog:
    """Open the About box over ``parent``; it is deleted once closed."""
    box = AboutDialog(parent, catalog)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
