"""The presentation mode: F5 in, Esc out with the window as it was, the keys that step
through the shortlist (or the tree's group), both names, sources with their codes, and
colours that pass WCAG AA on white."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from jimo_desktop.app import create_window
from jimo_desktop.catalog import Catalog
from jimo_desktop.chart_series import QUALIFIER_CLASSES
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.charts.chart_canvas import ACCENT, CONFLICT, HIGHLIGHT
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.presentation import contrast
from jimo_desktop.ui.presentation.presentation_view import (
    CHART_SPAN,
    CHART_TEXT_SCALE,
    PALETTE,
    PresentationView,
    screen_scale,
)
from jimo_desktop.ui.qr_code import QrCodeWidget
from jimo_desktop.ui.translations import Language

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
PARKS = [EDZ, ItemRef(ItemKind.PARK, "nev-investment-park"), ItemRef(ItemKind.PARK, "blue-valley")]

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, catalog: Catalog) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    for ref in PARKS:
        assert catalog.detail(ref) is not None, ref
    return win


def settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(10)
        QApplication.processEvents()


def presentation(window: MainWindow) -> PresentationView:
    view = window.view_modes.presentation
    assert isinstance(view, PresentationView)
    return view


def test_f5_presents_and_esc_puts_the_window_back(window: MainWindow, qtbot) -> None:
    window.shortlist.set_starred(PARKS, True)
    assert window.navigate(EDZ)
    settle(qtbot)
    dock = window.findChild(QDockWidget)
    assert dock is not None and dock.isVisible() and window.toolbar.isVisible()
    geometry, centre = window.geometry(), window.centralWidget()
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot)
    view = presentation(window)
    assert window.centralWidget() is view and view.isVisible() and view.hasFocus()
    assert window.isFullScreen()
    for hidden in (dock, window.toolbar, window.statusBar(), window.menuBar(), window.tree_panel):
        assert not hidden.isVisible(), hidden
    QTest.keyClick(view, Qt.Key.Key_Escape)
    settle(qtbot)
    assert window.view_modes.presentation is None
    assert window.centralWidget() is centre and window.tree_panel.isVisible()
    assert dock.isVisible() and window.toolbar.isVisible() and window.menuBar().isVisible()
    assert window.statusBar().isVisible()
    assert not window.isFullScreen() and not window.window_actions.full_screen.isChecked()
    assert window.geometry() == geometry


def test_leaving_keeps_full_screen_when_it_was(window: MainWindow, qtbot) -> None:
    window.shortlist.set_starred(PARKS, True)
    window.window_actions.full_screen.trigger()  # F11
    settle(qtbot)
    assert window.isFullScreen() and window.window_actions.full_screen.isChecked()
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    window.view_modes.leave_presentation()
    settle(qtbot)
    assert window.isFullScreen() and window.window_actions.full_screen.isChecked()
    window.window_actions.full_screen.trigger()
    settle(qtbot)
    assert not window.isFullScreen()


def test_the_keys_step_through_the_shortlist(window: MainWindow, qtbot, catalog: Catalog) -> None:
    window.shortlist.set_starred(PARKS, True)
    shortlist = window.shortlist_panel.refs()
    assert sorted(map(str, shortlist)) == sorted(map(str, PARKS))
    assert window.navigate(shortlist[1])
    assert window.view_modes.enter_presentation()
    view = presentation(window)
    assert view.items() == shortlist
    assert view.position_text() == "2 / 3"  # it starts on the item shown

    def shown() -> str:
        detail = catalog.detail(view.current_ref())
        assert detail is not None
        assert detail.item.name_en in (view.first_name.text(), view.second_name.text())
        return view.position_text()

    for key, wanted in (
        (Qt.Key.Key_PageDown, "3 / 3"),
        (Qt.Key.Key_Right, "3 / 3"),  # the last stays the last
        (Qt.Key.Key_Home, "1 / 3"),
        (Qt.Key.Key_PageUp, "1 / 3"),
        (Qt.Key.Key_Space, "2 / 3"),
        (Qt.Key.Key_End, "3 / 3"),
        (Qt.Key.Key_Left, "2 / 3"),
        (Qt.Key.Key_PageUp, "1 / 3"),
        (Qt.Key.Key_Right, "2 / 3"),
    ):
        QTest.keyClick(view, key)
        assert shown() == wanted, key
        assert view.current_ref() == shortlist[int(wanted[0]) - 1]


def test_without_a_shortlist_it_steps_through_the_tree_group(window: MainWindow, qtbot) -> None:
    assert not window.shortlist_panel.refs()
    assert window.navigate(EDZ)
    settle(qtbot)
    group = window.tree_panel.group_refs()
    assert EDZ in group and len(group) > 1
    assert window.view_modes.enter_presentation()
    view = presentation(window)
    assert view.items() == group
    assert view.current_ref() == EDZ
    assert view.position_text() == f"{group.index(EDZ) + 1} / {len(group)}"
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.current_ref() == group[-1]
    assert view.position_text() == f"{len(group)} / {len(group)}"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_both_names_show_in_either_language(qtbot, catalog: Catalog, language: str) -> None:
    win = create_window(language=language)
    qtbot.addWidget(win)
    try:
        assert win.navigate(EDZ)
        assert win.view_modes.enter_presentation()
        view = presentation(win)
        detail = catalog.detail(EDZ)
        assert detail is not None
        names = [view.first_name.text(), view.second_name.text()]
        assert detail.item.name_zh and detail.item.name_en
        wanted = [detail.item.name_zh, detail.item.name_en]
        assert names == (wanted if language == "zh" else wanted[::-1])
        assert view.second_name.isVisibleTo(view)
    finally:
        win.view_modes.leave_presentation()
        win.set_language(Language.ENGLISH)


def test_an_industry_label_of_the_projects_own_is_marked(
    window: MainWindow, catalog: Catalog
) -> None:
    assert window.navigate(EDZ)
    assert window.view_modes.enter_presentation()
    shown = " ".join(label.text() for label in presentation(window).findChildren(QLabel))
    detail = catalog.detail(EDZ)
    assert detail is not None
    own = [i for i in detail.item.industries if i.own_name_zh]
    published = [i for i in detail.item.industries if i.name_zh and not i.own_name_zh]
    assert own and published
    assert f"{own[0].name_zh} *" in shown
    assert f"{published[0].name_zh} *" not in shown and published[0].name_zh in shown


def test_sources_show_with_the_codes_of_their_addresses(
    window: MainWindow, qtbot, catalog: Catalog
) -> None:
    assert window.navigate(EDZ)
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    view = presentation(window)
    detail = catalog.detail(EDZ)
    assert detail is not None
    addresses = {s.id: s.address for s in detail.sources}
    codes = view.sources.findChildren(QrCodeWidget, "sourceCode")
    assert codes
    for code in codes:
        line = code.parentWidget()
        source = line.source
        assert code.text() == (addresses[source.id] if source.is_online else "")
        assert source.id in line.label.text()
        assert code.isVisible() == source.is_online
        assert code.width() >= 64  # big enough to scan from a few rows back


def test_the_presentation_chart_is_larger_and_follows_the_zoom(window: MainWindow, qtbot) -> None:
    from jimo_desktop.ui import zoom

    assert window.navigate(EDZ)
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    chart = presentation(window).chart
    tick = chart.plot.getAxis("bottom").style["tickFont"].pointSizeF()
    larger = CHART_TEXT_SCALE * screen_scale(chart.screen().size().height())
    assert tick == pytest.approx(QApplication.instance().font().pointSizeF() * larger)
    assert screen_scale(768) == 1.0 and screen_scale(600) == 1.0
    assert screen_scale(1080) == pytest.approx(1080 / 768)
    try:
        window.window_actions.zoom_in.trigger()
        settle(qtbot)
        assert chart.plot.getAxis("bottom").style["tickFont"].pointSizeF() == (
            pytest.approx(tick * 1.1)
        )
    finally:
        zoom.set_zoom(QApplication.instance(), zoom.ACTUAL)


# -- contrast -------------------------------------------------------------------------


def test_contrast_ratios_as_wcag_defines_them() -> None:
    assert contrast.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast.contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#303030", "#ffffff") == pytest.approx(13.2, abs=0.05)
    assert contrast.contrast_ratio("#0a3a7a", "#ffffff") == pytest.approx(11.06, abs=0.01)
    assert contrast.contrast_ratio("#1f6fb2", "#ffffff") == pytest.approx(5.28, abs=0.01)
    assert contrast.contrast_ratio("#777777", "#ffffff") < contrast.AA_TEXT  # 4.48
    assert contrast.over("#000000", 0.5, "#ffffff") == "#808080"
    with pytest.raises(ValueError, match="not a #rrggbb colour"):
        contrast.contrast_ratio("red", "#ffffff")


def test_the_presentation_colours_pass_aa_and_the_amber_is_not_used(
    window: MainWindow, qtbot
) -> None:
    background = PALETTE["background"]
    for name, colour in PALETTE.items():
        if name != "background":
            assert contrast.contrast_ratio(colour, background) >= contrast.AA_TEXT, name
    for colour in (ACCENT, CONFLICT):
        assert contrast.contrast_ratio(colour.name(), background) >= contrast.AA_TEXT
    assert contrast.contrast_ratio(CHART_SPAN, background) >= contrast.AA_TEXT
    assert contrast.contrast_ratio(HIGHLIGHT.name(), background) < contrast.AA_LARGE
    # What the view draws: every label's text colour is one of the palette's, on white.
    assert window.navigate(EDZ)
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    view = presentation(window)
    assert view.palette().color(QPalette.ColorRole.Window).name() == background
    for label in view.findChildren(QLabel):
        colour = label.palette().color(QPalette.ColorRole.WindowText).name()
        assert colour in PALETTE.values(), (label.objectName(), colour)
        assert contrast.contrast_ratio(colour, background) >= contrast.AA_TEXT
    pens = [c.opts["pen"].color().name() for c in view.chart.curves().values()]
    pens += [view.chart.scatter(cls).opts["pen"].color().name() for cls in QUALIFIER_CLASSES]
    assert HIGHLIGHT.name() not in pens
    for colour in pens:
        assert contrast.contrast_ratio(colour, background) >= contrast.AA_TEXT


def test_the_presentation_legend_symbols_are_as_large_as_its_words(
    window: MainWindow, qtbot
) -> None:
    assert window.navigate(EDZ)
    chart = window.detail_pane.chart_panel.chart_widget()
    settle(qtbot)
    assert chart is not None and chart.legend.items
    normal = max(sample.sceneBoundingRect().height() for sample, _l in chart.legend.items)
    assert window.view_modes.enter_presentation()
    settle(qtbot)
    shown = presentation(window).chart
    assert shown.legend.items
    larger = CHART_TEXT_SCALE * screen_scale(shown.screen().size().height())
    for sample, label in shown.legend.items:
        assert sample.sceneBoundingRect().height() == pytest.approx(normal * larger)
        # As high as a line of its name, give or take the label's margins.
        assert sample.sceneBoundingRect().height() >= 0.6 * label.sceneBoundingRect().height()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_facts_are_as_high_as_their_lines(qtbot, catalog: Catalog, size) -> None:
    """On a projector's screen no fact is cut, and none is higher than its lines (the
    gaps between them are even)."""
    view = PresentationView(catalog.detail)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_items([EDZ])
    settle(qtbot)
    values = sorted(
        (v for v in view.facts.findChildren(QLabel, "factValue") if v.isVisible()),
        key=lambda v: v.y(),
    )
    assert len(values) >= 4
    for value in values:
        assert value.height() == value.heightForWidth(value.width()), value.text()
        assert value.y() + value.height() <= view.facts.height(), value.text()
    gaps = [b.y() - (a.y() + a.height()) for a, b in itertools.pairwise(values)]
    assert max(gaps) - min(gaps) <= 2, gaps
