"""The first screen, before anything is selected: what Jimo is, what the data holds, and
where to start. Built from a ``catalog.Overview``; emits ``linkActivated(ItemRef)`` for
the district link (and for whatever the user clicks in the charts) and
``factCheckRequested()`` for the fact check button.

The district at a glance (charts) comes from ``set_dashboard_source(source)``: a
function returning ``chart_series.DashboardData``. It is called, and pyqtgraph imported,
only after the page has painted once, so the window shows before the chart libraries
load; a light placeholder stands in until then.

When the language changes the page says its words again from the overview it holds
(``retranslate``), the district's names in the language's order; it is not built again
and keeps its scroll position.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import dates
from jimo_desktop.catalog import Overview
from jimo_desktop.items import Place, RelatedItem, Source
from jimo_desktop.ui.kind_labels import data_word
from jimo_desktop.ui.panes.detail.sources_view import GradeBadge
from jimo_desktop.ui.panes.links import (
    LinkLabel,
    names_text,
    ref_link,
    scaled_font,
    source_link,
)
from jimo_desktop.ui.panes.live_text import LiveTexts, Render, order_names
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text, ordered_names

if TYPE_CHECKING:
    from jimo_desktop.chart_series import DashboardData
    from jimo_desktop.ui.charts.dashboard import Dashboard

_GRADE_ORDER = ("A", "A/B", "B", "C/B", "C")

_STYLE = """
QFrame#statTile, QFrame#hintCard {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 0.5em;
}
QFrame#statTile QLabel, QFrame#hintCard QLabel { background: transparent; border: none; }
"""


class HomePage(Retranslating, QScrollArea):
    """The first screen: the district, the counts, the data's date and hints."""

    linkActivated = Signal(object)  # ItemRef
    factCheckRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._overview: Overview | None = None
        self._stats: dict[str, QLabel] = {}
        self._dashboard_source: Callable[[], DashboardData] | None = None
        self._dashboard: Dashboard | None = None
        self._dashboard_host: QWidget | None = None
        self._dashboard_scheduled = False
        self._measure = self.fontMetrics().averageCharWidth() * 100
        self._texts = LiveTexts()  # the words of the page built from the overview
        self._names: tuple[QHBoxLayout, QLabel, QLabel] | None = None  # the district's
        self.setWidget(QWidget())

    def retranslate(self) -> None:
        """Say the page's words again, the district's names in the language's order."""
        self._texts.refresh()
        if self._names is not None:
            order_names(*self._names)
        host = self._dashboard_host
        placeholder = host.findChild(QLabel, "dashboardPlaceholder") if host else None
        if placeholder is not None:
            placeholder.setText(self.tr("Loading the charts…"))

    def overview(self) -> Overview | None:
        return self._overview

    def set_dashboard_source(self, source: Callable[[], DashboardData] | None) -> None:
        """Where the charts of the district at a glance come from (None: no charts)."""
        self._dashboard_source = source
        if source is None and self._dashboard_host is not None:
            self._dashboard_host.deleteLater()
            self._dashboard_host = None
            self._dashboard = None
        elif source is not None and self._dashboard is not None:
            self._dashboard.set_data(source())
        if self._overview is not None:
            self.set_overview(self._overview)

    def dashboard(self) -> Dashboard | None:
        """The charts, once built (after the first paint), else None."""
        return self._dashboard

    def stat_text(self, key: str) -> str:
        """The number shown for a count (``parks``, ``figures`` …), '' when not shown."""
        label = self._stats.get(key)
        return label.text() if label is not None else ""

    def set_overview(self, overview: Overview) -> None:
        """Rebuild the page from ``overview``."""
        self._overview = overview
        self._stats = {}
        self._texts.clear()
        self._names = None
        page = QWidget()
        page.setObjectName("homeContent")
        page.setStyleSheet(_STYLE)
        outer = QHBoxLayout(page)
        column = QVBoxLayout()
        # A readable measure: about 90 characters, centred in wide windows; the charts
        # get half as much again, and the long paragraphs keep the measure.
        self._measure = self.fontMetrics().averageCharWidth() * 100
        column_widget = QWidget(page)
        column_widget.setLayout(column)
        wide = self._dashboard_source is not None
        column_widget.setMaximumWidth(self._measure * 3 // 2 if wide else self._measure)
        column_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer.addStretch(1)
        outer.addWidget(column_widget, 100)
        outer.addStretch(1)
        line = self.fontMetrics().height()

        self._add_intro(column, overview, column_widget)
        if self._dashboard_source is not None:
            column.addSpacing(line)
            district = overview.district

            def glance() -> str:
                name = (
                    ordered_names(district.name_en, district.name_zh)[0]
                    if district
                    else self.tr("The district")
                )
                return self.tr("{name} at a glance").format(name=elided(name))

            column.addWidget(self._heading(glance, column_widget))
            column.addWidget(self._ensure_dashboard_host())
        column.addSpacing(line)
        column.addWidget(self._heading(lambda: self.tr("Where to start"), column_widget))
        column.addLayout(self._hints(overview, column_widget))
        column.addSpacing(line)
        column.addWidget(self._heading(lambda: self.tr("What the data holds"), column_widget))
        column.addLayout(self._stat_grid(overview, column_widget))
        column.addSpacing(line // 2)
        column.addLayout(self._grades_row(overview, column_widget))

        def as_of() -> str:
            return elided(core_text(dates.describe(overview.data_as_of)) or overview.data_as_of)

        if as_of():
            note = QLabel(column_widget)
            self._texts.set(
                note.setText,
                lambda: self.tr(
                    "Data as of {date}. Every figure keeps its source, period and qualifier; "
                    "where sources disagree, all values are shown side by side."
                ).format(date=as_of()),
            )
            note.setObjectName("asOf")
            note.setWordWrap(True)
            column.addWidget(note)
        column.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()

    # -- the charts -------------------------------------------------------------------

    def _ensure_dashboard_host(self) -> QWidget:
        """The box that holds the charts; it outlives the page, which is rebuilt."""
        if self._dashboard_host is None:
            host = QWidget()
            host.setObjectName("dashboardHost")
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
            placeholder = QLabel(self.tr("Loading the charts…"), host)  # see retranslate
            placeholder.setObjectName("dashboardPlaceholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            placeholder.setMinimumHeight(self.fontMetrics().height() * 6)
            layout.addWidget(placeholder)
            host.installEventFilter(self)
            self._dashboard_host = host
        return self._dashboard_host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Build the charts once the host has painted: the window is on screen by then.
        if (
            watched is self._dashboard_host
            and event.type() == QEvent.Type.Paint
            and self._dashboard is None
            and not self._dashboard_scheduled
        ):
            self._dashboard_scheduled = True
            QTimer.singleShot(0, self, self._build_dashboard)  # not after the page is gone
        return super().eventFilter(watched, event)

    def _build_dashboard(self) -> None:
        self._dashboard_scheduled = False
        host = self._dashboard_host
        if self._dashboard is not None or self._dashboard_source is None or host is None:
            return
        from jimo_desktop.ui.charts.dashboard import Dashboard

        dashboard = Dashboard(host)
        dashboard.linkActivated.connect(self.linkActivated)
        dashboard.set_data(self._dashboard_source())
        placeholder = host.findChild(QLabel, "dashboardPlaceholder")
        if placeholder is not None:
            placeholder.hide()
            placeholder.deleteLater()
        layout = host.layout()
        assert layout is not None  # the host is made with its layout
        layout.addWidget(dashboard)
        host.removeEventFilter(self)
        self._dashboard = dashboard

    # -- parts ------------------------------------------------------------------------

    def _label(self, render: Render, parent: QWidget) -> QLabel:
        """A label whose text is ``render()``, said again when the language changes."""
        label = QLabel(parent)
        self._texts.set(label.setText, render)
        return label

    def _heading(self, render: Render, parent: QWidget) -> QLabel:
        label = self._label(render, parent)
        label.setFont(scaled_font(self.font(), 1.25, bold=True))
        return label

    def _add_intro(self, column: QVBoxLayout, overview: Overview, parent: QWidget) -> None:
        welcome = self._label(lambda: self.tr("WELCOME TO JIMO EXPLORER"), parent)
        welcome.setFont(scaled_font(self.font(), 0.9, bold=True))
        welcome.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(welcome)
        district = overview.district
        if district is None:
            title = self._label(
                lambda: self.tr("Industrial parks of Jimo District, Qingdao"), parent
            )
            title.setFont(scaled_font(self.font(), 2.0, bold=True))
            title.setWordWrap(True)
            column.addWidget(title)
            return
        names = QHBoxLayout()
        title_font = scaled_font(self.font(), 2.2, bold=True)
        name = QLabel(elided(district.name_en), parent)
        name.setObjectName("districtName")
        name.setFont(title_font)
        names.addWidget(name)
        if district.name_zh:
            name_zh = QLabel(elided(district.name_zh), parent)
            name_zh.setObjectName("districtNameZh")
            name_zh.setFont(title_font)
            names.addWidget(name_zh)
            self._names = (names, name, name_zh)
            order_names(*self._names)
        names.addStretch(1)
        column.addLayout(names)
        district_parent = district.parent
        if district_parent is not None:
            where = self._label(
                lambda: (
                    self.tr("A {kind} of {parent}")
                    .format(
                        kind=elided(data_word(district.kind)) or self.tr("district"),
                        parent=names_text(district_parent.name, district_parent.name_zh),
                    )
                    .strip()
                ),
                parent,
            )
            where.setFont(scaled_font(self.font(), 1.15))
            where.setWordWrap(True)
            column.addWidget(where)
        if district.summary:
            summary = QLabel(elided(district.summary, TEXT_LIMIT), parent)
            summary.setObjectName("districtSummary")
            summary.setWordWrap(True)
            summary.setTextFormat(Qt.TextFormat.PlainText)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.setMaximumWidth(self._measure)
            column.addWidget(summary)
        more = LinkLabel("", parent)
        more.set_live_links(
            lambda: (
                html.escape(self.tr("Open the district's page:"))
                + " "
                + ref_link(_as_related(district))
            )
        )
        more.setObjectName("districtLink")
        more.refActivated.connect(self.linkActivated)
        column.addWidget(more)

    def _article_link(self, article: Source, parent: QWidget) -> LinkLabel:
        """The seed article, linked to its source page."""
        link = LinkLabel("", parent)
        link.setObjectName("articleLink")
        link.set_live_links(
            lambda: (
                html.escape(self.tr("The article:"))
                + " "
                + source_link(article.id, _article_words(article))
            )
        )
        link.refActivated.connect(self.linkActivated)
        return link

    def _stat_grid(self, overview: Overview, parent: QWidget) -> QGridLayout:
        counts = overview.counts
        stats: list[tuple[str, Render]] = [
            ("parks", lambda: self.tr("parks and zones")),
            ("organizations", lambda: self.tr("organizations")),
            ("projects", lambda: self.tr("projects")),
            ("industries", lambda: self.tr("industries")),
            ("figures", lambda: self.tr("figures, each with its source")),
            ("events", lambda: self.tr("dated events")),
            ("sources", lambda: self.tr("sources, graded A to C")),
            ("claims", lambda: self.tr("claims checked")),
        ]
        grid = QGridLayout()
        grid.setSpacing(self.fontMetrics().height() // 2)
        shown = [(key, caption) for key, caption in stats if key in counts]
        columns = 4
        for position, (key, caption) in enumerate(shown):
            tile = QFrame(parent)
            tile.setObjectName("statTile")
            tile.setProperty("stat", key)
            box = QVBoxLayout(tile)
            value = QLabel(f"{counts[key]:,}", tile)
            value.setObjectName(f"stat_{key}")
            value.setFont(scaled_font(self.font(), 2.0, bold=True))
            text = self._label(caption, tile)
            text.setWordWrap(True)
            box.addWidget(value)
            box.addWidget(text)
            box.addStretch(1)
            self._stats[key] = value
            grid.addWidget(tile, position // columns, position % columns)
        for col in range(columns):
            grid.setColumnStretch(col, 1)
        return grid

    def _grades_row(self, overview: Overview, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        grades = overview.sources_by_grade
        if not grades:
            return row
        label = self._label(lambda: self.tr("Sources by grade:"), parent)
        row.addWidget(label)
        ordered = [g for g in _GRADE_ORDER if g in grades] + sorted(
            g for g in grades if g not in _GRADE_ORDER
        )
        for grade in ordered:
            badge = GradeBadge(grade, parent, suffix=f"· {grades[grade]}")
            badge.setObjectName("gradeBadge")
            row.addWidget(badge)
        row.addStretch(1)
        return row

    def _hints(self, overview: Overview, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(self.fontMetrics().height() // 2)
        claims = overview.counts.get("claims", 0)
        hints: list[tuple[Render, Render, Render | None]] = [
            (
                lambda: self.tr("Browse"),
                lambda: self.tr(
                    "Pick a group in the tree on the left — by type, industry or place — "
                    "then a park, an enterprise or a project."
                ),
                None,
            ),
            (
                lambda: self.tr("Search"),
                lambda: self.tr(
                    "Press Ctrl+F and type in English or Chinese: “auto”, “Airbus”, 即墨, 蓝谷."
                ),
                None,
            ),
            (
                lambda: self.tr("Check"),
                lambda: self.tr(
                    "A 2019 news article made {n} claims about Jimo's parks. "
                    "See which of them better sources bear out."
                ).format(n=claims),
                lambda: self.tr("Open the fact check"),
            ),
        ]
        for col, (title, text, button_text) in enumerate(hints):
            card = QFrame(parent)
            card.setObjectName("hintCard")
            box = QVBoxLayout(card)
            heading = self._label(title, card)
            heading.setFont(scaled_font(self.font(), 1.1, bold=True))
            body = self._label(text, card)
            body.setWordWrap(True)
            box.addWidget(heading)
            box.addWidget(body)
            box.addStretch(1)
            if button_text:
                button = QPushButton(card)
                self._texts.set(button.setText, button_text)
                button.setObjectName("factCheckButton")
                button.clicked.connect(self.factCheckRequested)
                box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                if overview.article is not None:
                    box.insertWidget(2, self._article_link(overview.article, card))
            grid.addWidget(card, 0, col)
            grid.setColumnStretch(col, 1)
        return grid


def _article_words(article: Source) -> str:
    """How the home page and the fact check name the seed article: ``S01 · title``."""
    return f"{elided(article.id)} · {elided(article.title)}"


def _as_related(place: Place) -> RelatedItem:
    return RelatedItem(place.ref, place.name_en, place.name_zh, place.kind)
