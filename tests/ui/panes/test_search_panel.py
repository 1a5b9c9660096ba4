"""The search pane: a plain click on a result opens it, as in the tree; Ctrl+click selects."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemRef
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.panes.search_panel import SearchPanel


def _first_hit(panel: SearchPanel):
    model = panel.view.model()
    group = model.index(0, 0)
    panel.view.expandAll()
    index = model.index(0, 0, group) if model.rowCount(group) else group
    assert isinstance(index.data(ITEM_REF_ROLE), ItemRef)
    return index


def test_a_click_on_a_result_opens_it_and_ctrl_click_only_selects(catalog: Catalog, qtbot) -> None:
    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.box.setText("blue valley")
    panel.run_query()
    index = _first_hit(panel)
    rect = panel.view.visualRect(index)
    opened: list[ItemRef] = []
    panel.linkActivated.connect(opened.append)
    where = rect.center() + QPoint(0, 0)
    QTest.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, where
    )
    assert opened == []
    QTest.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
    )
    assert opened == [index.data(ITEM_REF_ROLE)]


def test_typing_searches_once_the_keys_typed_are_handled_with_no_pause(
    catalog: Catalog, qtbot
) -> None:
    from PySide6.QtCore import QCoreApplication

    from jimo_desktop.ui.panes import search_panel

    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.box.setFocus()
    QTest.keyClicks(panel.box, "blue")
    for _ in range(3):  # no waiting: only what is queued is handled
        QCoreApplication.processEvents()
    assert panel.query() == "blue" and panel.model.hit_count() > 0
    assert panel.model.hit_count() == len(catalog.search("blue").hits)
    assert search_panel.SEARCH_DELAY_MS < 30
