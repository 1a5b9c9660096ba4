"""Copying a table's selected rows: tab-separated text with a header and the rows' sources.

Every table of the app copies the same way (``copy_rows(view)``): the selected rows, in
the order shown, one line each; the titles of the columns shown, in the order shown, as
the first line; and, when the rows have sources (``SOURCES_ROLE``), a last column with
each source's full citation, so that a pasted value keeps its source. A cell's text is
its whole text (``COPY_ROLE`` when a model elides what it displays), with tabs and line
breaks made spaces. ``CopyingTableView`` and ``CopyingTreeView`` copy on Ctrl+C (the
platform's Copy key) and have a public ``copy()`` slot, which Edit › Copy calls on the
focused view; Qt's own Ctrl+C copies one bare cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

from jimo_desktop.items import Source
from jimo_desktop.ui.translations import core_text

# The sources behind a row (a sequence of ``items.Source``), asked of its first column.
SOURCES_ROLE = Qt.ItemDataRole.UserRole + 40
# A cell's whole text, when what it displays is elided.
COPY_ROLE = Qt.ItemDataRole.UserRole + 41

_Index = QModelIndex | QPersistentModelIndex


def cell_text(index: _Index) -> str:
    """A cell's whole text on one line."""
    value = index.data(COPY_ROLE)
    if value is None:
        value = index.data(Qt.ItemDataRole.DisplayRole)
    return one_line("" if value is None else str(value))


def one_line(text: str) -> str:
    """``text`` with tabs and line breaks made single spaces (one cell of a TSV line)."""
    return " ".join(text.replace("\t", " ").split())


def sources_text(sources: Iterable[Source]) -> str:
    """The full citations of ``sources``, in order, separated by "; "."""
    return "; ".join(one_line(core_text(source.citation())) for source in sources)


def row_sources(index: _Index) -> Sequence[Source] | None:
    """The sources behind the row of ``index``, None when its model does not say."""
    found = index.sibling(index.row(), 0).data(SOURCES_ROLE)
    return tuple(found) if found is not None else None


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def shown_columns(view: QAbstractItemView, parent: _Index = QModelIndex()) -> list[int]:
    """The columns shown, in the order shown (the user may have moved them)."""
    model = view.model()
    header = _header(view)
    columns = range(model.columnCount(parent))
    if header is None:
        return list(columns)
    shown = [c for c in columns if not header.isSectionHidden(c)]
    return sorted(shown, key=header.visualIndex)


def selected_row_indexes(view: QAbstractItemView) -> list[QModelIndex]:
    """The first cell of each selected row, in the order shown (top to bottom)."""
    selection = view.selectionModel()
    if selection is None:
        return []
    rows: dict[tuple[int, ...], QModelIndex] = {}
    for index in selection.selectedIndexes():
        first = index.sibling(index.row(), 0)
        rows.setdefault(_path(first), first)
    return [rows[key] for key in sorted(rows)]


def _path(index: QModelIndex) -> tuple[int, ...]:
    path: list[int] = []
    while index.isValid():
        path.insert(0, index.row())
        index = index.parent()
    return tuple(path)


def header_title(model: QAbstractItemModel, column: int) -> str:
    title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    return one_line(title) if isinstance(title, str) else ""


def rows_text(view: QAbstractItemView, rows: Sequence[QModelIndex] | None = None) -> str:
    """The TSV text of ``rows`` (first cells; by default the selected rows): a header
    line, then one line per row, with a "Sources" column when the rows have sources."""
    rows = selected_row_indexes(view) if rows is None else rows
    if not rows:
        return ""
    model = view.model()
    columns = shown_columns(view, rows[0].parent())
    sources = [row_sources(row) for row in rows]
    with_sources = any(s is not None for s in sources)
    header = [header_title(model, column) for column in columns]
    if with_sources:
        header.append(QCoreApplication.translate("RowCopy", "Sources"))
    lines = ["\t".join(header)]
    for row, cited in zip(rows, sources, strict=True):
        cells = [cell_text(row.sibling(row.row(), column)) for column in columns]
        if with_sources:
            cells.append(sources_text(cited or ()))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def copy_rows(view: QAbstractItemView, rows: Sequence[QModelIndex] | None = None) -> int:
    """Put ``rows`` (by default the selected rows) of ``view`` on the clipboard as
    ``rows_text``; the number of rows copied (0: the clipboard is left alone)."""
    rows = selected_row_indexes(view) if rows is None else rows
    text = rows_text(view, rows)
    if text:
        QGuiApplication.clipboard().setText(text)
    return len(rows) if text else 0


def is_copy_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Copy)


def _claim_copy_key(event: QEvent) -> bool:
    """Ctrl+C is the view's own (before any window shortcut): True when claimed."""
    claimed = (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and is_copy_key(event)
    )
    if claimed:
        event.accept()
    return claimed


class CopyingTableView(QTableView):
    """A table view whose Ctrl+C (and ``copy()``) copies the selected rows (``copy_rows``)."""

    @Slot()
    def copy(self) -> None:
        """Copy the selected rows, with a header and their sources."""
        copy_rows(self)

    def event(self, event: QEvent) -> bool:
        return _claim_copy_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_copy_key(event):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)


class CopyingTreeView(QTreeView):
    """A tree view whose Ctrl+C (and ``copy()``) copies the selected rows (``copy_rows``)."""

    @Slot()
    def copy(self) -> None:
        """Copy the selected rows, with a header and their sources."""
        copy_rows(self)

    def event(self, event: QEvent) -> bool:
        return _claim_copy_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_copy_key(event):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)
