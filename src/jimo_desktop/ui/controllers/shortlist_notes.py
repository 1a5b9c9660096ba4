"""The shortlist dock, the note editor and the Star action, kept in step with the store.

The window builds one ``ShortlistNotes`` and tells it which page is shown
(``show_page``); this object asks the user store and the catalog, fills the shortlist
pane, loads and saves the note of the item shown, and keeps the Star action's state.
What the user should read in the status bar leaves as ``message(text, msecs)``: a star or
a note that could not be saved says why at that moment (the store's words, such as "the
disk is full: your note was not saved"); what the store found at opening (a read-only
file, one from a newer version) stays on the shortlist pane's problem line.

``retranslate()`` (called by the window when the language changes) words again what stays
on screen: the dock's title with its count, the Star action and the note's state.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QToolButton

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Page
from jimo_desktop.store import UserStore
from jimo_desktop.ui.models.shortlist_model import ShortlistRow
from jimo_desktop.ui.panes.note_editor import NoteEditor
from jimo_desktop.ui.panes.shortlist_panel import ShortlistPanel, star_icon
from jimo_desktop.ui.translations import TRANSLATIONS, Language, core_text

# Items that can be starred (events and claims open on other pages).
STARRABLE = frozenset(
    {
        ItemKind.PARK,
        ItemKind.ORGANIZATION,
        ItemKind.PROJECT,
        ItemKind.PLACE,
        ItemKind.INDUSTRY,
        ItemKind.SOURCE,
        ItemKind.ZONE,
    }
)

_NOT_SAVED, _IN_MEMORY = "not saved", "in memory"  # the note's last change was not on disk
_ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


@cache
def _star_words() -> tuple[str, ...]:
    """The Star action's two words in every language of the interface."""
    words = ["Star", "Starred"]
    for language in Language:
        translator = QTranslator()
        if translator.load(language.files[0], str(paths.resource(*TRANSLATIONS))):
            words += [translator.translate("ShortlistNotes", w) or w for w in ("Star", "Starred")]
    return tuple(words)


class ShortlistNotes(QObject):
    message = Signal(str, int)

    def __init__(
        self, store: UserStore, catalog: Catalog, star: QAction, window: QMainWindow
    ) -> None:
        super().__init__(window)
        self.store = store
        self.catalog = catalog
        self.star = star
        self._ref: ItemRef | None = None
        self._count = 0  # rows in the shortlist, for the dock's title
        self._note_state: str | None = None  # NOT_SAVED, IN_MEMORY, or None (saved)
        self._note_problem = ""  # the store's words on why the note was not saved
        self.panel = ShortlistPanel()
        self.note_editor = NoteEditor()
        self.note_editor.add_header_action(star)
        # The user's own column: the note on the item shown, above the shortlist.
        column = QSplitter(Qt.Orientation.Vertical)
        column.setObjectName("userColumn")
        column.setChildrenCollapsible(False)
        column.addWidget(self.note_editor)
        column.addWidget(self.panel)
        column.setStretchFactor(0, 2)
        column.setStretchFactor(1, 3)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("shortlist")
        self.dock.setWidget(column)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.panel.set_problem(core_text(store.problem))
        self.star.triggered.connect(self.toggle_star)
        self.panel.removeRequested.connect(lambda refs: self.set_starred(refs, False))
        self.note_editor.noteChanged.connect(self._note_changed)
        self.refresh()

    def show_page(self, page: Page) -> None:
        """The window now shows ``page``: an item, or a screen that is not an item."""
        ref = page if isinstance(page, ItemRef) else None
        self._ref = ref
        self._note_state = None  # the note editor shows another item's note from here
        named = self.catalog.related(ref) if ref else None
        names = (named.name, named.name_zh) if named is not None else ("", "")
        self.note_editor.set_item(ref, self.store.note(ref) if ref else "", names)
        self.update_star()

    def flush(self) -> None:
        self.note_editor.flush()

    def toggle_star(self) -> None:
        """Star the item shown, or take it off the shortlist (Ctrl+D)."""
        ref = self._ref
        if ref is not None and ref.kind in STARRABLE:
            self.set_starred([ref], not self.store.is_starred(ref))
        else:
            self.update_star()

    def set_starred(self, refs: Sequence[ItemRef], starred: bool) -> None:
        refs = [r for r in refs if r.kind in STARRABLE]
        ok = all([self.store.set_starred(ref, starred) for ref in refs])
        self.refresh()
        if not ok:
            self.message.emit(core_text(self.store.problem), 15000)
        elif starred:
            self.message.emit(self.tr("Added %n item(s) to the shortlist.", "", len(refs)), 5000)
        else:
            self.message.emit(self.tr("Took %n item(s) off the shortlist.", "", len(refs)), 5000)

    def refresh(self) -> None:
        """Fill the shortlist pane from the store (names from the catalog)."""
        rows = []
        for entry in self.store.shortlist():
            named = self.catalog.related(entry.ref)
            if named is None:
                rows.append(ShortlistRow(entry.ref, entry.ref.id, note=entry.note, known=False))
            else:
                rows.append(ShortlistRow(entry.ref, named.name, named.name_zh, entry.note))
        self.panel.set_rows(rows)
        self._count = len(rows)
        self._set_title()
        self.update_star()

    def retranslate(self) -> None:
        """What stays on screen, in the interface's language (no data read again)."""
        self._set_title()
        self.update_star()
        if self._note_state is not None:
            self._show_note_state()

    def _set_title(self) -> None:
        self.dock.setWindowTitle(self.tr("Shortlist ({n})").format(n=self._count))

    def update_star(self) -> None:
        ref = self._ref
        can_star = ref is not None and ref.kind in STARRABLE
        starred = ref is not None and can_star and self.store.is_starred(ref)
        self.star.setEnabled(can_star)
        self.star.setChecked(starred)
        self.star.setIcon(star_icon(starred))
        self.star.setText(self.tr("Starred") if starred else self.tr("Star"))
        self._keep_star_width()

    def _keep_star_width(self) -> None:
        """Each button of the Star action as wide as its longest word ("Star", "Starred",
        in English and in Chinese), so that starring never moves the buttons beside it."""
        for button in self.star.associatedObjects():
            if isinstance(button, QToolButton) and button.toolButtonStyle() != _ICON_ONLY:
                text, widths = button.text(), []
                for word in _star_words():
                    button.setText(word)
                    widths.append(button.sizeHint().width())
                button.setText(text)
                button.setMinimumWidth(max(widths))

    def _note_changed(self, ref: ItemRef, text: str) -> None:
        self.note_editor.state.setToolTip("")
        if not self.store.set_note(ref, text):
            # The store's words say what was lost ("the disk is full: your note was not
            # saved"): in the status bar now, and on the note's short "Not saved" label.
            self._note_state, self._note_problem = _NOT_SAVED, self.store.problem
            self._show_note_state()
            self.message.emit(core_text(self.store.problem), 15000)
        elif not self.store.is_persistent:
            self._note_state = _IN_MEMORY
            self._show_note_state()
        else:
            self._note_state = None
            self.note_editor.set_saved(True)
        if self.store.is_starred(ref):
            self.refresh()

    def _show_note_state(self) -> None:
        """The note's label when the last change was not kept on disk, and why."""
        if self._note_state == _NOT_SAVED:
            self.note_editor.set_saved(False, self.tr("Not saved"))
            self.note_editor.state.setToolTip(core_text(self._note_problem))
        else:
            self.note_editor.set_saved(False, self.tr("Kept only until you quit"))
