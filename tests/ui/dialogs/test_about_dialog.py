"""Help › About: the licence of the program, and "Licences…" with the full texts."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from jimo_desktop import notices, paths
from jimo_desktop.catalog import Catalog
from jimo_desktop.ui.dialogs.about_dialog import AboutDialog
from jimo_desktop.ui.dialogs.licences_dialog import LicencesDialog

ROOT = paths.source_checkout_root()


@pytest.fixture
def box(qtbot, catalog: Catalog) -> Iterator[AboutDialog]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    about = AboutDialog(parent, catalog)
    about.open()
    qtbot.waitExposed(about)
    yield about
    about.done(0)
    parent.close()


def test_the_about_box_names_the_licence_of_the_code(box: AboutDialog) -> None:
    assert notices.LICENCE == "MIT"
    assert "under the MIT licence" in box.text()
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith(f"{notices.LICENCE} License")


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, on the second click
def test_licences_shows_the_licence_and_the_notices_in_full(qtbot, box: AboutDialog) -> None:
    assert box.licences_button.text() == "Licences…"
    box.licences_button.click()
    dialog = box.licences_dialog
    assert isinstance(dialog, LicencesDialog)
    qtbot.waitExposed(dialog)
    assert box.isVisible()  # the About box stays open
    assert dialog.tabs.count() == 2
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    third_party = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert dialog.licence_view.toPlainText() == licence
    assert dialog.notices_view.toPlainText() == third_party
    assert "LGPL-3.0" in dialog.notices_view.toPlainText()
    assert dialog.licence_view.isReadOnly() and dialog.notices_view.isReadOnly()
    box.licences_button.click()  # a second click raises the same dialog
    assert box.licences_dialog is dialog


def test_licences_are_found_in_a_frozen_layout_and_a_missing_file_is_said(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy2(ROOT / "LICENSE", tmp_path / "LICENSE")  # no THIRD-PARTY-NOTICES here
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert notices.licence_file() == tmp_path / "LICENSE"
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.licence_view.toPlainText().startswith("MIT License")
    said = dialog.notices_view.toPlainText()
    assert "THIRD-PARTY-NOTICES" in said and "missing" in said
