"""Charts that do not mislead: whole-number ticks for ranks and counts, one unit per axis,
labels that never meet, pens at the screen's pixel ratio, count bars that stay put."""

from __future__ import annotations

from itertools import combinations
from typing import TypeVar

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jimo_desktop import chart_series as cs
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.ui.charts.bar_chart import EXACT_BARS, BarChart
from jimo_desktop.ui.charts.chart_canvas import ChartCanvas
from jimo_desktop.ui.charts.chart_panel import ChartPanel
from jimo_desktop.ui.charts.hover_text import chooser_label, describe_point
from jimo_desktop.ui.charts.indicator_chart import IndicatorChart
from tests.chart_series.factories import PARK_A, PARK_B, PARK_C, fig, park_detail
from tests.conftest import detail_of

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE_VALLEY = ItemRef(ItemKind.PARK, "blue-valley")

C = TypeVar("C", bound=ChartCanvas)
_HOLDERS: list[QWidget] = []
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def shown(qtbot, kind: type[C]) -> C:
    """A chart in a window of its own (a pyqtgraph view closed on its own crashes)."""
    holder = QWidget()
    _HOLDERS.append(holder)  # qtbot holds it weakly
    chart = kind(holder)
    QVBoxLayout(holder).addWidget(chart)
    qtbot.addWidget(holder)
    holder.resize(700, 420)
    holder.show()
    qtbot.waitExposed(holder)
    QGuiApplication.processEvents()
    return chart


def series_of(catalog, ref: ItemRef, metric: str) -> cs.Series:
    detail = detail_of(catalog, ref)
    return next(s for s in cs.time_series(detail.figures) if s.metric == metric)


def test_a_rank_axis_ticks_whole_numbers_and_a_rank_reads_no_1(qtbot, catalog) -> None:
    series = series_of(catalog, EDZ, "Provincial EDZ ranking in Shandong")
    assert series.integer
    chart = shown(qtbot, IndicatorChart)
    chart.set_series(series)
    QGuiApplication.processEvents()
    axis = chart.plot.getAxis("left")
    (low, high) = chart.view_range()[1]
    levels = axis.tickValues(low, high, 300)
    values = [v for _spacing, level in levels for v in level]
    assert values and all(v == int(v) for v in values)
    assert all("." not in text for text in axis.tickStrings(values, 1.0, levels[0][0]))
    first = min(series.points, key=lambda p: p.value)
    lines = describe_point(series, first)
    assert lines[1] == f"No. {int(first.value)}"
    assert "rank (exact)" not in " ".join(lines)


def test_a_count_is_not_repeated_as_its_unit(catalog) -> None:
    series = series_of(catalog, BLUE_VALLEY, "Universities")
    label = chooser_label(series)
    assert "Universities" in label and "(universities)" not in label
    assert series.integer


def test_investment_bars_are_labelled_in_the_axis_unit(qtbot) -> None:
    figures = [
        fig("2020", 10.0, metric="Investment", unit="bn yuan", qualifier="~", text="~10bn",
            subject=PARK_A, name="A"),
        fig("2020", 100.0, metric="Investment", subject=PARK_B, name="B", text="100"),
        fig("2020", 60.0, metric="Investment", subject=PARK_C, name="C", text="60"),
    ]  # fmt: skip
    details = [park_detail(f.subject, f.subject_name, [f]) for f in figures]
    (bars,) = cs.comparison(details)
    chart = shown(qtbot, BarChart)
    chart.set_series(bars)
    labels = chart.value_labels()
    assert all(" 亿元" in label and "bn yuan" not in label for label in labels), labels
    assert "~100 亿元 †" in labels
    assert "亿元" in chart.plot.getAxis("bottom").labelText


def test_conflict_labels_never_meet(qtbot) -> None:
    figures = [
        fig("2017", 18.0, metric="Universities", unit="universities", sid="S17"),
        fig("2017", 22.0, metric="Universities", unit="universities", sid="S80"),
        fig("2018", 19.0, metric="Universities", unit="universities", sid="S18"),
        fig("2018", 21.0, metric="Universities", unit="universities", sid="S81"),
        fig("2016", 16.0, metric="Universities", unit="universities", sid="S75"),
    ]
    (series,) = cs.time_series(figures)
    chart = shown(qtbot, IndicatorChart)
    chart.set_series(series)
    QGuiApplication.processEvents()
    labels = chart.label_items()
    assert len(labels) == 2  # one per disputed period
    for first, second in combinations(labels, 2):
        assert not first.sceneBoundingRect().intersects(second.sceneBoundingRect())
    chart.plot.vb.scaleBy((3.0, 1.0))  # zoomed out: the periods close up
    QGuiApplication.processEvents()
    for first, second in combinations(chart.label_items(), 2):
        assert not first.sceneBoundingRect().intersects(second.sceneBoundingRect())


def test_count_bars_do_not_pan_or_zoom(qtbot, catalog) -> None:
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    data = cs.dashboard_data(catalog)
    counts = [data.parks_by_kind, data.parks_by_industry, data.events_per_year]
    panel.set_charts(counts)
    chart = panel.chart_widget()
    assert isinstance(chart, BarChart)
    assert chart.plot.vb.state["mouseEnabled"] == [False, False]
    assert panel.findChild(QWidget, "resetViewButton").isHidden()  # nothing to reset
    (bars,) = cs.comparison(
        [
            park_detail(PARK_A, "A", [fig("2020", 1.0, subject=PARK_A)]),
            park_detail(PARK_B, "B", [fig("2020", 2.0, subject=PARK_B)]),
        ]
    )
    chart.set_series(bars)
    assert chart.plot.vb.state["mouseEnabled"][0]  # figure bars may still be zoomed


def test_pens_scale_with_the_device_pixel_ratio(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(ChartCanvas, "devicePixelRatioF", lambda self: 2.0)
    series = cs.time_series([fig("2019", 1.0), fig("2020", 2.0), fig("2021", 3.0)])[0]
    chart = shown(qtbot, IndicatorChart)
    chart.set_series(series)
    curve = chart.curves()["year"]
    assert curve.opts["pen"].widthF() == pytest.approx(3.0)  # 1.5 layout pixels
    assert chart.scatter(cs.EXACT).opts["pen"].widthF() == pytest.approx(2.0)
    assert chart.plot.getAxis("left").pen().widthF() == pytest.approx(2.0)
    bars = shown(qtbot, BarChart)
    bars.set_series(
        cs.comparison(
            [
                park_detail(PARK_A, "A", [fig("2020", 1.0, subject=PARK_A)]),
                park_detail(PARK_B, "B", [fig("2020", 2.0, subject=PARK_B)]),
            ]
        )[0]
    )
    assert bars.bar_item(EXACT_BARS).opts["pen"].widthF() == pytest.approx(2.0)
