"""The park tree pane: "group by", a filter box and the tree of parks and what is in them.

The pane presents; it decides nothing about the data. What is shown comes from
``ParkTreeModel`` (which asks the catalog), and what the user points at leaves as
signals carrying ``ItemRef`` values for the window to act on. When the language changes
the controls say their words again (``retranslate``) and the model its rows: the
selection, what is expanded and the scroll position stay.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.park_tree_model import ParkTreeModel
from jimo_desktop.ui.panes.tree_names import TreeNameDelegate
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import Retranslating

_Select = QItemSelectionModel.SelectionFlag


class TreePanel(Retranslating, QWidget):
    """The park tree with its controls.

    Signals:
        currentItemChanged(ItemRef | None): the current row changed to another item;
            None for a group that is not an item, or when nothing is current. Also sent
            again when the user clicks the current row, or presses Enter on it, so the
            window can show that item again after showing something else.
        selectionChangedRefs(list[ItemRef]): the items of the selected rows changed.
        groupingChanged(Grouping): the tree is now grouped another way.
        contextMenuRequested(ItemRef | None, QPoint): a context menu was asked for on a
            row (None: a plain group or empty space), at a global position.
    """

    currentItemChanged = Signal(object)
    selectionChangedRefs = Signal(list)
    groupingChanged = Signal(object)
    contextMenuRequested = Signal(object, QPoint)

    FILTER_DELAY_MS = 200
    # With a filter everything shown is expanded, up to this many rows (a filter such
    # as "a" on a very large database would otherwise load the whole tree).
    EXPAND_LIMIT = 2000

    def __init__(
        self,
        catalog: Catalog,
        grouping: Grouping = Grouping.KIND,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("treePanel")
        self._model = ParkTreeModel(catalog, grouping, self)
        self._last_current: ItemRef | None = None
        self._last_selected: list[ItemRef] = []
        self._kept_current: ItemRef | None = None
        # The current item a filter hid: made current again once the filter shows it.
        self._hidden_current: ItemRef | None = None
        self._kept_selected: list[ItemRef] = []
        self._reveal_after_reset: ItemRef | None = None
        self._restoring = False
        self._current_at_press = QPersistentModelIndex()
        self._init_controls(grouping)
        self._init_tree()
        self._init_layout()
        self._connect()
        self.retranslate()

    def retranslate(self) -> None:
        """The controls' words in the user's language (the model says its rows)."""
        names = {
            Grouping.KIND: self.tr("Kind"),
            Grouping.INDUSTRY: self.tr("Industry"),
            Grouping.PLACE: self.tr("Location"),
            Grouping.CONTEXT: self.tr("Context (catalogue of zones)"),
        }
        for row in range(self._group_by.count()):
            self._group_by.setItemText(row, names[Grouping(self._group_by.itemData(row))])
        self._group_by.setToolTip(self.tr("How the parks are grouped in the tree"))
        self._group_label.setText(self.tr("&Group by:"))
        self._filter.setPlaceholderText(self.tr("Filter parks and companies…"))
        self._filter.setAccessibleName(self.tr("Filter the park tree"))
        self._filter.setToolTip(
            self.tr("Type part of an English or Chinese name; Esc clears the filter.")
        )
        self._view.setAccessibleName(self.tr("Parks"))
        self._update_empty_state()

    # -- construction -----------------------------------------------------------------

    def _init_controls(self, grouping: Grouping) -> None:
        self._group_by = QComboBox(self)
        self._group_by.setObjectName("groupBy")
        for value in (Grouping.KIND, Grouping.INDUSTRY, Grouping.PLACE, Grouping.CONTEXT):
            self._group_by.addItem("", value.value)  # named in retranslate
        self._group_by.setCurrentIndex(self._group_by.findData(grouping.value))
        self._group_label = QLabel(self)
        self._group_label.setBuddy(self._group_by)

        self._filter = QLineEdit(self)
        self._filter.setObjectName("treeFilter")
        self._filter.setClearButtonEnabled(True)
        self._filter.installEventFilter(self)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)

        self._empty = QLabel(self)
        self._empty.setObjectName("treeEmpty")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)  # the filter text is shown as is
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._empty.setContentsMargins(12, 24, 12, 12)
        # Looks like the empty tree it stands in for: a framed white area.
        self._empty.setFrameShape(QFrame.Shape.StyledPanel)
        self._empty.setBackgroundRole(QPalette.ColorRole.Base)
        self._empty.setAutoFillBackground(True)

    def _init_tree(self) -> None:
        view = QTreeView(self)
        view.setObjectName("parkTree")
        view.setModel(self._model)
        view.setUniformRowHeights(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Names are long (English and Chinese): the column is as wide as the pane (which
        # widens with the window), and a name too long for it is shortened in the middle
        # of its English part, the count and the Chinese name kept (``tree_names``). The
        # header says what the counts count (its tooltip).
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setItemDelegate(TreeNameDelegate(view))
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self._view = view

    def _init_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._group_label)
        top.addWidget(self._group_by, 1)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._view)
        self._stack.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._filter)
        layout.addWidget(self._stack, 1)
        self.setFocusProxy(self._view)

    def _connect(self) -> None:
        self._group_by.currentIndexChanged.connect(self._on_grouping_chosen)
        self._filter.textChanged.connect(self._on_filter_edited)
        self._filter.returnPressed.connect(self._on_filter_return)
        self._filter_timer.timeout.connect(self._apply_filter)
        self._model.modelAboutToBeReset.connect(self._remember_position)
        self._model.modelReset.connect(self._restore_position)
        selection = self._view.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        self._view.customContextMenuRequested.connect(self._on_context_menu)
        self._view.clicked.connect(self._on_clicked)

    # -- public API -------------------------------------------------------------------

    def model(self) -> ParkTreeModel:
        return self._model

    def grouping(self) -> Grouping:
        return self._model.grouping()

    def set_grouping(self, grouping: Grouping) -> None:
        """Group the tree another way (as choosing it in "Group by" does)."""
        self._group_by.setCurrentIndex(self._group_by.findData(Grouping(grouping).value))

    def current_ref(self) -> ItemRef | None:
        return self._model.ref_for_index(self._view.currentIndex())

    def group_refs(self) -> list[ItemRef]:
        """The items of the current row's group, in the tree's order (a group's row: the
        items in it); with no current row, those of the first group."""
        model = self._model
        index = self._view.currentIndex()
        if not index.isValid():
            group = model.index(0, 0)
        elif model.ref_for_index(index) is None:
            group = index
        else:
            group = index.parent()
        if model.canFetchMore(group):
            model.fetchMore(group)
        rows = (model.index(row, 0, group) for row in range(model.rowCount(group)))
        return [ref for ref in (model.ref_for_index(i) for i in rows) if ref is not None]

    def selected_refs(self) -> list[ItemRef]:
        """The items of the selected rows, in the order they were selected, once each."""
        refs = (self._model.ref_for_index(i) for i in self._view.selectionModel().selectedRows())
        return list(dict.fromkeys(ref for ref in refs if ref is not None))

    def reveal(self, ref: ItemRef) -> bool:
        """Expand the way to ``ref``, make it current and selected, and scroll to it.

        If the filter hides it, the filter is cleared first. False when the item is
        not in the tree (for instance an organization that belongs to no park).
        """
        index = self._model.index_for_ref(ref)
        if not index.isValid() and self._model.is_filtered():
            self._reveal_after_reset = ref
            try:
                self._filter.clear()  # applies at once (see _on_filter_edited)
            finally:
                self._reveal_after_reset = None
            index = self._model.index_for_ref(ref)
        if not index.isValid():
            return False
        self._show_index(index)
        return True

    def clear_current(self) -> None:
        """Make nothing current or selected: the window shows a page the tree does not hold."""
        self._view.selectionModel().clear()

    def focus_filter(self) -> None:
        """Put the keyboard in the filter box, its text selected for typing over."""
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    # -- grouping and filter ----------------------------------------------------------

    def _on_grouping_chosen(self, row: int) -> None:
        grouping = Grouping(self._group_by.itemData(row))
        if grouping is self._model.grouping():
            return
        self._model.set_grouping(grouping)
        self.groupingChanged.emit(grouping)

    def _on_filter_edited(self, text: str) -> None:
        if text.strip():
            self._filter_timer.start()  # restarts: the filter applies once typing pauses
        else:
            self._apply_filter()  # an emptied box shows the whole tree at once

    def _on_filter_return(self) -> None:
        self._apply_filter()
        self._focus_tree()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self._model.set_filter(self._filter.text())
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        nothing = self._model.is_filtered() and self._model.rowCount() == 0
        if nothing:
            self._empty.setText(
                self.tr("No park or company matches “{text}”.\n\nPress Esc to clear the filter.")
                .format(text=elided(self._filter.text().strip()))
            )  # fmt: skip
        self._stack.setCurrentWidget(self._empty if nothing else self._view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._current_at_press = QPersistentModelIndex(self._view.currentIndex())
        if (
            watched is self._view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._emit_current(again=True)
        if watched is self._filter and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self._filter.text():
                event.accept()  # also as ShortcutOverride: Esc is ours while there is text
                if event.type() == QEvent.Type.KeyPress:
                    self._filter.clear()
                return True
            if key == Qt.Key.Key_Down and event.type() == QEvent.Type.KeyPress:
                self._apply_filter()
                self._focus_tree()
                return True
        return super().eventFilter(watched, event)

    # -- keeping the position across resets -------------------------------------------

    def _remember_position(self) -> None:
        self._kept_current = self._reveal_after_reset or self.current_ref() or self._hidden_current
        self._kept_selected = [] if self._reveal_after_reset else self.selected_refs()

    def _restore_position(self) -> None:
        """After a new grouping or filter: expand what a filter shows, then select again
        what was selected, if it is still in the tree."""
        self._restoring = True
        try:
            if self._model.is_filtered():
                self._expand_shown()
            self._update_empty_state()
            selection = self._view.selectionModel()
            for ref in self._kept_selected:
                index = self._model.index_for_ref(ref)
                if index.isValid():
                    selection.select(index, _Select.Select | _Select.Rows)
            current = self._kept_current
            index = self._model.index_for_ref(current) if current else QModelIndex()
            self._hidden_current = None if index.isValid() else current
            if index.isValid():
                flags = _Select.Rows | (
                    _Select.NoUpdate if current in self._kept_selected else _Select.ClearAndSelect
                )
                self._show_index(index, flags)
        finally:
            self._restoring = False
            self._kept_current, self._kept_selected = None, []
        self._emit_current()
        self._emit_selection()

    def _expand_shown(self) -> None:
        """Expand every shown row (fetching what is not loaded), top levels first."""
        model, budget = self._model, self.EXPAND_LIMIT
        queue: deque[QModelIndex] = deque([QModelIndex()])
        while queue and budget > 0:
            parent = queue.popleft()
            if model.canFetchMore(parent):
                model.fetchMore(parent)
            if parent.isValid():
                self._view.expand(parent)
                budget -= 1
            for row in range(model.rowCount(parent)):
                child = model.index(row, 0, parent)
                if model.hasChildren(child):
                    queue.append(child)

    def _show_index(
        self, index: QModelIndex, flags: QItemSelectionModel.SelectionFlag | None = None
    ) -> None:
        parent = index.parent()
        while parent.isValid():
            self._view.expand(parent)
            parent = parent.parent()
        self._view.selectionModel().setCurrentIndex(
            index, flags if flags is not None else _Select.ClearAndSelect | _Select.Rows
        )
        self._view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _focus_tree(self) -> None:
        if self._stack.currentWidget() is not self._view:
            return
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._view.currentIndex().isValid() and self._model.rowCount() > 0:
            self._show_index(self._model.index(0, 0))

    # -- outgoing signals -------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._restoring:
            self._hidden_current = None  # the user moved on
            self._emit_current()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if not self._restoring:
            self._emit_selection()

    def _on_clicked(self, index: QModelIndex) -> None:
        if (
            index.isValid()
            and index == self._current_at_press
            and index == self._view.currentIndex()
        ):
            self._emit_current(again=True)  # a click on the row that already was current

    def _emit_current(self, *, again: bool = False) -> None:
        ref = self.current_ref()
        if ref != self._last_current or (again and ref is not None):
            self._last_current = ref
            self.currentItemChanged.emit(ref)

    def _emit_selection(self) -> None:
        refs = self.selected_refs()
        if refs != self._last_selected:
            self._last_selected = refs
            self.selectionChangedRefs.emit(refs)

    def _on_context_menu(self, pos: QPoint) -> None:
        ref = self._model.ref_for_index(self._view.indexAt(pos))
        self.contextMenuRequested.emit(ref, self._view.viewport().mapToGlobal(pos))
