"""The window's size, position, docks and splitter, to and from ``settings.WindowState``.

Qt saves them as opaque byte blobs; they are kept base64-encoded in the window-state file,
apart from the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
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
    return bool(state.geometry or state.window_state)
