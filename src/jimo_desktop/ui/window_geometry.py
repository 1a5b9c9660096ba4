"""The window's size, position, docks and splitter, to and from ``settings.WindowState``.

Qt saves them as opaque byte blobs; they are kept base64-encoded in the window-state file,
apart from the user's settings. The main splitter keeps its proportion as the window is
resized (``keep_proportion``): the tree is as wide a share of a wide window as of a narrow
one, and the share the user dragged it to is the one kept, and remembered with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from jimo_desktop.settings import WindowState


def _blob(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def capture(window: QMainWindow, splitter: QSplitter) -> WindowState:
    return WindowState(
        geometry=_blob(window.saveGeometry()),
        window_state=_blob(window.saveState()),
        splitter=_blob(splitter.saveState()),
    )


def restore(window: QMainWindow, splitter: QSplitter, state: WindowState) -> bool:
    """Put the window back as it was; False when nothing was saved (a first start)."""
    if state.geometry:
        window.restoreGeometry(_bytes(state.geometry))
    if state.window_state:
        window.restoreState(_bytes(state.window_state))
    if state.splitter:
        splitter.restoreState(_bytes(state.splitter))
        proportion = splitter.findChild(SplitterProportion)
        if proportion is not None:
            proportion.take_share()
    return bool(state.geometry or state.window_state)


class SplitterProportion(QObject):
    """Keeps a two-pane splitter's first pane at the same share of its width on resize."""

    def __init__(self, splitter: QSplitter, share: float) -> None:
        super().__init__(splitter)
        self.setObjectName("splitterProportion")
        self._splitter = splitter
        self.share = share
        splitter.splitterMoved.connect(lambda *_: self.take_share())
        splitter.installEventFilter(self)

    def take_share(self) -> None:
        """The share the splitter's panes have now (the user dragged, or it was restored)."""
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 0:
            self.share = sizes[0] / sum(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._apply)  # once the splitter has laid out its panes
        return super().eventFilter(watched, event)

    def _apply(self) -> None:
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if len(sizes) == 2 and total > 0:
            first = round(total * self.share)
            self._splitter.setSizes([first, total - first])


# A splitter's handle drawn so that it shows: a band of the palette's mid colour, the
# highlight colour under the pointer.
HANDLE_WIDTH = 6
_HANDLE_STYLE = """
QSplitter#{name}::handle {{ background: palette(midlight); }}
QSplitter#{name}::handle:hover {{ background: palette(highlight); }}
"""


def show_handles(splitter: QSplitter) -> None:
    """Make ``splitter``'s handles visible (it needs an object name)."""
    splitter.setHandleWidth(HANDLE_WIDTH)
    splitter.setStyleSheet(_HANDLE_STYLE.format(name=splitter.objectName()))


def keep_proportion(splitter: QSplitter, share: float) -> SplitterProportion:
    """Keep ``splitter``'s first pane at ``share`` of its width (until the user drags it)."""
    return SplitterProportion(splitter, share)
