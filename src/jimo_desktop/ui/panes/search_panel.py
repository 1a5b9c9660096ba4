"""One search box for everything, with results grouped by kind and matches highlighted.

``search`` (the catalog's) answers a query as soon as the keys typed are handled: its
hits fill a ``models.SearchResultsModel`` drawn by ``HighlightDelegate`` at once, and its
facets are counted on a thread of their own and shown when counted (a newer query cancels
the count of an older one, whose counts are never shown). The pane answers which
hits are shown and selected (``shown_refs``, ``selected_refs``) and the ``query``. A query
that finds nothing may get "Did you mean …?" (``suggestion``): a link that searches for the
catalog's suggestion. Above the results, the facets (``FacetChips``: kinds, industries,
grades, with the catalog's counts) narrow them; a new query starts unnarrowed. When the
language changes the box, the status line and the
suggestion say their words again (``retranslate``) and the model its rows; the results and
the selection stay.

Signals:
    linkActivated(ItemRef): open a hit (Enter, double-click or activation).
    activeChanged(bool): True while a query shows results instead of the tree.
"""

from __future__ import annotations

import contextlib
import html
import threading
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
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
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog import Facet, Narrowing, SearchResults
from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE, refs_in, selected_in
from jimo_desktop.ui.models.row_copy import CopyingTreeView
from jimo_desktop.ui.models.search_results_model import HTML_ROLE, SearchResultsModel
from jimo_desktop.ui.panes.facet_chips import FacetChips
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import Retranslating

ModelIndex = QModelIndex | QPersistentModelIndex


# How long the pane waits after a keystroke before it searches: none beyond the keys
# already queued (a timer at 0 runs once they are handled), so the query searched is the
# latest and a stale one is never run.
SEARCH_DELAY_MS = 0
# How many laid-out rows the delegate keeps (a screenful of results many times over).
DOCUMENTS_KEPT = 512


class HighlightDelegate(QStyledItemDelegate):
    """Paints a row's HTML_ROLE text (matches in bold) inside the normal item frame.

    A row's document is made and laid out once for its text, font and width, and kept
    (the last ``DOCUMENTS_KEPT``): the view asks for a row's size and paints it again and
    again while it scrolls and repaints."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, str, int], QTextDocument] = OrderedDict()

    def _document(
        self, option: QStyleOptionViewItem, index: ModelIndex, width: int
    ) -> QTextDocument:
        markup = str(index.data(HTML_ROLE) or "")
        key = (markup, option.font.key(), width)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(markup)
        doc.setTextWidth(width)
        self._documents[key] = doc
        if len(self._documents) > DOCUMENTS_KEPT:
            self._documents.popitem(last=False)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        doc = self._document(opt, index, text_rect.width())
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
        doc = self._document(opt, index, max(opt.rect.width(), 260))
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


class _FacetCount(QRunnable):
    """Counts the facets of one query off the window's thread, and hands them back (or
    nothing, when a newer query cancelled it)."""

    def __init__(
        self,
        search: Callable[..., SearchResults],
        text: str,
        narrowing: Narrowing,
        relay: _FacetRelay,
        serial: int,
        cancelled: threading.Event,
    ):
        super().__init__()
        self._search, self._text, self._narrowing = search, text, narrowing
        self._relay, self._serial, self._cancelled = relay, serial, cancelled

    def run(self) -> None:
        try:
            results = self._search(
                self._text,
                narrowing=self._narrowing,
                hits=False,
                cancelled=self._cancelled.is_set,
            )
        except Exception:  # the pane or its database went away meanwhile: nothing to show
            return
        if not self._cancelled.is_set():
            with contextlib.suppress(RuntimeError):  # the pane is gone
                self._relay.counted.emit(self._serial, results)


class _FacetRelay(QObject):
    counted = Signal(int, object)  # the query's serial, its SearchResults (facets only)


class SearchPanel(Retranslating, QWidget):
    """The search box and its results; the results show only while there is a query.

    ``search`` is the function that answers a query (the window passes the catalog's):
    ``search(text, narrowing=Narrowing(...))``.
    """

    linkActivated = Signal(object)  # ItemRef
    activeChanged = Signal(bool)  # True while a query is shown

    def __init__(self, search: Callable[..., SearchResults], parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._active = False
        self._narrowing = Narrowing()
        # What the status line says: the number of hits, or the query nothing matched.
        self._shown_hits: int | None = None
        self._unmatched = ""

        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)

        self.model = SearchResultsModel(self)
        self.view = CopyingTreeView()
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

        self._suggested = ""
        self.suggestion = QLabel()
        self.suggestion.setObjectName("searchSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setContentsMargins(4, 0, 4, 2)
        self.suggestion.linkActivated.connect(self._search_suggestion)
        self.show_suggestion()
        self.facets = FacetChips()
        self.facets.setContentsMargins(4, 0, 4, 2)
        self.facets.facetToggled.connect(self._facet_toggled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.facets)
        layout.addWidget(self.view, 1)
        self.status.hide()
        self.facets.hide()
        self.view.hide()

        # The facets of the query shown are counted on a thread of their own, after the
        # hits are shown; a newer query cancels the count of an older one.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _FacetRelay(self)
        self._relay.counted.connect(self._facets_counted)
        self._serial = 0
        self._counting: threading.Event | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._enter)
        self.box.escapePressed.connect(self.clear)
        self.box.downPressed.connect(self._focus_results)
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)
        self.view.clicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """The box's words and the status line in the user's language."""
        self.box.setPlaceholderText(self.tr("Search everything: English or 中文  (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Search"))
        self._say_status()
        self.show_suggestion()

    def _say_status(self) -> None:
        if self._shown_hits is not None:
            self.status.setText(self.tr("%n result(s)", "", self._shown_hits))
        elif self._unmatched:
            self.status.setText(
                self.tr(
                    "Nothing matches “{query}”. Try fewer or shorter words, or Chinese."
                ).format(query=elided(self._unmatched))
            )

    def is_active(self) -> bool:
        return self._active

    def query(self) -> str:
        """The text searched for, without surrounding spaces."""
        return self.box.text().strip()

    def selected_refs(self) -> list[ItemRef]:
        return selected_in(self.view.selectionModel().selectedRows())

    def shown_refs(self) -> list[ItemRef]:
        """Every hit shown, kind after kind, once each."""
        return refs_in(self.model)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()
        self.run_query()

    def run_query(self) -> None:
        """Search now for the box's text (called by the timer once the keys queued are
        handled)."""
        self._timer.stop()
        self._cancel_count()
        text = self.box.text()
        results = self._search(text, narrowing=self._narrowing, facets=False)
        self.model.set_results(results)
        if results.hits:
            self._count_facets(text, results.narrowing)
        else:
            self.facets.set_facets((), results.narrowing)
        for row in range(self.model.rowCount()):  # a row per kind: each opened once
            self.view.setExpanded(self.model.index(row, 0), True)
        active = bool(results.terms)
        self._shown_hits = self.model.hit_count() if active and results.hits else None
        self._unmatched = text.strip() if active and not results.hits else ""
        self._say_status()
        self.status.setVisible(active)
        self.view.setVisible(active and bool(results.hits))
        self._suggested = results.suggestion if active and not results.hits else ""
        self.show_suggestion()
        if active != self._active:
            self._active = active
            self.activeChanged.emit(active)

    def counting_facets(self) -> bool:
        """Whether the facets of the query shown are still being counted."""
        return self._counting is not None

    def _count_facets(self, text: str, narrowing: Narrowing) -> None:
        self._serial += 1
        self._counting = threading.Event()
        self._pool.start(
            _FacetCount(self._search, text, narrowing, self._relay, self._serial, self._counting)
        )

    def _cancel_count(self) -> None:
        if self._counting is not None:
            self._counting.set()
            self._counting = None

    def _facets_counted(self, serial: int, results: SearchResults) -> None:
        if serial != self._serial or self._counting is None:
            return  # of a query no longer shown
        self._counting = None
        self.facets.set_facets(results.facets, results.narrowing)

    def narrowing(self) -> Narrowing:
        """What the facets keep of the results."""
        return self._narrowing

    def _text_changed(self) -> None:
        self._narrowing = Narrowing()  # a new query: every match again
        self._timer.start()

    def _facet_toggled(self, facet: Facet) -> None:
        """Narrow the results to ``facet`` (or widen them again), at once."""
        self._narrowing = self._narrowing.toggled(facet)
        self.run_query()

    def show_suggestion(self) -> None:
        """Show "Did you mean …?" for the suggestion kept, in the current language (call it
        again when the language changes), or nothing."""
        link = f'<a href="#suggestion">{html.escape(self._suggested)}</a>'
        self.suggestion.setText(
            self.tr("Did you mean {query}?").format(query=link) if self._suggested else ""
        )
        self.suggestion.setVisible(bool(self._suggested))

    def _search_suggestion(self, _link: str = "") -> None:
        if self._suggested:
            self.box.setText(self._suggested)
            self.run_query()

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

    def _clicked(self, index: QModelIndex) -> None:
        """A plain click opens the result, as in the tree; Ctrl or Shift only selects (to
        star, compare or export several)."""
        held = QApplication.keyboardModifiers()
        if not held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE) if index.isValid() else None
        if isinstance(ref, ItemRef):
            self.linkActivated.emit(ref)
