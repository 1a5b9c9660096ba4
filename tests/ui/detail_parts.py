"""The parts of a detail pane, found as a user's assistive tool would: by type and name."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.detail.item_card import ItemCard
from jimo_desktop.ui.panes.detail.sources_view import SourcesView
from jimo_desktop.ui.panes.detail.timeline_view import TimelineView
from jimo_desktop.ui.panes.home_page import HomePage


def card(pane: DetailPane) -> ItemCard:
    found = pane.findChild(ItemCard, "itemCard")
    assert found is not None, "no item card: show an item first"
    return found


def tabs(pane: DetailPane) -> QTabWidget:
    found = pane.findChild(QTabWidget, "detailTabs")
    assert found is not None, "no tabs: show an item first"
    return found


def timeline(pane: DetailPane) -> TimelineView:
    found = pane.findChild(TimelineView)
    assert found is not None, "no timeline: show an item first"
    return found


def sources_view(pane: DetailPane) -> SourcesView:
    found = pane.findChild(SourcesView, "sourcesView")
    assert found is not None, "no sources tab: show an item first"
    return found


def home(pane: DetailPane) -> HomePage:
    found = pane.findChild(HomePage, "homePage")
    assert found is not None
    return found
