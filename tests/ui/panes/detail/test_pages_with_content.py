"""Pages that open with content: the first tab with rows when the chosen one has none,
and what an organization is linked to through its projects."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.conftest import detail_of

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
FAW_VW = ItemRef(ItemKind.ORGANIZATION, "faw-vw")
FAW_VW_BASE = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")
AUTO_NEW_CITY = ItemRef(ItemKind.PARK, "auto-new-city")
INDUSTRY = ItemRef(ItemKind.INDUSTRY, "automotive")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def current_tab_rows(pane: DetailPane, catalog: Catalog, ref: ItemRef) -> int:
    detail = detail_of(catalog, ref)
    lists = [detail.related, detail.figures, detail.events, detail.sources]
    return len(lists[pane.current_tab()])


def test_an_industry_opens_on_a_tab_with_rows(pane: DetailPane, catalog: Catalog) -> None:
    pane.show_detail(detail_of(catalog, PARK))
    pane.show_tab(DetailPane.FIGURES)
    pane.show_detail(detail_of(catalog, INDUSTRY))
    QGuiApplication.processEvents()
    assert not detail_of(catalog, INDUSTRY).figures  # "Figures (0)"
    assert current_tab_rows(pane, catalog, INDUSTRY) > 0
    # The tab the user chose comes back for an item that has rows there.
    pane.show_detail(detail_of(catalog, PARK))
    assert pane.current_tab() == DetailPane.FIGURES


def test_a_remembered_tab_without_rows_gives_way(pane: DetailPane, catalog: Catalog) -> None:
    pane.show_detail(detail_of(catalog, INDUSTRY))
    pane.prefer_tab(DetailPane.TIMELINE)
    assert current_tab_rows(pane, catalog, INDUSTRY) > 0
    tabs = pane.findChild(QTabWidget, "detailTabs")
    assert "(0)" not in tabs.tabText(tabs.currentIndex())


def test_an_organization_lists_its_park_through_its_project(catalog: Catalog) -> None:
    related = detail_of(catalog, FAW_VW).related
    (park,) = [r for r in related if r.ref == AUTO_NEW_CITY]
    assert park.via is not None and park.via.ref == FAW_VW_BASE
    places = [r for r in related if r.ref.kind is ItemKind.PLACE]
    assert places and all(p.via is not None and p.via.ref == FAW_VW_BASE for p in places)


def test_the_related_tab_says_through_which_project(pane: DetailPane, catalog: Catalog) -> None:
    pane.show_detail(detail_of(catalog, FAW_VW))
    model = pane.related_table.model
    rows = {model.index(r, 0).data(ITEM_REF_ROLE): r for r in range(model.rowCount())}
    assert AUTO_NEW_CITY in rows
    text = model.index(rows[AUTO_NEW_CITY], RelatedModel.DETAIL).data()
    assert text.startswith("through project ") and "Huadong" in text
