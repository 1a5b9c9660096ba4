"""The panes switch language with the window open, as View › Language switches it.

With a tiny Chinese translator installed and the language set, the window open on a park
says its tab titles, the card's field labels, the figures' headers and the tree's groups
in Chinese, the card leads with the Chinese name; the item shown, the tree's selection,
the tab and the note being typed stay. Switching back says it all in English again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTreeView, QWidget

from jimo_desktop.app import create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.navigation import Screen
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.panes.detail.detail_pane import DetailPane
from tests.conftest import detail_of
from tests.ui.detail_parts import card, home, tabs
from tests.ui.panes.language_switch import LanguageSwitch, language_switch

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
NOTE = "Met the director; ask about land prices"
CHINESE = {
    "DetailPane": {
        "Related ({n})": "相关（{n}）",
        "Figures ({n})": "数据（{n}）",
        "Timeline ({n})": "大事记（{n}）",
        "Sources ({n})": "来源（{n}）",
    },
    "ItemCard": {"Kind": "类型", "Founded": "设立时间"},
    "ItemKind": {"Park or zone": "园区"},
    "FiguresModel": {"Metric": "指标", "Period": "时期"},
    "ParkTreeModel": {"Development zones": "开发区", "{name} ({count})": "{name}（{count}）"},
    "TreePanel": {"&Group by:": "分组(&G)：", "Kind": "类型"},
    "NoteEditor": {"<b>Note on {name}</b>": "<b>{name}的笔记</b>", "Editing…": "正在编辑…"},
    "HomePage": {"Where to start": "从这里开始", "parks and zones": "个园区"},
    "FactCheckView": {"Fact check: the claims of the 2019 article": "核查：2019年报道中的说法"},
    "FactCheck": {"Corroborated": "已证实"},
    "ShortlistPanel": {"&Compare": "比较(&C)"},
    "SearchPanel": {"Search": "搜索"},
}

# The offscreen platform warns when a shown window's size hints change; that is the test
# platform talking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def switch(qapp, tmp_path: Path) -> Iterator[LanguageSwitch]:
    with language_switch(qapp, tmp_path, CHINESE) as switch:
        yield switch


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tab_titles(window: MainWindow) -> list[str]:
    widget = tabs(window.detail_pane)
    return [widget.tabText(i) for i in range(widget.count())]


def field_labels(window: MainWindow) -> list[str]:
    """The bold labels of the card's facts: the field labels."""
    (facts,) = [w for w in card(window.detail_pane).findChildren(QWidget, "facts") if w.isVisible()]
    return [label.text() for label in facts.findChildren(QLabel) if label.font().bold()]


def first_group(window: MainWindow) -> str:
    model = window.findChild(QTreeView, "parkTree").model()
    return model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.DisplayRole)


def figures_header(window: MainWindow, column: int) -> str:
    view = window.detail_pane.figures_table.view
    return view.model().headerData(column, Qt.Orientation.Horizontal)


def test_the_window_on_a_park_switches_language_and_keeps_its_state(
    window: MainWindow, switch: LanguageSwitch, catalog, qtbot
) -> None:
    assert window.navigate(EDZ)
    pane = window.detail_pane
    pane.show_tab(DetailPane.FIGURES)
    editor = window.note_editor.editor
    editor.setFocus()
    editor.insertPlainText(NOTE)
    cursor = editor.textCursor().position()
    selected = window.tree_panel.selected_refs()
    assert selected == [EDZ] and window.tree_panel.current_ref() == EDZ
    detail = detail_of(catalog, EDZ)
    item = detail.item
    english = {
        "tabs": tab_titles(window),
        "fields": field_labels(window),
        "group": first_group(window),
        "metric": figures_header(window, FiguresModel.METRIC),
        "names": card(pane).names(),
    }
    assert english["tabs"][0].startswith("Related (") and "Kind" in english["fields"]
    assert english["group"] == "Development zones (6)"
    assert english["names"] == [item.name_en, item.name_zh]

    switch.chinese()

    counts = [len(detail.related), len(detail.figures), len(detail.events), len(detail.sources)]
    words = ["相关", "数据", "大事记", "来源"]
    assert tab_titles(window) == [
        *(f"{word}（{n}）" for word, n in zip(words, counts, strict=True)),
        "地图",  # a park's page has the Map tab
    ]
    assert "类型" in field_labels(window) and "设立时间" in field_labels(window)
    assert figures_header(window, FiguresModel.METRIC) == "指标"
    assert first_group(window) == "开发区（6）"
    assert card(pane).names() == [item.name_zh, item.name_en]
    assert card(pane).findChild(QLabel, "itemKind").text() == "园区"
    assert window.findChild(QLabel, "noteTitle").text() == f"<b>{item.name_zh}的笔记</b>"
    # What the user was looking at and doing stays.
    assert pane.current_ref() == EDZ and pane.current_tab() == DetailPane.FIGURES
    assert window.tree_panel.selected_refs() == selected
    assert window.tree_panel.current_ref() == EDZ
    assert editor.toPlainText() == NOTE and editor.textCursor().position() == cursor
    assert window.note_editor.ref() == EDZ

    switch.english()

    assert tab_titles(window) == english["tabs"]
    assert field_labels(window) == english["fields"]
    assert first_group(window) == english["group"]
    assert figures_header(window, FiguresModel.METRIC) == english["metric"]
    assert card(pane).names() == english["names"]
    assert pane.current_ref() == EDZ and pane.current_tab() == DetailPane.FIGURES
    assert window.tree_panel.selected_refs() == selected
    assert editor.toPlainText() == NOTE


def test_the_first_screen_and_the_tree_controls_switch(window, switch) -> None:
    page = home(window.detail_pane)
    texts = lambda: [label.text() for label in page.findChildren(QLabel)]  # noqa: E731
    assert "Where to start" in texts() and "parks and zones" in texts()
    label = window.tree_panel.findChild(QLabel)
    assert label.text() == "&Group by:"
    scroll = page.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 2)
    position = scroll.value()
    content = page.widget()
    switch.chinese()
    assert "从这里开始" in texts() and "个园区" in texts()
    assert label.text() == "分组(&G)："
    assert window.tree_panel.findChild(QComboBox, "groupBy").itemText(0) == "类型"
    assert page.widget() is content and scroll.value() == position  # not built again
    switch.english()
    assert "Where to start" in texts() and label.text() == "&Group by:"


def test_the_fact_check_switches_and_keeps_its_filter(window, switch) -> None:
    assert window.navigate(Screen.FACT_CHECK)
    view = window.fact_check
    view.set_status_filter("corroborated")
    shown = view.visible_claims()
    title = view.findChild(QLabel, "factCheckTitle")
    button = view.filter_button("corroborated")
    assert button is not None and button.text().startswith("Corroborated (")
    switch.chinese()
    assert title.text() == "核查：2019年报道中的说法"
    assert button.text().startswith("已证实 (")
    badges = view.findChildren(QLabel, "statusBadge")
    corroborated = [b.text() for b in badges if b.property("status") == "corroborated"]
    # Claims resting on inference say so in Chinese too.
    assert corroborated and set(corroborated) == {"已证实", "已证实（推断）"}
    assert view.status_filter() == "corroborated" and view.visible_claims() == shown
    switch.english()
    assert button.text().startswith("Corroborated (")


def test_the_shortlist_and_search_switch(window, switch) -> None:
    compare = window.shortlist_panel.findChild(QPushButton, "shortlistCompare")
    assert compare.text() == "&Compare"
    assert window.search_panel.box.accessibleName() == "Search"
    switch.chinese()
    assert compare.text() == "比较(&C)"
    assert window.search_panel.box.accessibleName() == "搜索"
    switch.english()
    assert compare.text() == "&Compare"
