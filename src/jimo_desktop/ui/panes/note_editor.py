"""The note editor: the user's own note on the item shown, saved as it is typed.

Its title names the item the note is on ("Note on Qingdao Blue Valley", the name in the
language's order); with no item open it says so, and the box is greyed out without
inviting anyone to write in it.

There is no save button. The editor sends ``noteChanged(ItemRef, text)`` half a second
after typing pauses, when it loses the keyboard focus, before it shows another item and
when ``flush()`` is called (the window calls it on close). The window stores the note
and answers with ``set_saved(ok, message)`` so the user sees whether it was kept. When
the language changes the editor says its words again (``retranslate``); the note being
typed, its cursor and whether it is saved stay.

Signals:
    noteChanged(ItemRef, str): the note on an item changed and should be kept.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.items import ItemRef
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import Retranslating, ordered_names


class _NoteEdit(QPlainTextEdit):
    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class NoteEditor(Retranslating, QWidget):
    noteChanged = Signal(object, str)

    SAVE_DELAY_MS = 500

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteEditorPane")
        self._ref: ItemRef | None = None
        self._names = ("", "")  # the item's English and Chinese names
        self._saved_text = ""
        # What the state line says: "" (nothing), "editing", "saved" or "not saved", and
        # the message the window gave with it, if any (said as given).
        self._state = ("", "")

        self._title = QLabel()
        self._title.setObjectName("noteTitle")
        self._title.setWordWrap(True)  # a long name wraps rather than widen the dock
        self._title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state = QLabel()
        self.state.setObjectName("noteState")
        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.addWidget(self._title, 1)
        self._header.addWidget(self.state)

        self.editor = _NoteEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setTabChangesFocus(True)
        self._title.setBuddy(self.editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._header)
        layout.addWidget(self.editor, 1)
        self.setMinimumHeight(self.fontMetrics().height() * 6)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)
        self.editor.focusLost.connect(self.flush)
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The editor's words in the user's language; the note itself is left alone."""
        name = self.item_name()
        if self._ref is None:
            self._title.setText(self.tr("<b>No item open</b>"))
            self._title.setToolTip("")
            self.editor.setPlaceholderText(
                self.tr(
                    "A note belongs to a park, company or project: it shows here when one is open."
                )
            )
            self.editor.setAccessibleName(self.tr("Note: no item open"))
        else:
            self._title.setText(self.tr("<b>Note on {name}</b>").format(name=escape(name)))
            self._title.setToolTip(name)
            self.editor.setPlaceholderText(
                self.tr(
                    "Write a note on this item: who you met, what to ask… "
                    "It is saved as you type and kept on this computer."
                )
            )
            self.editor.setAccessibleName(self.tr("Your note on {name}").format(name=name))
        self._say_state()

    def item_name(self) -> str:
        """The name of the item the note is on, in the language's order; "" for none."""
        if self._ref is None:
            return ""
        return elided(ordered_names(*self._names)[0] or self._ref.id)

    def _say_state(self) -> None:
        state, message = self._state
        texts = {
            "": "",
            "editing": self.tr("Editing…"),
            "saved": message or self.tr("Saved"),
            "not saved": message or self.tr("Not saved"),
        }
        self.state.setText(texts[state])

    # -- public -----------------------------------------------------------------------

    def add_header_action(self, action: QAction) -> QToolButton:
        """Show ``action`` (say, the star) as a button in the note's header."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        self._header.addWidget(button)
        return button

    def set_item(
        self, ref: ItemRef | None, text: str = "", names: tuple[str, str] = ("", "")
    ) -> None:
        """Show the note on ``ref`` (None: no item, the editor is disabled), whose English
        and Chinese ``names`` the title shows.

        A pending change to the previous item's note is sent first.
        """
        self.flush()
        self._ref = ref
        self._names = names
        self._saved_text = text
        self.editor.blockSignals(True)
        try:
            self.editor.setPlainText(text)
        finally:
            self.editor.blockSignals(False)
        self.setEnabled(ref is not None)
        self._state = ("", "")
        self.retranslate()

    def ref(self) -> ItemRef | None:
        return self._ref

    def text(self) -> str:
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        return self._ref is not None and self.text() != self._saved_text

    def flush(self) -> None:
        """Send the note now if it changed since it was last sent."""
        self._timer.stop()
        if self.is_dirty():
            text = self.text()
            self._saved_text = text
            assert self._ref is not None
            self.noteChanged.emit(self._ref, text)

    def set_saved(self, ok: bool, message: str = "") -> None:
        """Tell the user whether the last change was kept."""
        if ok:
            self.state.setStyleSheet("")
            self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            self.state.setStyleSheet("color: #b00020;")
        self._state = ("saved" if ok else "not saved", message)
        self._say_state()

    # -- internals --------------------------------------------------------------------

    def _edited(self) -> None:
        if self._ref is None:
            return
        self._state = ("editing" if self.is_dirty() else "", "")
        self._say_state()
        self._timer.start()  # restarts: saved once typing pauses
