"""The window's size, position, docks and splitter, to and from ``settings.WindowState``.

Qt saves them as opaque byte blobs; they are kept base64-encoded in the window-state file,
apart from the user's settings. The main splitter keeps its proportion as the window is
resized (``keep_proportion``): the tree is as wide a share of a wide window as of a narrow
one, and the share the user dragged it to is the one kept, and remembered with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from jimo_desktop.settings import WindowState


def _blob(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def capture(
    window: QMainWindow,
    splitter: QSplitter,
    collapsed: tuple[str, ...] = (),
    splitter_state: QByteArray | None = None,
) -> WindowState:
    """``collapsed``: the side panels folded to strips (``side_panels``), by name;
    ``splitter_state``: the splitter's as it was before its first pane was folded."""
    return WindowState(
        geometry=_blob(window.saveGeometry()),
        window_state=_blob(window.saveState()),
        splitter=_blob(splitter.saveState() if splitter_state is None else splitter_state),
        collapsed=collapsed,
    )


def restore(window: QMainWindow, splitter: QSplitter, state: WindowState) -> bool:
    """Put the window back as it was; False when nothing was saved (a first start)."""
    if state.geometry:
        window.restoreGeometry(_bytes(state.geometry))
    if state.window_state:
        window.restoreState(_bytes(state.window_state))
    if state.splitter:
        blob = _bytes(state.splitter)
        splitter.restoreState(blob)
        proportion = splitter.findChild(SplitterProportion)
        share = saved_share(blob)
        if proportion is not None and share is not None:
            # From the sizes saved, not from the splitter's now: before the window is
            # laid out, Qt shares them out over the width it has yet.
            proportion.share = share
    return bool(state.geometry or state.window_state)


_SPLITTER_MAGIC = 0xFF  # QSplitter::saveState's first number


def saved_share(blob: QByteArray) -> float | None:
    """The first pane's share of a two-pane splitter's sizes in ``saveState``'s ``blob``
    (a magic number, a version, then the list of sizes); None when it holds no such."""
    stream = QDataStream(blob)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if stream.readInt32() != _SPLITTER_MAGIC:
        return None
    stream.readInt32()  # the version
    count = stream.readUInt32()
    if count != 2:
        return None
    sizes = [stream.readInt32() for _ in range(count)]
    if stream.status() != QDataStream.Status.Ok or min(sizes) <= 0:
        return None
    return sizes[0] / sum(sizes)


class SplitterProportion(QObject):
    """Keeps a two-pane splitter's first pane at the same share of its width on resize."""

    def __init__(self, splitter: QSplitter, share: float) -> None:
        super().__init__(splitter)
        self.setObjectName("splitterProportion")
        self._splitter = splitter
        self.share = share
        splitter.splitterMoved.connect(lambda *_: self.take_share())
        splitter.installEventFilter(self)

    def _first_shown(self) -> bool:
        first = self._splitter.widget(0)
        return first is not None and not first.isHidden()

    def take_share(self) -> None:
        """The share the splitter's panes have now (the user dragged, or it was restored);
        kept while the first pane is hidden (folded to a strip), for when it shows again."""
        sizes = self._splitter.sizes()
        if self._first_shown() and len(sizes) == 2 and sum(sizes) > 0 and sizes[0] > 0:
            self.share = sizes[0] / sum(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.apply)  # once the splitter has laid out its panes
        return super().eventFilter(watched, event)

    def apply(self) -> None:
        """The first pane at its share of the splitter (nothing while it is hidden)."""
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if self._first_shown() and len(sizes) == 2 and total > 0:
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
