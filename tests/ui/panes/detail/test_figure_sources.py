"""A figure, a source id and the seed article are one step from the source's page, and a
source's address never fails silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QToolButton

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.detail.sources_view import SourcesView
from jimo_desktop.ui.panes.fact_check import ClaimCard
from jimo_desktop.ui.panes.links import LinkLabel
from jimo_desktop.ui.translations import core_text
from tests.conftest import detail_of

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
PROJECT = ItemRef(ItemKind.PROJECT, "airbus-h135-fal")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
# A menu shown on the offscreen platform.
MENU_WARNINGS = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.navigate(PARK)
    win.detail_pane.show_tab(DetailPane.FIGURES)
    QGuiApplication.processEvents()
    return win


def figure_cell(window: MainWindow, row: int = 0):
    table = window.detail_pane.figures_table
    index = table.view.model().index(row, FiguresModel.VALUE)
    return table, index, table.view.visualRect(index).center()


def test_double_click_on_a_figure_opens_its_source_page(window: MainWindow, qtbot) -> None:
    table, _index, where = figure_cell(window, 1)
    figure = table.figures()[1]
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_page() == figure.source.ref
    pane = window.detail_pane
    assert pane.current_tab() == DetailPane.SOURCES  # its citation, address and grade
    sources = pane.findChild(SourcesView, "sourcesView")
    assert sources.current_source() == figure.source
    window.go_back()
    assert window.current_page() == PARK
    assert pane.current_tab() == DetailPane.FIGURES  # back where the user was


def test_enter_on_a_figure_opens_its_source_page(window: MainWindow, qtbot) -> None:
    table, _index, where = figure_cell(window, 0)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert window.current_page() == detail_of(window.catalog, PARK).figures[0].source.ref


def menu_entries(window: MainWindow) -> dict[str, object]:
    """The figure's context menu, asked for on the first row: its entries by object name."""
    table, _index, where = figure_cell(window, 0)
    table.view.setCurrentIndex(table.view.indexAt(where))
    table.view.customContextMenuRequested.emit(where)
    menu = window.commands.menu
    assert menu is not None
    entries = {a.objectName(): a for a in menu.actions() if a.objectName()}
    menu.close()
    return entries


@MENU_WARNINGS
def test_the_figure_menu_opens_the_source_and_copies(window: MainWindow) -> None:
    entries = menu_entries(window)
    for name in ("openFigureSource", "copyValueWithCitation", "copyFigureRow", "menuExport"):
        assert name in entries, name
    table = window.detail_pane.figures_table
    figure = table.figures()[0]
    source = figure.source

    table.copy_cited_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"{figure.value_text}")
    for part in (source.publisher, source.date, source.title.rstrip("."), source.address):
        assert part in copied
    assert "Value copied with its citation" in window.statusBar().currentMessage()

    table.copy_row_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    cited = "; ".join(core_text(s.citation()) for s in figure.sources)
    assert len(lines) == 2 and lines[1].endswith(cited)

    table.open_source_action.trigger()
    assert window.current_page() == source.ref


def open_source_page(window: MainWindow) -> SourcesView:
    online = next(s for s in detail_of(window.catalog, PROJECT).sources if s.is_online)
    assert window.navigate(online.ref)
    view = window.detail_pane.findChild(SourcesView, "sourcesView")
    assert view.current_source() == online
    return view


def test_an_address_that_cannot_be_opened_is_copied_and_the_user_told(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: asked.append(url.toString()) or False)
    )
    view = open_source_page(window)
    source = view.current_source()
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(view.findChild(QToolButton, "openAddressButton"), Qt.MouseButton.LeftButton)
    assert asked == [source.address]
    assert QGuiApplication.clipboard().text() == source.address
    assert "could not be opened" in view.note_text()
    assert "Copied" in view.note_text()
    assert view.note.isVisible()


def test_an_address_that_opens_says_nothing_more(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    view = open_source_page(window)
    assert view.open_address()
    assert view.note_text() == ""


def test_copy_citation_confirms(window: MainWindow, qtbot) -> None:
    view = open_source_page(window)
    qtbot.mouseClick(view.findChild(QToolButton, "copyCitationButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == core_text(view.current_source().citation())
    assert view.note_text() == "Citation copied"


def test_the_seed_article_on_the_first_screen_opens_its_source_page(
    window: MainWindow, qtbot
) -> None:
    window.navigate(Screen.HOME)
    link = window.detail_pane.findChild(LinkLabel, "articleLink")
    assert link is not None and link.isVisibleTo(window)
    article = window.catalog.overview().article
    assert article is not None and article.id == "S01"
    assert 'href="source:S01"' in link.text()
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert window.current_page() == article.ref


def test_a_source_id_in_the_fact_check_opens_its_source_page(window: MainWindow, qtbot) -> None:
    window.navigate(Screen.FACT_CHECK)
    card = next(c for c in window.fact_check.findChildren(ClaimCard) if c.claim.evidence_sources)
    link = card.findChild(LinkLabel, "evidenceSources")
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert window.current_page() == card.claim.evidence_sources[0].ref
    assert window.detail_pane.current_tab() == DetailPane.SOURCES
