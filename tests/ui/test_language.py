"""The interface's language: chosen at start, switched at once from View › Language.

A tiny Chinese translation (``tiny_translator``) stands in for ``jimo_explorer_zh_CN.qm``
in a translations folder of the test's own, so that the switch is the app's own
``set_language`` loading what it would load.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu

from jimo_desktop import paths
from jimo_desktop.__main__ import _export_position, build_parser
from jimo_desktop.app import chosen_language, create_window
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.settings import settings_store
from jimo_desktop.ui.charts.bar_chart import BarChart
from jimo_desktop.ui.charts.indicator_chart import IndicatorChart
from jimo_desktop.ui.dialogs.about_dialog import show_about
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import Language, current_language, set_language
from tests.ui.detail_parts import home
from tests.ui.translators import tiny_translator

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")

CHINESE = {
    "MainWindow": {
        "&File": "文件(&F)",
        "&Edit": "编辑(&E)",
        "&View": "视图(&V)",
        "&Language": "语言(&L)",
        "&Go": "转到(&G)",
        "&Help": "帮助(&H)",
        "Jimo Explorer": "即墨园区通",
        "{page} — Jimo Explorer": "{page} — 即墨园区通",
    },
    "Actions": {
        "&Quit": "退出(&Q)",
        "&Fact Check": "事实核查(&F)",
        "Group by &Kind": "按类型分组(&K)",
        "Go back": "返回上一页",
    },
    "Chart": {"Parks and zones by kind": "各类园区数量", "exact value": "确切数值"},
    "ChartPanel": {"Export chart": "导出图表"},
    "about": {"About Jimo Explorer": "关于即墨园区通"},
    "ErrorHook": {
        "Jimo Explorer: unexpected error": "即墨园区通：意外错误",
        "Copy details": "复制详情",
    },
}


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """The app's translations folder holds the tiny Chinese translation (and the English
    plural forms); the interface is back in English after the test."""
    folder = tmp_path / "translations"
    folder.mkdir()
    tiny_translator(tmp_path, CHINESE)
    shutil.copy(tmp_path / "tiny_zh.qm", folder / "jimo_explorer_zh_CN.qm")
    english = paths.resource("translations", "jimo_explorer_en.qm")
    if english.is_file():
        shutil.copy(english, folder / english.name)
    resource = paths.resource

    def translations_here(*parts: str) -> Path:
        return folder.joinpath(*parts[1:]) if parts[:1] == ("translations",) else resource(*parts)

    monkeypatch.setattr(paths, "resource", translations_here)
    yield
    set_language(qapp, Language.ENGLISH)
    qapp.processEvents()


def opened(qtbot, language: str | None = None) -> MainWindow:
    win = create_window(language=language)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def language_menu(win: MainWindow) -> QMenu:
    menu = win.findChild(QMenu, "languageMenu")
    assert isinstance(menu, QMenu)
    assert menu.menuAction() in win.menus.view_menu.actions(), "View › Language"
    return menu


def choose(win: MainWindow, language: Language) -> None:
    """Choose ``language`` in View › Language, as a user would."""
    action = next(a for a in language_menu(win).actions() if a.text() == language.own_name)
    action.trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to the windows


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_first_start_follows_the_system_then_the_language_remembered(
    qtbot, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    first = opened(qtbot)
    assert current_language() is Language.CHINESE
    assert first.window_actions.languages[Language.CHINESE].isChecked()
    assert menu_titles(first)[0] == "文件(&F)"
    first.close()

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    second = opened(qtbot)
    assert current_language() is Language.CHINESE, "the language of the first start stays"
    assert menu_titles(second)[0] == "文件(&F)"


def test_first_start_in_english_on_an_english_system(
    qtbot, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    win = opened(qtbot)
    assert current_language() is Language.ENGLISH
    assert menu_titles(win) == ["&File", "&Edit", "&View", "&Go", "&Help"]


def test_create_window_in_the_language_asked_for(qtbot, chinese: None) -> None:
    win = opened(qtbot, language="zh")
    assert current_language() is Language.CHINESE
    assert win.windowTitle() == "即墨园区通"
    assert win.window_actions.quit.text() == "退出(&Q)"
    win.close()
    again = opened(qtbot, language="en")  # over the language remembered
    assert current_language() is Language.ENGLISH
    assert again.window_actions.quit.text() == "&Quit"


def test_language_menu_holds_one_checkable_action_per_language(qtbot, chinese: None) -> None:
    win = opened(qtbot, language="en")
    actions = language_menu(win).actions()
    assert [a.text() for a in actions] == ["English", "中文"]
    assert all(a.isCheckable() for a in actions)
    assert [a.isChecked() for a in actions] == [True, False]
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive() and group is actions[1].actionGroup()


def test_switching_keeps_the_item_the_selection_and_the_tab(qtbot, chinese: None) -> None:
    win = opened(qtbot, language="en")
    qtbot.waitUntil(lambda: home(win.detail_pane).dashboard() is not None, timeout=10000)
    win.navigate(EDZ)
    win.detail_pane.show_tab(win.detail_pane.FIGURES)
    panel = win.detail_pane.chart_panel
    assert panel is not None
    chart = panel.chart_widget()
    assert isinstance(chart, IndicatorChart)
    dashboard = home(win.detail_pane).dashboard()
    assert dashboard is not None
    kinds = dashboard.kind_panel.chart_widget()
    assert isinstance(kinds, BarChart)
    assert kinds.title() == "Parks and zones by kind"
    assert "exact value" in chart.legend_labels()
    view = chart.view_range()
    selected = win.tree_panel.selected_refs()
    assert selected == [EDZ]

    choose(win, Language.CHINESE)

    assert current_language() is Language.CHINESE
    assert win.window_actions.languages[Language.CHINESE].isChecked()
    assert not win.window_actions.languages[Language.ENGLISH].isChecked()
    assert menu_titles(win) == ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "帮助(&H)"]
    assert language_menu(win).title() == "语言(&L)"
    assert win.windowTitle() == "山东省即墨经济开发区 — 即墨园区通"  # the item, named in Chinese
    actions = win.window_actions
    assert actions.fact_check.text() == "事实核查(&F)"
    assert actions.group_by[next(iter(actions.group_by))].text() == "按类型分组(&K)"
    assert actions.back.statusTip() == "返回上一页"
    assert actions.back.toolTip().startswith("返回上一页")
    assert kinds.title() == "各类园区数量"
    assert "确切数值" in chart.legend_labels()
    assert panel.findChild(object, "exportButton").text() == "导出图表"
    # Nothing was rebuilt: the same item, selection, tab, chart and view.
    assert win.current_page() == EDZ
    assert win.detail_pane.current_ref() == EDZ
    assert win.tree_panel.current_ref() == EDZ
    assert win.tree_panel.selected_refs() == selected
    assert win.detail_pane.current_tab() == win.detail_pane.FIGURES
    assert win.detail_pane.chart_panel is panel and panel.chart_widget() is chart
    assert chart.view_range() == view

    choose(win, Language.ENGLISH)
    assert menu_titles(win)[0] == "&File"
    assert win.windowTitle() == "Jimo Economic Development Zone — Jimo Explorer"
    assert kinds.title() == "Parks and zones by kind"
    assert win.current_page() == EDZ


def test_an_open_about_box_follows_the_switch(qtbot, chinese: None) -> None:
    win = opened(qtbot, language="en")
    box = show_about(win, win.catalog)
    qtbot.waitExposed(box)
    assert box.windowTitle() == "About Jimo Explorer"
    choose(win, Language.CHINESE)
    assert box.isVisible()
    assert box.windowTitle() == "关于即墨园区通"
    box.close()


def test_an_open_error_dialog_follows_the_switch(qtbot, chinese: None) -> None:
    from jimo_desktop.ui.dialogs.error_dialog import ErrorHook

    win = opened(qtbot, language="en")
    hook = ErrorHook(None)
    hook.window = win
    hook.reported.emit("ValueError: boom", "Traceback …")
    qtbot.waitUntil(lambda: bool(hook.dialogs))
    box = hook.dialogs[0]
    assert box.windowTitle() == "Jimo Explorer: unexpected error"
    choose(win, Language.CHINESE)
    assert box.isVisible() and box.windowTitle() == "即墨园区通：意外错误"
    assert "复制详情" in [b.text() for b in box.buttons()]
    assert "ValueError: boom" in box.informativeText()
    box.close()


def test_the_choice_is_remembered_across_windows(
    qtbot, chinese: None, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    first = opened(qtbot)
    assert current_language() is Language.ENGLISH
    choose(first, Language.CHINESE)
    assert settings_store(profile_dir / "config").load().language == "zh", "saved at once"
    first.close()
    second = opened(qtbot)
    assert current_language() is Language.CHINESE
    assert second.window_actions.languages[Language.CHINESE].isChecked()
    assert menu_titles(second)[0] == "文件(&F)"
    choose(second, Language.ENGLISH)
    second.close()
    third = opened(qtbot)
    assert current_language() is Language.ENGLISH
    assert menu_titles(third)[0] == "&File"


def test_the_language_chosen_at_start() -> None:
    assert chosen_language("zh", "en") is Language.CHINESE
    assert chosen_language("en", "zh") is Language.ENGLISH
    assert chosen_language(None, "zh") is Language.CHINESE
    with pytest.raises(ValueError, match="unknown language"):
        chosen_language("fr", "")


def test_lang_option_of_the_window() -> None:
    assert build_parser().parse_args(["--lang", "zh"]).lang == "zh"
    assert build_parser().parse_args([]).lang is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
    # A value of --lang is no subcommand: ``export`` after it still is one.
    assert _export_position(["--lang", "zh", "export", "parks", "-o", "x.csv"]) == 2
