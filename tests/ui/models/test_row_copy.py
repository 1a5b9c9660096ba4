"""Ctrl+C in the app's tables: the selected rows, tab-separated, with a header and sources."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from jimo_desktop.comparison import compare
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.shortlist_model import ShortlistRow
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.detail.figures_table import FiguresTable
from jimo_desktop.ui.panes.detail.sources_view import SourcesView
from jimo_desktop.ui.panes.search_panel import SearchPanel
from jimo_desktop.ui.panes.shortlist_panel import ShortlistPanel
from jimo_desktop.ui.translations import core_text
from tests.conftest import detail_of

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
PROJECT = ItemRef(ItemKind.PROJECT, "airbus-h135-fal")
PARKS = [ItemRef(ItemKind.PARK, i) for i in ("jimo-edz", "blue-valley-hitech-zone")]

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def select_rows(view: QAbstractItemView, rows: list[int]) -> None:
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)
    view.selectionModel().setCurrentIndex(
        view.model().index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def press_copy(qtbot, view: QAbstractItemView) -> list[list[str]]:
    """Ctrl+C on the view; the clipboard's lines, split at tabs."""
    QGuiApplication.clipboard().setText("nothing copied")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.endswith("\n")
    return [line.split("\t") for line in text.rstrip("\n").split("\n")]


def shown(widget, qtbot) -> None:
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)


def test_ctrl_c_in_the_figures_copies_two_rows_with_header_and_sources(catalog, qtbot) -> None:
    table = FiguresTable()
    shown(table, qtbot)
    detail = detail_of(catalog, PARK)
    table.set_figures(detail.figures)
    select_rows(table.view, [0, 1])
    lines = press_copy(qtbot, table.view)
    assert len(lines) == 3
    header = lines[0]
    assert header[-1] == "Sources"
    assert "Value as published" in header and "Metric" in header
    figures = table.figures()[:2]
    for line, figure in zip(lines[1:], figures, strict=True):
        assert len(line) == len(header)
        assert figure.metric in line
        assert line[-1] == "; ".join(core_text(s.citation()) for s in figure.sources)


def test_ctrl_c_in_the_sources_copies_the_rows_with_their_citations(catalog, qtbot) -> None:
    view = SourcesView()
    shown(view, qtbot)
    detail = detail_of(catalog, PROJECT)
    view.set_sources(detail.sources)
    select_rows(view.view, [0, 2])
    lines = press_copy(qtbot, view.view)
    assert [line[0] for line in lines] == ["Id", detail.sources[0].id, detail.sources[2].id]
    assert lines[0][-1] == "Sources"
    assert lines[2][-1] == core_text(detail.sources[2].citation())
    assert detail.sources[2].title in lines[2]  # whole, not elided


def test_ctrl_c_in_the_comparison_copies_rows_with_every_source_behind_them(catalog, qtbot) -> None:
    view = CompareView()
    shown(view, qtbot)
    comparison = compare([detail_of(catalog, ref) for ref in PARKS])
    view.set_comparison(comparison)
    sourced = [i for i, row in enumerate(comparison.rows) if row.sources][:2]
    assert len(sourced) == 2
    select_rows(view.view, sourced)
    lines = press_copy(qtbot, view.view)
    assert len(lines) == 3
    assert lines[0][0] == "Compared" and lines[0][-1] == "Sources"
    for line, row in zip(lines[1:], sourced, strict=True):
        assert len(line) == len(lines[0])
        for source in comparison.rows[row].sources:
            assert core_text(source.citation()) in line[-1]


def test_ctrl_c_in_the_shortlist_copies_the_rows_under_their_titles(qtbot) -> None:
    panel = ShortlistPanel()
    shown(panel, qtbot)
    panel.set_rows(
        [
            ShortlistRow(PARKS[0], "Jimo Economic Development Zone", "即墨经济开发区", "a note"),
            ShortlistRow(PARKS[1], "Qingdao Blue Valley Hi-tech Zone", "青岛蓝谷高新区"),
        ]
    )
    select_rows(panel.view, [0, 1])
    lines = press_copy(qtbot, panel.view)
    assert len(lines) == 3
    assert lines[0][0] == "Name"
    assert {lines[1][0], lines[2][0]} == {
        "Jimo Economic Development Zone",
        "Qingdao Blue Valley Hi-tech Zone",
    }
    assert "Sources" not in lines[0]  # no source is claimed where the rows have none


def test_ctrl_c_in_the_search_results_copies_the_hits(catalog, qtbot) -> None:
    panel = SearchPanel(catalog.search)
    shown(panel, qtbot)
    panel.model.set_results(catalog.search("airbus"))
    group = panel.model.index(0, 0)
    assert panel.model.rowCount(group) >= 1
    view = panel.view
    view.expandAll()
    view.selectionModel().select(
        panel.model.index(0, 0, group),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    lines = press_copy(qtbot, view)
    assert lines[0] == ["Search result"]
    assert lines[1:] == [[panel.model.index(0, 0, group).data()]]


def test_every_table_has_a_public_copy_slot(catalog, qtbot) -> None:
    table = FiguresTable()
    shown(table, qtbot)
    table.set_figures(detail_of(catalog, PARK).figures)
    select_rows(table.view, [0])
    QGuiApplication.clipboard().setText("")
    table.view.copy()
    assert QGuiApplication.clipboard().text().count("\n") == 2
    QGuiApplication.clipboard().setText("")
    table.copy()
    assert QGuiApplication.clipboard().text().count("\n") == 2
    for view in (CompareView().view, SearchPanel(catalog.search).view, ShortlistPanel().view):
        assert callable(view.copy)
