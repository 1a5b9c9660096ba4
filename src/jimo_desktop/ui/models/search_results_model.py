"""Search results as a two-level item model: a row per kind, then a row per hit.

A thin model over ``catalog.SearchResults``. A kind's row says how many hits it holds
(``COUNT_ROLE``); a hit's row carries its item (``ITEM_REF_ROLE``) and, in
``HTML_ROLE``, its title and context with the query's terms highlighted. Titles and
context are elided (``text_limits``) before they are highlighted. A hit's two titles come
in the language's order (``ordered_names``); the kinds' headings are said in the user's
language, again when it changes (``follow_language``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jimo_desktop.catalog import SearchHit, SearchResults
from jimo_desktop.items import ItemKind
from jimo_desktop.ui.models.language import follow_language
from jimo_desktop.ui.models.roles import COUNT_ROLE, ITEM_REF_ROLE
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import current_language, ordered_names

ModelIndex = QModelIndex | QPersistentModelIndex


# Rich text of a row (the match highlighted), for the delegate.
HTML_ROLE = Qt.ItemDataRole.UserRole + 10


def kind_title(kind: ItemKind, count: int) -> str:
    titles = {
        ItemKind.PARK: QCoreApplication.translate("search", "Parks and zones"),
        ItemKind.ORGANIZATION: QCoreApplication.translate("search", "Organizations"),
        ItemKind.PROJECT: QCoreApplication.translate("search", "Projects"),
        ItemKind.PLACE: QCoreApplication.translate("search", "Places"),
        ItemKind.INDUSTRY: QCoreApplication.translate("search", "Industries"),
        ItemKind.EVENT: QCoreApplication.translate("search", "Events"),
        ItemKind.SOURCE: QCoreApplication.translate("search", "Sources"),
        ItemKind.CLAIM: QCoreApplication.translate("search", "Fact-check claims"),
        ItemKind.ZONE: QCoreApplication.translate("search", "China's catalogue of zones (2018)"),
    }
    return f"{titles[kind]} ({count})"


_MARK_OPEN = "<b style='background-color:#ffe58a'>"


def highlight(text: str, terms: Sequence[str]) -> str:
    """``text`` as HTML with every occurrence of the terms in bold on a soft background."""
    if not text:
        return ""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    if len(folded) == len(text):
        for term in terms:
            needle = term.casefold()
            if not needle:
                continue
            start = folded.find(needle)
            while start >= 0:
                spans.append((start, start + len(needle)))
                start = folded.find(needle, start + 1)
    if not spans:
        return html.escape(text)
    out, at = [], 0
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        out += [html.escape(text[at:start]), _MARK_OPEN, html.escape(text[start:end]), "</b>"]
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class _Node:
    __slots__ = ("children", "hit", "html", "kind", "parent", "row")

    def __init__(self, kind: ItemKind, hit: SearchHit | None, parent: _Node | None, row: int):
        self.kind = kind
        self.hit = hit
        self.parent = parent
        self.row = row  # among its siblings
        self.children: list[_Node] = []
        # The row's HTML, as made for one language: (language, html), made when first asked.
        self.html: tuple[object, str] | None = None


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per kind, then a row per hit."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._groups: list[_Node] = []
        self._terms: tuple[str, ...] = ()
        follow_language(self)

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._terms = results.terms
        self._groups = []
        for row, (kind, hits) in enumerate(results.by_kind()):
            group = _Node(kind, None, None, row)
            group.children = [_Node(kind, hit, group, i) for i, hit in enumerate(hits)]
            self._groups.append(group)
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g.children) for g in self._groups)

    def _node(self, index: ModelIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_node = self._node(parent)
        siblings = self._groups if parent_node is None else parent_node.children
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    # PySide6 types parent() as QObject.parent and the model overload together.
    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        node = self._node(parent)
        return bool(self._groups) if node is None else bool(node.children)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        if node is None:
            return len(self._groups)
        return len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column's title (the view hides it; a copy of the hits starts with it)."""
        if (section, orientation, role) == (
            0,
            Qt.Orientation.Horizontal,
            Qt.ItemDataRole.DisplayRole,
        ):
            return self.tr("Search result")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        hit = node.hit
        if hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, HTML_ROLE):
                title = kind_title(node.kind, len(node.children))
                return f"<b>{html.escape(title)}</b>" if role == HTML_ROLE else title
            if role == COUNT_ROLE:
                return len(node.children)
            return None
        titles = [elided(p) for p in ordered_names(hit.title, hit.title_zh) if p]
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(titles)
        if role == HTML_ROLE:
            return self._html(node, titles)
        if role == Qt.ItemDataRole.ToolTipRole:
            return elided(hit.context or hit.title)
        if role == ITEM_REF_ROLE:
            return hit.ref
        return None

    def _html(self, node: _Node, titles: list[str]) -> str:
        """A hit's row as HTML, its terms highlighted: made once per language, since the
        view asks for it on every paint and every size."""
        language = current_language()
        if node.html is None or node.html[0] != language:
            hit = node.hit
            line = " · ".join(highlight(p, self._terms) for p in titles)
            if hit is not None and hit.context:
                line += f"<br><small>{highlight(elided(hit.context), self._terms)}</small>"
            node.html = (language, line)
        return node.html[1]
