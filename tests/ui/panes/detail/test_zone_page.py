"""A zone's page: the entry of China's catalogue as published, its place and the Jimo park it
is, its source with the note on the transcription."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel

from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.conftest import detail_of
from tests.ui.detail_parts import card

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def facts(pane: DetailPane, zone_id: str, catalog) -> dict[str, QLabel]:  # type: ignore[no-untyped-def]
    pane.show_detail(detail_of(catalog, ItemRef(ItemKind.ZONE, zone_id)))
    QGuiApplication.processEvents()
    found = {}
    for layout in card(pane).findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and label.widget().isVisibleTo(pane):
                found[label.widget().text()] = field.widget()
    return found


def test_the_zone_page_gives_every_part_of_the_entry(pane, catalog) -> None:
    shown = facts(pane, "S377014", catalog)
    texts = {key: getattr(widget, "text", lambda: "")() for key, widget in shown.items()}
    assert texts["Code"] == "S377014" and texts["Province"] == "山东省"
    assert texts["Approved by"] == "Provincial government (省政府)"
    assert texts["Type"] == "Economic development zone"
    assert texts["Approved"] == "1992.12" and texts["Approved area"] == "505.02 ha"
    assert texts["Leading industries"] == "纺织服装、新材料、新能源、电子机械"
    assert "Jimo Economic Development Zone" in texts["Jimo park"]
    assert "Jimo District" in texts["Place"]
    assert texts["How it is known"].startswith("stated")
    assert texts["Source"].startswith("S113 · 中国开发区审核公告目录")
    assert "transcription" in texts["Transcription"]
    # Named in Chinese only: that is the title, no English name is shown.
    assert card(pane).names() == ["山东即墨经济开发区"]


def test_a_zone_linked_to_no_park_shows_no_park(pane, catalog) -> None:
    shown = facts(pane, "G111001", catalog)
    assert "Jimo park" not in shown and "How it is known" not in shown and "Place" not in shown
    assert shown["Approved by"].text() == "State Council (国务院)"


def test_an_inferred_link_says_it_is_inferred(pane, catalog) -> None:
    shown = facts(pane, "S378015", catalog)
    assert shown["How it is known"].text().startswith("inferred, not stated by a source")
