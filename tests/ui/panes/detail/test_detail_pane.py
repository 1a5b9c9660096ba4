"""The detail pane: the first screen, the item card, and the four tabs of an item."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTableView, QToolButton, QWidget

from jimo_desktop.items import Detail, ItemKind, ItemRef
from jimo_desktop.ui.models.figures_model import FIGURE_ROLE, FiguresModel
from jimo_desktop.ui.models.name_origin import marked_name_zh
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.sources_model import SOURCE_ROLE, SourcesModel
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.links import LinkLabel
from tests.conftest import detail_of
from tests.ui.detail_parts import card, home, sources_view, tabs, timeline

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
ORGANIZATION = ItemRef(ItemKind.ORGANIZATION, "faw-vw")
PROJECT = ItemRef(ItemKind.PROJECT, "airbus-h135-fal")
PLACE = ItemRef(ItemKind.PLACE, "jimo")
INDUSTRY = ItemRef(ItemKind.INDUSTRY, "automotive")

# The offscreen platform warns when a shown window's size hints change; that is the test
# platform talking, not the app, so only that message is let through.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def show(pane: DetailPane, detail: Detail, tab: int | None = None) -> None:
    pane.show_detail(detail)
    if tab is not None:
        pane.show_tab(tab)
    QGuiApplication.processEvents()


def visible_text(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


# --------------------------------------------------------------------------- every kind


@pytest.mark.parametrize("ref", [PARK, ORGANIZATION, PROJECT, PLACE, INDUSTRY], ids=str)
def test_show_detail_renders_names_and_tab_counts(pane, catalog, ref) -> None:
    detail = detail_of(catalog, ref)
    show(pane, detail)

    assert pane.current_ref() == ref
    assert pane.findChild(QLabel, "nameEn").text() == detail.item.name_en
    name_zh = pane.findChild(QLabel, "nameZh")
    own = getattr(detail.item, "own_name_zh", "")
    assert name_zh.text() == marked_name_zh(detail.item.name_zh, own)  # `` *``: own name
    assert name_zh.isVisibleTo(pane) == bool(detail.item.name_zh)

    tab_widget = pane.findChild(QWidget, "detailTabs")
    assert tab_widget is tabs(pane) and tab_widget.isVisibleTo(pane)
    # The Map tab is shown on the pages of parks and places only.
    on_map = ["Map"] if ref.kind in (ItemKind.PARK, ItemKind.PLACE) else []
    shown = [i for i in range(tab_widget.count()) if tab_widget.isTabVisible(i)]
    assert [tab_widget.tabText(i) for i in shown] == [
        f"Related ({len(detail.related)})",
        f"Figures ({len(detail.figures)})",
        f"Timeline ({len(detail.events)})",
        f"Sources ({len(detail.sources)})",
        *on_map,
    ]
    assert pane.figures_table.model.rowCount() == len(detail.figures)
    assert pane.related_table.view.model().rowCount() == len(detail.related)
    assert len(timeline(pane).events()) == len(detail.events)
    assert sources_view(pane).view.model().rowCount() == len(detail.sources)
    # Empty fields are left out, never written as "None".
    assert not any("None" in text for text in visible_text(card(pane)))


def test_chinese_names_are_shown_for_the_park(pane, catalog) -> None:
    show(pane, detail_of(catalog, PARK))
    assert pane.findChild(QLabel, "nameZh").text() == "山东省即墨经济开发区"
    assert "即墨经济开发区" in pane.findChild(QLabel, "aliases").text()


def test_park_card_shows_level_area_with_source_and_industries(pane, catalog) -> None:
    detail = detail_of(catalog, PARK)
    show(pane, detail)
    text = "\n".join(visible_text(card(pane)))
    assert "provincial" in text
    area = detail.area
    assert area is not None
    assert f"{area.display_value} ({area.period_label}; source {area.source.id}" in text
    chips = card(pane).industry_chips()
    assert [chip.property("ref") for chip in chips] == [
        str(industry.ref) for industry in detail.item.industries
    ]


def test_an_empty_list_shows_a_sentence_not_an_empty_table(pane, catalog) -> None:
    detail = detail_of(catalog, ORGANIZATION)
    assert not detail.figures
    show(pane, detail, DetailPane.FIGURES)
    page = tabs(pane).widget(DetailPane.FIGURES)
    assert page.currentWidget().objectName() == "emptyState"
    assert "No figures" in page.currentWidget().text()
    assert not pane.figures_table.isVisible()

    show(pane, detail_of(catalog, PROJECT), DetailPane.FIGURES)
    assert page.currentWidget().objectName() != "emptyState"
    assert pane.figures_table.isVisible()


# --------------------------------------------------------------------------- figures


def flagged_ids(view: QTableView) -> set[str]:
    model = view.model()
    flagged = set()
    for row in range(model.rowCount()):
        flag = model.index(row, FiguresModel.CONFLICT)
        if flag.data() or flag.data(Qt.ItemDataRole.DecorationRole) is not None:
            flagged.add(flag.data(FIGURE_ROLE).id)
    return flagged


def test_figures_flag_exactly_the_conflicting_rows(pane, catalog) -> None:
    detail = detail_of(catalog, PLACE)
    conflicting = {f.id for f in detail.figures if f.conflict}
    assert conflicting, "the district's Area figures disagree in the data"
    disputed = {f.id for f in detail.figures if f.dispute is not None}
    doubtful = {f.id for f in detail.figures if f.doubt}
    assert conflicting < disputed and doubtful == {"F176"}
    show(pane, detail, DetailPane.FIGURES)

    view = pane.figures_table.view
    assert flagged_ids(view) == disputed | doubtful
    words = {
        view.model().index(r, FiguresModel.CONFLICT).data() for r in range(view.model().rowCount())
    }
    assert {"Disputed", "Not comparable", "Doubtful"} <= words
    assert not view.isColumnHidden(FiguresModel.CONFLICT)
    assert pane.findChild(QWidget, "conflictBanner").isVisibleTo(pane)


def test_conflict_tooltip_lists_the_other_values(pane, catalog) -> None:
    detail = detail_of(catalog, PLACE)
    show(pane, detail, DetailPane.FIGURES)
    model = pane.figures_table.view.model()
    for row in range(model.rowCount()):
        figure = model.index(row, 0).data(FIGURE_ROLE)
        tip = model.index(row, FiguresModel.VALUE).data(Qt.ItemDataRole.ToolTipRole)
        assert html.escape(figure.source.title) in tip
        if not figure.conflict:
            assert "Sources disagree" not in tip
            continue
        assert "Sources disagree for this metric and period" in tip
        others = [
            f
            for f in detail.figures
            if f.conflict
            and (f.metric, f.period) == (figure.metric, figure.period)
            and f.value != figure.value
        ]
        assert others
        for other in others:
            assert other.source.id in tip


def test_figures_without_conflicts_hide_the_conflict_column(pane, catalog) -> None:
    detail = detail_of(catalog, PROJECT)
    assert not detail.conflicts
    show(pane, detail, DetailPane.FIGURES)
    assert flagged_ids(pane.figures_table.view) == set()
    assert pane.figures_table.view.isColumnHidden(FiguresModel.CONFLICT)
    assert not pane.findChild(QWidget, "conflictBanner").isVisibleTo(pane)


def test_figure_values_keep_qualifier_and_unit_as_published(pane, catalog) -> None:
    detail = detail_of(catalog, PROJECT)
    show(pane, detail, DetailPane.FIGURES)
    model = pane.figures_table.view.model()
    shown = {model.index(r, FiguresModel.VALUE).data() for r in range(model.rowCount())}
    assert ">10 million EUR" in shown  # the qualifier as published, the unit once
    assert "~40 persons" in shown


def test_chart_widget_hook_places_and_removes_a_panel(pane, catalog) -> None:
    show(pane, detail_of(catalog, PROJECT), DetailPane.FIGURES)
    chart = QLabel("chart")
    pane.set_chart_widget(chart)
    assert pane.chart_widget() is chart
    assert tabs(pane).widget(DetailPane.FIGURES).isAncestorOf(chart)
    pane.set_chart_widget(None)
    assert pane.chart_widget() is None
    assert not tabs(pane).widget(DetailPane.FIGURES).isAncestorOf(chart)
    chart.deleteLater()


# --------------------------------------------------------------------------- links


def test_clicking_an_industry_chip_emits_its_ref(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, PARK)
    show(pane, detail)
    chips = card(pane).industry_chips()
    assert len(chips) == len(detail.item.industries) > 1
    target = detail.item.industries[1]
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    assert blocker.args == [target.ref]


def test_double_clicking_a_related_row_emits_its_ref(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, PARK)
    show(pane, detail, DetailPane.RELATED)
    view = pane.related_table.view
    index = view.model().index(1, RelatedModel.NAME)
    assert index.data() == detail.related[1].name
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        # What a real double-click sends: press, release, double-click.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [detail.related[1].ref]


def test_enter_on_a_related_row_emits_its_ref(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, PROJECT)
    show(pane, detail, DetailPane.RELATED)
    view = pane.related_table.view
    view.setFocus()
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0, 0)).center(),
    )
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data(ITEM_REF_ROLE) == detail.related[1].ref
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [detail.related[1].ref]


def test_project_park_link_is_followed_by_keyboard(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, PROJECT)
    show(pane, detail)
    assert detail.item.park is not None
    link = card(pane).findChild(LinkLabel, "factLinks")
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Tab)  # onto the first link
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert blocker.args == [detail.item.park.ref]


def test_timeline_lists_events_by_date_and_follows_their_links(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, ORGANIZATION)
    show(pane, detail, DetailPane.TIMELINE)
    events = timeline(pane).events()
    assert [e.date_start for e in events] == sorted(e.date_start for e in detail.events)
    first = events[0]
    related = [item for item in first.related if item.ref != ORGANIZATION]
    assert related, "the first FAW-VW event concerns other items too"
    # The item shown is not offered as a link to itself.
    links = timeline(pane).findChildren(LinkLabel, "eventRelated")[0]
    assert f'href="{ORGANIZATION}"' not in links.text()
    links.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(links, Qt.Key.Key_Tab)
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        qtbot.keyClick(links, Qt.Key.Key_Return)
    assert blocker.args == [related[0].ref]


def test_timeline_source_link_selects_the_source_tab(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, ORGANIZATION)
    show(pane, detail, DetailPane.TIMELINE)
    sources = timeline(pane).findChildren(LinkLabel, "eventSources")[0]
    first_source = timeline(pane).events()[0].sources[0]
    assert first_source.title in sources.link_tooltip(f"source:{first_source.id}")
    with qtbot.assertNotEmitted(pane.linkActivated):
        sources.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(sources, Qt.Key.Key_Tab)
        qtbot.keyClick(sources, Qt.Key.Key_Return)
    assert pane.current_tab() == DetailPane.SOURCES
    assert sources_view(pane).current_source() == first_source


# --------------------------------------------------------------------------- sources


def test_copy_citation_puts_the_citation_on_the_clipboard(pane, catalog, qtbot) -> None:
    detail = detail_of(catalog, PROJECT)
    show(pane, detail, DetailPane.SOURCES)
    view = sources_view(pane).view
    index = view.model().index(2, SourcesModel.TITLE)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    source = index.data(SOURCE_ROLE)
    assert source == detail.sources[2]
    QGuiApplication.clipboard().setText("something else")
    button = pane.findChild(QToolButton, "copyCitationButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == source.citation()


def test_open_address_is_enabled_only_for_online_sources(pane, catalog) -> None:
    offline = [
        ref
        for ref in (PARK, ORGANIZATION, PROJECT, PLACE, INDUSTRY)
        if any(not s.is_online for s in detail_of(catalog, ref).sources)
    ]
    show(pane, detail_of(catalog, PROJECT), DetailPane.SOURCES)
    button = pane.findChild(QToolButton, "openAddressButton")
    assert sources_view(pane).current_source().is_online
    assert button.isEnabled()
    if offline:
        detail = detail_of(catalog, offline[0])
        show(pane, detail, DetailPane.SOURCES)
        source = next(s for s in detail.sources if not s.is_online)
        assert sources_view(pane).select_source(source.id)
        assert not button.isEnabled()


# --------------------------------------------------------------------------- welcome


def test_welcome_page_shows_the_overview_counts(pane, catalog, qtbot) -> None:
    overview = catalog.overview()
    show(pane, detail_of(catalog, PARK))
    pane.show_home(overview)
    assert pane.current_ref() is None
    assert home(pane).isVisible()
    for key in ("parks", "organizations", "projects", "figures", "events", "sources", "claims"):
        assert home(pane).stat_text(key) == f"{overview.counts[key]:,}", key
    assert home(pane).findChild(QLabel, "districtNameZh").text() == "即墨区"
    badges = {b.property("grade"): b.text() for b in home(pane).findChildren(QLabel, "gradeBadge")}
    assert badges == {g: f"{g} · {n}" for g, n in overview.sources_by_grade.items()}


def test_welcome_fact_check_button_and_district_link(pane, catalog, qtbot) -> None:
    overview = catalog.overview()
    pane.show_home(overview)
    QGuiApplication.processEvents()
    button = home(pane).findChild(QWidget, "factCheckButton")
    with qtbot.waitSignal(pane.factCheckRequested, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    link = home(pane).findChild(LinkLabel, "districtLink")
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    with qtbot.waitSignal(pane.linkActivated, timeout=1000) as blocker:
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert blocker.args == [PLACE]
