"""The progress of an export, shown inside the export dialog under its controls.

A panel (not a window of its own, which would cover the column list): the line saying
what is written, a bar and a Cancel button. The dialog sets its words (``set_texts``) and
starts it with the number of rows; ``cancelRequested`` says the user pressed Cancel, after
which ``was_cancelled`` is true and the button is off until the next start.

Signals:
    cancelRequested(): the user asked to stop the export.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExportProgress(QFrame):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("exportProgressText")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgressBar")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("exportProgressCancel")
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self._cancelled = False
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def set_texts(self, label: str, cancel: str) -> None:
        self.label.setText(label)
        self.cancel_button.setText(cancel)

    def start(self, total: int) -> None:
        """Ready for an export of ``total`` rows (shown by the dialog when it lasts)."""
        self._cancelled = False
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)

    def value(self) -> int:
        return self.bar.value()

    def set_value(self, value: int) -> None:
        self.bar.setValue(min(value, self.bar.maximum() - 1))

    def was_cancelled(self) -> bool:
        return self._cancelled

    def _cancel(self) -> None:
        self._cancelled = True
        self.cancel_button.setEnabled(False)
        self.cancelRequested.emit()
