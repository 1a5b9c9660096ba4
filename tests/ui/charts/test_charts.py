"""Chart panels: what the charts hold, hover, click-through, zoom reset and export."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from jimo_desktop import chart_series as cs
from jimo_desktop.catalog import Catalog, Detail, ItemKind, ItemRef, RelatedItem
from jimo_desktop.figures import flag_conflicts
from jimo_desktop.ui.charts.bar_chart import EXACT_BARS, HIGHLIGHTED_BARS, QUALIFIED_BARS
from jimo_desktop.ui.charts.chart_canvas import ChartCanvas
from jimo_desktop.ui.charts.chart_fonts import CJK_FAMILIES, chart_font, cjk_family
from jimo_desktop.ui.charts.chart_panel import ChartPanel
from jimo_desktop.ui.charts.comparison_charts import ComparisonCharts
from jimo_desktop.ui.charts.indicator_chart import IndicatorChart
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.conftest import detail_of
from tests.ui.detail_parts import sources_view

PLACE = ItemRef(ItemKind.PLACE, "jimo")
EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE_VALLEY = ItemRef(ItemKind.PARK, "blue-valley")
CHERY = ItemRef(ItemKind.PROJECT, "chery-qingdao-base")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot) -> ChartPanel:
    widget = ChartPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_item(panel: ChartPanel, catalog: Catalog, ref: ItemRef) -> Detail:
    detail = detail_of(catalog, ref)
    peers = cs.peer_figures(detail.figures, catalog.figures_for_metric)
    title = f"{detail.item.name_en} {detail.item.name_zh}".strip()
    panel.set_figures(detail.figures, peers, subject=ref, subject_title=title)
    QGuiApplication.processEvents()
    return detail


def choose(panel: ChartPanel, title: str, kind: type) -> None:
    for index, chart in enumerate(panel.charts()):
        if isinstance(chart, kind) and chart.title == title:
            panel.chooser.setCurrentIndex(index)  # as the user picks it
            QGuiApplication.processEvents()
            return
    raise AssertionError(f"no {kind.__name__} {title!r} in {panel.charts()}")


def choose_half_years(panel: ChartPanel) -> None:
    """The district's half-year GDP, a chart of its own."""
    for index, chart in enumerate(panel.charts()):
        if isinstance(chart, cs.Series) and chart.metric == "GDP" and chart.length == "half-year":
            panel.chooser.setCurrentIndex(index)
            QGuiApplication.processEvents()
            return
    raise AssertionError("no half-year GDP chart")


def hover(chart: ChartCanvas, scene_pos: QPointF) -> str:
    """Move the real mouse pointer over a scene position; the hover text."""
    QTest.qWait(15)  # pyqtgraph drops moves that come within 10 ms of the last
    QTest.mouseMove(chart.viewport(), chart.mapFromScene(scene_pos))
    QGuiApplication.processEvents()
    return chart.hover_text()


def click(chart: ChartCanvas, scene_pos: QPointF) -> None:
    QTest.mouseClick(
        chart.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        chart.mapFromScene(scene_pos),
    )
    QGuiApplication.processEvents()


def xy(item) -> tuple[list[float], list[float]]:
    x, y = item.getData()
    return [float(v) for v in x], [float(v) for v in y]


# --------------------------------------------------------------------------- fonts


def test_chart_font_has_chinese_glyphs(qtbot) -> None:
    family = cjk_family()
    assert family  # an installed CJK family here, else the app font
    if any(f in CJK_FAMILIES for f in [family]):
        assert chart_font().families()[0] == family


# --------------------------------------------------------------------------- series over time


def test_district_gdp_series_is_drawn_point_for_point(panel, catalog) -> None:
    show_item(panel, catalog, PLACE)
    assert panel.objectName() == "chartPanel"
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart)
    series = chart.series()
    assert series is not None and series.metric == "GDP"
    assert panel.current_chart() is series
    assert panel.chooser.isVisible() and panel.chooser.count() == len(panel.charts()) > 1

    exact = [p for p in series.points if p.qualifier_class == cs.EXACT]
    assert xy(chart.scatter(cs.EXACT)) == ([p.x for p in exact], [p.value for p in exact])
    # Full years only on this axis: the half-years have their own chart, the lone
    # Jan–Sep value is left out and said so under the chart, and so is the doubtful 2023.
    assert len(exact) == len(series.points) == 4
    assert "2023" not in series.periods
    assert {p.basis for p in series.points} == {"year"}
    for cls in (cs.MORE, cs.LESS, cs.ABOUT):
        assert not chart.scatter(cls).isVisible()
    curves = chart.curves()
    assert set(curves) == {"year"}
    line = series.line("year")
    assert xy(curves["year"]) == ([p.x for p in line], [p.value for p in line])
    assert chart.plot.getAxis("left").labelText == "亿元 (100 million yuan)"
    assert "GDP" in chart.title() and "Jimo District" in chart.title()
    assert "exact value" in chart.legend_labels()
    assert "half-years" not in chart.legend_labels()
    notes = panel.findChild(QWidget, "chartNotes").text()
    assert "another period length" in notes and "2024" in notes
    assert "doubtful" in notes and "not drawn" in notes
    halves = [
        c
        for c in panel.charts()
        if isinstance(c, cs.Series) and c.metric == "GDP" and c is not series
    ]
    assert [c.length for c in halves] == ["half-year"]
    assert [p.period for p in halves[0].points] == ["2019-H1", "2020-H1"]
    assert halves[0].line("half-year") == ()  # not comparable (a drop no source explains)
    assert any("half-years" in panel.chooser.itemText(i) for i in range(panel.chooser.count()))


def test_qualified_values_are_drawn_with_distinct_hollow_symbols(panel, catalog) -> None:
    figures = [
        _figure("2019", 100.0, "="),
        _figure("2020", 120.0, ">"),
        _figure("2021", 90.0, "<="),
        _figure("2022", 110.0, "~"),
    ]
    panel.set_charts(cs.time_series(figures))
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart)
    symbols = {cls: chart.scatter(cls).opts["symbol"] for cls in cs.QUALIFIER_CLASSES}
    assert len(set(symbols.values())) == 4
    exact_brush = chart.scatter(cs.EXACT).opts["brush"].color()
    for cls in (cs.MORE, cs.LESS, cs.ABOUT):
        scatter = chart.scatter(cls)
        assert scatter.isVisible() and len(scatter.data) == 1
        assert scatter.opts["brush"].color() != exact_brush  # hollow
    assert xy(chart.scatter(cs.MORE)) == ([figures[1].period and _mid("2020")], [120.0])
    legend = chart.legend_labels()
    for cls in cs.QUALIFIER_CLASSES:
        assert cs.CLASS_LABELS[cls] in legend


def test_disputed_values_are_separate_points_labelled_by_source(panel, catalog) -> None:
    detail = detail_of(catalog, BLUE_VALLEY)
    # S80's 22 universities of end 2017 written as S17's 18 of early 2017 would disagree.
    coarse = [
        replace(f, period="2017", period_start="2017-01-01", period_end="2017-12-31")
        if f.period == "2017-12" else f
        for f in detail.figures
        if f.metric == "Universities"
    ]  # fmt: skip
    panel.set_charts(cs.time_series(flag_conflicts(coarse)))
    QGuiApplication.processEvents()
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart)
    # One label for the disputed period, each value with its source (two labels at one
    # period were drawn on top of each other).
    assert chart.conflict_labels() == ["22: S80 · B\n18: S17 · B"]
    assert xy(chart.scatter(cs.EXACT))[1] == [16.0, 18.0, 22.0]
    assert chart.curves() == {}  # nothing to join without picking a winner
    assert any("disagree" in label for label in chart.legend_labels())


def test_a_recorded_dispute_is_boxed_unjoined_and_explained(panel, catalog) -> None:
    show_item(panel, catalog, PLACE)
    choose(panel, "Area", cs.Series)
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart)
    series = chart.series()
    assert series.points and all(p.disputed for p in series.points)
    assert chart.disputed_points() == len(series.points) >= 2
    assert chart.curves() == {}  # 1,780 then 1,920.92 km² is not growth
    assert any("not a trend" in label for label in chart.legend_labels())
    text = hover(chart, chart.point_pos(series.points[-1]))
    assert "Disputed, not a trend" in text and "1,780 km²" in text
    assert "not a trend" in panel.findChild(QWidget, "chartNotes").text()


def test_converted_values_are_marked_and_said(panel, catalog) -> None:
    show_item(panel, catalog, PLACE)
    choose_half_years(panel)
    chart = panel.chart_widget()
    point = next(p for p in chart.series().points if p.converted)
    text = hover(chart, chart.point_pos(point))
    assert "55.58 bn yuan" in text and "converted" in text
    assert "converted from the published unit" in panel.findChild(QWidget, "chartNotes").text()


def test_ranks_are_drawn_with_first_place_on_top(panel, catalog) -> None:
    show_item(panel, catalog, EDZ)
    choose(panel, "Provincial EDZ ranking in Shandong", cs.Series)
    chart = panel.chart_widget()
    assert chart.plot.vb.yInverted()
    assert "1 = first" in chart.plot.getAxis("left").labelText


def test_hover_shows_value_unit_period_qualifier_and_source(panel, catalog) -> None:
    figures = [_figure("2019", 900.0, "="), _figure("2021", 1000.0, ">", sid="S52", grade="C")]
    panel.set_charts(cs.time_series(figures))
    chart = panel.chart_widget()
    qualified = chart.series().points[1]

    text = hover(chart, chart.point_pos(qualified))
    assert chart.hovered() is qualified
    for part in (
        "more than 1,000 亿元",
        "100 million yuan",
        "2021",
        "“>”",
        "Report S52",
        "grade C",
    ):
        assert part in text, part
    # Moving away hides the label; the plot items were not rebuilt.
    scatter = chart.scatter(cs.MORE)
    hover(chart, chart.plot.vb.sceneBoundingRect().topLeft() + QPointF(3, 3))
    assert chart.hover_text() == ""
    assert chart.scatter(cs.MORE) is scatter


def test_clicking_a_point_opens_its_source(panel, catalog, qtbot) -> None:
    show_item(panel, catalog, PLACE)
    chart = panel.chart_widget()
    point = chart.series().points[0]
    with qtbot.waitSignal(panel.linkActivated, timeout=2000) as signal:
        click(chart, chart.point_pos(point))
    assert signal.args == [ItemRef(ItemKind.SOURCE, point.source_id)]


def flat(view_range: tuple[tuple[float, float], tuple[float, float]]) -> list[float]:
    (x0, x1), (y0, y1) = view_range
    return [x0, x1, y0, y1]


def test_reset_view_after_zooming(panel, catalog, qtbot) -> None:
    show_item(panel, catalog, PLACE)
    chart = panel.chart_widget()
    home = flat(chart.view_range())
    centre = chart.mapFromScene(chart.plot.vb.sceneBoundingRect().center())
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(chart.viewport().mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QGuiApplication.sendEvent(chart.viewport(), wheel)
    QGuiApplication.processEvents()
    zoomed = flat(chart.view_range())
    assert zoomed[1] - zoomed[0] < home[1] - home[0]

    qtbot.mouseClick(panel.findChild(QPushButton, "resetViewButton"), Qt.MouseButton.LeftButton)
    assert flat(chart.view_range()) == pytest.approx(home)

    chart.plot.vb.scaleBy((0.5, 0.5))
    chart.plot.autoBtn.clicked.emit(chart.plot.autoBtn)  # the "A" button in the corner
    assert flat(chart.view_range()) == pytest.approx(home)


# --------------------------------------------------------------------------- comparisons


def test_park_area_compared_with_other_parks(panel, catalog) -> None:
    show_item(panel, catalog, EDZ)
    choose(panel, "Area", cs.BarSeries)
    chart = panel.chart_widget()
    series = chart.series()
    assert isinstance(series, cs.BarSeries) and series.unit == "km²"
    assert chart.bars_drawn(HIGHLIGHTED_BARS) == [b for b in series.bars if b.ref == EDZ]
    qualified = chart.bars_drawn(QUALIFIED_BARS)
    assert [b.ref.id for b in qualified] == ["intl-trade-city"]
    exact = chart.bars_drawn(EXACT_BARS)
    assert len(exact) + len(qualified) + 1 == len(series.bars) == 5
    item = chart.bar_item(EXACT_BARS)
    assert item.opts["width"].tolist() == [b.value for b in exact]
    assert "~35 km²" in chart.value_labels()
    assert any(label.endswith("†") for label in chart.value_labels())  # 2,000 亩 converted
    assert "Jimo Economic Development Zone" in chart.category_labels()
    assert chart.legend_labels() == [
        "exact value",
        "qualified value (more than, about …)",
        "this item",
    ]


def test_hover_and_click_a_bar(panel, catalog, qtbot) -> None:
    show_item(panel, catalog, EDZ)
    choose(panel, "Area", cs.BarSeries)
    chart = panel.chart_widget()
    bar = next(b for b in chart.series().bars if b.ref and b.ref.id == "intl-trade-city")
    text = hover(chart, chart.bar_pos(bar))
    for part in ("about 35 km²", "2017", "S85", "grade C/B"):
        assert part in text, part
    with qtbot.waitSignal(panel.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(bar))
    assert signal.args == [bar.ref]


def test_a_plant_has_its_capacity_compared(panel, catalog) -> None:
    show_item(panel, catalog, CHERY)
    titles = [c.title for c in panel.charts() if isinstance(c, cs.BarSeries)]
    assert "Capacity" in titles
    choose(panel, "Capacity", cs.BarSeries)
    labels = panel.chart_widget().category_labels()
    assert len(labels) == 2
    assert panel.chart_widget().plot.getAxis("bottom").labelText == "vehicles/yr"


# --------------------------------------------------------------------------- export


def test_export_png_svg_and_csv_through_the_menu(panel, catalog, tmp_path, monkeypatch) -> None:
    show_item(panel, catalog, PLACE)
    choose_half_years(panel)
    asked: list[str] = []

    def save_as(caption: str, suggested: str, file_filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / Path(suggested).stem  # the user typed a name without suffix

    monkeypatch.setattr(panel, "ask_save_path", save_as)
    panel.export_png_action.trigger()
    panel.export_svg_action.trigger()
    panel.export_csv_action.trigger()
    stem = "jimo-district-即墨区-gdp"
    assert asked == [f"{stem}.png", f"{stem}.svg", f"{stem}.csv"]

    png = (tmp_path / f"{stem}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"

    tree = ET.parse(tmp_path / f"{stem}.svg")
    texts = " ".join("".join(e.itertext()) for e in tree.iter() if e.tag.endswith("text"))
    assert "即墨区" in texts and "亿元" in texts
    # The sources line is in the picture, each source cited, not a bare id.
    s14 = catalog.detail(ItemRef(ItemKind.SOURCE, "S14")).item
    assert f"{s14.short_citation()} (grade A, S14)" in " ".join(texts.split())
    assert "S14 (A)" not in texts

    raw = (tmp_path / f"{stem}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / f"{stem}.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == cs.FIGURE_COLUMNS
    series = panel.current_chart()
    assert len(rows) - 1 == len(series.figures)
    h1_2020 = next(r for r in rows[1:] if r[2] == "2020-H1")
    assert h1_2020[3:7] == ["55.58", "55.58", "exact", "bn yuan"]
    assert h1_2020[7:] == [s14.short_citation(), s14.address, "A", "S14"]


def test_export_cancelled_writes_nothing(panel, catalog, tmp_path, monkeypatch) -> None:
    show_item(panel, catalog, PLACE)
    monkeypatch.setattr(panel, "ask_save_path", lambda *_: None)
    panel.export_png_action.trigger()
    assert list(tmp_path.iterdir()) == []


def test_export_to_an_unwritable_place_says_so(panel, catalog, tmp_path, monkeypatch) -> None:
    show_item(panel, catalog, PLACE)
    errors: list[str] = []
    target = tmp_path / "missing folder" / "chart.png"
    monkeypatch.setattr(panel, "ask_save_path", lambda *_: target)
    monkeypatch.setattr(panel, "report_error", errors.append)
    panel.export_png_action.trigger()
    assert len(errors) == 1 and "chart.png" in errors[0]
    assert not target.parent.exists()


def test_counts_export_their_own_columns(panel, catalog, tmp_path) -> None:
    data = cs.dashboard_data(catalog)
    panel.set_charts([data.parks_by_kind])
    panel.export_csv(tmp_path / "kinds.csv")
    with (tmp_path / "kinds.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == cs.COUNT_COLUMNS
    assert rows[1][:3] == ["Development zones", "", "6"]
    assert "Jimo Economic Development Zone" in rows[1][3]


# --------------------------------------------------------------------------- comparison panel


def test_comparison_panel_compares_selected_parks(qtbot, catalog) -> None:
    refs = sorted(
        {f.subject for f in catalog.figures_for_metric("Area") if f.subject.kind is ItemKind.PARK},
        key=str,
    )
    details = [detail_of(catalog, r) for r in refs]
    panel = ComparisonCharts()
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    panel.set_items(details)
    QGuiApplication.processEvents()

    assert panel.objectName() == "comparisonPanel"
    chart = panel.chart_widget()
    series = chart.series()
    assert series.metric == "Area"  # the metric most of them share
    assert {b.ref for b in series.bars} == set(refs)
    titles = [c.title for c in panel.charts()]
    assert titles == sorted(titles, key=str.casefold)
    assert panel.chooser.count() == len(panel.charts())
    assert all(len({b.ref for b in c.bars}) >= 2 for c in panel.charts())

    edz = next(b for b in series.bars if b.ref == EDZ)
    text = hover(chart, chart.bar_pos(edz))
    assert "1999" in text and "S21" in text and "13.2 km²" in text
    with qtbot.waitSignal(panel.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(edz))
    assert signal.args == [EDZ]


def test_comparison_panel_says_when_there_is_nothing_to_compare(qtbot, catalog) -> None:
    panel = ComparisonCharts()
    qtbot.addWidget(panel)
    panel.set_items([detail_of(catalog, EDZ)])
    assert not panel.has_charts() and panel.chart_widget() is None
    assert "two or more" in panel.findChild(QWidget, "chartEmpty").text()
    panel.set_items(
        [detail_of(catalog, EDZ), detail_of(catalog, ItemRef(ItemKind.INDUSTRY, "tourism"))]
    )
    assert "no figure in common" in panel.findChild(QWidget, "chartEmpty").text()
    # No chart: no controls beside the sentence, no disabled buttons floating.
    for name in ("resetViewButton", "exportButton", "chartChooser"):
        assert panel.findChild(QWidget, name).isHidden(), name


# --------------------------------------------------------------------------- in the detail pane


@pytest.fixture
def pane(qtbot) -> DetailPane:
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_detail_pane_shows_the_chart_panel_for_items_with_figures(pane, catalog) -> None:
    detail = detail_of(catalog, PLACE)
    pane.show_detail(detail, cs.peer_figures(detail.figures, catalog.figures_for_metric))
    pane.show_tab(DetailPane.FIGURES)
    QGuiApplication.processEvents()
    panel = pane.findChild(QFrame, "chartPanel")
    assert panel is pane.chart_panel is pane.chart_widget()
    assert panel.isVisibleTo(pane)
    assert panel.current_chart().metric == "GDP"
    assert "Jimo District 即墨区" in panel.chart_widget().title()
    # Comparisons need the peers; the place compares with Qingdao on auto output.
    assert any(isinstance(c, cs.BarSeries) for c in panel.charts())

    industry = detail_of(catalog, ItemRef(ItemKind.INDUSTRY, "automotive"))
    pane.show_detail(industry)
    assert not industry.figures
    assert not panel.isVisibleTo(pane)

    pane.show_detail(detail)  # without peers: its own series only
    assert panel.isVisibleTo(pane)
    assert all(isinstance(c, cs.Series) for c in panel.charts())


def test_clicking_a_point_in_the_detail_pane_selects_its_source(pane, catalog, qtbot) -> None:
    pane.show_detail(detail_of(catalog, PLACE))
    pane.show_tab(DetailPane.FIGURES)
    QGuiApplication.processEvents()
    chart = pane.chart_panel.chart_widget()
    point = chart.series().points[-1]
    click(chart, chart.point_pos(point))
    assert pane.current_tab() == DetailPane.SOURCES
    assert sources_view(pane).current_source().id == point.source_id


def test_popup_choice_between_several_items(panel, catalog, qtbot, monkeypatch) -> None:
    data = cs.dashboard_data(catalog)
    panel.set_charts([data.parks_by_kind])
    chart = panel.chart_widget()
    bar = data.parks_by_kind.bars[0]
    offered: list[list[RelatedItem]] = []

    def pick_second(items, at) -> RelatedItem:
        offered.append(list(items))
        return items[1]

    monkeypatch.setattr(panel, "choose_item", pick_second)
    with qtbot.waitSignal(panel.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(bar))
    assert offered == [list(bar.items)]
    assert signal.args == [bar.items[1].ref]


# --------------------------------------------------------------------------- helpers


def _mid(period: str) -> float:
    from jimo_desktop import dates

    return dates.period(period).middle_year


def _figure(period: str, value: float, qualifier: str, *, sid: str = "S1", grade: str = "B"):
    from tests.chart_series.factories import fig

    return fig(period, value, qualifier=qualifier, sid=sid, grade=grade)


# --------------------------------------------------------------------------- language


def test_a_chart_words_itself_again_in_another_language(
    panel, catalog, qapp, qtbot, tmp_path
) -> None:
    from jimo_desktop.ui.translations import Language, set_language
    from tests.ui.translators import tiny_translator

    set_language(qapp, Language.ENGLISH)  # as the app starts: with the English plurals
    show_item(panel, catalog, EDZ)
    choose(panel, "Area", cs.BarSeries)
    chart = panel.chart_widget()
    chart.plot.vb.scaleBy((0.5, 1.0))  # the user zoomed in
    zoomed = flat(chart.view_range())
    index = panel.current_index()
    label = panel.chooser.currentText()
    translator = tiny_translator(
        tmp_path,
        {
            "BarChart": {"exact value": "确切数值", "this item": "本项"},
            "ChartPanel": {"Export chart": "导出图表", "Reset view": "复原视图"},
            "HoverText": {"{name} — %n item(s) compared": "{name}——%n 项比较"},
        },
    )
    set_language(qapp, Language.CHINESE)
    qapp.installTranslator(translator)  # searched before the app's own Chinese
    try:
        QGuiApplication.processEvents()  # Qt posts LanguageChange to the widgets
        first, second, third = chart.legend_labels()
        assert (first, third) == ("确切数值", "本项")
        assert second == "限定值（超过、约…）"  # from the app's own Chinese file
        assert panel.findChild(QPushButton, "resetViewButton").text() == "复原视图"
        assert panel.chooser.currentText() != label
        assert panel.chooser.currentText().endswith("项比较")
        # Worded again, not charted again: the same chart, choice and zoom.
        assert panel.chart_widget() is chart and panel.current_index() == index
        assert flat(chart.view_range()) == pytest.approx(zoomed)
    finally:
        qapp.removeTranslator(translator)
        set_language(qapp, Language.ENGLISH)
        QGuiApplication.processEvents()
    assert chart.legend_labels()[0] == "exact value"
    assert panel.chooser.currentText() == label


def test_a_bar_chart_names_its_bars_in_the_order_of_the_language(qapp, qtbot) -> None:
    from jimo_desktop.ui.charts.bar_chart import BarChart
    from jimo_desktop.ui.translations import Language, set_language

    chart = BarChart()
    qtbot.addWidget(chart)
    bars = (cs.Bar("Blue Valley", 3.0, label_zh="蓝谷"), cs.Bar("Auto New City", 2.0))
    chart.set_series(cs.BarSeries("Parks", "", bars, kind=cs.COUNTS))
    assert chart.category_labels() == ["Blue Valley 蓝谷", "Auto New City"]
    set_language(qapp, Language.CHINESE)
    try:
        QGuiApplication.processEvents()
        assert chart.category_labels() == ["蓝谷 Blue Valley", "Auto New City"]
    finally:
        set_language(qapp, Language.ENGLISH)
        QGuiApplication.processEvents()
    assert chart.category_labels() == ["Blue Valley 蓝谷", "Auto New City"]


def test_notes_end_each_sentence_once_in_either_language() -> None:
    from jimo_desktop.ui.charts.chart_panel import sentences

    assert sentences(["Sources: S23 (B)", "Drag to pan."]) == "Sources: S23 (B). Drag to pan."
    assert sentences(["来源：S23（B级）", "拖动可平移。", ""]) == "来源：S23（B级）。 拖动可平移。"
    assert sentences(["", ""]) == ""


def test_a_chinese_unit_needs_no_explanation_in_chinese(qapp) -> None:
    from jimo_desktop.chart_series import unit_label
    from jimo_desktop.ui.translations import Language, set_language, unit_words

    assert unit_words("亿元", unit_label("亿元")) == "亿元 (100 million yuan)"
    set_language(qapp, Language.CHINESE)
    try:
        assert unit_words("亿元", unit_label("亿元")) == "亿元"
        assert unit_words("km²", unit_label("km²")) == "km²"
    finally:
        set_language(qapp, Language.ENGLISH)
