"""The work of picking an item, counted (not timed): what a chart of a park reads and
builds does not grow with the database, the figures table does not translate its header
for every question a view asks, and the timeline keeps its widget. Each is counted in the
main window over the database and over copies 20 and 40 times as large
(``bench/scaled_db.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFrame

from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef, records
from jimo_desktop.chart_series import BarSeries
from jimo_desktop.ui.charts.bar_chart import BarChart
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.ui.detail_parts import timeline
from tests.work_counts import make_scaled

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path | None]:
    folder = tmp_path_factory.mktemp("scaled")
    return {1: None, **{n: make_scaled(n, folder / f"x{n}.db") for n in (20, 40)}}


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator[Callable[[Path | None], MainWindow]]:
    opened: list[MainWindow] = []

    def open_over(path: Path | None) -> MainWindow:
        window = create_window(path, profile_dir=tmp_path / f"profile{len(opened)}")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        for _ in range(10):  # what the first screen does after its first paint
            qtbot.wait(20)
        opened.append(window)
        return window

    yield open_over
    for window in opened:
        window.close()


class Counter:
    """Calls of a function replaced by a counting one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: Any, name: str):
        self.calls = 0
        original = getattr(owner, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counting)


def figures_read(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tab: int) -> int:
    """The figures read from the file to show EDZ on ``tab``, painted."""
    window.navigate(AUTO)
    window.detail_pane.show_tab(tab)
    built = Counter(monkeypatch, records, "_figure")
    window.navigate(EDZ)
    window.detail_pane.grab()
    QApplication.processEvents()
    monkeypatch.undo()
    return built.calls


def test_a_chart_reads_as_many_figures_at_any_size(
    open_window, databases, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = {
        scale: figures_read(open_window(path), monkeypatch, DetailPane.FIGURES)
        for scale, path in databases.items()
    }
    assert 0 < read[1] <= read[20] == read[40], read


def test_an_item_picked_on_another_tab_reads_no_peers(
    open_window, databases, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, large = open_window(databases[1]), open_window(databases[40])
    on_related = figures_read(large, monkeypatch, DetailPane.RELATED)
    # Its own figures only, as many as in the database of its own size.
    assert on_related == figures_read(small, monkeypatch, DetailPane.RELATED)
    assert on_related < figures_read(large, monkeypatch, DetailPane.FIGURES)
    large.detail_pane.show_tab(DetailPane.RELATED)
    large.navigate(AUTO)
    large.detail_pane.show_tab(DetailPane.FIGURES)  # now its charts are filled
    assert any(isinstance(c, BarSeries) for c in large.detail_pane.chart_panel.charts())


def chart_items(window: MainWindow) -> tuple[int, BarSeries]:
    """The graphics items of the chart of EDZ's area among the parks, and its bars."""
    window.navigate(EDZ)
    window.detail_pane.show_tab(DetailPane.FIGURES)
    panel = window.detail_pane.chart_panel
    index = next(
        i for i, c in enumerate(panel.charts()) if isinstance(c, BarSeries) and c.metric == "Area"
    )
    panel.select(index)
    chart = panel.chart_widget()
    assert isinstance(chart, BarChart)
    chart.grab()
    return len(chart.scene().items()), panel.charts()[index]


def test_a_bar_chart_builds_as_many_items_at_any_size(open_window, databases) -> None:
    items = {scale: chart_items(open_window(path)) for scale, path in databases.items()}
    (twenty, bars20), (forty, bars40) = items[20], items[40]
    assert twenty == forty, {scale: n for scale, (n, _bars) in items.items()}
    # The same bars are drawn; the note says how many more items publish the metric.
    assert len(bars20.bars) == len(bars40.bars) and bars40.left_out > bars20.left_out > 0
    assert items[1][1].left_out == 0


def test_the_figures_header_is_not_translated_for_every_question(
    open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(None)
    window.navigate(EDZ)
    window.detail_pane.show_tab(DetailPane.FIGURES)
    window.grab()
    said = Counter(monkeypatch, FiguresModel, "tr")
    window.navigate(AUTO)
    window.grab()
    QApplication.processEvents()
    # Its words are said once in a language (and its cells say none of theirs through
    # tr() here: the figures of Auto New City all have a period, none is disputed), not for each of the
    # thousands of times a view asks the model for its header or its count of columns.
    assert not any(f.conflict or not f.period for f in window.catalog.figures_for(AUTO))
    assert said.calls <= window.detail_pane.figures_table.model.columnCount(), said.calls


def test_the_timeline_keeps_its_widget(open_window) -> None:
    window = open_window(None)
    window.navigate(EDZ)
    window.detail_pane.show_tab(DetailPane.TIMELINE)
    view = timeline(window.detail_pane)
    content = view.widget()
    first = [box.property("eventId") for box in content.findChildren(QFrame, "event")]
    window.navigate(AUTO)
    assert view.widget() is content
    second = [box.property("eventId") for box in content.findChildren(QFrame, "event")]
    assert first and second == [e.id for e in view.events()] != first
