"""Huge values in a database: a hostile file never freezes the window or floods Qt.

A copy of ``data/jimo.db`` gets a park with a 5 MB name and a 3 MB summary and an
organization with a 3 MB alias (the search index too). The window opens it, shows the
park, searches for it, filters the tree for it, opens its figures and sources, hovers its
chart and opens the organization; every text the app gives Qt (labels, buttons, tabs,
cells, tooltips, chart titles, ticks and hover text) stays within ``ui.text_limits``.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.charts.bar_chart import BarChart
from jimo_desktop.ui.charts.chart_canvas import ChartCanvas
from jimo_desktop.ui.charts.indicator_chart import IndicatorChart
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.models.search_results_model import HTML_ROLE
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.text_limits import NAME_LIMIT, TEXT_LIMIT, elided, elided_lines
from tests.conftest import COMMITTED_DB

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
ORGANIZATION = ItemRef(ItemKind.ORGANIZATION, "junying")
MB = 1_000_000
HUGE_NAME = ("Hostile park name " * (5 * MB // 18 + 1))[: 5 * MB]
HUGE_SUMMARY = ("A summary that goes on. " * (3 * MB // 24 + 1))[: 3 * MB]
HUGE_ALIAS = ("Hostile alias " * (3 * MB // 14 + 1))[: 3 * MB]
# Text the window composes from several elided parts (a tooltip, its HTML) stays within:
COMPOSED_LIMIT = 2 * TEXT_LIMIT


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A copy of the bundled database with a few huge values, search index included."""
    path = tmp_path / "hostile.db"
    shutil.copyfile(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "update parks set name_en = ?, summary = ? where id = ?",
            (HUGE_NAME, HUGE_SUMMARY, PARK.id),
        )
        conn.execute(
            "update organizations set aliases = ? where id = ?",
            (f"{HUGE_ALIAS};Junying", ORGANIZATION.id),
        )
        conn.execute(
            "update search_items set title = ?, body = ? where kind = 'park' and item_id = ?",
            (HUGE_NAME, HUGE_SUMMARY, PARK.id),
        )
        conn.execute(
            "update search_items set aliases = ? where kind = 'organization' and item_id = ?",
            (f"{HUGE_ALIAS};Junying", ORGANIZATION.id),
        )
        conn.execute("insert into search_items_fts(search_items_fts) values ('rebuild')")
    conn.close()
    return path


def _model_texts(model: QAbstractItemModel) -> Iterator[tuple[str, int, str]]:
    """Every header, DisplayRole, ToolTipRole and HTML_ROLE text of a model (all levels)."""
    for section in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield "header", role, value

    def walk(parent: QModelIndex) -> Iterator[tuple[str, int, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, HTML_ROLE):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield "cell", role, value
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                yield from walk(first)

    yield from walk(QModelIndex())


def shown_texts(window: QWidget) -> Iterator[tuple[str, str, int]]:
    """(where, text, the limit it must keep) for every text the window gives Qt now."""
    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield f"{name} tooltip", widget.toolTip(), COMPOSED_LIMIT
        if isinstance(widget, QLabel):
            limit = COMPOSED_LIMIT if widget.textFormat() != Qt.TextFormat.PlainText else TEXT_LIMIT
            yield name, widget.text(), limit
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text(), NAME_LIMIT
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield f"{name} tab", widget.tabText(tab), NAME_LIMIT
                yield f"{name} tab tooltip", widget.tabToolTip(tab), COMPOSED_LIMIT
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # the same model as its view
            and widget.model() is not None
        ):
            for kind, role, text in _model_texts(widget.model()):
                limit = TEXT_LIMIT if role == Qt.ItemDataRole.DisplayRole else COMPOSED_LIMIT
                yield f"{name} {kind} role {int(role)}", text, limit
        elif isinstance(widget, ChartCanvas):
            yield f"{name} title", widget.title(), NAME_LIMIT
            yield f"{name} hover", widget.hover_text(), COMPOSED_LIMIT
            yield f"{name} footer", widget.footer_text(), TEXT_LIMIT
            for item in widget.plot.items:
                if hasattr(item, "toPlainText"):
                    yield f"{name} label", item.toPlainText(), NAME_LIMIT
            for axis in ("left", "bottom"):
                ticks = widget.plot.getAxis(axis)._tickLevels or []
                for level in ticks:
                    for _position, text in level:
                        yield f"{name} {axis} tick", text, NAME_LIMIT


def assert_all_short(window: QWidget, step: str) -> None:
    too_long = [
        (where, len(text), limit) for where, text, limit in shown_texts(window) if len(text) > limit
    ]
    assert not too_long, f"{step}: {too_long[:10]}"


def test_elided_keeps_short_text_and_cuts_long_text_with_an_ellipsis() -> None:
    assert elided("Jimo", 4) == "Jimo"
    assert elided("Jimo District", 6) == "Jimo…"  # the space before the cut goes too
    assert elided("x" * 5 * MB) == "x" * (NAME_LIMIT - 1) + "…"
    assert len(elided(HUGE_SUMMARY, TEXT_LIMIT)) <= TEXT_LIMIT
    assert elided_lines(["a", "b" * 400]) == ["a", "b" * (NAME_LIMIT - 1) + "…"]


def hover_every_point(pane: DetailPane) -> int:
    """Move the pointer over every mark of every chart of the item; how many were hovered."""
    panel = pane.chart_panel
    assert panel is not None
    hovered = 0
    for index in range(len(panel.charts())):
        panel.select(index)
        chart = panel.chart_widget()
        places: list[QPointF] = []
        if isinstance(chart, IndicatorChart) and chart.series() is not None:
            places = [chart.point_pos(point) for point in chart.series().points]
        elif isinstance(chart, BarChart) and chart.series() is not None:
            places = [chart.bar_pos(bar) for bar in chart.series().bars]
        assert chart is not None and places
        for at in places:
            QTest.qWait(15)  # pyqtgraph drops moves that come within 10 ms of the last
            QTest.mouseMove(chart.viewport(), chart.mapFromScene(at))
            QGuiApplication.processEvents()
            hovered += bool(chart.hover_text())
            assert len(chart.hover_text()) <= COMPOSED_LIMIT
    return hovered


def test_huge_values_are_shown_short_and_quickly(hostile_db: Path, qtbot) -> None:
    started = time.perf_counter()
    window: MainWindow = create_window(hostile_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    opened = time.perf_counter()

    # Select the park in the tree: its card, related items, figures, timeline, sources.
    assert window.navigate(PARK)
    assert window.tree_panel.current_ref() == PARK
    for tab in (DetailPane.RELATED, DetailPane.FIGURES, DetailPane.TIMELINE, DetailPane.SOURCES):
        window.detail_pane.show_tab(tab)
        QGuiApplication.processEvents()
        assert_all_short(window, f"the park, tab {tab}")
    window.detail_pane.show_tab(DetailPane.FIGURES)
    QGuiApplication.processEvents()
    assert hover_every_point(window.detail_pane) > 0
    assert_all_short(window, "the park's charts hovered")

    # Search for it, by a word of its name and by pasting a huge text.
    panel = window.search_panel
    for query in ("Hostile park", "goes on", HUGE_NAME[: 3 * MB], "Hostile alias"):
        panel.box.setText(query)
        panel.run_query()
        QGuiApplication.processEvents()
        assert_all_short(window, f"search for {query[:20]!r}")
    panel.box.setText("Hostile park")
    panel.run_query()
    assert PARK in panel.shown_refs()
    for query, found in (("goes on", PARK), ("Hostile alias", ORGANIZATION)):
        hits = window.catalog.search(query).hits
        assert found in {hit.ref for hit in hits}
        for hit in hits:  # the words around the match: 24 before, 48 after, two "…"
            assert len(hit.context) <= 24 + 48 + len(query) + 2, (hit.ref, len(hit.context))
    panel.clear()

    # Filter the tree for it, by a word and by a huge text.
    tree = window.tree_panel
    for text in ("Hostile", HUGE_NAME[: 3 * MB], "Hostile alias"):
        tree._filter.setText(text)
        tree._apply_filter()
        QGuiApplication.processEvents()
        assert_all_short(window, f"tree filter {text[:20]!r}")
    tree._filter.clear()

    # The organization with the huge alias, and a comparison with the park.
    assert window.navigate(ORGANIZATION)
    QGuiApplication.processEvents()
    assert_all_short(window, "the organization")
    window.commands.compare([PARK, ItemRef(ItemKind.PARK, "blue-valley")])
    QGuiApplication.processEvents()
    assert_all_short(window, "the comparison")
    window.navigate(PARK)
    QGuiApplication.processEvents()
    # What is shown is short; what the window holds (and exports) is whole.
    detail = window.detail_pane.current_detail()
    assert detail is not None and getattr(detail.item, "name_en", "") == HUGE_NAME
    finished = time.perf_counter()
    print(
        f"\nhuge values: window opened in {opened - started:.1f} s, "
        f"everything shown and checked in {finished - started:.1f} s"
    )
    window.close()
