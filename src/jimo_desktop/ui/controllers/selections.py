"""Where the user is working, and what is selected and shown there.

Star, Compare and Export act on the pane the user last worked in: the park tree, the
search results, the shortlist, the Related or Figures tab, or the comparison. This module
follows the keyboard focus to know which, answers with the selected items, and asks the
pane what it selects and shows for its ``ExportRequest``; what "selected", "shown" and
"all" then mean for each pane is decided in ``jimo_desktop.export.requests``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from jimo_desktop.catalog import Catalog, Grouping, ItemKind, ItemRef
from jimo_desktop.export.requests import (
    ExportRequest,
    comparison_request,
    figures_request,
    related_request,
    search_request,
    shortlist_request,
    tree_request,
)
from jimo_desktop.export.rows import Rows
from jimo_desktop.store import UserStore
from jimo_desktop.ui.models.roles import refs_in
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.search_panel import SearchPanel
from jimo_desktop.ui.panes.shortlist_panel import ShortlistPanel
from jimo_desktop.ui.panes.tree_panel import TreePanel

# Items that can be compared (events, sources and claims are not).
COMPARABLE = frozenset(
    {
        ItemKind.PARK,
        ItemKind.ORGANIZATION,
        ItemKind.PROJECT,
        ItemKind.PLACE,
        ItemKind.INDUSTRY,
        ItemKind.ZONE,
    }
)


class Pane(StrEnum):
    TREE = "tree"
    SEARCH = "search"
    SHORTLIST = "shortlist"
    RELATED = "related"
    FIGURES = "figures"
    COMPARE = "compare"


@dataclass
class _Registered:
    widget: QWidget
    selected: Callable[[], list[ItemRef]]
    export: Callable[[], ExportRequest | None]


class Selections(QObject):
    """Follows the focus across the registered panes; ``active()`` is the last one used."""

    def __init__(self, catalog: Catalog, store: UserStore, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.store = store
        self._panes: dict[Pane, _Registered] = {}
        self._active = Pane.TREE
        self._rows: Rows | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def rows(self) -> Rows:
        """The export rows of the catalog, built on first use."""
        if self._rows is None:
            self._rows = Rows(self.catalog)
        return self._rows

    def register(
        self,
        pane: Pane,
        widget: QWidget,
        selected: Callable[[], list[ItemRef]],
        export: Callable[[], ExportRequest | None],
    ) -> None:
        self._panes[pane] = _Registered(widget, selected, export)

    def is_registered(self, pane: Pane) -> bool:
        return pane in self._panes

    def activate(self, pane: Pane) -> None:
        if pane in self._panes:
            self._active = pane

    def active(self) -> Pane:
        """The pane last used, if it is still on screen; else the search results or the
        tree (whichever shows), else the shortlist."""
        for pane in (self._active, Pane.SEARCH, Pane.TREE, Pane.SHORTLIST):
            registered = self._panes.get(pane)
            if registered is not None and registered.widget.isVisible():
                return pane
        return self._active

    def selected(self, pane: Pane | None = None) -> list[ItemRef]:
        registered = self._panes.get(pane or self.active())
        return registered.selected() if registered else []

    def export_request(self, pane: Pane | None = None) -> ExportRequest | None:
        registered = self._panes.get(pane or self.active())
        return registered.export() if registered else None

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        for pane, registered in self._panes.items():
            try:
                widget = registered.widget
                if widget is now or widget.isAncestorOf(now):
                    self._active = pane
                    return
            except RuntimeError:  # a pane already deleted
                continue


# --------------------------------------------------------------------------- panes


def register_panes(
    selections: Selections,
    tree: TreePanel,
    search: SearchPanel,
    shortlist: ShortlistPanel,
    compare_view: CompareView,
) -> None:
    """Register the panes that exist from the start."""
    store = selections.store
    selections.register(
        Pane.TREE,
        tree,
        tree.selected_refs,
        lambda: tree_request(
            selections.rows,
            tree.selected_refs(),
            refs_in(tree.model(), fetch=True),
            store.notes(),
            zones=tree.grouping() is Grouping.CONTEXT,
        ),
    )
    selections.register(
        Pane.SEARCH,
        search.view,
        search.selected_refs,
        lambda: search_request(
            selections.rows,
            search.query(),
            search.selected_refs(),
            search.shown_refs(),
            store.notes(),
        ),
    )
    selections.register(
        Pane.SHORTLIST,
        shortlist,
        shortlist.selected_refs,
        lambda: shortlist_request(
            selections.rows, store.shortlist(), shortlist.selected_refs(), shortlist.export_keys()
        ),
    )

    def compared() -> list[ItemRef]:
        comparison = compare_view.comparison()
        return list(comparison.refs) if comparison is not None else []

    selections.register(
        Pane.COMPARE,
        compare_view,
        compared,
        lambda: comparison_request(
            compare_view.comparison(), [r.key for r in compare_view.selected_rows()]
        ),
    )


def register_detail_tables(selections: Selections, detail_pane: DetailPane) -> None:
    """Register the Related and Figures tabs (built with the first item shown)."""
    related = detail_pane.related_table
    selections.register(
        Pane.RELATED,
        related,
        related.selected_refs,
        lambda: related_request(
            selections.rows,
            detail_pane.item_title(),
            detail_pane.current_ref(),
            related.selected_refs(),
            related.shown_refs(),
            related.export_keys(),
            selections.store.notes(),
        ),
    )
    figures = detail_pane.figures_table
    selections.register(
        Pane.FIGURES,
        figures,
        lambda: [],
        lambda: figures_request(
            selections.catalog,
            detail_pane.item_title(),
            detail_pane.current_ref(),
            figures.selected_figures(),
            figures.figures(),
            figures.export_keys(),
        ),
    )
