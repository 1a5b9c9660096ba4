"""One search box for everything, with results grouped by kind and matches highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog import ItemKind, ItemRef, SearchHit, SearchResults
from jimo_desktop.ui.models.roles import COUNT_ROLE, ITEM_REF_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex

# Rich text of a row (the match highlighted), for the delegate.
HTML_ROLE = Qt.ItemDataRole.UserRole + 10

SEARCH_DELAY_MS = 150


def kind_title(kind: ItemKind, count: int) -> str:
    titles = {
        ItemKind.PARK: QApplication.translate("search", "Parks and zones"),
        ItemKind.ORGANIZATION: QApplication.translate("search", "Organizations"),
        ItemKind.PROJECT: QApplication.translate("search", "Projects"),
        ItemKind.PLACE: QApplication.translate("search", "Places"),
        ItemKind.INDUSTRY: QApplication.translate("search", "Industries"),
        ItemKind.EVENT: QApplication.translate("search", "Events"),
        ItemKind.SOURCE: QApplication.translate("search", "Sources"),
        ItemKind.CLAIM: QApplication.translate("search", "Fact-check claims"),
    }
    return f"{titles[kind]} ({count})"


def highlight(text: str, terms: Sequence[str]) -> str:
    """``text`` as HTML with every occurrence of the terms in bold on a soft background."""
    if not text:
        return ""
    folded = text.casefold()
    marks = [False] * len(text)
    for term in terms:
        needle = term.casefold()
        if not needle or len(folded) != len(text):
            continue
        start = folded.find(needle)
        while start >= 0:
            for i in range(start, start + len(needle)):
                marks[i] = True
            start = folded.find(needle, start + 1)
    out, open_ = [], False
    for char, marked in zip(text, marks, strict=True):
        if marked and not open_:
            out.append("<b style='background-color:#ffe58a'>")
            open_ = True
        elif not marked and open_:
            out.append("</b>")
            open_ = False
        out.append(html.escape(char))
    if open_:
        out.append("</b>")
    return "".join(out)


class _Node:
    __slots__ = ("children", "hit", "kind", "parent")

    def __init__(self, kind: ItemKind, hit: SearchHit | None, parent: _Node | None):
        self.kind = kind
        self.hit = hit
        self.parent = parent
        self.children: list[_Node] = []


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per kind, then a row per hit."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._groups: list[_Node] = []
        self._terms: tuple[str, ...] = ()

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._terms = results.terms
        self._groups = []
        for kind, hits in results.by_kind():
            group = _Node(kind, None, None)
            group.children = [_Node(kind, hit, group) for hit in hits]
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

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(self._groups.index(node.parent), 0, node.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        if node is None:
            return len(self._groups)
        return len(node.children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 1

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
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(p for p in (hit.title, hit.title_zh) if p)
        if role == HTML_ROLE:
            line = " · ".join(highlight(p, self._terms) for p in (hit.title, hit.title_zh) if p)
            if hit.context:
                line += f"<br><small>{highlight(hit.context, self._terms)}</small>"
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.context or hit.title
        if role == ITEM_REF_ROLE:
            return hit.ref
        return None


class HighlightDelegate(QStyledItemDelegate):
    """Paints a row's HTML_ROLE text (matches in bold) inside the normal item frame."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(option.rect.width(), 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        doc = self._document(opt, index)
        doc.setTextWidth(text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        doc.setTextWidth(max(opt.rect.width(), 260))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchBox(QLineEdit):
    """The search field: Esc clears it, Down moves into the results."""

    escapePressed = Signal()
    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """The search box and its results; the results show only while there is a query.

    ``search`` is the function that answers a query (the window passes the catalog's).
    """

    itemActivated = Signal(object)  # ItemRef
    activeChanged = Signal(bool)  # True while a query is shown

    def __init__(self, search: Callable[[str], SearchResults], parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._active = False

        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search everything: English or 中文  (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))

        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(HighlightDelegate(self.view))
        self.view.setRootIsDecorated(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setWordWrap(True)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(4, 2, 4, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.status.hide()
        self.view.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._timer.start)
        self.box.returnPressed.connect(self._enter)
        self.box.escapePressed.connect(self.clear)
        self.box.downPressed.connect(self._focus_results)
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)

    def is_active(self) -> bool:
        return self._active

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()
        self.run_query()

    def run_query(self) -> None:
        """Search now for the box's text (normally called by the debounce timer)."""
        self._timer.stop()
        text = self.box.text()
        results = self._search(text)
        self.model.set_results(results)
        self.view.expandAll()
        active = bool(results.terms)
        if not active:
            self.status.hide()
        elif results.hits:
            shown = self.model.hit_count()
            self.status.setText(self.tr("%n result(s)", "", shown))
            self.status.show()
        else:
            self.status.setText(
                self.tr(
                    "Nothing matches “{query}”. Try fewer or shorter words, or Chinese."
                ).format(query=text.strip())
            )
            self.status.show()
        self.view.setVisible(active and bool(results.hits))
        if active != self._active:
            self._active = active
            self.activeChanged.emit(active)

    def _first_hit(self) -> QModelIndex:
        if self.model.rowCount() == 0:
            return QModelIndex()
        return self.model.index(0, 0, self.model.index(0, 0))

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run_query()
        current = self.view.currentIndex()
        index = current if current.isValid() and current.parent().isValid() else self._first_hit()
        self._activate(index)

    def _focus_results(self) -> None:
        first = self._first_hit()
        if first.isValid():
            self.view.setFocus()
            self.view.setCurrentIndex(first)

    def _activate(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE) if index.isValid() else None
        if isinstance(ref, ItemRef):
            self.itemActivated.emit(ref)
