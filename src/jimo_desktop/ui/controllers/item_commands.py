"""Compare and Export on the items the user selected, and the context menu of items.

The window builds one ``ItemCommands``. ``compare()`` puts a comparison of the selected
items (2 to 5) in the compare view and asks the window to show it; ``export()`` opens
the export dialog for the pane the user works in (in the folder used last,
``export_folder``; Ctrl+Q in it asks the window to quit); ``show_menu()`` is the context menu of
the tree, the shortlist, the search results and the detail tables (open, star, compare,
export).

Signals:
    comparisonReady(): the compare view holds a new comparison; show its page.
    linkActivated(ItemRef): open this item.
    message(str, int): a status-bar message and how long to show it (ms).
    exportFolderChanged(str): an export was written to this folder (to remember).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemRef

if TYPE_CHECKING:
    from jimo_desktop.ui.charts.comparison_charts import ComparisonCharts
    from jimo_desktop.ui.dialogs.export_dialog import ExportDialog
from jimo_desktop.comparison import MAX_ITEMS, MIN_ITEMS, compare
from jimo_desktop.ui.controllers.selections import (
    COMPARABLE,
    Pane,
    Selections,
    register_detail_tables,
)
from jimo_desktop.ui.controllers.shortlist_notes import STARRABLE, ShortlistNotes
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane


def item_menu(
    parent: QWidget,
    refs: Sequence[ItemRef],
    *,
    starred: Callable[[ItemRef], bool],
    open_item: Callable[[ItemRef], object],
    set_starred: Callable[[Sequence[ItemRef], bool], object],
    compare: Callable[[Sequence[ItemRef]], object],
    export: Callable[[], object],
) -> QMenu:
    """The context menu of items: open, star or unstar, compare, export."""
    menu = QMenu(parent)
    menu.setObjectName("itemMenu")
    if len(refs) == 1:
        menu.addAction(
            QCoreApplication.translate("ItemCommands", "&Open"), lambda: open_item(refs[0])
        ).setObjectName("menuOpen")
    starrable = [r for r in refs if r.kind in STARRABLE]
    if starrable:
        all_starred = all(starred(r) for r in starrable)
        if all_starred:
            text = QCoreApplication.translate("ItemCommands", "Remove from &Shortlist")
        elif len(starrable) == 1:
            text = QCoreApplication.translate("ItemCommands", "Add to &Shortlist")
        else:
            text = QCoreApplication.translate("ItemCommands", "Add {n} Items to &Shortlist").format(
                n=len(starrable)
            )
        star = menu.addAction(text, lambda: set_starred(starrable, not all_starred))
        star.setObjectName("menuStar")
    comparable = [r for r in refs if r.kind in COMPARABLE]
    compare_action = menu.addAction(
        QCoreApplication.translate("ItemCommands", "&Compare {n} Items").format(n=len(comparable))
        if len(comparable) >= MIN_ITEMS
        else QCoreApplication.translate("ItemCommands", "&Compare (select 2 to 5 items)"),
        lambda: compare(comparable),
    )
    compare_action.setObjectName("menuCompare")
    compare_action.setEnabled(MIN_ITEMS <= len(comparable) <= MAX_ITEMS)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("ItemCommands", "&Export to CSV…"), export
    ).setObjectName("menuExport")
    return menu


class ItemCommands(QObject):
    comparisonReady = Signal()
    linkActivated = Signal(object)
    message = Signal(str, int)
    exportFolderChanged = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        selections: Selections,
        shortlist: ShortlistNotes,
        compare_view: CompareView,
        window: QWidget,
    ):
        super().__init__(window)
        self.catalog = catalog
        self.selections = selections
        self.shortlist = shortlist
        self.compare_view = compare_view
        self._window = window
        self.export_dialog: ExportDialog | None = None
        self.export_folder = ""  # where the last export was written ("" at first)
        self.menu: QMenu | None = None

    def compare(self, refs: Sequence[ItemRef] | None = None) -> bool:
        """Compare ``refs``, else the items selected where the user works (Ctrl+Shift+C)."""
        given = self.selections.selected() if refs is None else refs
        chosen = list(dict.fromkeys(r for r in given if r.kind in COMPARABLE))
        if not MIN_ITEMS <= len(chosen) <= MAX_ITEMS:
            self.message.emit(
                QCoreApplication.translate(
                    "ItemCommands",
                    "Select {min} to {max} parks, companies or projects to compare "
                    "(Ctrl+click or Shift+click in the tree, the shortlist or a table); "
                    "{n} selected.",
                ).format(min=MIN_ITEMS, max=MAX_ITEMS, n=len(chosen)),
                10000,
            )
            return False
        details = [d for d in (self.catalog.detail(r) for r in chosen) if d is not None]
        sources = {r: self.catalog.item_sources(r) for r in chosen}
        self.compare_view.set_comparison(compare(details, sources))
        self._comparison_chart().set_items(details)
        self.comparisonReady.emit()
        return True

    def _comparison_chart(self) -> ComparisonCharts:
        """The bar charts under the comparison table, made on the first comparison (this
        is when pyqtgraph is first needed)."""
        from jimo_desktop.ui.charts.comparison_charts import ComparisonCharts

        panel = self.compare_view.chart_widget()
        if not isinstance(panel, ComparisonCharts):
            panel = ComparisonCharts()
            panel.linkActivated.connect(self.linkActivated)
            self.compare_view.set_chart_widget(panel)
        return panel

    def export(self, pane: Pane | None = None) -> ExportDialog | None:
        """Open the export dialog for ``pane``, else the pane the user works in (Ctrl+E)."""
        request = self.selections.export_request(pane)
        if request is None:
            return None
        from jimo_desktop.ui.dialogs.export_dialog import ExportDialog  # when first asked for

        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        dialog = self.export_dialog = ExportDialog(request, self._window, self.export_folder)
        dialog.folderUsed.connect(self.remember_folder)
        dialog.quitRequested.connect(self._window.close)
        dialog.exported.connect(
            lambda path, count: self.message.emit(
                QCoreApplication.translate(
                    "ItemCommands", "Exported %n row(s) to {path}.", "", count
                ).format(path=path),
                15000,
            )
        )
        dialog.open()
        return dialog

    def remember_folder(self, folder: str) -> None:
        """A file was written to ``folder``: propose it next time (and remember it)."""
        self.export_folder = folder
        self.exportFolderChanged.emit(folder)

    def show_menu(
        self, pane: Pane, ref: ItemRef | None, pos: QPoint, extra: Sequence[QAction] = ()
    ) -> QMenu:
        """The context menu of the items of ``pane`` at a global position: the selected
        items when ``ref`` is one of them (or None), else ``ref`` alone; ``extra``: the
        pane's own entries, first."""
        self.selections.activate(pane)
        selected = self.selections.selected(pane)
        refs = selected if ref is None or ref in selected else [ref]
        self.menu = item_menu(
            self._window,
            refs,
            starred=self.shortlist.store.is_starred,
            open_item=self.linkActivated.emit,
            set_starred=self.shortlist.set_starred,
            compare=self.compare,
            export=lambda: self.export(pane),
        )
        if extra:
            first = self.menu.actions()[0] if self.menu.actions() else None
            self.menu.insertActions(first, list(extra))  # type: ignore[arg-type]
            self.menu.insertSeparator(first)  # type: ignore[arg-type]
        self.menu.popup(pos)
        return self.menu

    def attach_menu(
        self,
        pane: Pane,
        view: QAbstractItemView,
        *,
        rows_are_items: bool = True,
        extra: Callable[[], Sequence[QAction]] | None = None,
    ) -> None:
        """Give an item view multi-selection and the context menu of ``pane`` (with the
        entries ``extra()`` gives first)."""
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def requested(pos: QPoint) -> None:
            ref = view.indexAt(pos).data(ITEM_REF_ROLE) if rows_are_items else None
            where = view.viewport().mapToGlobal(pos)
            actions = extra() if extra is not None and view.indexAt(pos).isValid() else ()
            self.show_menu(pane, ref if isinstance(ref, ItemRef) else None, where, actions)

        view.customContextMenuRequested.connect(requested)

    def add_detail_tables(self, detail_pane: DetailPane) -> None:
        """The Related and Figures tabs (built with the first item shown)."""
        register_detail_tables(self.selections, detail_pane)
        self.attach_menu(Pane.RELATED, detail_pane.related_table.view)
        # A figure's subject is the item shown: the menu offers its source, copying and
        # export.
        figures = detail_pane.figures_table
        figures.message.connect(self.message)
        self.attach_menu(
            Pane.FIGURES, figures.view, rows_are_items=False, extra=figures.menu_actions
        )
