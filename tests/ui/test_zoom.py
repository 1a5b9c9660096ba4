"""The interface's zoom: View › Zoom and its keys, Ctrl+wheel, 80 % to 250 %, text,
icons, tables and charts together, remembered in the settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui import zoom
from jimo_desktop.ui.charts.indicator_chart import SYMBOL_SIZE, IndicatorChart
from jimo_desktop.ui.main_window import MainWindow

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def actual_size(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends at 100 % (the application's font is shared)."""
    app = qapp
    zoom.set_zoom(app, zoom.ACTUAL)
    yield
    zoom.set_zoom(app, zoom.ACTUAL)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(10)
        QApplication.processEvents()


def indicator_chart(window: MainWindow) -> IndicatorChart:
    assert window.navigate(EDZ)
    panel = window.detail_pane.chart_panel
    assert panel is not None
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart), chart
    return chart


def test_levels_step_and_clamp() -> None:
    assert zoom.step(100, 1) == 110 and zoom.step(100, -1) == 90
    assert zoom.step(250, 1) == 250 and zoom.step(80, -1) == 80
    assert zoom.step(100, 99) == 250 and zoom.step(100, -99) == 80
    assert zoom.clamped(1000) == 250 and zoom.clamped(10) == 80 and zoom.clamped(130) == 125
    assert list(zoom.LEVELS) == sorted(zoom.LEVELS)


def test_zoom_in_scales_the_text_the_titles_and_the_icons(window: MainWindow, qtbot) -> None:
    assert window.navigate(EDZ)
    settle(qtbot)
    app = QApplication.instance()
    body = app.font().pointSizeF()
    title = window.findChild(QLabel, "nameEn")
    title_size = title.font().pointSizeF()
    assert title_size > body  # a title set larger than the text
    icons = window.toolbar.iconSize()
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    settle(qtbot)
    assert zoom.percent() == 125
    assert app.font().pointSizeF() == pytest.approx(body * 1.25)
    assert window.detail_pane.font().pointSizeF() == pytest.approx(body * 1.25)
    assert title.font().pointSizeF() == pytest.approx(title_size * 1.25)
    assert window.toolbar.iconSize().width() == round(icons.width() * 1.25)
    assert "125 %" in window.statusBar().currentMessage()
    window.window_actions.zoom_actual.trigger()
    settle(qtbot)
    assert app.font().pointSizeF() == pytest.approx(body)
    assert title.font().pointSizeF() == pytest.approx(title_size)
    assert window.toolbar.iconSize() == icons


def test_zoom_reaches_the_charts_fonts_pens_and_markers(window: MainWindow, qtbot) -> None:
    chart = indicator_chart(window)
    settle(qtbot)
    axis = chart.plot.getAxis("bottom")
    tick = axis.style["tickFont"].pointSizeF()
    title = chart.plot.titleLabel.item.font().pointSizeF()
    legend = [label.item.font().pointSizeF() for _s, label in chart.legend.items]
    assert legend
    pen = chart.plot.getAxis("left").pen().widthF()
    window.window_actions.zoom_in.trigger()  # 110
    window.window_actions.zoom_in.trigger()  # 125
    window.window_actions.zoom_in.trigger()  # 150
    settle(qtbot)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(tick * 1.5)
    assert chart.plot.titleLabel.item.font().pointSizeF() == pytest.approx(title * 1.5)
    assert [label.item.font().pointSizeF() for _s, label in chart.legend.items] == (
        pytest.approx([size * 1.5 for size in legend])
    )
    assert chart.plot.getAxis("left").pen().widthF() == pytest.approx(pen * 1.5)
    from jimo_desktop.chart_series import EXACT

    assert chart.scatter(EXACT).opts["size"] == pytest.approx(SYMBOL_SIZE * 1.5)


def test_the_zoom_stops_at_80_and_250_percent(window: MainWindow, qtbot) -> None:
    actions = window.window_actions
    for _ in range(20):
        actions.zoom_in.trigger()
    assert zoom.percent() == 250 and not actions.zoom_in.isEnabled()
    size = QApplication.instance().font().pointSizeF()
    actions.zoom_in.trigger()
    assert QApplication.instance().font().pointSizeF() == size
    for _ in range(20):
        actions.zoom_out.trigger()
    assert zoom.percent() == 80 and not actions.zoom_out.isEnabled()
    assert actions.zoom_in.isEnabled()


def test_the_keys_zoom(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 110
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 125
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 110
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 100


def _wheel(widget, steps: int, modifiers: Qt.KeyboardModifier) -> None:
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_over_the_window_zooms(window: MainWindow, qtbot) -> None:
    chart = indicator_chart(window)
    settle(qtbot)
    _wheel(chart.viewport(), 1, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 110
    _wheel(window.tree_panel, -2, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 90
    _wheel(window.tree_panel, 1, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls
    assert zoom.percent() == 90


def test_the_zoom_is_remembered(qtbot, profile_dir: Path) -> None:
    first = create_window()
    qtbot.addWidget(first)
    first.window_actions.zoom_in.trigger()
    first.window_actions.zoom_in.trigger()
    first.close()
    saved = json.loads((profile_dir / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["values"]["zoom"] == 125
    zoom.set_zoom(QApplication.instance(), zoom.ACTUAL)
    again = create_window()
    qtbot.addWidget(again)
    assert zoom.percent() == 125
    assert again.window_actions.zoom_actual.isEnabled()


def _samples(chart: IndicatorChart) -> list:
    samples = [sample for sample, _label in chart.legend.items]
    assert samples
    return samples


def test_the_legend_symbols_grow_with_the_zoom(window: MainWindow, qtbot) -> None:
    chart = indicator_chart(window)
    settle(qtbot)
    sides = [sample.sceneBoundingRect().height() for sample in _samples(chart)]
    widths = [sample.sceneBoundingRect().width() for sample in _samples(chart)]
    for _ in range(3):
        window.window_actions.zoom_in.trigger()  # 150 %
    settle(qtbot)
    assert zoom.percent() == 150
    samples = _samples(chart)
    assert [s.sceneBoundingRect().height() for s in samples] == pytest.approx(
        [side * 1.5 for side in sides]
    )
    assert [s.sceneBoundingRect().width() for s in samples] == pytest.approx(
        [width * 1.5 for width in widths]
    )
    # Each sample holds its marker whole, and stands beside its name, not over it.
    for sample, label in chart.legend.items:
        box = sample.sceneBoundingRect()
        if "size" in sample.item.opts and sample.item.opts.get("symbol") is not None:
            assert sample.item.opts["size"] <= box.height()
        assert box.right() <= label.sceneBoundingRect().left() + 1
    window.window_actions.zoom_actual.trigger()
    settle(qtbot)
    assert [s.sceneBoundingRect().height() for s in _samples(chart)] == pytest.approx(sides)
