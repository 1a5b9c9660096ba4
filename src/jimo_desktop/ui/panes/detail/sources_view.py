"""The Sources tab: every source cited for an item, with its reliability grade.

A sortable ``TablePane`` over ``models.SourcesModel``; grades are drawn as coloured badges
that always carry their text ("A", "A/B", "C/B" as published). "Open address" and
"Copy citation" are buttons and context-menu entries; double-click or Enter opens the
address when the source is online. Neither fails silently: a note beside the buttons says
"Citation copied", and when no browser takes the address (offline, no browser set up) it
says so and puts the address on the clipboard instead. Ctrl+C copies the selected rows
with their citations, as in every table (``row_copy``). The pane and its badges say their
words again when the language changes (``retranslate``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from jimo_desktop.items import Source
from jimo_desktop.ui.models.sources_model import SOURCE_ROLE, SourcesModel, grade_meaning
from jimo_desktop.ui.panes.table_pane import TablePane
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text

_Index = QModelIndex | QPersistentModelIndex

# Badge colours (background, text) by the first letter of a grade; "A/B" takes A's.
_GRADE_COLOURS = {
    "A": (QColor("#2e7d32"), QColor("#ffffff")),  # green
    "B": (QColor("#1565c0"), QColor("#ffffff")),  # blue
    "C": (QColor("#ffb300"), QColor("#2b1d00")),  # amber
}
_UNKNOWN_GRADE = (QColor("#757575"), QColor("#ffffff"))


def grade_colours(grade: str) -> tuple[QColor, QColor]:
    """Background and text colour of a grade badge."""
    return _GRADE_COLOURS.get(grade.strip()[:1].upper(), _UNKNOWN_GRADE)


class GradeBadge(Retranslating, QLabel):
    """A small coloured badge with a grade's text (A green, B blue, C amber)."""

    def __init__(self, grade: str, parent: QWidget | None = None, *, suffix: str = ""):
        super().__init__(parent)
        self.setObjectName("gradeBadge")
        self.setProperty("grade", grade)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(f"{elided(grade)} {suffix}".strip())
        background, foreground = grade_colours(grade)
        self.setStyleSheet(
            f"QLabel#gradeBadge {{ background: {background.name()}; color: {foreground.name()};"
            " border-radius: 0.5em; padding: 0.1em 0.55em; font-weight: bold; }"
        )
        self._grade = grade
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(grade_meaning(self._grade))


class GradeDelegate(QStyledItemDelegate):
    """Paints a grade cell as a coloured rounded badge with the grade's text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        grade = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not grade:
            return
        metrics = opt.fontMetrics
        pad = metrics.horizontalAdvance(" ")
        width = metrics.horizontalAdvance(grade) + 2 * pad
        height = metrics.height() + pad // 2
        rect = QRect(0, 0, width, height)
        rect.moveCenter(opt.rect.center())
        rect.moveLeft(opt.rect.left() + pad)
        background, foreground = grade_colours(grade)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, grade)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        grade = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = metrics.horizontalAdvance(grade) + 4 * metrics.horizontalAdvance(" ")
        return QSize(max(hint.width(), width), hint.height())


class SourcesView(Retranslating, TablePane):
    """A sortable table of sources with "Open address" and "Copy citation"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(SourcesModel(), "sourcesView", "sourcesTable", parent)
        self._view.setItemDelegateForColumn(SourcesModel.GRADE, GradeDelegate(self._view))
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.rowActivated.connect(lambda _index: self.open_address())
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._view.customContextMenuRequested.connect(self._context_menu)

        self.open_action = QAction(self)
        self.open_action.setObjectName("openAddress")
        self.open_action.triggered.connect(self.open_address)
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyCitation")
        self.copy_action.triggered.connect(self.copy_citation)

        buttons = QHBoxLayout()
        for action, name in (
            (self.open_action, "openAddressButton"),
            (self.copy_action, "copyCitationButton"),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        # What the buttons did: "Citation copied", or why the address did not open.
        self.note = QLabel(self)
        self.note.setObjectName("sourceActionNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self._note_words: Callable[[], str] = str
        self._noted: Source | None = None
        buttons.addWidget(self.note, 1)

        self._citation = QLabel(self)
        self._citation.setObjectName("citation")
        self._citation.setWordWrap(True)
        self._citation.setTextFormat(Qt.TextFormat.PlainText)
        self._citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.box.addWidget(self._view, 1)
        self.box.addWidget(self._citation)
        self.box.addLayout(buttons)
        self._view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' words and the citation, in the user's language."""
        self.open_action.setText(self.tr("Open address"))
        self.open_action.setToolTip(self.tr("Open the source's web address in your browser"))
        self.copy_action.setText(self.tr("Copy citation"))
        self.copy_action.setToolTip(self.tr("Copy a one-line citation of the source"))
        self.note.setText(self._note_words())
        self._update_actions()

    def fit_columns(self) -> None:
        self._view.resizeColumnsToContents()
        self._limit_width(SourcesModel.PUBLISHER, 30)

    def set_sources(self, sources: Sequence[Source]) -> None:
        """Show ``sources`` (in the catalog's order, S01 … S111) and select the first."""
        self._show_rows(sources)
        if self.model.rowCount() and not self._fitted:
            self.fit_first_rows()
            # The title takes the room left and wraps onto more lines rather than be cut off.
            header = self._view.horizontalHeader()
            header.setSectionResizeMode(SourcesModel.TITLE, QHeaderView.ResizeMode.Stretch)
            self._view.setWordWrap(True)
            vertical = self._view.verticalHeader()
            vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if sources:
            self._view.setCurrentIndex(self._view.model().index(0, 0))
        self._update_actions()

    def current_source(self) -> Source | None:
        index = self._view.currentIndex()
        return index.data(SOURCE_ROLE) if index.isValid() else None

    def select_source(self, source_id: str) -> bool:
        """Select the source with ``source_id``; False when it is not in the list."""
        shown = self._view.model()
        for row in range(shown.rowCount()):
            index = shown.index(row, 0)
            source = index.data(SOURCE_ROLE)
            if source is not None and source.id == source_id:
                self._view.setCurrentIndex(index)
                self._view.scrollTo(index)
                return True
        return False

    def open_address(self) -> bool:
        """Open the current source's address in the browser (online sources only). When
        it cannot be opened, say so and copy the address instead; False then."""
        source = self.current_source()
        if source is None or not source.is_online:
            return False
        if QDesktopServices.openUrl(QUrl(source.address, QUrl.ParsingMode.TolerantMode)):
            self._say(str)
            return True
        QGuiApplication.clipboard().setText(source.address)
        self._say(
            lambda: self.tr(
                "The address could not be opened (no browser, or offline). Copied: paste it "
                "into a browser."
            )
        )
        return False

    def copy_citation(self) -> None:
        """Put the current source's one-line citation on the clipboard, and say so."""
        source = self.current_source()
        if source is not None:
            QGuiApplication.clipboard().setText(core_text(source.citation()))
            self._say(lambda: self.tr("Citation copied"))

    def note_text(self) -> str:
        """What the note beside the buttons says ('' when nothing was done)."""
        return self.note.text()

    def _say(self, words: Callable[[], str]) -> None:
        self._note_words = words
        self.note.setText(words())

    def _update_actions(self, *_args: object) -> None:
        source = self.current_source()
        if source is not self._noted:
            self._noted = source
            self._say(str)  # the note was about another source
        self.open_action.setEnabled(source is not None and source.is_online)
        self.copy_action.setEnabled(source is not None)
        citation = core_text(source.citation()) if source is not None else ""
        self._citation.setText(elided(citation, TEXT_LIMIT))  # "Copy citation" copies it whole
        self._citation.setVisible(source is not None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        if not index.isValid():
            return
        self._view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.copy_action)
        menu.exec(self._view.viewport().mapToGlobal(pos))
        menu.deleteLater()
