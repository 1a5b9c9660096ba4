"""A place in a layout that holds at most one widget, put in and taken out at will."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class WidgetSlot(QVBoxLayout):
    """A margin-less layout holding one replaceable widget (a chart panel, for instance)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self.setObjectName(name)
        self.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None

    def widget_in_slot(self) -> QWidget | None:
        return self._widget

    def put(self, widget: QWidget | None) -> None:
        """Show ``widget`` here instead of the one before (None empties the slot)."""
        old = self._widget
        if old is not None:
            self.removeWidget(old)
            old.hide()
            old.setParent(None)
        self._widget = widget
        if widget is not None:
            self.addWidget(widget)
            widget.show()
