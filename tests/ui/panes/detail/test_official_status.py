"""A park's official status: its entry of China's catalogue of development zones."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.conftest import detail_of
from tests.ui.detail_parts import card

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def level_field(pane: DetailPane, park_id: str, catalog) -> QLabel:
    pane.show_detail(detail_of(catalog, ItemRef(ItemKind.PARK, park_id)))
    QGuiApplication.processEvents()
    fields = [
        label
        for label in card(pane).findChildren(QLabel)
        if label.isVisibleTo(pane) and "catalogue" in label.text()
    ]
    assert len(fields) == 1, [label.text() for label in card(pane).findChildren(QLabel)]
    return fields[0]


def test_the_edz_shows_its_entry_beside_its_level(pane, catalog) -> None:
    field = level_field(pane, "jimo-edz", catalog)
    assert field.text().startswith("provincial · in the 2018 catalogue")
    for published in ("S377014", "1992.12", "505.02 ha"):
        assert published in field.text()
    tip = field.toolTip()
    assert "S377014 山东即墨经济开发区: approved by the provincial government, 1992.12" in tip
    assert "纺织服装、新材料、新能源、电子机械" in tip and "Source S113" in tip
    assert "Inferred" not in tip


def test_an_inferred_entry_is_shown_as_probable_with_its_reason(pane, catalog) -> None:
    field = level_field(pane, "blue-valley-hitech-zone", catalog)
    assert field.text() == (
        "none known · probably S378015 of the 2018 catalogue, 2001.01, 161.36 ha"
    )
    assert "Inferred to be this park, not stated by a source: By name" in field.toolTip()


def test_a_park_outside_the_catalogue_shows_only_its_level(pane, catalog) -> None:
    pane.show_detail(detail_of(catalog, ItemRef(ItemKind.PARK, "ledu-music-valley")))
    QGuiApplication.processEvents()
    assert not any("catalogue" in label.text() for label in card(pane).findChildren(QLabel))
