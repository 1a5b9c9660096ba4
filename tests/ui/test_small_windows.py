"""Small and large windows: a minimum size, a card as high as its content, tables that
give their titles room, splitters that show, and on a projector's 1024×768 or 1366×768
six rows of figures under a chart whose title and legend show whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QSplitter, QTableView

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui import zoom
from jimo_desktop.ui.main_window import MINIMUM_SIZE, MainWindow
from jimo_desktop.ui.models.sources_model import SourcesModel
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.translations import Language

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
NEV_PARK = ItemRef(ItemKind.PARK, "nev-investment-park")

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(10)
        QApplication.processEvents()


def test_the_window_has_a_sensible_minimum_size(window: MainWindow, qtbot) -> None:
    assert MINIMUM_SIZE[0] >= 900 and MINIMUM_SIZE[1] >= 600
    assert window.minimumSize().width() >= 900 and window.minimumSize().height() >= 600
    window.resize(200, 150)
    settle(qtbot)
    assert window.width() >= 900 and window.height() >= 600


@pytest.mark.parametrize("size", [(1600, 1000), (1366, 900)])
def test_the_card_is_as_high_as_its_content(window: MainWindow, qtbot, size) -> None:
    window.resize(*size)
    assert window.navigate(EDZ)
    settle(qtbot)
    scroll = window.findChild(QScrollArea, "itemCardScroll")
    card = scroll.widget()
    wanted = card.heightForWidth(scroll.viewport().width())
    assert scroll.height() == wanted + 2 * scroll.frameWidth()
    assert not scroll.verticalScrollBar().isVisible()
    # The window grows: the card follows its content, leaving no empty band.
    window.resize(size[0] + 200, size[1])
    settle(qtbot)
    assert scroll.height() == card.heightForWidth(scroll.viewport().width()) + 2 * (
        scroll.frameWidth()
    )


@pytest.mark.parametrize("size", [(1200, 780), (1366, 768), (1600, 1000)])
def test_source_titles_get_the_room_they_need(window: MainWindow, qtbot, size) -> None:
    window.resize(*size)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # a user's larger font: titles need more room
    window.setFont(font)
    assert window.navigate(NEV_PARK)  # cites the longest title (S39)
    window.detail_pane.show_tab(DetailPane.SOURCES)
    settle(qtbot)
    table = window.findChild(QTableView, "sourcesTable")
    header = table.horizontalHeader()
    column = SourcesModel.TITLE
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
        table.viewport().width()
    )
    metrics = table.fontMetrics()
    model = table.model()
    for row in range(model.rowCount()):
        title = model.index(row, column).data()
        room = QRect(0, 0, header.sectionSize(column) - 8, 10_000)
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), title).height()
        assert needed <= table.rowHeight(row), title


def test_the_splitters_show_their_handles(window: MainWindow) -> None:
    assert window.navigate(EDZ)
    for name in ("mainSplitter", "detailSplitter", "figuresSplitter"):
        splitter = window.findChild(QSplitter, name)
        assert splitter is not None and splitter.handleWidth() >= 5, name
        assert "::handle" in splitter.styleSheet(), name


def _whole_rows(table: QTableView) -> int:
    """Rows of ``table`` shown whole, measured on the view."""
    height = table.viewport().height()
    rows = range(table.model().rowCount())
    return sum(
        1
        for row in rows
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_projector_screen_shows_six_figures_and_whole_charts(qtbot, size, language: str) -> None:
    window = create_window(language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*size)
    assert window.navigate(EDZ)  # 17 figures, a chart with a long title and a legend
    window.detail_pane.show_tab(DetailPane.FIGURES)
    settle(qtbot)
    assert (window.width(), window.height()) == size  # the window fits the screen
    table = window.findChild(QTableView, "figuresView")
    assert table is not None and table.isVisible()
    assert table.model().rowCount() > 6
    assert _whole_rows(table) >= 6
    chart = window.detail_pane.chart_panel.chart_widget()
    assert chart is not None and chart.isVisible()
    shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
    title = chart.plot.titleLabel.item
    assert chart.drawn_title() and shown.contains(title.sceneBoundingRect())
    assert chart.legend.items
    assert shown.contains(chart.legend.sceneBoundingRect())
    for _sample, label in chart.legend.items:
        assert shown.contains(label.item.sceneBoundingRect()), label.text
    # Nothing laid over the chart: the notes under it start below it.
    notes = window.findChild(QLabel, "chartNotes")
    chart_bottom = chart.mapTo(window, chart.rect().bottomLeft()).y()
    assert notes.isVisible() and notes.mapTo(window, notes.rect().topLeft()).y() > chart_bottom
    needed = notes.heightForWidth(notes.width())
    assert notes.height() >= needed
    # The headers are as wide as their words.
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            words = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(words), words
    window.set_language(Language.ENGLISH)


def _whole_in(widget, scroll: QScrollArea) -> bool:
    """``widget`` lies whole inside ``scroll``'s viewport, as it is scrolled now."""
    top = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
    bottom = widget.mapTo(scroll.viewport(), widget.rect().bottomRight())
    return scroll.viewport().rect().contains(top) and scroll.viewport().rect().contains(bottom)


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("percent", [125, 150])
@pytest.mark.parametrize("folded", [False, True])
def test_a_zoomed_projector_screen_scrolls_rather_than_cuts(
    qtbot, percent: int, language: str, folded: bool
) -> None:
    """At 125 % and 150 % on 1024×768 the card's kind and name show whole, the chart's
    title and legend whole, six rows of figures; where the page is too low for all of
    it, the page scrolls (never sideways) and scrolled, the table shows whole."""
    window = create_window(language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1024, 768)
    try:
        window.view_modes.set_zoom(percent)
        if folded:
            window.side_panels.restore(("tree", "shortlist"))
        assert window.navigate(EDZ)
        window.detail_pane.show_tab(DetailPane.FIGURES)
        settle(qtbot)
        assert (window.width(), window.height()) == (1024, 768)
        page = window.findChild(QScrollArea, "itemPageScroll")
        card = window.findChild(QScrollArea, "itemCardScroll")
        assert page is not None and card is not None and page.isVisible()
        assert not page.horizontalScrollBar().isVisible()
        assert page.widget().width() <= page.viewport().width()  # nothing cut at the right
        assert card.widget().width() <= card.viewport().width()
        for name in ("itemKind", "nameZh" if language == "zh" else "nameEn"):
            label = window.findChild(QLabel, name)
            assert label.isVisible() and _whole_in(label, card), name
            assert label.height() >= label.heightForWidth(label.width()), name
        table = window.findChild(QTableView, "figuresView")
        assert _whole_rows(table) >= 6
        chart = window.detail_pane.chart_panel.chart_widget()
        shown = chart.mapToScene(chart.viewport().rect()).boundingRect()
        title = chart.plot.titleLabel.item
        assert chart.drawn_title() and shown.contains(title.sceneBoundingRect())
        assert chart.legend.items and shown.contains(chart.legend.sceneBoundingRect())
        assert chart.rect().right() <= page.viewport().width()
        notes = window.findChild(QLabel, "chartNotes")
        assert notes.height() >= notes.heightForWidth(notes.width())
        # Scrolled to its end, the page shows the table whole.
        page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
        settle(qtbot)
        assert _whole_in(table, page)
        if percent == 150 and not folded:
            assert page.verticalScrollBar().maximum() > 0  # too low: it scrolls
    finally:
        zoom.set_zoom(QApplication.instance(), zoom.ACTUAL)
        window.set_language(Language.ENGLISH)
