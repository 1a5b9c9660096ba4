"""Help › About › Licences…: the program's licence and the third-party notices, in full.

Two tabs of plain, read-only text: ``LICENSE`` (the MIT licence of Jimo Explorer's code)
and ``THIRD-PARTY-NOTICES`` (the licences of Python, Qt and every bundled component, with
the offer of Qt's source), read through ``jimo_desktop.notices`` from a source checkout, a
wheel or a bundle alike. A missing file is said in its tab. The dialog follows a change of
the interface's language (the ``licences`` context); the texts stay as written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import notices
from jimo_desktop.ui.translations import Retranslating


class LicencesDialog(Retranslating, QDialog):
    """The licence of the program and the notices of its components, each in a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.resize(760, 560)
        self.tabs = QTabWidget(self)
        self._files = (notices.licence_file(), notices.notices_file())
        self.licence_view = self._view("licenceText")
        self.notices_view = self._view("noticesText")
        self.tabs.addTab(self.licence_view, "")
        self.tabs.addTab(self.notices_view, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()

    def _view(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view

    def _show(self, view: QPlainTextEdit, path: Path) -> None:
        text = notices.read(path)
        if text is None:
            text = QCoreApplication.translate(
                "licences", "The file {name} is missing from this copy of the program."
            ).format(name=path.name)
        if view.toPlainText() != text:
            view.setPlainText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("licences", "Licences of Jimo Explorer"))
        self.tabs.setTabText(0, QCoreApplication.translate("licences", "Jimo Explorer (MIT)"))
        self.tabs.setTabText(1, QCoreApplication.translate("licences", "Third-party notices"))
        self._show(self.licence_view, self._files[0])
        self._show(self.notices_view, self._files[1])
