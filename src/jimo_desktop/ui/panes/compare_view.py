"""The comparison page: 2 to 5 items side by side, fields as rows, items as columns.

A table over ``models.CompareModel``, which adapts a ``comparison.Comparison``
(computed without Qt). Each figure cell shows the value as published, and under it the
period and the source; a cell where sources disagree is tinted and lists every value
with its source. ``set_chart_widget()`` places a chart panel above the table (the
comparison charts, ``charts.comparison_charts``). When the language changes the page
says its words again (``retranslate``) and the model its headers and cells; the
selection and the scroll position stay.

Signals:
    linkActivated(ItemRef): open an item (double-click its column header).
    exportRequested(): export the comparison.
    closeRequested(): leave the comparison.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.comparison import Comparison, ComparisonRow
from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.compare_model import ROW_ROLE, CompareModel
from jimo_desktop.ui.models.row_copy import CopyingTableView
from jimo_desktop.ui.translations import Retranslating
from jimo_desktop.ui.widget_slot import WidgetSlot

_Index = QModelIndex | QPersistentModelIndex


class CompareView(Retranslating, QWidget):
    linkActivated = Signal(object)
    exportRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.model = CompareModel(self)

        self.title = QLabel()
        self.title.setObjectName("compareTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("compareHint")
        self.hint.setWordWrap(True)

        self.export_button = QPushButton()
        self.export_button.setObjectName("compareExport")
        self.close_button = QPushButton()
        self.close_button.setObjectName("compareClose")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.close_button)

        # The chart hook: a comparison chart panel goes here (set_chart_widget).
        self._chart_slot = WidgetSlot("compareChartSlot")

        self.view = CopyingTableView()
        self.view.setObjectName("compareTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionDoubleClicked.connect(self._header_activated)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(self._chart_slot)
        layout.addWidget(self.view, 1)

        self.export_button.clicked.connect(self.exportRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self.retranslate()

    def retranslate(self) -> None:
        """The page's words in the user's language (the model says the table's)."""
        self.hint.setText(
            self.tr(
                "Fields as rows, items as columns. For every metric any of them publishes, "
                "the latest figure is shown with its period and source, related metrics "
                "together; — means the item publishes none; tinted cells are where sources "
                "disagree. Double-click a column header to open that item."
            )
        )
        self.export_button.setText(self.tr("Export &table…"))
        self.export_button.setToolTip(
            self.tr("Export this comparison table to a CSV file (the chart has its own export)")
        )
        self.close_button.setText(self.tr("&Close Comparison"))
        comparison = self.model.comparison()
        if comparison is not None:
            self.title.setText(self.tr("Comparing {n} items").format(n=len(comparison.refs)))

    # -- public -----------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison) -> None:
        self.model.set_comparison(comparison)
        self.retranslate()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        chars = self.view.fontMetrics().averageCharWidth()
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 30 * chars))
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()

    def comparison(self) -> Comparison | None:
        return self.model.comparison()

    def selected_rows(self) -> list[ComparisonRow]:
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE) for index in indexes]

    def text_at(self, key: str, column: int) -> str:
        """The text shown for row ``key`` in item column ``column`` (0-based)."""
        comparison = self.model.comparison()
        if comparison is None:
            return ""
        keys = [r.key for r in comparison.rows]
        return self.model.index(keys.index(key), column + 1).data() or ""

    def set_chart_widget(self, widget: QWidget | None) -> None:
        """Place a chart panel above the table (None removes it)."""
        self._chart_slot.put(widget)

    def chart_widget(self) -> QWidget | None:
        return self._chart_slot.widget_in_slot()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.view.resizeRowsToContents()  # wrapped text needs new heights

    # -- internals --------------------------------------------------------------------

    def _header_activated(self, section: int) -> None:
        comparison = self.model.comparison()
        if comparison is not None and section >= 1:
            ref: ItemRef = comparison.refs[section - 1]
            self.linkActivated.emit(ref)
