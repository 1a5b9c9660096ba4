"""The export dialog, driven as a user drives it: columns, scopes, progress, cancel."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QRadioButton

from jimo_desktop import paths
from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.export.columns import ExportColumn
from jimo_desktop.export.requests import ExportRequest, Scope
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.ui.dialogs.export_dialog import ExportDialog
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import Language, set_language
from tests.ui.translators import tiny_translator

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
FIGURE_VIEW_DEFAULT = ["metric", "period", "value_as_published", "source", "confidence"]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def db_count(table: str) -> int:
    with sqlite3.connect(paths.source_checkout_database()) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (``tmp_path`` also holds the profile)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # for the shortcuts
    return win


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """Answer the save dialog with ``target`` (None: the user cancels it)."""
    asked: list[str] = []

    def fake(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("asked")
        return (str(target) if target else "", "CSV files (*.csv)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def open_figures_export(window: MainWindow, qtbot) -> ExportDialog:
    window.navigate(EDZ)
    window.detail_pane.show_tab(window.detail_pane.FIGURES)
    view = window.detail_pane.figures_table.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_defaults_are_the_visible_columns_utf8_bom_and_excel_safe(window, qtbot) -> None:
    dialog = open_figures_export(window, qtbot)
    assert window.detail_pane.figures_table.view.isColumnHidden(0)  # no conflicts for the EDZ
    assert dialog.chosen_columns() == FIGURE_VIEW_DEFAULT
    assert dialog.encoding.currentData() is True
    assert "BOM" in dialog.encoding.currentText()
    assert dialog.excel_safe.isChecked()
    assert dialog.scope() is Scope.SHOWN  # nothing selected
    assert not dialog.findChild(QPushButton, "exportButton").isHidden()
    assert "Source id" in dialog.provenance_note.text()
    dialog.reject()


def test_hidden_columns_move_and_reorder(window, qtbot) -> None:
    view = window.detail_pane.figures_table.view
    window.navigate(EDZ)
    view.horizontalHeader().moveSection(5, 1)  # confidence dragged to the front
    view.setColumnHidden(2, True)  # period hidden
    dialog = open_figures_export(window, qtbot)
    assert dialog.chosen_columns() == ["confidence", "metric", "value_as_published", "source"]
    dialog.reject()


def test_export_writes_the_rows_and_columns_chosen(
    window, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "edz figures"
    save_to(monkeypatch, target)
    dialog = open_figures_export(window, qtbot)
    dialog.columns.setCurrentRow(1)  # period
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    dialog.columns.item(4).setCheckState(Qt.CheckState.Unchecked)  # confidence
    with qtbot.waitSignal(dialog.exported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = out / "edz figures.csv"
    assert signal.args == [str(written), len(window.catalog.figures_for(EDZ))]
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(written)
    assert rows[0] == [
        "Period",
        "Metric",
        "Value as published",
        "Source · grade",
        "Source id",
        "Source title",
        "Source address",
    ]
    assert len(rows) - 1 == len(window.catalog.figures_for(EDZ))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Exported 17 rows to" in window.statusBar().currentMessage()  # English plurals
    assert sorted(p.name for p in out.iterdir()) == ["edz figures.csv"]


def test_cancel_leaves_no_file(window, qtbot, out: Path, monkeypatch) -> None:
    asked = save_to(monkeypatch, out / "never.csv")
    dialog = open_figures_export(window, qtbot)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and asked == []
    save_to(monkeypatch, None)  # the save dialog itself cancelled
    dialog = open_figures_export(window, qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.is_running()
    dialog.reject()
    assert list(out.iterdir()) == []


def test_unwritable_target_is_reported_and_nothing_written(
    window, qtbot, out: Path, monkeypatch
) -> None:
    save_to(monkeypatch, out / "missing-folder" / "out.csv")
    dialog = open_figures_export(window, qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert "does not exist" in dialog.status.text()
    assert dialog.isVisible(), "the user can choose another place"
    assert list(out.iterdir()) == []
    dialog.reject()


class _ManyRows(Sequence):
    """A long table made on the fly: enough rows that a cancel lands mid-write."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            raise TypeError
        if i >= self.n:
            raise IndexError(i)
        return {"n": i, "text": "即墨 " * 20, "source_ids": "S1"}


def test_long_export_shows_progress_and_cancel_leaves_nothing(
    qtbot, out: Path, monkeypatch
) -> None:
    table = ExportTable(
        "test",
        (
            ExportColumn("n", "N"),
            ExportColumn("text", "Text"),
            ExportColumn("source_ids", "Source ids"),
        ),
        _ManyRows(20_000_000),
        ("source_ids",),
    )
    dialog = ExportDialog(ExportRequest("a long table", {Scope.SHOWN: table}, ["n", "text"]))
    qtbot.addWidget(dialog)
    dialog.show()
    target = out / "long.csv"
    target.write_text("the old file", encoding="utf-8")
    save_to(monkeypatch, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running()
    progress = dialog.progress_panel()
    qtbot.waitUntil(lambda: progress.value() > 1000 and progress.isVisible(), timeout=10000)
    assert not dialog.export_button.isEnabled()
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert "cancelled" in dialog.status.text()
    assert target.read_text(encoding="utf-8") == "the old file"
    assert sorted(p.name for p in out.iterdir()) == ["long.csv"], "no temp file left"
    assert dialog.export_button.isEnabled()


def test_export_the_tree_selection_with_its_sources(window, qtbot, out: Path, monkeypatch) -> None:
    save_to(monkeypatch, out / "tree.csv")
    window.tree_panel.reveal(EDZ)
    window.tree_panel.setFocus()
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    assert dialog.scope() is Scope.SELECTED
    assert dialog.chosen_columns() == ["name_en", "name_zh", "type", "kind"]
    assert dialog.findChild(QPushButton, "exportButton") is dialog.export_button
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = read_csv(out / "tree.csv")
    assert rows[0][:4] == ["Name", "Chinese name", "Type", "Kind"]
    assert rows[1][:4] == [
        "Jimo Economic Development Zone",
        "山东省即墨经济开发区",
        "park",
        "economic development zone",
    ]
    ids = rows[1][rows[0].index("Source ids")].split("; ")
    assert "S21" in ids and len(rows[1][rows[0].index("Source titles")].split("; ")) == len(ids)


def test_export_everything_from_the_tree(window, qtbot, out: Path, monkeypatch) -> None:
    save_to(monkeypatch, out / "all.csv")
    window.tree_panel.setFocus()
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    dialog.findChild(QRadioButton, "scopeAll").click()
    with qtbot.waitSignal(dialog.exported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    expected = db_count("parks") + db_count("organizations") + db_count("projects")
    assert signal.args[1] == expected == len(read_csv(out / "all.csv")) - 1


def test_export_the_comparison(window, qtbot, out: Path, monkeypatch) -> None:
    save_to(monkeypatch, out / "cmp.csv")
    refs = [EDZ, ItemRef(ItemKind.PARK, "blue-valley")]
    for ref in refs:
        window.store.set_starred(ref, True)
    window.shortlist.refresh()
    window.shortlist_panel.select(refs)
    qtbot.mouseClick(window.shortlist_panel.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.compare_view.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog.request.what == "the comparison"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = read_csv(out / "cmp.csv")
    assert rows[0] == [
        "Field",
        "Jimo Economic Development Zone",
        "Qingdao Blue Valley",
        "Source ids",
        "Source titles",
        "Source addresses",
    ]
    assert rows[1][:3] == ["Chinese name", "山东省即墨经济开发区", "青岛蓝谷"]


# -- the header row's language, and the dialog in the interface's language ----------------

ZH_HEADERS = {
    "ExportColumn": {
        "Metric": "指标",
        "Period": "时期",
        "Value as published": "公布值",
        "Source id": "来源编号",
    }
}


def test_the_header_row_is_written_in_the_language_chosen(
    window, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch, qapp, tmp_path: Path
) -> None:
    translator = tiny_translator(tmp_path, ZH_HEADERS)
    qapp.installTranslator(translator)
    try:
        save_to(monkeypatch, out / "zh.csv")
        dialog = open_figures_export(window, qtbot)
        assert dialog.header_row_language() is Language.ENGLISH  # the interface's
        combo = dialog.header_language
        assert [combo.itemText(i) for i in range(combo.count())] == ["English", "中文"]
        combo.setCurrentIndex(combo.findData("zh"))
        with qtbot.waitSignal(dialog.exported, timeout=10000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        rows = read_csv(out / "zh.csv")
        assert rows[0][:3] == ["指标", "时期", "公布值"]
        assert "来源编号" in rows[0]
        qtbot.waitUntil(lambda: not dialog.isVisible())
        english = read_csv_export(window, qtbot, monkeypatch, out / "en.csv", "en")
        assert english[0][:3] == ["Metric", "Period", "Value as published"]
        assert english[1:] == rows[1:]  # the values stay as published
    finally:
        qapp.removeTranslator(translator)


def read_csv_export(window, qtbot, monkeypatch, target: Path, language: str) -> list[list[str]]:
    save_to(monkeypatch, target)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = open_figures_export(window, qtbot)
    dialog.header_language.setCurrentIndex(dialog.header_language.findData(language))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return read_csv(target)


def test_in_a_chinese_interface_the_header_row_is_chinese_unless_english_is_chosen(
    window, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch, qapp, tmp_path: Path
) -> None:
    translator = tiny_translator(tmp_path, ZH_HEADERS)
    qapp.installTranslator(translator)
    set_language(qapp, Language.CHINESE)
    try:
        save_to(monkeypatch, out / "zh.csv")
        dialog = open_figures_export(window, qtbot)
        assert dialog.header_row_language() is Language.CHINESE
        assert dialog.header_language.currentText() == "中文"
        with qtbot.waitSignal(dialog.exported, timeout=10000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert read_csv(out / "zh.csv")[0][:2] == ["指标", "时期"]
        qtbot.waitUntil(lambda: not dialog.isVisible())
        english = read_csv_export(window, qtbot, monkeypatch, out / "en.csv", "en")
        assert english[0][:2] == ["Metric", "Period"]
    finally:
        set_language(qapp, Language.ENGLISH)
        qapp.removeTranslator(translator)


def test_the_dialog_retranslates_and_keeps_the_columns_and_choices(
    window, qtbot, qapp, tmp_path: Path
) -> None:
    dialog = open_figures_export(window, qtbot)
    dialog.columns.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    dialog.columns.item(4).setCheckState(Qt.CheckState.Unchecked)
    dialog.encoding.setCurrentIndex(1)
    dialog.header_language.setCurrentIndex(1)
    chosen = dialog.chosen_columns()
    translator = tiny_translator(
        tmp_path,
        {
            **ZH_HEADERS,
            "ExportDialog": {
                "Export to CSV": "导出为 CSV",
                "Columns": "列",
                "UTF-8 without BOM": "UTF-8（无 BOM）",
                "&Header row:": "表头语言(&H)：",
                "Rows shown ({n})": "显示的行（{n}）",
            },
        },
    )
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "导出为 CSV")
        assert dialog.columns_box.title() == "列"
        assert dialog.encoding.currentText() == "UTF-8（无 BOM）"
        assert dialog.header_label.text() == "表头语言(&H)："
        shown = dialog.findChild(QRadioButton, "scopeShown")
        assert shown.text().startswith("显示的行（")
        assert dialog.columns.item(0).text() == "时期"  # Period, moved up, in Chinese
        assert dialog.chosen_columns() == chosen
        assert dialog.encoding.currentIndex() == 1
        assert dialog.header_row_language() is Language.CHINESE
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Export to CSV")
    assert dialog.columns.item(0).text() == "Period"
