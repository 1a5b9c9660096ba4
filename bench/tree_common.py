"""The tree benchmarks' shared steps: a fresh tree pane, its biggest group, a park in it."""

from __future__ import annotations

import time
from typing import Any

from harness import PaintProbe, settle


def fresh_panel(catalog: Any) -> tuple[Any, Any, PaintProbe]:
    """A new tree pane over ``catalog``, shown and settled; its view and a paint probe."""
    from jimo_desktop.ui.panes.tree_panel import TreePanel

    pane = TreePanel(catalog)
    pane.resize(360, 700)
    pane.show()
    settle(3)
    view = pane._view
    return pane, view, PaintProbe(view.viewport())


def biggest_group(view: Any) -> Any:
    """The index of the group with the most parks."""
    from jimo_desktop.ui.models.roles import COUNT_ROLE

    model = view.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return max(rows, key=lambda index: index.data(COUNT_ROLE) or 0)


def expand_painted(view: Any, probe: PaintProbe, index: Any) -> float:
    """Milliseconds from asking to expand ``index`` to the view's paint."""
    probe.arm()
    start = time.perf_counter()
    view.expand(index)
    return (probe.wait() - start) * 1000


def park_with_children(view: Any, group: Any, wanted: int = 3) -> Any:
    """The first park of an expanded group with ``wanted`` things inside (else the nearest)."""
    from jimo_desktop.ui.models.roles import COUNT_ROLE

    model = view.model()
    parks = [model.index(row, 0, group) for row in range(model.rowCount(group))]
    with_children = [p for p in parks if (p.data(COUNT_ROLE) or 0) > 0]
    return min(with_children, key=lambda index: abs((index.data(COUNT_ROLE) or 0) - wanted))


def plain_group_expanded(children: int, name: str) -> float:
    """The baseline: a QStandardItemModel group of ``children`` rows expanded → painted, ms."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    model = QStandardItemModel()
    top = QStandardItem("Group")
    top.appendRows([QStandardItem(f"{name} {i}") for i in range(children)])
    model.appendRow(top)
    plain = QTreeView()
    plain.setModel(model)
    plain.setUniformRowHeights(True)
    plain.resize(360, 700)
    plain.show()
    settle(3)
    took = expand_painted(plain, PaintProbe(plain.viewport()), model.index(0, 0))
    plain.close()
    plain.deleteLater()
    return took
