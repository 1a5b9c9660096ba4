"""How the window is shown: its zoom, full screen, and the presentation mode.

View › Zoom in / Zoom out / Actual size (and Ctrl+wheel over the window) step the
interface's zoom through ``zoom.LEVELS``; the level is said briefly in the status bar and
left as ``zoomChanged(percent)`` for the window to remember. View › Full screen (F11)
fills the screen with the window and back. The presentation mode (F5, Esc to leave) is
``enter_presentation`` / ``leave_presentation``: the window's centre is replaced by a
``PresentationView``, the menu bar, toolbar, docks and status bar are hidden, and the
window fills the screen; leaving puts back exactly what was there (docks, toolbar,
geometry, full screen or not, the widget that had the keyboard).

Signals:
    zoomChanged(int): the zoom is now this many percent.
    message(str, int): a status line and how long it shows, in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar, QWidget

from jimo_desktop.items import Detail, ItemRef
from jimo_desktop.ui import zoom
from jimo_desktop.ui.actions import Actions

if TYPE_CHECKING:
    from jimo_desktop.ui.presentation.presentation_view import PresentationView

ZOOM_MESSAGE_MS = 1500


class ViewModes(QObject):
    zoomChanged = Signal(int)
    message = Signal(str, int)

    def __init__(
        self,
        window: QMainWindow,
        actions: Actions,
        detail_of: Callable[[ItemRef], Detail | None],
        items_to_show: Callable[[], tuple[Sequence[ItemRef], ItemRef | None]],
    ):
        """``items_to_show()``: the items a presentation steps through, and the one to
        start on (None: the first)."""
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._detail_of = detail_of
        self._items_to_show = items_to_show
        self.presentation: PresentationView | None = None
        self._saved: tuple[QRect, QByteArray, Qt.WindowState, bool, bool] | None = None
        self._centre: QWidget | None = None
        self._focus: QWidget | None = None
        self.wheel = zoom.ZoomWheel(window)
        self.wheel.stepped.connect(self.zoom_by)
        actions.zoom_in.triggered.connect(lambda: self.zoom_by(1))
        actions.zoom_out.triggered.connect(lambda: self.zoom_by(-1))
        actions.zoom_actual.triggered.connect(lambda: self.set_zoom(zoom.ACTUAL))
        actions.full_screen.toggled.connect(self.set_full_screen)
        actions.presentation.triggered.connect(self.toggle_presentation)
        # Their keys work with the menu bar and toolbar hidden too.
        window.addActions(
            [
                actions.zoom_in,
                actions.zoom_out,
                actions.zoom_actual,
                actions.full_screen,
                actions.presentation,
            ]
        )
        self._update_zoom_actions()

    # -- zoom ---------------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(zoom.step(zoom.percent(), steps))

    def set_zoom(self, percent: int, *, quiet: bool = False) -> None:
        """The interface at ``percent`` (one of ``zoom.LEVELS``: the nearest is taken)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        before = zoom.percent()
        level = zoom.set_zoom(app, percent, self._window)
        self._update_zoom_actions()
        if not quiet:
            self.message.emit(
                QCoreApplication.translate("ViewModes", "Zoom: {percent} %").format(percent=level),
                ZOOM_MESSAGE_MS,
            )
        if level != before:
            self.zoomChanged.emit(level)

    def _update_zoom_actions(self) -> None:
        self._actions.zoom_in.setEnabled(zoom.percent() < zoom.LARGEST)
        self._actions.zoom_out.setEnabled(zoom.percent() > zoom.SMALLEST)
        self._actions.zoom_actual.setEnabled(zoom.percent() != zoom.ACTUAL)

    # -- full screen --------------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        window = self._window
        if on == window.isFullScreen():
            return
        if on:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        else:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)

    def sync_full_screen(self) -> None:
        """The Full screen action's check mark as the window is (it may be left by the
        window manager's own key)."""
        action = self._actions.full_screen
        if action.isChecked() != self._window.isFullScreen():
            action.blockSignals(True)
            action.setChecked(self._window.isFullScreen())
            action.blockSignals(False)

    # -- presentation -------------------------------------------------------------------

    def is_presenting(self) -> bool:
        return self.presentation is not None

    def toggle_presentation(self) -> None:
        if self.is_presenting():
            self.leave_presentation()
        else:
            self.enter_presentation()

    def enter_presentation(self) -> bool:
        """Show the items to show, one at a time, over the whole screen; False when there
        is nothing to show."""
        if self.is_presenting():
            return True
        refs, first = self._items_to_show()
        if not refs:
            self.message.emit(
                QCoreApplication.translate(
                    "ViewModes",
                    "Nothing to present: star items for the shortlist, or open a group of "
                    "the tree.",
                ),
                8000,
            )
            return False
        window = self._window
        self._focus = QApplication.focusWidget()
        self._saved = (
            QRect(window.geometry()),
            window.saveState(),
            window.windowState(),
            window.menuBar().isVisible(),
            window.statusBar().isVisible(),
        )
        # Imported when first asked for: the view, its QR codes and its chart are not
        # part of the first frame.
        from jimo_desktop.ui.presentation.presentation_view import PresentationView

        view = PresentationView(self._detail_of)
        view.setObjectName("presentationView")
        view.leaveRequested.connect(self.leave_presentation)
        view.set_items(refs, list(refs).index(first) if first is not None and first in refs else 0)
        self._centre = window.takeCentralWidget()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for bar in (
            *window.findChildren(QDockWidget, options=direct),
            *window.findChildren(QToolBar, options=direct),
        ):
            bar.hide()  # saveState has them: restoreState shows them again
        window.menuBar().hide()
        window.statusBar().hide()
        window.setCentralWidget(view)
        self.presentation = view
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave_presentation(self) -> None:
        """Back to the window exactly as it was before the presentation."""
        view, saved, centre = self.presentation, self._saved, self._centre
        if view is None or saved is None or centre is None:
            return
        window = self._window
        geometry, state, window_state, menu_bar, status_bar = saved
        self.presentation = self._saved = self._centre = None
        window.takeCentralWidget()
        view.deleteLater()
        window.setCentralWidget(centre)
        window.setWindowState(window_state)
        special = Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
        if not window_state & special:
            window.setGeometry(geometry)  # (the window's own normal place otherwise)
        window.restoreState(state)
        window.menuBar().setVisible(menu_bar)
        window.statusBar().setVisible(status_bar)
        self.sync_full_screen()
        focus, self._focus = self._focus, None
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
