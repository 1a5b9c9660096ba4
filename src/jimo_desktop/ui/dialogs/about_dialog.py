"""Help › About: what the program is, its version, its data, its components and their
licences, and where the user's shortlist and notes are kept.

``show_about(parent, catalog, notes_folder)`` opens the box (window-modal, without
blocking) and returns it; an open box follows a change of the interface's language
(``retranslate``, in the ``about`` context). The third-party components are listed in one
place, ``COMPONENTS``: each licence is read from the installed distribution's metadata
(``importlib.metadata``), the licence written there only when the metadata is not there (a
frozen build may leave it out). "Open Folder" opens the folder of the notes; when the
system cannot, its path is copied and the box says so. The box names the licence of the
program's code (``notices.LICENCE``); "Licences…" opens the full texts of it and of the
third-party notices (``LicencesDialog``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jimo_desktop import __version__, notices
from jimo_desktop.catalog import Catalog
from jimo_desktop.ui.dialogs.licences_dialog import LicencesDialog
from jimo_desktop.ui.translations import Retranslating


@dataclass(frozen=True, slots=True)
class Component:
    """A third-party part of the program (or of what it shows), and its licence."""

    name: str
    distribution: str | None  # its Python distribution, whose metadata names the licence
    licence: str  # when the metadata does not say (or there is no distribution)


# Everything the About box credits, in this order: add a line for a new component or
# attribution.
COMPONENTS: tuple[Component, ...] = (
    Component("Qt / PySide6", "PySide6_Essentials", "LGPL-3.0"),
    Component("pyqtgraph", "pyqtgraph", "MIT"),
    Component("NumPy", "numpy", "BSD-3-Clause"),
    Component("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("segno", "segno", "BSD-3-Clause"),
)


def component_licence(component: Component) -> tuple[str, str]:
    """The version and licence of ``component`` as its installed metadata says ("" for
    an unknown version; the licence written in ``COMPONENTS`` when the metadata is not
    there or names none)."""
    if component.distribution is None:
        return "", component.licence
    try:
        meta = metadata.metadata(component.distribution)
    except metadata.PackageNotFoundError:
        return "", component.licence
    licence = _field(meta, "License-Expression") or _field(meta, "License")
    if not licence or len(licence) > 80 or "\n" in licence:  # a whole licence text
        classifiers = [
            c.rsplit("::", 1)[-1].strip()
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        licence = ", ".join(classifiers) or component.licence
    return _field(meta, "Version"), licence


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    """A field of a distribution's metadata, "" when it has none."""
    try:
        return str(meta[key] or "")
    except KeyError:
        return ""


class AboutDialog(Retranslating, QMessageBox):
    """The About box: the program, its version, its data, its components and the folder
    of the user's notes."""

    def __init__(
        self, parent: QWidget | None, catalog: Catalog, notes_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._counts = catalog.counts()
        self._as_of = catalog.data_as_of
        self._path = catalog.path
        self.notes_folder = notes_folder
        self._folder_failed = False  # the folder could not be opened: its path was copied
        self.setIconPixmap(self.windowIcon().pixmap(64, 64))  # the app's, as Qt's box
        self.setTextFormat(Qt.TextFormat.RichText)
        self.folder_button = self.addButton("…", QMessageBox.ButtonRole.ActionRole)
        self.folder_button.setObjectName("openNotesFolder")
        self.folder_button.clicked.disconnect()  # the box stays open
        self.folder_button.clicked.connect(self.open_notes_folder)
        self.folder_button.setEnabled(notes_folder is not None)
        self.licences_button = self.addButton("…", QMessageBox.ButtonRole.ActionRole)
        self.licences_button.setObjectName("showLicences")
        self.licences_button.clicked.disconnect()  # the box stays open
        self.licences_button.clicked.connect(self.show_licences)
        self.licences_dialog: LicencesDialog | None = None
        self.addButton(QMessageBox.StandardButton.Ok)
        self.retranslate()

    def components_html(self) -> str:
        rows = []
        for component in COMPONENTS:
            version, licence = component_licence(component)
            name = f"{component.name} {version}".strip()
            rows.append(f"<li>{html.escape(name)}: {html.escape(licence)}</li>")
        return "<ul>" + "".join(rows) + "</ul>"

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("about", "About Jimo Explorer"))
        self.folder_button.setText(QCoreApplication.translate("about", "Open Folder"))
        self.licences_button.setText(QCoreApplication.translate("about", "Licences…"))
        if self.notes_folder is None:
            kept = QCoreApplication.translate(
                "about", "Your shortlist and notes are not saved: they are kept in memory only."
            )
        else:
            kept = QCoreApplication.translate(
                "about", "Your shortlist and notes are kept in {folder}"
            ).format(folder=html.escape(str(self.notes_folder)))
        self.setText(
            QCoreApplication.translate(
                "about",
                "<h3>Jimo Explorer {version}</h3>"
                "<p>The industrial parks, development zones, enterprises and projects of "
                "Jimo District (即墨区), Qingdao, offline.</p>"
                "<p>{figures} figures and {events} events from {sources} sources, each with "
                "its reliability grade. Data as of {as_of}.</p>"
                "<p>Database: {path}</p>"
                "<p>Jimo Explorer is free software under the {licence} licence.</p>",
            ).format(
                licence=notices.LICENCE,
                version=__version__,
                figures=self._counts["figures"],
                events=self._counts["events"],
                sources=self._counts["sources"],
                as_of=self._as_of,
                path=html.escape(str(self._path)),
            )
            + f"<p>{kept}</p>"
            + "<p>"
            + QCoreApplication.translate("about", "Built with these components and licences:")
            + "</p>"
            + self.components_html()
            # The map's outlines come from OpenStreetMap, whose licence asks for this credit.
            + "<p>"
            + QCoreApplication.translate(
                "about",
                "Map boundaries © OpenStreetMap contributors, available under the Open "
                "Database License (ODbL): https://www.openstreetmap.org/copyright",
            )
            + "</p>"
            # The map's coast is GSHHG's shoreline, under the LGPL-3.0-or-later.
            + "<p>"
            + QCoreApplication.translate(
                "about",
                "Map coast from GSHHG 2.3.6 (P. Wessel and W. H. F. Smith), available under the "
                "GNU Lesser General Public License, version 3 or later: "
                "https://www.soest.hawaii.edu/pwessel/gshhg/",
            )
            + "</p>"
        )
        self.setInformativeText(
            QCoreApplication.translate(
                "about", "The folder could not be opened; its path was copied."
            )
            if self._folder_failed
            else ""
        )

    def show_licences(self) -> LicencesDialog:
        """Open (or raise) the full texts of the licence and of the third-party notices."""
        if self.licences_dialog is None:
            self.licences_dialog = LicencesDialog(self)
        if self.licences_dialog.isVisible():
            self.licences_dialog.raise_()
            self.licences_dialog.activateWindow()
        else:
            self.licences_dialog.show()
        return self.licences_dialog

    def open_notes_folder(self) -> bool:
        """Open the folder of the notes in the system's file manager; when it cannot be
        opened, copy its path and say so."""
        if self.notes_folder is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.notes_folder))):
            return True
        QGuiApplication.clipboard().setText(str(self.notes_folder))
        self._folder_failed = True
        self.retranslate()
        return False


def show_about(parent: QWidget, catalog: Catalog, notes_folder: Path | None = None) -> AboutDialog:
    """Open the About box over ``parent``; it is deleted once closed."""
    box = AboutDialog(parent, catalog, notes_folder)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
