"""Which pane the user works in, and the export request each pane makes from what it
selects and shows (the meaning of each scope is tested without Qt in
tests/export/test_requests.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton

from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.export.requests import ExportRequest, Scope
from jimo_desktop.ui.controllers.selections import Pane
from jimo_desktop.ui.main_window import MainWindow

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")
EDZ_NAME = "Jimo Economic Development Zone"


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def request_of(window: MainWindow, pane: Pane) -> ExportRequest:
    request = window.selections.export_request(pane)
    assert request is not None, pane
    return request


def refs_in(request: ExportRequest, scope: Scope) -> list[ItemRef]:
    table = request.tables[scope]
    assert table is not None, scope
    return [row["_ref"] for row in table.rows]


def search(window: MainWindow, text: str) -> None:
    window.search_panel.box.setText(text)
    window.search_panel.run_query()


def test_the_pane_focused_is_the_one_worked_in(window: MainWindow, qtbot) -> None:
    window.tree_panel.setFocus()
    qtbot.waitUntil(lambda: window.selections.active() is Pane.TREE)
    search(window, "blue")
    window.search_panel.view.setFocus()
    qtbot.waitUntil(lambda: window.selections.active() is Pane.SEARCH)
    assert not window.tree_panel.isVisible()  # the results show in its place
    window.selections.activate(Pane.TREE)
    assert window.selections.active() is Pane.SEARCH  # a pane not on screen is not used
    search(window, "")
    assert window.tree_panel.isVisible()
    window.selections.activate(Pane.SEARCH)
    assert window.selections.active() is Pane.TREE


def test_the_tree_request_holds_its_selection_and_its_rows(window: MainWindow) -> None:
    window.tree_panel.reveal(EDZ)
    request = request_of(window, Pane.TREE)
    assert refs_in(request, Scope.SELECTED) == window.tree_panel.selected_refs() == [EDZ]
    assert EDZ in refs_in(request, Scope.SHOWN)
    assert request.first_scope() is Scope.SELECTED and request.file_name == "parks.csv"


def test_the_search_request_is_of_the_results_shown(window: MainWindow) -> None:
    search(window, "  blue valley ")
    shown = window.search_panel.shown_refs()
    assert BLUE in shown
    request = request_of(window, Pane.SEARCH)
    assert request.what == "search results for “blue valley”"
    assert refs_in(request, Scope.SHOWN) == shown
    assert refs_in(request, Scope.SELECTED) == []
    assert request.tables[Scope.ALL] is None
    assert request.first_scope() is Scope.SHOWN
    assert request.file_name == "search-results.csv"


def test_the_shortlist_request_carries_the_notes(window: MainWindow) -> None:
    for ref in (EDZ, BLUE, AUTO):
        window.store.set_starred(ref, True)
    window.store.set_note(BLUE, "ask about rent")
    window.shortlist.refresh()
    window.shortlist_panel.select([BLUE])
    request = request_of(window, Pane.SHORTLIST)
    assert refs_in(request, Scope.SELECTED) == [BLUE]
    table = request.tables[Scope.SELECTED]
    assert table is not None and table.rows[0]["note"] == "ask about rent"
    assert refs_in(request, Scope.SHOWN) == [EDZ, BLUE, AUTO]
    assert list(request.visible) == window.shortlist_panel.export_keys()


def test_the_detail_tabs_name_the_item_shown(window: MainWindow) -> None:
    window.navigate(EDZ)
    related = request_of(window, Pane.RELATED)
    assert related.what == f"items related to {EDZ_NAME}"
    assert related.file_name == "related-jimo-edz.csv"
    assert refs_in(related, Scope.SHOWN) == window.detail_pane.related_table.shown_refs()
    assert list(related.visible) == window.detail_pane.related_table.export_keys()
    figures = request_of(window, Pane.FIGURES)
    assert figures.what == f"figures of {EDZ_NAME}"
    assert figures.file_name == "figures-jimo-edz.csv"
    shown = figures.tables[Scope.SHOWN]
    assert shown is not None
    assert len(shown.rows) == len(window.catalog.figures_for(EDZ))
    assert window.selections.selected(Pane.FIGURES) == []


class _Upper(QTranslator):
    """Translates the export request's words (only them) into capitals; the names of
    the values in a template ({query}) are kept."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "ExportRequest":
            return None
        return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group().upper(), source)


@pytest.fixture
def upper(qapp) -> Iterator[None]:
    translator = _Upper()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_dialog_shows_the_request_in_the_users_language(
    window: MainWindow, upper: None
) -> None:
    assert QCoreApplication.translate("ExportRequest", "the shortlist") == "THE SHORTLIST"
    search(window, "blue")
    dialog = window.commands.export(Pane.SEARCH)
    assert dialog is not None
    heading = dialog.findChild(QLabel, "exportHeading")
    assert heading.text() == "Export SEARCH RESULTS FOR “blue” to a CSV file."  # the query stays
    everything = dialog.findChild(QRadioButton, "scopeAll")
    assert not everything.isEnabled()
    assert everything.toolTip() == "NOT AVAILABLE HERE: EXPORT THE ROWS SHOWN INSTEAD."
    assert dialog.request.what == "search results for “blue”"  # the request stays English
    dialog.reject()
