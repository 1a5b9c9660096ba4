"""The park tree: a thin, lazy Qt model over the catalog's ``ParkTree``.

Root → groups (by kind, industry or place) → parks → what is inside a park (zones within
it, then projects, then organizations; zones nest). What is shown, and the counts, is
decided by ``jimo_desktop.catalog.park_tree.ParkTree`` without Qt: without a filter nothing
below the groups is read until a node is expanded (``hasChildren`` comes from the counts,
``fetchMore`` asks the tree for one node's children, a page of ``PAGE`` rows at a time, the
view asking for the next page when it scrolls to the end of what it has); with a filter the
groups and parks that lead to a match come at once, with the counts of what is shown.

This model only adapts it: internal nodes are small Python objects owned by the model;
indexes carry a node id that is never reused, so an index kept past a reset can only
miss, never point at the wrong node. Names are elided (``text_limits``) where shown, and
come in the language's order (``ordered_names``): ``Qingdao Blue Valley · 青岛蓝谷`` in
English, ``青岛蓝谷 · Qingdao Blue Valley`` in Chinese; the groups that are not items are
named in the user's language. When the language changes every row loaded is said again
(``follow_language``): nothing is reset, the view keeps its selection and what is open.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from jimo_desktop.catalog import Catalog, Grouping, TreeMatches, TreeNode
from jimo_desktop.catalog.park_tree import Level, ParkTree, ShownNode
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.icons import icon_for
from jimo_desktop.ui.models.language import follow_language
from jimo_desktop.ui.models.name_origin import marked_name_zh, origin_note
from jimo_desktop.ui.models.roles import COUNT_ROLE, ITEM_REF_ROLE
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import (
    Language,
    core_text,
    current_language,
    language_notifier,
    ordered_names,
)

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invalid index: "the top level", as a default argument

# The catalog names the groups that are not items (park categories and the "none"
# groups) in English, marked for translation in this context (``catalog.tree``).

# A row's label in parts, for a view that must shorten it (``tree_label``): its first and
# second names in the language's order, which of them is the English one (0 or 1), and
# the count shown after the first name (None for a row without one).
NAME_PARTS_ROLE = Qt.ItemDataRole.UserRole + 20


def tree_label(first: str, second: str, count: int | None) -> str:
    """``Qingdao Auto Industry New City (5) · 青岛汽车产业新城``: the count stays next to
    the name it counts, the second name comes last; no count for a row with nothing in it."""
    text = first
    if count:
        text = QCoreApplication.translate("ParkTreeModel", "{name} ({count})").format(
            name=text, count=count
        )
    if second:
        text = QCoreApplication.translate("ParkTreeModel", "{name} · {name_zh}").format(
            name=text, name_zh=second
        )
    return text


# A row's flags (asked for every row a view lays out: made once).
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _FLAGS | Qt.ItemFlag.ItemNeverHasChildren

# The roles the model answers, and those whose answer a row keeps (``_Node.said``).
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        ITEM_REF_ROLE,
        COUNT_ROLE,
        NAME_PARTS_ROLE,
    )
)
_SAID = frozenset((int(Qt.ItemDataRole.DisplayRole), int(NAME_PARTS_ROLE)))

# The levels whose rows show a count.
_COUNTED = (Level.GROUP, Level.SUBGROUP, Level.PARK)

# The rows a fetch adds at most: expanding a group of 6,000 parks reads and builds this many.
PAGE = 64


class _Node:
    """One row of the tree, as the model holds it. ``children`` is None until fetched;
    ``more`` while a page of them is still to fetch."""

    __slots__ = ("children", "count", "more", "parent", "row", "said", "shown", "uid")

    def __init__(self, uid: int, parent: _Node | None, row: int, shown: ShownNode | None):
        self.uid = uid
        self.parent = parent
        self.row = row
        self.shown = shown  # what the tree shows here; None for the root
        self.count = shown.count if shown is not None else 0  # children shown
        self.children: list[_Node] | None = None
        self.more = False
        self.said: dict[int, tuple[tuple[int, int], Any]] = {}  # a role's words, and when

    @property
    def tree(self) -> TreeNode | None:
        """What the catalog said about this row; None for the root."""
        return self.shown.node if self.shown is not None else None

    @property
    def level(self) -> Level | None:
        return self.shown.level if self.shown is not None else None


def _with_key(key: str) -> Callable[[_Node], bool]:
    """Whether a row is the node of ``key`` among its siblings."""
    return lambda node: node.tree is not None and node.tree.key == key


class ParkTreeModel(QAbstractItemModel):
    """Groups, parks and their contents, one column, fetched as nodes are expanded."""

    def __init__(
        self,
        catalog: Catalog,
        grouping: Grouping = Grouping.KIND,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._grouping = grouping
        self._filter_text = ""
        self._matches: TreeMatches | None = None
        self._uids = itertools.count(1)  # never reused, across resets
        self._nodes: dict[int, _Node] = {}
        self._tree = ParkTree(catalog, grouping)
        self._root = self._build()
        self._words = 0  # said again on every change of language, before the views ask
        language_notifier().changed.connect(self._new_words)
        follow_language(self)

    # -- public API -------------------------------------------------------------------

    def grouping(self) -> Grouping:
        return self._grouping

    def set_grouping(self, grouping: Grouping) -> None:
        """Group the parks another way; the filter, if any, stays."""
        grouping = Grouping(grouping)
        if grouping is self._grouping:
            return
        self._reset(grouping, self._matches)

    def filter_text(self) -> str:
        return self._filter_text

    def is_filtered(self) -> bool:
        return self._matches is not None

    def set_filter(self, text: str) -> None:
        """Show only the parks and items whose names match ``text``; "" shows everything."""
        matches = self._catalog.tree_matches(text)
        self._filter_text = text if matches is not None else ""
        if matches != self._matches:  # else the same rows (only spaces changed): keep state
            self._reset(self._grouping, matches)

    def ref_for_index(self, index: Index) -> ItemRef | None:
        """The item of a row; None for groups that are not items and invalid indexes."""
        node = self._node(index)
        return node.tree.ref if node is not None and node.tree is not None else None

    def index_for_ref(self, ref: ItemRef) -> QModelIndex:
        """The row of an item (fetching the nodes on the way), or an invalid index.

        Parks, projects and organizations are found under the group the catalog's
        ``tree_path`` names; industries and places are found among the groups.
        """
        if ref.kind in (ItemKind.INDUSTRY, ItemKind.PLACE):
            for group in self._root.children or []:
                if group.tree is not None and group.tree.ref == ref:
                    return self._index(group)
            return QModelIndex()
        path = self._catalog.tree_path(ref, self._grouping)
        if not path:
            return QModelIndex()
        node, index = self._root, QModelIndex()
        for key in path:
            found = self._child_with(node, index, _with_key(key))
            if found is None:
                return self._shown_row_of(ref) if self._matches is not None else QModelIndex()
            node, index = found, self._index(found)
        return index

    def _child_with(
        self, node: _Node, index: QModelIndex, wanted: Callable[[_Node], bool]
    ) -> _Node | None:
        """The first child of ``node`` that is ``wanted``, fetching its pages until found."""
        if node.children is None:
            self.fetchMore(index)
        checked = 0
        while True:
            children = node.children or []
            found = next((c for c in children[checked:] if wanted(c)), None)
            if found is not None or not node.more:
                return found
            checked = len(children)
            self.fetchMore(index)

    def _shown_row_of(self, ref: ItemRef) -> QModelIndex:
        """With a filter, the row of a zone shown inside its parent rather than beside it
        (found inside the parent's row), or an invalid index."""
        parent_ref = self._tree.parent_of.get(ref)
        parent = self.index_for_ref(parent_ref) if parent_ref is not None else QModelIndex()
        if not parent.isValid():
            return QModelIndex()
        node = self._node(parent)
        if node is None:
            return QModelIndex()
        found = self._child_with(node, parent, lambda c: c.tree is not None and c.tree.ref == ref)
        return self._index(found) if found is not None else QModelIndex()

    # -- QAbstractItemModel -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        node = self._node_or_root(parent)
        if node is None or column != 0 or node.children is None:
            return QModelIndex()
        if not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].uid)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        node = self._node(child)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index(node.parent)

    def rowCount(self, parent: Index = _TOP) -> int:
        node = self._node_or_root(parent)
        if node is None or node.children is None or parent.column() > 0:
            return 0
        return len(node.children)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 1

    def hasChildren(self, parent: Index = _TOP) -> bool:
        node = self._node_or_root(parent)
        if node is None or parent.column() > 0:
            return False
        if node.children is None:
            return node.count > 0  # known from the count, without loading
        return bool(node.children) or node.more

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node_or_root(parent)
        return node is not None and (node.children is None or node.more)

    def fetchMore(self, parent: Index) -> None:
        """Add the next page of a node's children (the first page when none are read)."""
        node = self._node_or_root(parent)
        if node is None or node.tree is None or not (node.children is None or node.more):
            return
        assert node.shown is not None
        start = len(node.children or [])
        found = self._tree.children(node.shown, start, PAGE)
        children = node.children if node.children is not None else []
        node.children = children
        if found:
            self.beginInsertRows(parent, start, start + len(found) - 1)
            children += [self._adopt(node, start + i, shown) for i, shown in enumerate(found)]
            self.endInsertRows()
        node.more = len(found) == PAGE
        counts_within = node.tree.counts_within  # its count is not of its children
        if not node.more and not counts_within and node.count != len(children):
            node.count = len(children)
            here = self._index(node)
            self.dataChanged.emit(here, here, [Qt.ItemDataRole.DisplayRole, COUNT_ROLE])

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        return _LEAF_FLAGS if node.level is Level.ITEM else _FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if section != 0 or orientation != Qt.Orientation.Horizontal:
            return None
        context = self._grouping is Grouping.CONTEXT
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Zones of China's catalogue (number)")
                if context
                else self.tr("Parks (number inside)")
            )
        if role == Qt.ItemDataRole.ToolTipRole and context:
            return self.tr(
                "China's catalogue of development zones (2018) by province and city, with "
                "the number of zones in each. A zone is under its city only where a source "
                "says which city it is in; the others are under “City not stated”."
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "The number after a name counts what is directly inside it: the parks of a "
                "group; the zones, projects and organizations of a park. With a filter it "
                "counts what the filter shows. A row without a number has nothing inside."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # asked for every role a view paints with: answer at once
            return None
        node = self._node(index)
        if node is None or node.tree is None:
            return None
        if role in _SAID:  # the row's words, made once per change of language and count
            key = (self._words, node.count)
            said = node.said.get(role)
            if said is None or said[0] != key:
                said = node.said[role] = (key, self._said(node, role))
            return said[1]
        return self._data(node, role)

    def _new_words(self, *_args: object) -> None:
        self._words += 1

    def _said(self, node: _Node, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node)
        first, second = self._names(node)
        english = 1 if current_language() is Language.CHINESE and second else 0
        return (first, second, english, self._count_shown(node))

    def _data(self, node: _Node, role: int) -> Any:
        assert node.tree is not None
        if role == Qt.ItemDataRole.DecorationRole:
            return icon_for(node.tree.ref.kind if node.tree.ref is not None else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.FontRole and node.level is Level.GROUP:
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_REF_ROLE:
            return node.tree.ref
        if role == COUNT_ROLE:
            return node.count if node.level in _COUNTED else None
        return None

    # -- building ---------------------------------------------------------------------

    def _reset(self, grouping: Grouping, matches: TreeMatches | None) -> None:
        """Rebuild the top level for a grouping and filter; on a failure keep the old tree."""
        old = (self._grouping, self._matches, self._tree, self._root, self._nodes)
        self.beginResetModel()
        try:
            self._grouping, self._matches = grouping, matches
            self._tree = ParkTree(self._catalog, grouping, matches)
            self._root = self._build()
        except BaseException:
            self._grouping, self._matches, self._tree, self._root, self._nodes = old
            raise
        finally:
            self.endResetModel()

    def _build(self) -> _Node:
        """A new top level: the groups (and, with a filter, what is shown in them)."""
        self._nodes = {}
        root = _Node(0, None, -1, None)
        root.children = [
            self._adopt(root, row, shown) for row, shown in enumerate(self._tree.top())
        ]
        root.count = len(root.children)
        return root

    def _adopt(self, parent: _Node, row: int, shown: ShownNode) -> _Node:
        """A node for what the tree shows under ``parent``, with what it has read below."""
        node = _Node(next(self._uids), parent, row, shown)
        self._nodes[node.uid] = node
        if shown.children is not None:
            node.children = [self._adopt(node, i, child) for i, child in enumerate(shown.children)]
        return node

    # -- lookup -----------------------------------------------------------------------

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._nodes.get(index.internalId())

    def _node_or_root(self, index: Index) -> _Node | None:
        return self._root if not index.isValid() else self._node(index)

    def _index(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.uid)

    # -- presentation -----------------------------------------------------------------

    def _names(self, node: _Node) -> tuple[str, str]:
        """The row's two names in the language's order, elided; the names of plain groups
        go through translation."""
        tree = node.tree
        assert tree is not None
        label = tree.label
        if node.level in (Level.GROUP, Level.SUBGROUP) and tree.ref is None and label:
            label = core_text(tree.label)
        label_zh = marked_name_zh(elided(tree.label_zh), tree.own_name_zh)  # `` *``: own
        first, second = ordered_names(elided(label), label_zh)
        if tree.is_park:  # a zone of the catalogue that is a park of the data
            park_en, park_zh, confidence = tree.is_park
            park = ordered_names(elided(park_en), elided(park_zh))[0]
            text = self.tr("is {park}") if confidence == "stated" else self.tr("probably {park}")
            second = text.format(park=park)
        return first, second

    def _display(self, node: _Node) -> str:
        """The row's label (``tree_label``): names, and the count of what is inside."""
        first, second = self._names(node)
        return tree_label(first, second, self._count_shown(node))

    @staticmethod
    def _count_shown(node: _Node) -> int | None:
        """The number shown after a group's or a park's name; None when there is nothing
        inside (a leaf has no count)."""
        if node.level in _COUNTED and node.count > 0:
            return node.count
        return None

    def _kind_name(self, kind: ItemKind | None) -> str:
        names = {
            None: self.tr("Group"),
            ItemKind.PARK: self.tr("Park or zone"),
            ItemKind.ORGANIZATION: self.tr("Organization"),
            ItemKind.PROJECT: self.tr("Project"),
            ItemKind.PLACE: self.tr("Place"),
            ItemKind.INDUSTRY: self.tr("Industry"),
            ItemKind.EVENT: self.tr("Event"),
            ItemKind.SOURCE: self.tr("Source"),
            ItemKind.CLAIM: self.tr("Claim"),
            ItemKind.ZONE: self.tr("Zone in China's catalogue"),
        }
        return names[kind]

    def _tooltip(self, node: _Node) -> str:
        tree = node.tree
        assert tree is not None
        lines = [name for name in self._names(node) if name]
        kind = self._kind_name(tree.ref.kind if tree.ref is not None else None)
        detail = (
            elided(tree.detail) if tree.detail and tree.detail.casefold() != kind.casefold() else ""
        )
        lines.append(
            self.tr("{kind}: {detail}").format(kind=kind, detail=detail) if detail else kind
        )
        filtered = node.shown is not None and node.shown.filtered
        if self._grouping is Grouping.CONTEXT and node.level in (Level.GROUP, Level.SUBGROUP):
            text = self.tr("Zones shown: {count}") if filtered else self.tr("Zones: {count}")
            lines.append(text.format(count=node.count))
        elif node.level is Level.GROUP:
            text = self.tr("Parks shown: {count}") if filtered else self.tr("Parks: {count}")
            lines.append(text.format(count=node.count))
        elif node.level is Level.PARK:
            text = (
                self.tr("Matching items inside: {count}")
                if filtered
                else self.tr("Zones, projects and organizations inside: {count}")
            )
            lines.append(text.format(count=node.count))
        if tree.own_name_zh and tree.label_zh:
            lines.append(origin_note(tree.own_name_zh))
        return "\n".join(lines)
