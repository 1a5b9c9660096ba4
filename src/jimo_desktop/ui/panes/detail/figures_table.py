"""The Figures tab: every published figure of an item, as published, with its source.

A thin table model over ``catalog.Figure`` objects. Figures whose sources disagree for
the same metric and period (``figure.conflict``) are flagged in their own column, with
a warning icon, a tinted row and a tooltip listing the other values: the app shows the
conflict instead of picking a winner. ``FIGURE_ROLE`` gives the row's Figure (for export).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyle, QTableView, QVBoxLayout, QWidget

from jimo_desktop.catalog import Figure
from jimo_desktop.ui.models.figures_model import FIGURE_ROLE, FiguresModel
from jimo_desktop.ui.models.row_table import sortable_table

_Index = QModelIndex | QPersistentModelIndex


class FiguresTable(QWidget):
    """A sortable table of figures with conflicts flagged.

    ``figureActivated(Figure)`` is emitted on double-click or Enter on a row.
    """

    figureActivated = Signal(object)  # catalog.Figure

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figuresTable")
        self._model = FiguresModel(self)
        self._model.set_warning_icon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self._proxy, self._view = sortable_table(self, self._model, "figuresView")
        self._view.rowActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

    @property
    def view(self) -> QTableView:
        return self._view

    @property
    def model(self) -> FiguresModel:
        return self._model

    def set_figures(self, figures: Sequence[Figure]) -> None:
        """Show ``figures`` in the catalog's order (metric, then period)."""
        self._view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._model.set_figures(figures)
        self._view.setColumnHidden(FiguresModel.CONFLICT, False)
        self._view.resizeColumnsToContents()
        # Long metrics and values are elided (full text in the tooltip) rather than
        # pushing the source column out of sight.
        chars = self._view.fontMetrics().averageCharWidth()
        for column, limit in ((FiguresModel.METRIC, 36 * chars), (FiguresModel.VALUE, 28 * chars)):
            if self._view.columnWidth(column) > limit:
                self._view.setColumnWidth(column, limit)
        # The conflict column only when some sources disagree.
        self._view.setColumnHidden(FiguresModel.CONFLICT, not any(f.conflict for f in figures))

    def figures(self) -> list[Figure]:
        """Figures in the order shown (after any sorting by the user)."""
        return [
            self._proxy.index(row, 0).data(FIGURE_ROLE) for row in range(self._proxy.rowCount())
        ]

    def selected_figures(self) -> list[Figure]:
        rows = self._view.selectionModel().selectedRows()
        return [index.data(FIGURE_ROLE) for index in rows]

    def _activate(self, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        if figure is not None:
            self.figureActivated.emit(figure)
