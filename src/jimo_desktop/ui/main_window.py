"""The main window: composes the panes, wires their signals, keeps the user's place.

Left: the search box above the park tree (search results replace the tree while a query
is typed). Centre: the detail pane (with the home page as its first screen), the fact
check or a comparison; which page an item opens on is ``navigation.page_for``. A dock at
the side: the note on the item shown and the shortlist. Tree and dock fold to strips
(``side_panels``). The window asks the catalog and
the user store for data and hands plain objects to the panes; what "selected" means in
each pane is ``selections.py``'s business.

View › Language switches the interface at once (``set_language``): Qt sends every widget
a ``LanguageChange`` event and each retranslates itself, the window its title, menus,
toolbar, status line and actions (``retranslate``); nothing is rebuilt, so the page
shown, the selections and the scroll positions stay. The choice is remembered in the
settings.

File › Open asks for a database (``controllers.database_files``): ``databaseRequested``,
which the start-up's ``Session`` opens in a new window. The title names the page and a
file other than the bundled one (``window_title``); Edit › Copy is ``focus_copy``'s.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import chart_series, paths
from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.comparison import MAX_ITEMS, MIN_ITEMS
from jimo_desktop.items import Item, ItemRef
from jimo_desktop.navigation import History, Page, Screen, page_for, remembered, restored
from jimo_desktop.settings import JsonStore, Settings, WindowState, with_database
from jimo_desktop.store import UserStore
from jimo_desktop.ui import window_geometry, window_title
from jimo_desktop.ui.actions import Actions
from jimo_desktop.ui.controllers.briefing_commands import BriefingCommands, window_contents
from jimo_desktop.ui.controllers.database_files import DatabaseFiles
from jimo_desktop.ui.controllers.focus_copy import FocusCopy
from jimo_desktop.ui.controllers.item_commands import ItemCommands
from jimo_desktop.ui.controllers.selections import Pane, Selections, register_panes
from jimo_desktop.ui.controllers.shortlist_notes import ShortlistNotes
from jimo_desktop.ui.controllers.view_modes import ViewModes
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.fact_check import FactCheckView
from jimo_desktop.ui.panes.map.lazy_map import LazyMap
from jimo_desktop.ui.panes.search_panel import SearchPanel
from jimo_desktop.ui.panes.tree_panel import TreePanel
from jimo_desktop.ui.side_panels import SidePanels
from jimo_desktop.ui.translations import (
    Language,
    Retranslating,
    core_text,
    current_language,
    set_language,
)
from jimo_desktop.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from jimo_desktop.ui.dialogs.export_dialog import ExportDialog

# The smallest window whose panes still show their names and tabs apart (fits 1024×768).
MINIMUM_SIZE = (900, 600)


class MainWindow(Retranslating, QMainWindow):
    # A database file to open instead (None: the bundled one); the Session opens it.
    databaseRequested = Signal(object)

    def __init__(
        self,
        catalog: Catalog,
        settings: JsonStore[Settings],
        window_state: JsonStore[WindowState],
        store: UserStore | None = None,
    ):
        super().__init__()
        self.catalog = catalog
        self.store = store if store is not None else UserStore.in_memory()
        self._settings_store = settings
        self._state_store = window_state
        self._settings = settings.load()
        self._history: History[Page] = History()
        self._page: Page | None = None
        self._opening: Page | None = None  # the page being shown (the tree asks for it too)
        self._item: Item | None = None  # the item shown last, for the title
        # The file open, when it is not the bundled database.
        self.database = None if paths.is_bundled_database(catalog.path) else catalog.path
        self.setObjectName("mainWindow")
        self.setMinimumSize(*MINIMUM_SIZE)
        self._init_panes()
        self._init_actions()
        self._init_user_panes()
        self._init_menus()
        self._init_status_bar()
        self._init_view_modes()
        panels = (self.splitter, self.tree_side, self.shortlist_dock)  # folded to strips or not
        self.side_panels = SidePanels(self, *panels, self.window_actions)
        self._connect()
        self._connect_user_panes()
        self.retranslate()
        self._restore()

    # -- construction -------------------------------------------------------------------

    def _init_panes(self) -> None:
        self.search_panel = SearchPanel(self.catalog.search)
        self.tree_panel = TreePanel(self.catalog)
        self.tree_side = left = QWidget()
        left.setObjectName("leftPane")
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_panel)
        layout.addWidget(self.tree_panel, 1)

        self.detail_pane = DetailPane()
        # The first screen's charts, built after the window has painted.
        self.detail_pane.set_dashboard_source(lambda: chart_series.dashboard_data(self.catalog))
        # The map's data, read once when a map is first shown (a tab or its own page).
        map_source = functools.cache(self.catalog.map_data)
        self.detail_pane.set_map_source(map_source)
        self.map_page = LazyMap(map_source)
        self.map_page.setObjectName("mapPage")
        self.fact_check = FactCheckView()
        self.centre = QStackedWidget()
        self.centre.addWidget(self.detail_pane)
        self.centre.addWidget(self.fact_check)
        self.compare_view = CompareView()
        self.centre.addWidget(self.compare_view)
        self.centre.addWidget(self.map_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        # The tree keeps its share of a wider window, so that long names show whole.
        window_geometry.keep_proportion(self.splitter, 0.35)
        window_geometry.show_handles(self.splitter)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _init_user_panes(self) -> None:
        """The dock with the note editor and the shortlist, and
        what "selected" means in each pane."""
        self.shortlist = ShortlistNotes(self.store, self.catalog, self.window_actions.star, self)
        self.shortlist_panel = self.shortlist.panel
        self.shortlist_dock = self.shortlist.dock
        self.note_editor = self.shortlist.note_editor
        self._detail_tables_wired = False
        self.selections = Selections(self.catalog, self.store, self)
        register_panes(
            self.selections,
            self.tree_panel,
            self.search_panel,
            self.shortlist_panel,
            self.compare_view,
        )
        self.commands = ItemCommands(
            self.catalog, self.selections, self.shortlist, self.compare_view, self
        )
        self.commands.attach_menu(Pane.SEARCH, self.search_panel.view)
        self.commands.export_folder = self._settings.export_folder
        panes = (self.shortlist_panel, self.selections, self.compare_view, self.current_page)
        self.briefing = BriefingCommands(self.catalog, self, window_contents(*panes), self.commands)

    def _init_actions(self) -> None:
        self.window_actions = Actions(self, {language: language.own_name for language in Language})

    def _init_menus(self) -> None:
        self.menus = WindowMenus(self, self.window_actions, self.shortlist_dock.toggleViewAction())
        self.file_menu, self.toolbar = self.menus.file_menu, self.menus.toolbar
        self.focus_copy = FocusCopy(self.window_actions.copy, self)
        self._init_file_menu()

    def _init_file_menu(self) -> None:
        """File: open a database (the dialog, the recent files, the bundled one), export,
        quit."""
        actions, file_menu = self.window_actions, self.file_menu
        self.database_files = DatabaseFiles(
            self._settings.recent_databases,
            self.database,
            actions.open_database,
            actions.open_bundled,
            self,
        )
        file_menu.addAction(actions.open_database)
        file_menu.addMenu(self.database_files.recent_menu)
        file_menu.addAction(actions.open_bundled)
        file_menu.addSeparator()
        file_menu.addActions([actions.export, actions.briefing])
        file_menu.addSeparator()
        file_menu.addActions([actions.print_preview, actions.print_pack])
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)

    def _init_status_bar(self) -> None:
        self._counts = self.catalog.counts()  # the status line is worded from these
        self.statusBar().addPermanentWidget(self.database_files.label)
        self.data_label = QLabel()
        self.data_label.setObjectName("dataLabel")
        self.statusBar().addPermanentWidget(self.data_label)

    def _init_view_modes(self) -> None:
        """Zoom, full screen and the presentation of the shortlist (else of the tree's
        group), from the item shown."""
        self.view_modes = ViewModes(
            self, self.window_actions, self.catalog.detail, self._items_to_present
        )
        self.view_modes.message.connect(self.statusBar().showMessage)
        self.view_modes.zoomChanged.connect(self._remember_zoom)

    def _items_to_present(self) -> tuple[list[ItemRef], ItemRef | None]:
        shown = self._page if isinstance(self._page, ItemRef) else None
        refs = self.shortlist_panel.refs() or self.tree_panel.group_refs()
        return refs, shown

    def _remember_zoom(self, percent: int) -> None:
        self._settings = replace(self._settings, zoom=percent)
        self._settings_store.save(self._settings)

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """The window's own words in the interface's language: its title, the menus'
        titles, the toolbar's name, the status line and every action."""
        self.setWindowTitle(window_title.of_page(self._page, self._item, self.database))
        self.menus.retranslate()
        counts = self._counts
        self.data_label.setText(
            self.tr(
                "{parks} parks and zones · {orgs} organizations · {projects} projects · "
                "{sources} sources · data as of {as_of}"
            ).format(
                parks=counts["parks"],
                orgs=counts["organizations"],
                projects=counts["projects"],
                sources=counts["sources"],
                as_of=self.catalog.data_as_of,
            )
        )
        self.window_actions.retranslate()
        self.database_files.retranslate()
        self.window_actions.check_language(current_language())
        self.shortlist.retranslate()  # the Star action's state and the dock's title

    def set_language(self, language: Language) -> None:
        """Show the interface in ``language`` at once, and remember the choice."""
        app = QCoreApplication.instance()
        if app is not None and language is not current_language():
            set_language(app, language)
        self.window_actions.check_language(current_language())
        self._settings = replace(self._settings, language=current_language().value)
        self._settings_store.save(self._settings)

    def _connect(self) -> None:
        actions = self.window_actions
        actions.quit.triggered.connect(self.close)
        actions.find.triggered.connect(self.search_panel.focus_box)
        actions.filter_tree.triggered.connect(self._filter_tree)
        actions.back.triggered.connect(self.go_back)
        actions.forward.triggered.connect(self.go_forward)
        actions.home.triggered.connect(lambda: self.navigate(Screen.HOME))
        actions.fact_check.triggered.connect(lambda: self.navigate(Screen.FACT_CHECK))
        self._connect_files_and_help()
        actions.map.triggered.connect(lambda: self.navigate(Screen.MAP))
        self.map_page.linkActivated.connect(self.navigate)
        actions.grouping.triggered.connect(
            lambda action: self.tree_panel.set_grouping(Grouping(action.data()))
        )
        actions.language.triggered.connect(self._language_chosen)
        self.tree_panel.groupingChanged.connect(self._grouping_changed)
        self.tree_panel.currentItemChanged.connect(self._tree_current_changed)
        self.tree_panel.selectionChangedRefs.connect(self._tree_selection_changed)
        self.search_panel.linkActivated.connect(self.open_search_hit)
        self.search_panel.activeChanged.connect(lambda active: self.tree_panel.setHidden(active))
        self.detail_pane.linkActivated.connect(self.navigate)
        self.detail_pane.factCheckRequested.connect(lambda: self.navigate(Screen.FACT_CHECK))
        self.fact_check.linkActivated.connect(self.navigate)

    def _connect_files_and_help(self) -> None:
        actions, files = self.window_actions, self.database_files
        files.openRequested.connect(self.databaseRequested)
        files.recentChanged.connect(self._recent_changed)
        # The dialogs are imported when first asked for, not before the first frame.
        actions.help.triggered.connect(self._show_help)
        actions.shortcuts.triggered.connect(self._show_shortcuts)
        actions.about.triggered.connect(self._show_about)

    def _show_help(self) -> None:
        from jimo_desktop.ui.dialogs.help_dialog import show_help

        show_help(self)

    def _show_shortcuts(self) -> None:
        from jimo_desktop.ui.dialogs.help_dialog import show_shortcuts

        show_shortcuts(self, self.window_actions.with_shortcuts)

    def _show_about(self) -> None:
        from jimo_desktop.ui.dialogs.about_dialog import show_about

        show_about(self, self.catalog, self.store.path and self.store.path.parent)

    def _connect_user_panes(self) -> None:
        commands, shortlist = self.commands, self.shortlist_panel
        self.window_actions.compare.triggered.connect(lambda: commands.compare())
        self.window_actions.export.triggered.connect(lambda: commands.export())
        self.briefing.connect_actions(self.window_actions)
        self.briefing.message.connect(self.statusBar().showMessage)
        self.shortlist.message.connect(self.statusBar().showMessage)
        commands.message.connect(self.statusBar().showMessage)
        commands.exportFolderChanged.connect(self._remember_export_folder)
        commands.linkActivated.connect(self.navigate)
        commands.comparisonReady.connect(lambda: self.navigate(Screen.COMPARE))
        shortlist.linkActivated.connect(self.navigate)
        shortlist.compareRequested.connect(lambda: commands.compare(shortlist.selected_refs()))
        shortlist.exportRequested.connect(lambda: commands.export(Pane.SHORTLIST))
        shortlist.contextMenuRequested.connect(
            lambda ref, pos: commands.show_menu(Pane.SHORTLIST, ref, pos)
        )
        self.tree_panel.contextMenuRequested.connect(
            lambda ref, pos: commands.show_menu(Pane.TREE, ref, pos)
        )
        self.compare_view.linkActivated.connect(self.navigate)
        self.compare_view.exportRequested.connect(lambda: commands.export(Pane.COMPARE))
        self.compare_view.closeRequested.connect(self.go_back)

    def _wire_detail_tables(self) -> None:
        """With the first item shown (its tables exist from then on): their menus."""
        if not self._detail_tables_wired:
            self._detail_tables_wired = True
            self.commands.add_detail_tables(self.detail_pane)

    # -- navigation ---------------------------------------------------------------------

    def navigate(self, page: Page, *, record: bool = True) -> bool:
        """Show a page (an item opens where ``page_for`` says); False when there is
        nothing to show: an item not in the database, or no comparison yet."""
        if isinstance(page, ItemRef):
            page = page_for(page, self.catalog)
        if page in (self._page, self._opening):
            return True
        self._opening = page
        try:
            shown = self._show_item(page) if isinstance(page, ItemRef) else self._show(page)
        finally:
            self._opening = None
        if not shown:
            return False
        self._page = page
        self.setWindowTitle(window_title.of_page(self._page, self._item, self.database))
        self.shortlist.show_page(page)
        if record:
            self._history.visit(page)
        self._update_navigation()
        return True

    def _show(self, screen: Screen) -> bool:
        if screen is Screen.COMPARE:
            if self.compare_view.comparison() is None:
                return False
            self.centre.setCurrentWidget(self.compare_view)
            return True
        self.tree_panel.clear_current()
        if screen is Screen.MAP:
            self.centre.setCurrentWidget(self.map_page)
        elif screen is Screen.HOME:
            self.detail_pane.show_home(self.catalog.overview())
            self.centre.setCurrentWidget(self.detail_pane)
        else:
            if not self.fact_check.claims():
                self.fact_check.set_claims(self.catalog.claims())
            self.centre.setCurrentWidget(self.fact_check)
        return True

    def _show_item(self, ref: ItemRef) -> bool:
        detail = self.catalog.detail(ref)
        if detail is None:
            self.statusBar().showMessage(self.tr("That item is not in this database."), 5000)
            return False
        self._wire_detail_tables()
        self._item = detail.item
        # (The peers are read when the charts are first shown: the Figures tab.)
        self.detail_pane.show_detail(detail, lambda: self.catalog.peers(ref))
        self.centre.setCurrentWidget(self.detail_pane)
        # (Already current when the user picked it in the tree: leave their selection be.)
        if self.tree_panel.current_ref() != ref and not self.tree_panel.reveal(ref):
            self.tree_panel.clear_current()
        return True

    def go_back(self) -> None:
        page = self._history.back()
        if page is not None:
            self.navigate(page, record=False)

    def go_forward(self) -> None:
        page = self._history.forward()
        if page is not None:
            self.navigate(page, record=False)

    def current_page(self) -> Page | None:
        return self._page

    def open_search_hit(self, ref: ItemRef) -> None:
        self.navigate(ref)
        if isinstance(self._page, ItemRef):
            self.detail_pane.setFocus()

    def _tree_current_changed(self, ref: object) -> None:
        if len(self.tree_panel.selected_refs()) > 1:
            return  # several rows selected: their comparison is shown instead
        if isinstance(ref, ItemRef) and ref != self._page:
            self.navigate(ref)

    def _tree_selection_changed(self, refs: list[ItemRef]) -> None:
        """Selecting several parks (Ctrl+click, Shift+click) shows their comparison."""
        if MIN_ITEMS <= len(refs) <= MAX_ITEMS:
            self.commands.compare(refs)
        elif len(refs) == 1 and refs[0] != self._page:
            self.navigate(refs[0])  # back to one row: show it
        elif len(refs) > MAX_ITEMS:
            self.statusBar().showMessage(
                self.tr("Select at most {n} items to compare them.").format(n=MAX_ITEMS), 8000
            )

    def _grouping_changed(self, grouping: Grouping) -> None:
        self.window_actions.group_by[grouping].setChecked(True)
        if isinstance(self._page, ItemRef):
            self.tree_panel.reveal(self._page)

    def _language_chosen(self, action: QAction) -> None:
        self.set_language(Language(action.data()))

    def _filter_tree(self) -> None:
        self.search_panel.clear()
        self.tree_panel.focus_filter()

    def _update_navigation(self) -> None:
        self.window_actions.back.setEnabled(self._history.can_go_back())
        self.window_actions.forward.setEnabled(self._history.can_go_forward())
        self.window_actions.home.setEnabled(self._page is not Screen.HOME)
        self.window_actions.fact_check.setEnabled(self._page is not Screen.FACT_CHECK)
        self.window_actions.map.setEnabled(self._page is not Screen.MAP)

    # -- shortlist, notes, comparison, export -------------------------------------------

    @property
    def export_dialog(self) -> ExportDialog | None:
        """The export dialog opened last (Ctrl+E), if any."""
        return self.commands.export_dialog

    # -- the database file ---------------------------------------------------------------

    def remember_database(self, path: Path | None) -> None:
        """Before a window over ``path`` (None: the bundled database) replaces this one: the
        notes, the window's place and the file (first of the recent ones) are saved."""
        name = "" if path is None else str(Path(path).expanduser().absolute())
        self._settings = with_database(self._settings, name)
        self.shortlist.flush()
        self.save_state()

    def _recent_changed(self) -> None:
        self._settings = replace(self._settings, recent_databases=self.database_files.recent)
        self._settings_store.save(self._settings)

    # -- remembered state ---------------------------------------------------------------

    def _restore(self) -> None:
        self.view_modes.set_zoom(self._settings.zoom, quiet=True)
        if not self.side_panels.restore_window(self._state_store.load()):
            self.resize(1200, 780)  # first start: a narrow shortlist beside the detail pane
            self.resizeDocks([self.shortlist_dock], [260], Qt.Orientation.Horizontal)
        try:
            grouping = Grouping(self._settings.grouping)
        except ValueError:
            grouping = Grouping.KIND
        self.tree_panel.set_grouping(grouping)
        self.window_actions.group_by[grouping].setChecked(True)
        if not self.navigate(restored(self._settings.last_item)):
            self.navigate(Screen.HOME)
        if self.detail_pane.current_ref() is not None:
            self.detail_pane.prefer_tab(self._settings.detail_tab)
        stores = (self._settings_store, self._state_store, self.store)
        problems = " ".join(core_text(store.problem) for store in stores if store.problem)
        if problems:
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(problems, 30000))

    def _remember_export_folder(self, folder: str) -> None:
        self._settings = replace(self._settings, export_folder=folder)
        self._settings_store.save(self._settings)

    def save_state(self) -> None:
        showing_item = self.detail_pane.current_ref() is not None
        self._settings = replace(
            self._settings,
            grouping=self.tree_panel.grouping().value,
            last_item=remembered(self._page),
            detail_tab=(
                self.detail_pane.current_tab() if showing_item else self._settings.detail_tab
            ),
            language=current_language().value,  # the language this start was in
        )
        self._settings_store.save(self._settings)
        self._state_store.save(self.side_panels.capture())  # with the panels folded or not

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.view_modes.sync_full_screen()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        dialog = self.export_dialog
        if dialog is not None and dialog.is_running():
            if not dialog.ask_cancel_and_quit():  # No: the export goes on
                event.ignore()
                return
            dialog.reject()  # cancels the export: no file is left half-written
        self.briefing.cancel()  # a pack being painted is not written
        self.view_modes.leave_presentation()  # the window's place as it was before
        self.shortlist.flush()
        self.save_state()
        super().closeEvent(event)
