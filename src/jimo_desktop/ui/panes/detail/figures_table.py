"""The Figures tab: every published figure of an item, as published, with its source.

A sortable ``TablePane`` over ``models.FiguresModel``: figures whose sources disagree
are flagged (icon, tint, tooltip with the other values), and the conflict column shows
only when some do. ``figures()`` and ``selected_figures()`` answer in the order shown.
A figure is one step from its source: double-click or Enter on a row, or "Open source"
in its context menu (``menu_actions``), asks for the source's page. "Copy value with
citation" copies each selected value as published with a short citation of its source,
"Copy row" (and Ctrl+C) the selected rows with their sources (``row_copy``).

Signals:
    figureActivated(Figure): double-click or Enter on a row, or "Open source".
    message(str, int): what was copied, for the status bar (and for how long, in ms).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from jimo_desktop.items import Figure
from jimo_desktop.ui.models.figures_model import FIGURE_ROLE, FiguresModel, value_text
from jimo_desktop.ui.models.row_copy import copy_rows, one_line
from jimo_desktop.ui.panes.table_pane import TablePane
from jimo_desktop.ui.translations import Retranslating

MIN_ROWS = 6  # rows the table shows however small the window


def value_with_citation(figure: Figure) -> str:
    """``1.1 million m² — Publisher, 2020-05, Title, https://…``: the value as published
    with its unit and a short citation of each of its sources."""
    cited = "; ".join(s.short_citation(with_address=True) for s in figure.sources)
    return one_line(f"{value_text(figure)} — {cited}")


class FiguresTable(Retranslating, TablePane):
    """A sortable table of figures with conflicts flagged."""

    figureActivated = Signal(object)  # catalog.Figure
    message = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        model = FiguresModel()
        super().__init__(model, "figuresTable", "figuresView", parent)
        model.set_warning_icon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.view.rowActivated.connect(self._activate)
        self.box.addWidget(self.view)

        self.open_source_action = QAction(self)
        self.open_source_action.setObjectName("openFigureSource")
        self.open_source_action.triggered.connect(self.open_source)
        self.copy_cited_action = QAction(self)
        self.copy_cited_action.setObjectName("copyValueWithCitation")
        self.copy_cited_action.triggered.connect(self.copy_value_with_citation)
        self.copy_row_action = QAction(self)
        self.copy_row_action.setObjectName("copyFigureRow")
        # Ctrl+C is the view's own key; the menu shows it.
        self.copy_row_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_row_action.triggered.connect(self.copy_rows)
        self.retranslate()

    def retranslate(self) -> None:
        model = self.model
        if isinstance(model, FiguresModel):
            model.forget_words()
        self.open_source_action.setText(self.tr("Open source"))
        self.open_source_action.setToolTip(
            self.tr("Open the page of this figure's source: its citation, address and grade")
        )
        self.copy_cited_action.setText(self.tr("Copy value with citation"))
        self.copy_row_action.setText(self.tr("Copy row"))

    def menu_actions(self) -> list[QAction]:
        """The entries of a figure's context menu that are the table's own."""
        return [self.open_source_action, self.copy_cited_action, self.copy_row_action]

    def set_figures(self, figures: Sequence[Figure]) -> None:
        """Show ``figures`` in the catalog's order (metric, then period)."""
        self._show_rows(figures)
        self.fit_first_rows()
        # The conflict column only when some figures are disputed or doubtful.
        marked = any(f.status_labels for f in figures)
        self.view.setColumnHidden(FiguresModel.CONFLICT, not marked)

    def fit_columns(self) -> None:
        hidden = self.view.isColumnHidden(FiguresModel.CONFLICT)
        self.view.setColumnHidden(FiguresModel.CONFLICT, False)
        self.view.resizeColumnsToContents()
        # Long metrics and values are elided (full text in the tooltip) rather than
        # pushing the source column out of sight.
        self._limit_width(FiguresModel.METRIC, 36)
        self._limit_width(FiguresModel.VALUE, 28)
        self.view.setColumnHidden(FiguresModel.CONFLICT, hidden)

    def minimumSizeHint(self) -> QSize:
        """Room for the header and ``MIN_ROWS`` rows (and a scroll bar): a small window
        gives the chart above less room before the table shows fewer rows."""
        hint = super().minimumSizeHint()
        view = self.view
        row = view.verticalHeader().defaultSectionSize()
        if view.model().rowCount():
            row = max(row, view.rowHeight(0))
        height = (
            view.horizontalHeader().sizeHint().height()
            + MIN_ROWS * row
            + view.horizontalScrollBar().sizeHint().height()
            + 2 * view.frameWidth()
        )
        return QSize(hint.width(), max(hint.height(), height))

    def figures(self) -> list[Figure]:
        """Figures in the order shown (after any sorting by the user)."""
        return self.shown_rows()

    def selected_figures(self) -> list[Figure]:
        """The selected figures, in the order the user selected them."""
        return [index.data(FIGURE_ROLE) for index in self.view.selectionModel().selectedRows()]

    def open_source(self) -> None:
        """Ask for the page of the current figure's source."""
        index = self.view.currentIndex()
        if index.isValid():
            self._activate(index)

    def copy_value_with_citation(self) -> None:
        """Each selected value as published, with a short citation, one line each."""
        figures = self.selected_rows()
        if figures:
            QGuiApplication.clipboard().setText(
                "\n".join(value_with_citation(f) for f in figures) + "\n"
            )
            self.message.emit(self.tr("Value copied with its citation"), 4000)

    def copy_rows(self) -> None:
        """The selected rows with a header and their sources (as Ctrl+C)."""
        count = copy_rows(self.view)
        if count:
            self.message.emit(self.tr("Copied %n row(s) with their sources", "", count), 4000)

    def _activate(self, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        if figure is not None:
            self.figureActivated.emit(figure)
