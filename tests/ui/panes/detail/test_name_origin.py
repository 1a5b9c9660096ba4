"""A Chinese name that is the project's own says so on the item's page; a published one not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from jimo_desktop.items import ItemKind, ItemRef
from tests.conftest import detail_of
from tests.ui.detail_parts import card

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _show(pane, catalog, ref: ItemRef):
    detail = detail_of(catalog, ref)
    pane.show_detail(detail)
    QGuiApplication.processEvents()
    return detail


def _origin(pane) -> QLabel:
    label = card(pane).findChild(QLabel, "nameOrigin")
    assert label is not None
    return label


@pytest.mark.parametrize(
    ("ref", "words"),
    [
        (ItemRef(ItemKind.ORGANIZATION, "faw-vw"), "shortened by the project"),
        (ItemRef(ItemKind.INDUSTRY, "automotive"), "own translation"),
    ],
)
def test_an_own_chinese_name_is_marked_with_what_the_mark_means(pane, catalog, ref, words) -> None:
    detail = _show(pane, catalog, ref)
    zh = card(pane).findChild(QLabel, "nameZh")
    assert zh.text() == f"{detail.item.name_zh} *"
    assert words in zh.toolTip()
    assert _origin(pane).isVisible() and words in _origin(pane).text()


def test_a_published_chinese_name_has_no_mark(pane, catalog) -> None:
    _show(pane, catalog, ItemRef(ItemKind.ORGANIZATION, "faw-vw"))
    detail = _show(pane, catalog, ItemRef(ItemKind.INDUSTRY, "information-security"))
    assert card(pane).findChild(QLabel, "nameZh").text() == detail.item.name_zh == "信息保密"
    assert not _origin(pane).isVisible()


def test_the_park_chips_mark_own_labels_only(pane, catalog) -> None:
    detail = _show(pane, catalog, ItemRef(ItemKind.PARK, "jimo-edz"))
    chips = {chip.property("ref"): chip for chip in card(pane).industry_chips()}
    own = chips["industry:health-biomedicine"]
    published = chips["industry:information-security"]
    assert own.text().endswith("*") and "own translation" in own.toolTip()
    assert "*" not in published.text() and "own translation" not in published.toolTip()
    assert {i.ref.id for i in detail.item.industries if not i.own_name_zh} == {
        "information-security"
    }
