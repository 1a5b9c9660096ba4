"""The first screen's charts: built after the first paint, clicking through to items."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from jimo_desktop import chart_series as cs
from jimo_desktop.catalog import Catalog, ItemKind, ItemRef, RelatedItem
from jimo_desktop.ui.charts.chart_canvas import ChartCanvas
from jimo_desktop.ui.charts.dashboard import Dashboard
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.ui.detail_parts import home

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def pane(qtbot, catalog: Catalog) -> DetailPane:
    """The first screen with its charts, as the main window shows it."""
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.set_dashboard_source(lambda: cs.dashboard_data(catalog))
    widget.show_home(catalog.overview())
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dashboard(pane: DetailPane, qtbot) -> Dashboard:
    qtbot.waitUntil(lambda: home(pane).dashboard() is not None, timeout=5000)
    board = home(pane).dashboard()
    assert board is not None
    QGuiApplication.processEvents()
    return board


def click(chart: ChartCanvas, scene_pos) -> None:
    QTest.mouseClick(
        chart.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        chart.mapFromScene(scene_pos),
    )


def test_the_charts_wait_for_the_first_paint(qtbot, catalog) -> None:
    widget = DetailPane()
    qtbot.addWidget(widget)
    asked: list[int] = []

    def source() -> cs.DashboardData:
        asked.append(1)
        return cs.dashboard_data(catalog)

    widget.set_dashboard_source(source)
    widget.show_home(catalog.overview())
    placeholder = widget.findChild(QLabel, "dashboardPlaceholder")
    assert placeholder is not None and "Loading" in placeholder.text()
    assert home(widget).dashboard() is None and asked == []  # nothing before a paint

    widget.resize(1000, 800)
    widget.show()
    qtbot.waitUntil(lambda: home(widget).dashboard() is not None, timeout=5000)
    assert asked == [1]
    assert widget.findChild(QWidget, "dashboard") is home(widget).dashboard()


def test_no_source_no_charts(qtbot, catalog) -> None:
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.show_home(catalog.overview())
    widget.show()
    qtbot.waitExposed(widget)
    QTest.qWait(20)
    assert widget.findChild(QWidget, "dashboardHost") is None
    assert home(widget).dashboard() is None


def test_dashboard_shows_the_district_at_a_glance(dashboard, catalog) -> None:
    data = dashboard.data()
    gdp = dashboard.district_panel.current_chart()
    assert isinstance(gdp, cs.Series) and gdp.metric == "GDP" and gdp.subject == data.district.ref
    assert "即墨区" in dashboard.district_panel.chart_widget().title()
    assert dashboard.district_panel.chooser.count() == len(data.series) > 1
    kinds = dashboard.kind_panel.chart_widget()
    assert kinds.category_labels() == [b.label for b in data.parks_by_kind.bars]
    assert [float(v) for v in kinds.bar_item("exact").opts["width"]] == [
        b.value for b in data.parks_by_kind.bars
    ]
    industries = dashboard.industry_panel.chart_widget().category_labels()
    assert "Textiles and garments 纺织服装" in industries
    events = dashboard.events_panel.chart_widget()
    assert not events.series().horizontal
    assert "earlier" in events.category_labels()
    assert sum(b.value for b in events.series().bars) == catalog.counts()["events"]


def test_clicking_an_industry_bar_opens_the_industry(pane, dashboard, qtbot) -> None:
    chart = dashboard.industry_panel.chart_widget()
    bar = chart.series().bars[0]
    with qtbot.waitSignal(pane.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(bar))
    assert signal.args == [ItemRef(ItemKind.INDUSTRY, "textiles-garments")]


def test_clicking_a_kind_bar_offers_its_parks(pane, dashboard, qtbot, monkeypatch) -> None:
    chart = dashboard.kind_panel.chart_widget()
    bar = chart.series().bars[0]
    offered: list[str] = []

    def choose(items: list[RelatedItem], at) -> RelatedItem:
        offered.extend(i.name for i in items)
        return items[-1]

    monkeypatch.setattr(dashboard.kind_panel, "choose_item", choose)
    with qtbot.waitSignal(pane.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(bar))
    assert "Jimo Economic Development Zone" in offered and len(offered) == bar.value
    assert signal.args == [bar.items[-1].ref]
    assert signal.args[0].kind is ItemKind.PARK


def test_clicking_a_year_offers_its_events(pane, dashboard, qtbot, monkeypatch) -> None:
    chart = dashboard.events_panel.chart_widget()
    bar = next(b for b in chart.series().bars if b.label == "2017")
    monkeypatch.setattr(dashboard.events_panel, "choose_item", lambda items, at: items[0])
    with qtbot.waitSignal(pane.linkActivated, timeout=2000) as signal:
        click(chart, chart.bar_pos(bar))
    (ref,) = signal.args
    assert ref.kind is ItemKind.EVENT and ref == bar.items[0].ref


def test_clicking_a_gdp_point_opens_its_source(pane, dashboard, qtbot) -> None:
    chart = dashboard.district_panel.chart_widget()
    point = chart.series().points[-1]
    with qtbot.waitSignal(pane.linkActivated, timeout=2000) as signal:
        click(chart, chart.point_pos(point))
    assert signal.args == [ItemRef(ItemKind.SOURCE, point.source_id)]


def test_the_dashboard_survives_going_home_again(pane, dashboard, catalog) -> None:
    pane.show_home(catalog.overview())
    QGuiApplication.processEvents()
    assert home(pane).dashboard() is dashboard
    assert pane.findChild(QWidget, "dashboard") is dashboard


def test_every_dashboard_chart_exports(dashboard, tmp_path) -> None:
    for panel in dashboard.panels():
        name = panel.objectName()
        panel.export_png(tmp_path / f"{name}.png")
        panel.export_svg(tmp_path / f"{name}.svg")
        panel.export_csv(tmp_path / f"{name}.csv")
        assert (tmp_path / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
        assert (tmp_path / f"{name}.csv").read_bytes()[:3] == b"\xef\xbb\xbf"


_FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    from jimo_desktop.catalog import Catalog
    from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
    from jimo_desktop.ui.panes.home_page import HomePage

    catalog = Catalog.open()
    pane = DetailPane()
    pane.set_dashboard_source(lambda: __import__("jimo_desktop.chart_series", fromlist=["x"]).dashboard_data(catalog))
    pane.show_home(catalog.overview())
    window = QMainWindow()
    window.setCentralWidget(pane)
    window.resize(1000, 800)
    seen = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append([m for m in ("numpy", "pyqtgraph", "csv") if m in sys.modules])
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)  # the first paint of any widget
    window.show()

    def check():
        if pane.findChild(HomePage).dashboard() is None or not seen:
            QTimer.singleShot(20, check)
            return
        print("at first paint:", ",".join(seen[0]) or "none")
        print("after:", "pyqtgraph" in sys.modules)
        app.quit()

    QTimer.singleShot(0, check)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    """
)


def test_pyqtgraph_loads_only_after_the_first_paint() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "at first paint: none" in result.stdout, result.stdout + result.stderr
    assert "after: True" in result.stdout


def test_the_district_is_named_in_the_order_of_the_language(dashboard: Dashboard, qapp) -> None:
    from jimo_desktop.ui.translations import Language, set_language

    data = dashboard.data()
    assert data is not None and data.district is not None
    english, chinese = data.district.name, data.district.name_zh
    chart = dashboard.district_panel.chart_widget()
    assert chart is not None
    assert chart.title().endswith(f" · {english} {chinese}")
    view = chart.view_range()
    set_language(qapp, Language.CHINESE)
    try:
        QGuiApplication.processEvents()
        assert chart.title().endswith(f" · {chinese} {english}")
        assert dashboard.district_panel.chart_widget() is chart
        assert chart.view_range() == view
    finally:
        set_language(qapp, Language.ENGLISH)
        QGuiApplication.processEvents()
    assert chart.title().endswith(f" · {english} {chinese}")
