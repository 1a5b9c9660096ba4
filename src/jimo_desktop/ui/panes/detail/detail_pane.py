"""The centre of the main window: the first screen, or everything about one item.

The window gives the pane plain catalog objects: ``show_home(overview)`` for the
first screen and ``show_detail(detail, peers)`` for a park, organization, project, place
or industry. The item page has the item card on top and tabs below (Related,
Figures, Timeline, Sources, and the Map for parks and places) whose titles carry counts; an empty list shows a sentence
instead of an empty table. The Figures tab has a chart panel above the table for items
with figures: their metrics over time, and the metrics they share with other items of
their kind (``peers``: ``Catalog.peers(ref)``, the items with the largest values and how
many publish one; or any list of the other items' figures; or a function that reads them,
called only when the charts are shown). What is visible is filled first: the charts are
filled when the Figures tab is shown (at once when it is the tab selected), so that an
item picked on another tab paints without reading its peers or building charts. The panel
(and pyqtgraph) is created the first time an item with figures is shown. The first
screen's charts come from ``set_dashboard_source`` (see ``HomePage``); beside them, and on
the item page, a Map tab built from ``set_map_source`` when first shown. The pane never
queries the catalog: links the user follows come out as ``linkActivated(ItemRef)`` for
the window to open. The controllers work with the two tables whose rows the user selects
(``related_table``, ``figures_table``) through the tables' own methods. Links to a source (from the
timeline) are handled here: they select the source in the Sources tab; a figure (double-click,
Enter, "Open source") opens its source's page, which opens on the Sources tab. When the
language changes the pane says its words again (tab titles with their counts, the notes
and empty states) from the detail it holds; the item, the tab and the scroll stay.

Signals:
    linkActivated(ItemRef): the user followed a link to another item.
    factCheckRequested(): the user asked for the fact check (from the first screen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog import Overview, Peers
from jimo_desktop.items import (
    Detail,
    Figure,
    Industry,
    ItemKind,
    ItemRef,
    Organization,
    Park,
    Place,
    Project,
    Source,
)
from jimo_desktop.ui.panes.home_page import HomePage
from jimo_desktop.ui.panes.map.lazy_map import LazyMap
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import Retranslating, ordered_names
from jimo_desktop.ui.widget_slot import WidgetSlot
from jimo_desktop.ui.window_geometry import show_handles

if TYPE_CHECKING:
    from jimo_desktop.catalog.map_data import MapData
    from jimo_desktop.chart_series import DashboardData
    from jimo_desktop.ui.charts.chart_panel import ChartPanel
    from jimo_desktop.ui.panes.detail.figures_table import FiguresTable
    from jimo_desktop.ui.panes.detail.related_table import RelatedTable


# What the charts compare an item with: the peers, or how to read them when first shown.
PeersGiven = Sequence[Figure] | Peers | Callable[[], Peers]


class _TabPage(QStackedWidget):
    """A tab's content, or a short sentence when its list is empty."""

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setMargin(self.fontMetrics().height())
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self, has_items: bool) -> None:
        self.setCurrentWidget(self.content if has_items else self.empty)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


class DetailPane(Retranslating, QWidget):
    """The home page (nothing selected) or the item page (card and tabs)."""

    linkActivated = Signal(object)  # ItemRef
    factCheckRequested = Signal()

    RELATED, FIGURES, TIMELINE, SOURCES, MAP = range(5)
    HOME_GLANCE, HOME_MAP = range(2)  # the first screen's tabs

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._detail: Detail | None = None
        self._wanted_tab = self.RELATED  # the tab the user chose last (or remembered)
        self._chart_panel: ChartPanel | None = None
        # The charts of the item shown, not yet filled (the Figures tab was not shown).
        self._charts_due: tuple[Detail, PeersGiven] | None = None
        self._user_split = False
        self._tab_before_source: int | None = None

        self._stack = QStackedWidget(self)
        self._map_source: Callable[[], MapData] | None = None
        # The first screen: the district at a glance, and the map (built when first shown).
        self._home_tabs = QTabWidget(self._stack)
        self._home_tabs.setObjectName("homeTabs")
        self._home_tabs.setDocumentMode(True)
        self._home = HomePage(self._home_tabs)
        self._home.linkActivated.connect(self.linkActivated)
        self._home.factCheckRequested.connect(self.factCheckRequested)
        self._home_map = LazyMap()
        self._home_map.setObjectName("homeMap")
        self._home_map.linkActivated.connect(self.linkActivated)
        self._home_tabs.addTab(self._home, "")
        self._home_tabs.addTab(self._home_map, "")
        self._stack.addWidget(self._home_tabs)
        # The item page is built the first time it is needed, so that the first screen
        # paints without the card, tables and their modules.
        self._item_page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.retranslate()

    def retranslate(self) -> None:
        """Say the item page's words again (the parts say their own)."""
        self._home_tabs.setTabText(self.HOME_GLANCE, self.tr("At a glance"))
        self._home_tabs.setTabText(self.HOME_MAP, self.tr("Map"))
        if self._item_page is not None and self._detail is not None:
            self._say_item_words(self._detail)

    # -- building ---------------------------------------------------------------------

    def _ensure_item_page(self) -> QWidget:
        if self._item_page is None:
            self._item_page = self._init_item_page()
            self._stack.addWidget(self._item_page)
        return self._item_page

    def _init_item_page(self) -> QWidget:
        from jimo_desktop.ui.panes.detail.figures_table import FiguresTable
        from jimo_desktop.ui.panes.detail.item_card import ItemCard
        from jimo_desktop.ui.panes.detail.related_table import RelatedTable
        from jimo_desktop.ui.panes.detail.sources_view import SourcesView
        from jimo_desktop.ui.panes.detail.timeline_view import TimelineView

        self._card = ItemCard()
        self._card.linkActivated.connect(self._follow)
        self._card_scroll = QScrollArea()
        self._card_scroll.setObjectName("itemCardScroll")
        self._card_scroll.setWidgetResizable(True)
        self._card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._card_scroll.setWidget(self._card)

        self._tabs = QTabWidget()
        self._tabs.setObjectName("detailTabs")
        self._tabs.setDocumentMode(True)
        self._choosing_tab = False  # the pane, not the user, selects a tab
        self._tabs.currentChanged.connect(self._tab_chosen)

        self._related = RelatedTable()
        self._related.linkActivated.connect(self._follow)
        self._related_note = QLabel()
        self._related_note.setObjectName("relatedNote")
        self._related_note.setWordWrap(True)
        related_box = QWidget()
        related_layout = QVBoxLayout(related_box)
        related_layout.addWidget(self._related_note)
        related_layout.addWidget(self._related, 1)
        self._related_page = _TabPage(related_box)

        self._figures = FiguresTable()
        # A figure opens its source's page (its citation, address and grade).
        self._figures.figureActivated.connect(lambda f: self.linkActivated.emit(f.source.ref))
        self._conflict_banner = self._init_conflict_banner()
        figures_box = QWidget()
        figures_box.setObjectName("figuresPage")
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addWidget(self._conflict_banner)
        # The chart panel goes above the table (set_chart_widget), the two split so that
        # the user can give either more room.
        self._chart_holder = QWidget()
        self._chart_holder.setObjectName("chartHolder")
        self._chart_slot = WidgetSlot("chartSlot", self._chart_holder)
        self._chart_holder.hide()
        self._figures_split = QSplitter(Qt.Orientation.Vertical)
        self._figures_split.setObjectName("figuresSplitter")
        self._figures_split.setChildrenCollapsible(False)
        self._figures_split.addWidget(self._chart_holder)
        self._figures_split.addWidget(self._figures)
        self._figures_split.setStretchFactor(0, 3)
        self._figures_split.setStretchFactor(1, 2)
        figures_layout.addWidget(self._figures_split, 1)
        self._figures_page = _TabPage(figures_box)

        self._timeline = TimelineView()
        self._timeline.linkActivated.connect(self._follow)
        self._timeline_page = _TabPage(self._timeline)

        self._sources = SourcesView()
        sources_box = QWidget()
        QVBoxLayout(sources_box).addWidget(self._sources)
        self._sources_page = _TabPage(sources_box)

        self._map = LazyMap(self._map_source)
        self._map.setObjectName("itemMap")
        self._map.linkActivated.connect(self.linkActivated)
        for page in (
            self._related_page,
            self._figures_page,
            self._timeline_page,
            self._sources_page,
            self._map,
        ):
            self._tabs.addTab(page, "")

        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setObjectName("detailSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._card_scroll)
        self._splitter.addWidget(self._tabs)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)
        self._splitter.splitterMoved.connect(self._on_splitter_moved)
        for splitter in (self._splitter, self._figures_split):
            show_handles(splitter)
        # The card keeps the height of its content as the pane is resized.
        self._card_scroll.viewport().installEventFilter(self)
        # Too low for the card's names and the tabs' rows (a large zoom on a small
        # screen): the page scrolls as a whole rather than cutting either.
        whole = QScrollArea()
        whole.setObjectName("itemPageScroll")
        whole.setWidgetResizable(True)
        whole.setFrameShape(QFrame.Shape.NoFrame)
        whole.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = self._splitter.sizePolicy()  # as narrow as the pane, as before
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self._splitter.setSizePolicy(policy)
        whole.setWidget(self._splitter)
        return whole

    def _init_conflict_banner(self) -> QWidget:
        banner = QFrame()
        banner.setObjectName("conflictBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(banner)
        icon = QLabel(banner)
        size = self.fontMetrics().height()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self._conflict_text = QLabel(banner)
        self._conflict_text.setObjectName("conflictText")
        self._conflict_text.setWordWrap(True)
        row.addWidget(self._conflict_text, 1)
        return banner

    # -- public -----------------------------------------------------------------------

    def show_home(self, overview: Overview) -> None:
        """Show the first screen, built from ``overview``."""
        self._home.set_overview(overview)
        self._detail = None
        self._charts_due = None
        self._stack.setCurrentWidget(self._home_tabs)

    def set_dashboard_source(self, source: Callable[[], DashboardData] | None) -> None:
        """Where the first screen's charts come from (called after its first paint)."""
        self._home.set_dashboard_source(source)

    def set_map_source(self, source: Callable[[], MapData] | None) -> None:
        """Where the Map tabs' data come from (read when a map is first shown)."""
        self._map_source = source
        self._home_map.set_source(source)
        if self._item_page is not None:
            self._map.set_source(source)

    def home_tabs(self) -> QTabWidget:
        """The first screen's tabs: ``HOME_GLANCE`` and ``HOME_MAP``."""
        return self._home_tabs

    def map_tab(self, *, home: bool = False) -> LazyMap | None:
        """The Map tab of the first screen, or of the item page (None before an item)."""
        if home:
            return self._home_map
        return self._map if self._item_page is not None else None

    def show_detail(self, detail: Detail, peers: PeersGiven = ()) -> None:
        """Show everything about ``detail.item``; the selected tab stays selected.

        ``peers``: figures of other items for the metrics of ``detail`` (for the
        comparison charts), or a function that reads them (called when the charts are
        first shown); without them, only the item's own charts are shown.
        """
        self._detail = detail
        ref = detail.item.ref
        self._ensure_item_page()
        self._choose_source_tab(isinstance(detail.item, Source))
        self._card.show_detail(detail)
        self._card_scroll.verticalScrollBar().setValue(0)

        self._related.set_items(detail.related)
        self._related_page.show_content(bool(detail.related))

        self._figures.set_figures(detail.figures)
        self._conflict_banner.setVisible(bool(detail.conflicts))
        self._figures_page.show_content(bool(detail.figures))
        self._charts_due = (detail, peers)

        self._timeline.set_events(detail.events, exclude=ref)
        self._timeline_page.show_content(bool(detail.events))

        self._sources.set_sources(detail.sources)
        self._sources_page.show_content(bool(detail.sources))
        # The map, on the pages of parks and places only.
        on_map = ref.kind in (ItemKind.PARK, ItemKind.PLACE)
        self._tabs.setTabVisible(self.MAP, on_map)
        self._map.show_item(ref if on_map else None)
        self._say_item_words(detail)
        self._open_tab_with_content(self._wanted_tab)
        if self._tabs.currentIndex() == self.FIGURES or not detail.figures:
            self._fill_charts()
        self._stack.setCurrentWidget(self._ensure_item_page())
        self._size_splitter()

    def _choose_source_tab(self, is_source: bool) -> None:
        """A source's page opens on its citation (the Sources tab); leaving it for another
        item goes back to the tab that was selected before."""
        if is_source and self._tab_before_source is None:
            self._tab_before_source = self._tabs.currentIndex()
            self._tabs.setCurrentIndex(self.SOURCES)
        elif not is_source and self._tab_before_source is not None:
            self._tabs.setCurrentIndex(self._tab_before_source)
            self._tab_before_source = None

    def _say_item_words(self, detail: Detail) -> None:
        """The item page's words about ``detail``: notes, empty states, tab titles."""
        self._related_note.setText(self._related_explanation(detail))
        self._related_page.empty.setText(self._related_empty(detail))
        if detail.conflicts:
            self._conflict_text.setText(
                self.tr(
                    "{n} of these figures are disputed or not comparable (marked in the "
                    "first column). Every value is kept with its own source; rest the "
                    "pointer on a row to see the others and why."
                ).format(n=len(detail.conflicts))
            )
        self._figures_page.empty.setText(
            self.tr("No figures are published for this item in the sources held.")
        )
        self._timeline_page.empty.setText(self.tr("No dated events are recorded for this item."))
        self._sources_page.empty.setText(self.tr("No sources are recorded for this item."))
        self._update_tab_titles(detail)

    def current_ref(self) -> ItemRef | None:
        """The item shown, or None on the first screen."""
        if self._detail is None or self._stack.currentWidget() is not self._item_page:
            return None
        return self._detail.item.ref

    def current_detail(self) -> Detail | None:
        """The Detail shown, or None on the first screen."""
        return self._detail if self.current_ref() is not None else None

    def set_chart_widget(self, widget: QWidget | None) -> None:
        """Place a chart panel above the figures table (None removes it)."""
        self._ensure_item_page()
        self._chart_slot.put(widget)
        self._chart_holder.setVisible(widget is not None)

    def chart_widget(self) -> QWidget | None:
        self._fill_charts()
        return self._chart_slot.widget_in_slot()

    @property
    def chart_panel(self) -> ChartPanel | None:
        """The pane's own chart panel, once an item with figures has been shown (its
        charts filled, if the Figures tab was not shown yet)."""
        self._fill_charts()
        return self._chart_panel

    def show_tab(self, tab: int) -> None:
        """Select a tab: ``DetailPane.RELATED``, ``FIGURES``, ``TIMELINE``, ``SOURCES`` or
        ``MAP`` (parks and places)."""
        self._ensure_item_page()
        self._tabs.setCurrentIndex(tab)

    def prefer_tab(self, tab: int) -> None:
        """Open ``tab`` when it has content for the item shown, else the first tab that
        has; ``tab`` is opened again for the next item that has content there."""
        self._ensure_item_page()
        self._wanted_tab = tab
        self._open_tab_with_content(tab)

    def current_tab(self) -> int:
        """The tab selected on the item page (``RELATED`` before any item was shown)."""
        return self._tabs.currentIndex() if self._item_page is not None else self.RELATED

    def item_title(self) -> str:
        """The English name (or title) of the item shown; "" on the first screen."""
        detail = self.current_detail()
        return _name(detail.item) if detail is not None else ""

    @property
    def related_table(self) -> RelatedTable:
        """The Related tab's table (its rows can be selected, starred and exported)."""
        self._ensure_item_page()
        return self._related

    @property
    def figures_table(self) -> FiguresTable:
        """The Figures tab's table (its rows can be selected and exported)."""
        self._ensure_item_page()
        return self._figures

    # -- internals --------------------------------------------------------------------

    def _tab_chosen(self, tab: int) -> None:
        if tab >= 0 and not self._choosing_tab:
            self._wanted_tab = tab
        if tab == self.FIGURES:
            self._fill_charts()

    def _open_tab_with_content(self, wanted: int) -> None:
        """Select ``wanted`` unless its list is empty for this item: then the first tab
        whose list is not (an industry opens on its parks, not on "Figures (0)")."""
        for tab in (wanted, *range(self._tabs.count())):
            page = self._tabs.widget(tab)
            if page is not None and not (isinstance(page, _TabPage) and page.is_empty()):
                self._choosing_tab = True
                try:
                    self._tabs.setCurrentIndex(tab)
                finally:
                    self._choosing_tab = False
                return

    def _follow(self, ref: ItemRef) -> None:
        if ref.kind is ItemKind.SOURCE:
            if self._sources.select_source(ref.id):
                self._tabs.setCurrentIndex(self.SOURCES)
            return
        self.linkActivated.emit(ref)

    def _fill_charts(self) -> None:
        """Fill the charts of the item shown, if not done yet."""
        if self._charts_due is None:
            return
        detail, given = self._charts_due
        self._charts_due = None
        peers = given() if callable(given) else given
        self._update_charts(detail, peers)

    def _update_charts(self, detail: Detail, peers: Sequence[Figure] | Peers) -> None:
        if not detail.figures:
            self._chart_holder.hide()
            return
        if self._chart_panel is None:
            from jimo_desktop.ui.charts.chart_panel import ChartPanel

            self._chart_panel = ChartPanel()
            self._chart_panel.linkActivated.connect(self._follow)
        if self._chart_slot.widget_in_slot() is not self._chart_panel:
            self.set_chart_widget(self._chart_panel)
        item = detail.item
        names = ordered_names(elided(_name(item)), elided(getattr(item, "name_zh", "")))
        title = " ".join(names).strip()
        self._chart_panel.set_figures(detail.figures, peers, subject=item.ref, subject_title=title)
        self._chart_holder.setVisible(self._chart_panel.has_charts())

    def _update_tab_titles(self, detail: Detail) -> None:
        titles = (
            self.tr("Related ({n})").format(n=len(detail.related)),
            self.tr("Figures ({n})").format(n=len(detail.figures)),
            self.tr("Timeline ({n})").format(n=len(detail.events)),
            self.tr("Sources ({n})").format(n=len(detail.sources)),
            self.tr("Map"),
        )
        for index, title in enumerate(titles):
            self._tabs.setTabText(index, title)
        if detail.conflicts:
            self._tabs.setTabIcon(
                self.FIGURES,
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            )
            self._tabs.setTabToolTip(
                self.FIGURES, self.tr("Some sources disagree: the figures are flagged.")
            )
        else:
            self._tabs.setTabIcon(self.FIGURES, QIcon())
            self._tabs.setTabToolTip(self.FIGURES, "")

    def _size_splitter(self) -> None:
        """Fit the card's height to its content, up to a little over half the pane,
        until the user drags the splitter: from then on their split stays. The card shows
        its names whole in any case."""
        width = self._card_scroll.viewport().width() or self.width()
        heading = self._card.heading_height(width) + self._card_scroll.frameWidth() * 2
        total = sum(self._splitter.sizes()) or self.height()
        if self._user_split or total <= 0:
            self._card_scroll.setMinimumHeight(heading)
            return
        wanted = (
            self._card.heightForWidth(width)
            if self._card.hasHeightForWidth()
            else self._card.sizeHint().height()
        )
        if wanted <= 0:
            wanted = self._card.sizeHint().height()
        # Up to a little over half the pane, or all but what the tabs need to show rows.
        self._card_scroll.setMinimumHeight(min(heading, wanted))  # the names, whole
        room = max(total * 11 // 20, total - self._TABS_ROOM, heading)
        card_height = min(wanted + self._card_scroll.frameWidth() * 2, room)
        if self._splitter.sizes()[0] != card_height:
            self._splitter.setSizes([card_height, total - card_height])

    _TABS_ROOM = 320  # pixels the tabs keep when the card is tall: titles and a few rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._item_page is not None
            and watched is self._card_scroll.viewport()
            and event.type() == QEvent.Type.Resize
        ):
            QTimer.singleShot(0, self, self._size_splitter)  # once the layout has settled
        return super().eventFilter(watched, event)

    def _on_splitter_moved(self, *_args: object) -> None:
        self._user_split = True

    def _related_explanation(self, detail: Detail) -> str:
        item = detail.item
        if isinstance(item, Park):
            text = self.tr("Zones, projects and organizations within this park.")
        elif isinstance(item, Organization):
            text = self.tr(
                "Projects this organization takes part in (with its role), organizations "
                "it controls, and the parks and places of its projects."
            )
        elif isinstance(item, Project):
            text = self.tr("Organizations in this project, with their role.")
        elif isinstance(item, Place):
            text = self.tr("Places, parks, organizations and projects in this place.")
        elif isinstance(item, Industry):
            text = self.tr("Parks where sources record this industry.")
        else:
            text = ""
        return (text + " " + self.tr("Double-click a row or press Enter to open it.")).strip()

    def _related_empty(self, detail: Detail) -> str:
        item = detail.item
        if isinstance(item, Park):
            return self.tr("No zones, projects or organizations are recorded in this park.")
        if isinstance(item, Organization):
            return self.tr("No projects or subsidiaries are recorded for this organization.")
        if isinstance(item, Project):
            return self.tr("No organizations are recorded for this project.")
        if isinstance(item, Industry):
            return self.tr("No park is recorded with this industry.")
        return self.tr("Nothing is recorded here.")


def _name(item: object) -> str:
    """An item's English name, or the title of one that has no name (a source)."""
    return str(getattr(item, "name_en", "") or getattr(item, "title", "") or "")
