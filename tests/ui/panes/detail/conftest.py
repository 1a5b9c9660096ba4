"""The detail pane the tests of this folder show items in: 900×700, shown and exposed."""

from __future__ import annotations

import pytest

from jimo_desktop.ui.panes.detail.detail_pane import DetailPane


@pytest.fixture
def pane(qtbot) -> DetailPane:
    widget = DetailPane()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
