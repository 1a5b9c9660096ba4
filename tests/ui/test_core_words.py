"""The core's marked words reach the screen in the user's language.

The core marks its words (the tree's group names, the words of a period, the messages of
an expected fault) with ``QT_TRANSLATE_NOOP``; the window shows them through
``core_text``. With a translator installed, they come out translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTreeView

from jimo_desktop.app import create_window
from jimo_desktop.catalog import Catalog, DatabaseMissing
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import core_text
from tests.ui.detail_parts import card
from tests.ui.translators import tiny_translator

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
CHINESE = {
    "ParkTreeModel": {"Development zones": "开发区", "{name} ({count})": "{name}（{count}）"},
    "dates": {"{month} {year}": "{year}年{month}", "May": "5月"},
    "DatabaseError": {"The database file “{path}” was not found.": "找不到数据库文件“{path}”。"},
    "Settings": {
        "Your settings file was damaged and has been kept as “{name}”; defaults are used.": (
            "设置文件已损坏，已另存为“{name}”；现使用默认设置。"
        )
    },
}


@pytest.fixture
def chinese(qapp, tmp_path: Path) -> Iterator[None]:
    translator = tiny_translator(tmp_path, CHINESE)
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_the_tree_names_its_groups_in_the_users_language(chinese, qtbot) -> None:
    window: MainWindow = create_window()
    qtbot.addWidget(window)
    model = window.findChild(QTreeView, "parkTree").model()
    first = model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.DisplayRole)
    assert first == "开发区（6）"


def test_a_founding_date_is_written_in_the_users_language(chinese, qtbot) -> None:
    window: MainWindow = create_window()
    qtbot.addWidget(window)
    window.navigate(EDZ)
    texts = [label.text() for label in card(window.detail_pane).findChildren(QLabel)]
    assert any(text.startswith("1992年5月") for text in texts), texts


def test_an_expected_fault_is_said_in_the_users_language(chinese, tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing) as caught:
        Catalog.open(tmp_path / "nowhere.db")
    assert str(caught.value).startswith("The database file “")  # English for the log
    assert core_text(caught.value.message) == f"找不到数据库文件“{tmp_path / 'nowhere.db'}”。"


def test_a_damaged_settings_file_is_reported_in_the_users_language(
    chinese, qtbot, profile_dir: Path
) -> None:
    config = profile_dir / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{oops", encoding="utf-8")
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "设置文件已损坏" in window.statusBar().currentMessage())


def test_without_a_translation_the_words_stay_english(qapp) -> None:
    assert QCoreApplication.translate("dates", "May") == "May"
    assert core_text("plain") == "plain"
