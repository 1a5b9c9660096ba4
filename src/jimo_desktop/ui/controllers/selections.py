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

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef
from jimo_desktop.comparison import Comparison
from jimo_desktop.export_tables import (
    Rows,
    Table,
    comparison_table,
    figures_table,
    items_table,
    shortlist_table,
)
from jimo_desktop.store import UserStore
from jimo_desktop.ui.dialogs.export_dialog import ExportRequest, Scope
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE

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


def refs_in(model: QAbstractItemModel, *, fetch: bool = False) -> list[ItemRef]:
    """Every item of a model (all levels), in display order, once each."""
    found: dict[ItemRef, None] = {}

    def walk(parent: QModelIndex) -> None:
        if fetch and model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            ref = index.data(ITEM_REF_ROLE)
            if isinstance(ref, ItemRef):
                found.setdefault(ref, None)
            if model.hasChildren(index):
                walk(index)

    walk(QModelIndex())
    return list(found)


def selected_in(indexes: Sequence[QModelIndex]) -> list[ItemRef]:
    refs = (index.data(ITEM_REF_ROLE) for index in sorted(indexes, key=lambda i: i.row()))
    return list(dict.fromkeys(r for r in refs if isinstance(r, ItemRef)))


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

# Export keys of the columns of the views, by their column number.
FIGURE_VIEW_KEYS = {
    FiguresModel.CONFLICT: "disputed",
    FiguresModel.METRIC: "metric",
    FiguresModel.PERIOD: "period",
    FiguresModel.VALUE: "value_as_published",
    FiguresModel.SOURCE: "source",
    FiguresModel.CONFIDENCE: "confidence",
}
RELATED_VIEW_KEYS = {
    RelatedModel.NAME: "name_en",
    RelatedModel.NAME_ZH: "name_zh",
    RelatedModel.TYPE: "type",
    RelatedModel.DETAIL: "kind",
}


def visible_keys(view: QTableView, keys: dict[int, str]) -> list[str]:
    """The export keys of a table view's shown columns, in the order shown."""
    header = view.horizontalHeader()
    shown = [c for c in keys if not view.isColumnHidden(c)]
    return [keys[c] for c in sorted(shown, key=header.visualIndex)]


def register_panes(selections: Selections, tree, search, shortlist, compare_view) -> None:
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
    search_selected = lambda: selected_in(search.view.selectionModel().selectedRows())  # noqa: E731
    selections.register(
        Pane.SEARCH,
        search.view,
        search_selected,
        lambda: selections.items_request(
            _tr("search results for “{query}”").format(query=search.box.text().strip()),
            search_selected(),
            refs_in(search.model),
            None,
            ["name_en", "name_zh", "type"],
            "search-results.csv",
        ),
    )
    selections.register(
        Pane.SHORTLIST,
        shortlist,
        shortlist.selected_refs,
        lambda: selections.shortlist_request(
            shortlist.selected_refs(), shortlist.visible_columns()
        ),
    )
    selections.register(
        Pane.COMPARE,
        compare_view,
        lambda: list(compare_view.comparison().refs) if compare_view.comparison() else [],
        lambda: selections.comparison_request(
            compare_view.comparison(), [r.key for r in compare_view.selected_rows()]
        ),
    )


def register_detail_tables(selections: Selections, detail_pane) -> None:
    """Register the Related and Figures tabs (built with the first item shown)."""
    related = detail_pane.related_table
    related_selected = lambda: selected_in(related.view.selectionModel().selectedRows())  # noqa: E731

    def item_name() -> str:
        detail = detail_pane.current_detail()
        item = detail.item if detail else None
        return getattr(item, "name_en", "") or getattr(item, "title", "") or ""

    def slug() -> str:
        ref = detail_pane.current_ref()
        return ref.id if ref else "item"

    selections.register(
        Pane.RELATED,
        related,
        related_selected,
        lambda: selections.items_request(
            _tr("items related to {name}").format(name=item_name()),
            related_selected(),
            refs_in(related.view.model()),
            None,
            visible_keys(related.view, RELATED_VIEW_KEYS),
            f"related-{slug()}.csv",
        ),
    )
    figures = detail_pane.figures_table
    selections.register(
        Pane.FIGURES,
        figures,
        lambda: [],
        lambda: selections.figures_request(
            _tr("figures of {name}").format(name=item_name()),
            figures.selected_figures(),
            figures.figures(),
            f"figures-{slug()}.csv",
            visible_keys(figures.view, FIGURE_VIEW_KEYS),
        ),
    )
