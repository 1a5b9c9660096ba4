"""A map built the first time it is shown, so that no page pays for it before it is looked at.

``LazyMap`` holds a placeholder until it is first shown, then builds a ``MapPane`` from
``source()`` (a function returning the ``catalog.MapData``); ``show_item`` is kept until then.
Its module imports nothing of the map, so pages that hold one start as fast as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from jimo_desktop.items import ItemRef
from jimo_desktop.ui.translations import Retranslating

if TYPE_CHECKING:
    from jimo_desktop.catalog.map_data import MapData
    from jimo_desktop.ui.panes.map.map_pane import MapPane


class LazyMap(Retranslating, QStackedWidget):
    """A ``MapPane`` built when first shown, from ``source()``; ``show_item`` is kept till then."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, source: Callable[[], MapData] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._source = source
        self._pane: MapPane | None = None
        self._ref: ItemRef | None = None
        self._placeholder = QLabel()
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self._placeholder)
        self.retranslate()

    def retranslate(self) -> None:
        self._placeholder.setText(self.tr("The map opens here."))

    def set_source(self, source: Callable[[], MapData] | None) -> None:
        self._source = source

    @property
    def pane(self) -> MapPane | None:
        return self._pane

    def ensure_pane(self) -> MapPane | None:
        """The map, built now if it was not yet (None without a source)."""
        if self._pane is None and self._source is not None:
            from jimo_desktop.ui.panes.map.map_pane import MapPane

            self._pane = MapPane(self._source(), self)
            self._pane.linkActivated.connect(self.linkActivated)
            self.addWidget(self._pane)
            self.setCurrentWidget(self._pane)
            self._pane.show_item(self._ref)
        return self._pane

    def show_item(self, ref: ItemRef | None) -> None:
        self._ref = ref
        if self._pane is not None:
            self._pane.show_item(ref)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_pane()
