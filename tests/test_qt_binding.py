"""Guards against known faults of the Qt binding the app runs on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsScene


class _Moving(QGraphicsObject):
    """A graphics object with a Python itemChange override, as pyqtgraph's items have."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 1, 1)

    def paint(self, painter: QPainter, *args: object) -> None:
        pass

    def itemChange(self, change, value):
        self.changes += 1
        return super().itemChange(change, value)


def test_item_change_override_does_not_leak_none_references(qapp: object) -> None:
    """PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every call.

    After a few thousand calls None is deallocated and the process aborts with
    "Fatal Python error: none_dealloc"; pyproject.toml excludes that combination.
    """
    scene = QGraphicsScene()
    item = _Moving()
    scene.addItem(item)
    before = sys.getrefcount(None)
    for step in range(1000):
        item.setPos(step, step)
    after = sys.getrefcount(None)
    assert item.changes >= 1000, "the override was not called"
    assert abs(after - before) < 50, f"None's reference count drifted by {after - before}"
    scene.removeItem(item)
