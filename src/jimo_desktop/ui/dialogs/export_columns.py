"""The column list of the export dialog: which columns, ticked or not, in which order.

``ColumnChooser`` is a group box with the list (ticks, drag to reorder), Move Up / Move
Down and the note naming the provenance columns that are always written. ``load`` fills
it from a table: the columns given ticked, in that order, then the others unticked.
``changed_by_user`` says whether the user ticked, unticked or moved one since; ``lead``
moves columns to the top, ticked, keeping the rest as the user left it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from jimo_desktop.export.tables import ExportTable
from jimo_desktop.ui.translations import Retranslating, core_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 40


class ColumnChooser(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self._provenance: tuple[str, ...] = ()
        self._loading = False
        self.changed_by_user = False
        grid = QGridLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("exportColumns")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton()
        self.up_button.setObjectName("columnUp")
        self.down_button = QPushButton()
        self.down_button.setObjectName("columnDown")
        grid.addWidget(self.list, 0, 0, 3, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.setRowStretch(2, 1)
        self.provenance_note = QLabel()
        self.provenance_note.setObjectName("provenanceNote")
        self.provenance_note.setWordWrap(True)
        grid.addWidget(self.provenance_note, 3, 0, 1, 2)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.currentRowChanged.connect(self._update_move_buttons)
        self.list.itemChanged.connect(self._user_changed)
        self.list.model().rowsMoved.connect(self._user_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The words are the export dialog's: they are translated in its context."""
        self.setTitle(QCoreApplication.translate("ExportDialog", "Columns"))
        self.list.setAccessibleName(QCoreApplication.translate("ExportDialog", "Columns to export"))
        self.list.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "Tick the columns to write; move them up or down to set their order.",
            )
        )
        self._loading = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setText(core_text(self._labels.get(item.data(KEY_ROLE), "")))
        finally:
            self._loading = False
        names = ", ".join(core_text(self._labels[k]) for k in self._provenance)
        note = QCoreApplication.translate(
            "ExportDialog",
            "Always written at the end, so every row keeps its provenance: {names}.",
        )
        self.provenance_note.setText(note.format(names=names) if names else "")
        self.up_button.setText(QCoreApplication.translate("ExportDialog", "Move &Up"))
        self.down_button.setText(QCoreApplication.translate("ExportDialog", "Move &Down"))

    def load(self, table: ExportTable | None, shown: Sequence[str]) -> None:
        """The columns: ``shown`` ones checked, in that order, then the others unchecked."""
        self._loading = True
        try:
            self._fill(table, shown)
        finally:
            self._loading = False
        self.retranslate()

    def _fill(self, table: ExportTable | None, shown: Sequence[str]) -> None:
        self.list.clear()
        if table is None:
            return
        always = set(table.provenance)
        self._labels = {c.key: c.label for c in table.columns}
        self._provenance = tuple(table.provenance)
        visible = [k for k in shown if k in self._labels and k not in always]
        others = [c.key for c in table.columns if c.key not in visible and c.key not in always]
        for key in [*visible, *others]:
            item = QListWidgetItem(core_text(self._labels[key]))
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if key in visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.provenance_note.setVisible(bool(self._provenance))
        self._update_move_buttons()

    def chosen(self) -> list[str]:
        """Keys of the ticked columns, in the order listed (provenance comes after)."""
        keys = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(KEY_ROLE))
        return keys

    def lead(self, keys: Sequence[str]) -> None:
        """``keys`` first and ticked, in that order; the other columns as they are."""
        self._loading = True
        try:
            for target, key in enumerate(keys):
                rows = [
                    r for r in range(self.list.count()) if self.list.item(r).data(KEY_ROLE) == key
                ]
                if rows:
                    item = self.list.takeItem(rows[0])
                    item.setCheckState(Qt.CheckState.Checked)
                    self.list.insertItem(target, item)
        finally:
            self._loading = False

    def move_current(self, step: int) -> None:
        """The current column ``step`` places up (-1) or down (1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed_by_user = True

    def set_busy(self, busy: bool) -> None:
        """Off while an export runs (the list and Move Up / Move Down), on again after."""
        self.list.setEnabled(not busy)
        if busy:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)
        else:
            self._update_move_buttons()

    def _user_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed_by_user = True

    def _update_move_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
