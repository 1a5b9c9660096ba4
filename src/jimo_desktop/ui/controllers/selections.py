"""Where the user is working, and what "selected", "shown" and "all" mean there.

Star, Compare and Export act on the pane the user last worked in: the park tree, the
search results, the shortlist, the Related or Figures tab, or the comparison. This module
follows the keyboard focus to know which, answers with the selected items, and builds
the ``ExportRequest`` of that pane (tables from ``export_tables``, the columns the pane
shows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef
from jimo_desktop.comparison import Comparison
from jimo_desktop.export.rows import Rows
from jimo_desktop.export.tables import ExportTable as Table
from jimo_desktop.export.tables import comparison_table, figures_table, items_table, shortlist_table
from jimo_desktop.store import UserStore
from jimo_desktop.ui.dialogs.export_dialog import ExportRequest, Scope
from jimo_desktop.ui.models.roles import refs_in
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from jimo_desktop.ui.panes.search_panel import SearchPanel
from jimo_desktop.ui.panes.shortlist_panel import ShortlistPanel
from jimo_desktop.ui.panes.tree_panel import TreePanel

# Items that can be compared (events, sources and claims are not).
COMPARABLE = frozenset(
    {ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT, ItemKind.PLACE, ItemKind.INDUSTRY}
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Selections", text)


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

    # -- export requests for each kind of pane ----------------------------------------

    def items_request(
        self,
        what: str,
        selected: Sequence[ItemRef],
        shown: Sequence[ItemRef] | None,
        everything: Sequence[ItemRef] | None,
        visible: Sequence[str],
        file_name: str,
    ) -> ExportRequest:
        notes = self.store.notes()

        def table(refs: Sequence[ItemRef] | None) -> Table | None:
            return items_table(self.rows, refs, notes) if refs is not None else None

        return ExportRequest(
            what,
            {
                Scope.SELECTED: table(selected),
                Scope.SHOWN: table(shown),
                Scope.ALL: table(everything),
            },
            visible,
            file_name,
            {Scope.ALL: _tr("Not available here: export the rows shown instead.")},
        )

    def all_items(self) -> list[ItemRef]:
        """Every park, organization and project in the database."""
        rows = self.rows
        return [
            *(ItemRef(ItemKind.PARK, r["id"]) for r in rows.parks),
            *(ItemRef(ItemKind.ORGANIZATION, r["id"]) for r in rows.organizations),
            *(ItemRef(ItemKind.PROJECT, r["id"]) for r in rows.projects),
        ]

    def shortlist_request(
        self, selected: Sequence[ItemRef], visible: Sequence[str]
    ) -> ExportRequest:
        entries = self.store.shortlist()
        chosen = set(selected)
        return ExportRequest(
            _tr("the shortlist"),
            {
                Scope.SELECTED: shortlist_table(self.rows, [e for e in entries if e.ref in chosen]),
                Scope.SHOWN: shortlist_table(self.rows, entries),
                Scope.ALL: None,
            },
            visible,
            "shortlist.csv",
            {Scope.ALL: _tr("The shortlist is shown in full.")},
        )

    def figures_request(
        self,
        what: str,
        selected: Sequence[Figure],
        shown: Sequence[Figure],
        file_name: str,
        visible: Sequence[str],
    ) -> ExportRequest:
        return ExportRequest(
            what,
            {
                Scope.SELECTED: figures_table(selected),
                Scope.SHOWN: figures_table(shown),
                Scope.ALL: figures_table(self.catalog.all_figures()),
            },
            visible,
            file_name,
        )

    def comparison_request(
        self, comparison: Comparison | None, selected_keys: Sequence[str]
    ) -> ExportRequest | None:
        if comparison is None:
            return None
        table = comparison_table(comparison)
        chosen = set(selected_keys)
        return ExportRequest(
            _tr("the comparison"),
            {
                Scope.SELECTED: table.subset([r for r in table.rows if r["_key"] in chosen]),
                Scope.SHOWN: table,
                Scope.ALL: None,
            },
            [c.key for c in table.columns],
            "comparison.csv",
            {Scope.ALL: _tr("The comparison is shown in full.")},
        )


# --------------------------------------------------------------------------- panes


def register_panes(
    selections: Selections,
    tree: TreePanel,
    search: SearchPanel,
    shortlist: ShortlistPanel,
    compare_view: CompareView,
) -> None:
    """Register the panes that exist from the start."""
    selections.register(
        Pane.TREE,
        tree,
        tree.selected_refs,
        lambda: selections.items_request(
            _tr("parks and companies from the tree"),
            tree.selected_refs(),
            refs_in(tree.model(), fetch=True),
            selections.all_items(),
            ["name_en", "name_zh", "type", "kind"],
            "parks.csv",
        ),
    )
    selections.register(
        Pane.SEARCH,
        search.view,
        search.selected_refs,
        lambda: selections.items_request(
            _tr("search results for “{query}”").format(query=search.query()),
            search.selected_refs(),
            search.shown_refs(),
            None,
            ["name_en", "name_zh", "type"],
            "search-results.csv",
        ),
    )
    selections.register(
        Pane.SHORTLIST,
        shortlist,
        shortlist.selected_refs,
        lambda: selections.shortlist_request(shortlist.selected_refs(), shortlist.export_keys()),
    )

    def compared() -> list[ItemRef]:
        comparison = compare_view.comparison()
        return list(comparison.refs) if comparison is not None else []

    selections.register(
        Pane.COMPARE,
        compare_view,
        compared,
        lambda: selections.comparison_request(
            compare_view.comparison(), [r.key for r in compare_view.selected_rows()]
        ),
    )


def register_detail_tables(selections: Selections, detail_pane: DetailPane) -> None:
    """Register the Related and Figures tabs (built with the first item shown)."""

    def slug() -> str:
        ref = detail_pane.current_ref()
        return ref.id if ref else "item"

    related = detail_pane.related_table
    selections.register(
        Pane.RELATED,
        related,
        related.selected_refs,
        lambda: selections.items_request(
            _tr("items related to {name}").format(name=detail_pane.item_title()),
            related.selected_refs(),
            related.shown_refs(),
            None,
            related.export_keys(),
            f"related-{slug()}.csv",
        ),
    )
    figures = detail_pane.figures_table
    selections.register(
        Pane.FIGURES,
        figures,
        lambda: [],
        lambda: selections.figures_request(
            _tr("figures of {name}").format(name=detail_pane.item_title()),
            figures.selected_figures(),
            figures.figures(),
            f"figures-{slug()}.csv",
            figures.export_keys(),
        ),
    )
