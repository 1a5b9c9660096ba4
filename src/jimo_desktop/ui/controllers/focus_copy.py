"""Edit › Copy: copies from the widget that has the focus, in its own way.

The contract: a widget that can copy has a ``copy()`` method (line edits and text views
have Qt's; the app's tables copy their selected rows with their sources). The action calls
the focused widget's ``copy()`` and is disabled while the focused widget has none. It adds
no key of its own: a line edit or text view with the focus takes Ctrl+C for itself
(Qt's shortcut override), so the key still copies its selected text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget


def copier(widget: QWidget | None) -> Callable[[], object] | None:
    """The ``copy`` method of ``widget``, or None when it has none."""
    method = getattr(widget, "copy", None) if widget is not None else None
    return method if callable(method) else None


class FocusCopy(QObject):
    """Keeps ``action`` enabled while the window's focused widget can copy; copies."""

    def __init__(self, action: QAction, window: QWidget):
        super().__init__(window)
        self._action = action
        self._window = window
        action.triggered.connect(self.copy)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.update()

    def focused(self) -> QWidget | None:
        """The widget of the window that has (or last had) the focus: a menu opened to
        choose Edit › Copy does not change it."""
        return self._window.focusWidget()

    def update(self) -> None:
        self._action.setEnabled(copier(self.focused()) is not None)

    def copy(self) -> bool:
        method = copier(self.focused())
        if method is None:
            return False
        method()
        return True

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            self.update()
