"""The Figures tab: every published figure of an item, as published, with its source.

A sortable ``TablePane`` over ``models.FiguresModel``: figures whose sources disagree
are flagged (icon, tint, tooltip with the other values), and the conflict column shows
only when some do. ``figures()`` and ``selected_figures()`` answer in the order shown.

Signals:
    figureActivated(Figure): double-click or Enter on a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QStyle, QWidget

from jimo_desktop.items import Figure
from jimo_desktop.ui.models.figures_model import FIGURE_ROLE, FiguresModel
from jimo_desktop.ui.panes.table_pane import TablePane


class FiguresTable(TablePane):
    """A sortable table of figures with conflicts flagged."""

    figureActivated = Signal(object)  # catalog.Figure

    def __init__(self, parent: QWidget | None = None):
        model = FiguresModel()
        super().__init__(model, "figuresTable", "figuresView", parent)
        model.set_warning_icon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.view.rowActivated.connect(self._activate)
        self.box.addWidget(self.view)

    def set_figures(self, figures: Sequence[Figure]) -> None:
        """Show ``figures`` in the catalog's order (metric, then period)."""
        self._show_rows(figures)
        self.view.setColumnHidden(FiguresModel.CONFLICT, False)
        self.view.resizeColumnsToContents()
        # Long metrics and values are elided (full text in the tooltip) rather than
        # pushing the source column out of sight.
        self._limit_width(FiguresModel.METRIC, 36)
        self._limit_width(FiguresModel.VALUE, 28)
        # The conflict column only when some sources disagree.
        self.view.setColumnHidden(FiguresModel.CONFLICT, not any(f.conflict for f in figures))

    def figures(self) -> list[Figure]:
        """Figures in the order shown (after any sorting by the user)."""
        return self.shown_rows()

    def selected_figures(self) -> list[Figure]:
        """The selected figures, in the order the user selected them."""
        return [index.data(FIGURE_ROLE) for index in self.view.selectionModel().selectedRows()]

    def _activate(self, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        if figure is not None:
            self.figureActivated.emit(figure)
