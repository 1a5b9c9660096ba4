"""What "selected", "shown" and "all" mean for the export of each kind of pane.

An ``ExportRequest`` is what the export dialog is given: what is exported, in the user's
words (for the title), a ready ``ExportTable`` for each ``Scope`` that makes sense
(selected rows, rows shown, everything of this kind in the database), the columns the
user sees in view order (after the subject's names when rows are about several items),
the suggested file name (of each scope, when they differ), the scope to start on, and
why a scope is not offered.

One builder per kind of pane makes it from plain inputs: the rows of the catalog, the
items (or figures) selected and shown, the columns the pane shows, the name of the item
shown. The window only asks its panes for those and calls the builder. Titles, notes
and file names are English marked for translation (context "ExportRequest"); the window
translates them with ``translatable.translate_with``. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef
from jimo_desktop.catalog.search import MAX_QUERY_LENGTH
from jimo_desktop.comparison import Comparison
from jimo_desktop.export.rows import Rows, chinese_names
from jimo_desktop.export.tables import (
    ExportTable,
    comparison_table,
    figures_table,
    items_table,
    shortlist_table,
)
from jimo_desktop.store import ShortlistEntry
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message
from jimo_desktop.user_text import encodable

# The columns the park tree and the search results show (their views have no others).
TREE_COLUMNS = ("name_en", "name_zh", "type", "kind")
SEARCH_COLUMNS = ("name_en", "name_zh", "type")


class Scope(StrEnum):
    SELECTED = "selected"
    SHOWN = "shown"
    ALL = "all"


@dataclass
class ExportRequest:
    """What the dialog exports; a scope without a table (or without rows) is offered
    but disabled, and ``scope_notes`` may say why."""

    what: str  # in the user's words, for the title: "the shortlist", "figures of …"
    tables: dict[Scope, ExportTable | None]
    visible: Sequence[str] = ()  # keys of the columns the user sees, in view order
    file_name: str = QT_TRANSLATE_NOOP("ExportRequest", "export.csv")  # suggested file name
    scope_notes: dict[Scope, str] = field(default_factory=dict)  # why a scope is off
    # The file name of a scope whose rows are not what ``file_name`` says (everything).
    scope_file_names: dict[Scope, str] = field(default_factory=dict)
    # The scope to start on when it can be exported (None: ``first_scope``'s order).
    default_scope: Scope | None = None

    def enabled(self, scope: Scope) -> bool:
        """Whether ``scope`` can be exported: it has a table, with rows."""
        table = self.tables.get(scope)
        return table is not None and len(table.rows) > 0

    def first_scope(self) -> Scope:
        """The default scope when it has rows, else selected rows when there are some,
        else what is shown, else everything."""
        if self.default_scope is not None and self.enabled(self.default_scope):
            return self.default_scope
        for scope in (Scope.SELECTED, Scope.SHOWN, Scope.ALL):
            if self.enabled(scope):
                return scope
        return Scope.SHOWN

    def file_name_for(self, scope: Scope) -> str:
        """The suggested file name of an export of ``scope``."""
        return self.scope_file_names.get(scope, self.file_name)

    def visible_for(self, scope: Scope) -> list[str]:
        """The columns ticked at first for ``scope``: those the user sees, after the
        subject's names when its rows are about more than one item."""
        table = self.tables.get(scope)
        lead = list(table.lead_columns()) if table is not None else []
        return [*lead, *(key for key in self.visible if key not in lead)]


# --------------------------------------------------------------------------- items


def all_items(rows: Rows) -> list[ItemRef]:
    """Every park, organization and project in the database."""
    return [
        *(ItemRef(ItemKind.PARK, r["id"]) for r in rows.parks),
        *(ItemRef(ItemKind.ORGANIZATION, r["id"]) for r in rows.organizations),
        *(ItemRef(ItemKind.PROJECT, r["id"]) for r in rows.projects),
    ]


# Why "everything" is off for a pane that has no whole table to offer.
_ALL_NOT_HERE = QT_TRANSLATE_NOOP(
    "ExportRequest", "Not available here: export the rows shown instead."
)


def items_request(
    rows: Rows,
    what: str,
    selected: Sequence[ItemRef],
    shown: Sequence[ItemRef] | None,
    everything: Sequence[ItemRef] | None,
    visible: Sequence[str],
    file_name: str,
    notes: Mapping[ItemRef, str] | None = None,
) -> ExportRequest:
    """Items of any kind, each with the user's note; ``None`` for a scope not offered."""

    def table(refs: Sequence[ItemRef] | None) -> ExportTable | None:
        return items_table(rows, refs, notes) if refs is not None else None

    return ExportRequest(
        what,
        {Scope.SELECTED: table(selected), Scope.SHOWN: table(shown), Scope.ALL: table(everything)},
        visible,
        file_name,
        {} if everything is not None else {Scope.ALL: _ALL_NOT_HERE},
    )


def tree_request(
    rows: Rows,
    selected: Sequence[ItemRef],
    shown: Sequence[ItemRef],
    notes: Mapping[ItemRef, str] | None = None,
    *,
    zones: bool = False,
) -> ExportRequest:
    """The park tree: its selection, the rows it shows, or every park and company (with
    ``zones``, the tree of the catalogue of development zones: every zone)."""
    if zones:
        return items_request(
            rows,
            QT_TRANSLATE_NOOP("ExportRequest", "zones of China's catalogue from the tree"),
            selected,
            shown,
            [ItemRef(ItemKind.ZONE, str(r["id"])) for r in rows.zones],
            TREE_COLUMNS,
            QT_TRANSLATE_NOOP("ExportRequest", "zones.csv"),
            notes,
        )
    return items_request(
        rows,
        QT_TRANSLATE_NOOP("ExportRequest", "parks and companies from the tree"),
        selected,
        shown,
        all_items(rows),
        TREE_COLUMNS,
        QT_TRANSLATE_NOOP("ExportRequest", "parks.csv"),
        notes,
    )


def search_request(
    rows: Rows,
    query: str,
    selected: Sequence[ItemRef],
    shown: Sequence[ItemRef],
    notes: Mapping[ItemRef, str] | None = None,
) -> ExportRequest:
    """The search results for ``query``: selected or shown (not the whole database)."""
    return items_request(
        rows,
        Message(
            QT_TRANSLATE_NOOP("ExportRequest", "search results for “{query}”"),
            query=encodable(query)[:MAX_QUERY_LENGTH],
        ),
        selected,
        shown,
        None,
        SEARCH_COLUMNS,
        QT_TRANSLATE_NOOP("ExportRequest", "search-results.csv"),
        notes,
    )


def _slug(ref: ItemRef | None) -> str:
    """The item's part of a file name: its id."""
    return ref.id if ref is not None else QT_TRANSLATE_NOOP("ExportRequest", "item")


def related_request(
    rows: Rows,
    name: str,
    ref: ItemRef | None,
    selected: Sequence[ItemRef],
    shown: Sequence[ItemRef],
    visible: Sequence[str],
    notes: Mapping[ItemRef, str] | None = None,
) -> ExportRequest:
    """The Related tab of the item ``ref`` called ``name``: selected or shown rows."""
    return items_request(
        rows,
        Message(QT_TRANSLATE_NOOP("ExportRequest", "items related to {name}"), name=name),
        selected,
        shown,
        None,
        visible,
        Message(QT_TRANSLATE_NOOP("ExportRequest", "related-{item}.csv"), item=_slug(ref)),
        notes,
    )


# --------------------------------------------------------------------------- other panes


def shortlist_request(
    rows: Rows,
    entries: Sequence[ShortlistEntry],
    selected: Sequence[ItemRef],
    visible: Sequence[str],
) -> ExportRequest:
    """The shortlist (``entries``, all shown): the selected entries or all of them."""
    chosen = set(selected)
    return ExportRequest(
        QT_TRANSLATE_NOOP("ExportRequest", "the shortlist"),
        {
            Scope.SELECTED: shortlist_table(rows, [e for e in entries if e.ref in chosen]),
            Scope.SHOWN: shortlist_table(rows, entries),
            Scope.ALL: None,
        },
        visible,
        QT_TRANSLATE_NOOP("ExportRequest", "shortlist.csv"),
        {Scope.ALL: QT_TRANSLATE_NOOP("ExportRequest", "The shortlist is shown in full.")},
    )


def figures_request(
    catalog: Catalog,
    name: str,
    ref: ItemRef | None,
    selected: Sequence[Figure],
    shown: Sequence[Figure],
    visible: Sequence[str],
    today: datetime.date | None = None,
) -> ExportRequest:
    """The Figures tab of the item ``ref`` called ``name``: selected figures, those shown,
    or every figure in the database (a file named for all of them and ``today``).

    It starts on the figures shown: one selected row is only where the cursor is, so
    selected rows come first only when the user chose several."""
    names = chinese_names(catalog)
    day = (today or datetime.date.today()).isoformat()
    return ExportRequest(
        Message(QT_TRANSLATE_NOOP("ExportRequest", "figures of {name}"), name=name),
        {
            Scope.SELECTED: figures_table(selected, names),
            Scope.SHOWN: figures_table(shown, names),
            Scope.ALL: figures_table(catalog.all_figures(), names),
        },
        visible,
        Message(QT_TRANSLATE_NOOP("ExportRequest", "figures-{item}.csv"), item=_slug(ref)),
        scope_file_names={
            Scope.ALL: Message(
                QT_TRANSLATE_NOOP("ExportRequest", "jimo-figures-all-{date}.csv"), date=day
            )
        },
        default_scope=Scope.SELECTED if len(selected) > 1 else Scope.SHOWN,
    )


def comparison_request(
    comparison: Comparison | None, selected_keys: Sequence[str]
) -> ExportRequest | None:
    """The comparison (all of it shown) or the rows (fields) whose keys are selected;
    None when nothing is compared."""
    if comparison is None:
        return None
    table = comparison_table(comparison)
    chosen = set(selected_keys)
    return ExportRequest(
        QT_TRANSLATE_NOOP("ExportRequest", "the comparison"),
        {
            Scope.SELECTED: table.subset([r for r in table.rows if r["_key"] in chosen]),
            Scope.SHOWN: table,
            Scope.ALL: None,
        },
        [c.key for c in table.columns],
        QT_TRANSLATE_NOOP("ExportRequest", "comparison.csv"),
        {Scope.ALL: QT_TRANSLATE_NOOP("ExportRequest", "The comparison is shown in full.")},
    )
