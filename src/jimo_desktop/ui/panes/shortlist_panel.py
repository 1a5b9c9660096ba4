"""The shortlist pane: the items the user starred, with the note on each.

A ``TablePane`` over ``models.ShortlistModel`` (in the order starred, not sortable),
filled with ``ShortlistRow`` values that the shortlist controller builds from the user
store and the catalog. The start of each note shows under the item's name. Selecting a
row (a click, the arrow keys), double-click or Enter opens its item; Delete takes the
selected items off the list. The pane decides nothing: what the user asks leaves as
signals.

Signals:
    linkActivated(ItemRef): open this item.
    selectionChangedRefs(list[ItemRef]): the selected rows changed.
    contextMenuRequested(ItemRef | None, QPoint): a context menu at a global position.
    removeRequested(list[ItemRef]): take these items off the shortlist.
    compareRequested(): compare the selected items.
    exportRequested(): export the shortlist.

When the language changes the pane says its words again (``retranslate``) and the model
its rows, names in the language's order; the selection stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import cos, pi, sin

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import ActivatingTableView
from jimo_desktop.ui.models.shortlist_model import (
    NOTE_START_ROLE,
    ShortlistModel,
    ShortlistRow,
)
from jimo_desktop.ui.panes.table_pane import TablePane
from jimo_desktop.ui.translations import Retranslating

_Index = QModelIndex | QPersistentModelIndex

STAR_COLOUR = QColor("#e0a100")


def star_icon(filled: bool) -> QIcon:
    """A five-pointed star: filled (starred) or an outline (not starred)."""
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre, outer, inner = size / 2, size * 0.47, size * 0.19
        points = []
        for i in range(10):
            radius = outer if i % 2 == 0 else inner
            angle = -pi / 2 + i * pi / 5
            points.append(QPointF(centre + radius * cos(angle), centre + 0.5 + radius * sin(angle)))
        painter.setPen(QPen(STAR_COLOUR.darker(130), max(1.0, size / 14)))
        painter.setBrush(QBrush(STAR_COLOUR) if filled else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF(points))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ShortlistPanel(Retranslating, TablePane):
    linkActivated = Signal(object)
    selectionChangedRefs = Signal(list)
    contextMenuRequested = Signal(object, QPoint)
    removeRequested = Signal(list)
    compareRequested = Signal()
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        view = _ShortlistView()
        super().__init__(
            ShortlistModel(), "shortlistPanel", "shortlistView", parent, view=view, sortable=False
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Rows as high as their content: one line, or two with the start of a note.
        self.view.setItemDelegateForColumn(ShortlistModel.NAME, _NameAndNoteDelegate(self.view))
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False  # rows or a selection set by the program: nothing to open

        self.empty = QLabel()
        self.empty.setObjectName("shortlistEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)

        self.problem = QLabel()
        self.problem.setObjectName("shortlistProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 4px; }"
        )
        self.problem.hide()

        self.compare_button = QPushButton()
        self.compare_button.setObjectName("shortlistCompare")
        self.export_button = QPushButton()
        self.export_button.setObjectName("shortlistExport")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("shortlistRemove")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self.box.setContentsMargins(4, 4, 4, 4)
        self.box.addWidget(self.problem)
        self.box.addWidget(self._stack, 1)
        self.box.addLayout(buttons)
        self.setFocusProxy(self.view)

        self.view.rowActivated.connect(self._activate)
        self.view.clicked.connect(self._clicked)
        view.deletePressed.connect(lambda: self._remove_selected())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.compare_button.clicked.connect(self.compareRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.remove_button.clicked.connect(self._remove_selected)
        self._update_state()
        self.retranslate()

    def retranslate(self) -> None:
        """The pane's words in the user's language (the model says the rows)."""
        self.view.setAccessibleName(self.tr("Shortlist"))
        self.empty.setText(
            self.tr(
                "No starred items yet.\n\nOpen a park, company or project and press "
                "Ctrl+D (or click ☆ Star) to keep it here. Notes you write on an item "
                "show here too."
            )
        )
        self.compare_button.setText(self.tr("&Compare"))
        self.compare_button.setToolTip(self.tr("Compare the selected items side by side (2 to 5)"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the shortlist to a CSV file"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected items off the shortlist (Delete)"))

    # -- public -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ShortlistRow]) -> None:
        """Show ``rows``; the selected items stay selected when they are still listed."""
        selected = set(self.selected_refs())
        self._filling = True
        try:
            self.model.set_rows(rows)
            selection = self.view.selectionModel()
            for row, item in enumerate(rows):
                if item.ref in selected:
                    selection.select(
                        self._view_index(row),
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        finally:
            self._filling = False
        self.fit_columns()
        self._update_state()
        self._filling = True
        try:
            self._selection_changed()
        finally:
            self._filling = False

    def fit_columns(self) -> None:
        self.view.resizeColumnToContents(ShortlistModel.NAME)
        self.view.resizeColumnToContents(ShortlistModel.TYPE)
        self._limit_width(ShortlistModel.NAME, 34)

    def refs(self) -> list[ItemRef]:
        return [row.ref for row in self.model.rows()]

    def select(self, refs: Sequence[ItemRef]) -> None:
        """Select the rows of ``refs`` (and nothing else)."""
        selection = self.view.selectionModel()
        self._filling = True
        try:
            selection.clearSelection()
            wanted = set(refs)
            for row, item in enumerate(self.model.rows()):
                if item.ref in wanted:
                    selection.select(
                        self._view_index(row),
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        finally:
            self._filling = False

    def set_problem(self, text: str) -> None:
        """A lasting warning above the list (say, that changes won't be saved)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def problem_text(self) -> str:
        return self.problem.text() if not self.problem.isHidden() else ""

    # -- internals --------------------------------------------------------------------

    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self._stack.setCurrentWidget(self.view if has_rows else self.empty)
        self.export_button.setEnabled(has_rows)

    def _selection_changed(self, *_args: object) -> None:
        refs = self.selected_refs()
        self.remove_button.setEnabled(bool(refs))
        self.compare_button.setEnabled(2 <= len(refs) <= 5)
        self.selectionChangedRefs.emit(refs)
        if len(refs) == 1 and not self._filling:
            self.linkActivated.emit(refs[0])  # the user picked one row: open its item

    def _clicked(self, index: QModelIndex) -> None:
        """A click on the one selected row opens it again (after another page was shown)."""
        refs = self.selected_refs()
        if len(refs) == 1 and index.data(ITEM_REF_ROLE) == refs[0]:
            self.linkActivated.emit(refs[0])

    def _activate(self, index: QModelIndex) -> None:
        ref = index.data(ITEM_REF_ROLE)
        if isinstance(ref, ItemRef):
            self.linkActivated.emit(ref)

    def _remove_selected(self) -> None:
        refs = self.selected_refs()
        if refs:
            self.removeRequested.emit(refs)

    def _context_menu(self, pos: QPoint) -> None:
        ref = self.view.indexAt(pos).data(ITEM_REF_ROLE)
        self.contextMenuRequested.emit(
            ref if isinstance(ref, ItemRef) else None, self.view.viewport().mapToGlobal(pos)
        )


class _NameAndNoteDelegate(QStyledItemDelegate):
    """The name cell: the item's name, and under it the start of its note, in grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(NOTE_START_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height() + 2)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        note = index.data(NOTE_START_ROLE)
        if not note:
            super().paint(painter, option, index)
            return
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        widget = styled.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        line = styled.fontMetrics.height()
        styled.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        styled.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, styled, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        where = QRect(
            text.left() + margin, styled.rect.bottom() - line - 2, text.width() - 2 * margin, line
        )
        selected = bool(styled.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(styled.palette.color(role))
        painter.drawText(
            where,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            styled.fontMetrics.elidedText(note, Qt.TextElideMode.ElideRight, where.width()),
        )
        painter.restore()


class _ShortlistView(ActivatingTableView):
    """The table, with Delete to remove rows."""

    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.selectionModel().hasSelection()
        ):
            self.deletePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
