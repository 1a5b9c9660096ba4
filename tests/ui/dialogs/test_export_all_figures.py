"""Every figure in one file: what each row is about first, a name that says what the file
holds, the documents folder (then the folder used last), and Excel-safe without noise."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton

from jimo_desktop import paths
from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.chart_series.units import QUALIFIER_WORDS
from jimo_desktop.export.csv_file import FORMULA_STARTS, CsvOptions
from jimo_desktop.export.requests import Scope
from jimo_desktop.settings import settings_store
from jimo_desktop.ui.dialogs.export_dialog import ExportDialog
from jimo_desktop.ui.main_window import MainWindow
from jimo_desktop.ui.translations import Language

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the save dialog with ``target``; return the paths it proposed."""
    proposed: list[str] = []

    def fake(parent, caption, proposal, *args, **kwargs):
        proposed.append(proposal)
        return (str(target), "CSV files (*.csv)")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposed


def open_figures_export(window: MainWindow, qtbot, *, click_a_row: bool = True) -> ExportDialog:
    window.navigate(EDZ)
    window.detail_pane.show_tab(window.detail_pane.FIGURES)
    view = window.detail_pane.figures_table.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    if click_a_row:  # the user clicked a figure, as one does before Ctrl+E
        view.selectRow(0)
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose_everything(dialog: ExportDialog) -> None:
    dialog.findChild(QRadioButton, "scopeAll").click()
    assert dialog.scope() is Scope.ALL


def test_one_clicked_row_does_not_make_the_export_one_row(window, qtbot) -> None:
    dialog = open_figures_export(window, qtbot)
    assert len(dialog.request.tables[Scope.SELECTED].rows) == 1
    assert dialog.scope() is Scope.SHOWN
    dialog.reject()


def test_everything_starts_with_both_names_of_the_subject_and_is_named_for_all(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = open_figures_export(window, qtbot)
    shown_columns = dialog.chosen_columns()
    assert "subject" not in shown_columns  # the rows shown are all about the EDZ
    choose_everything(dialog)
    assert dialog.chosen_columns()[:2] == ["subject", "subject_zh"]
    assert dialog.chosen_columns()[2:] == shown_columns
    today = datetime.date.today().isoformat()
    assert dialog.suggested_path().name == f"jimo-figures-all-{today}.csv"
    dialog.findChild(QRadioButton, "scopeShown").click()
    assert dialog.chosen_columns() == shown_columns
    assert dialog.suggested_path().name == "figures-jimo-edz.csv"
    choose_everything(dialog)
    proposed = answer_save_dialog(monkeypatch, out / "all.csv")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[0]).name == f"jimo-figures-all-{today}.csv"
    rows = read_csv(out / "all.csv")
    assert signal.args[1] == len(window.catalog.all_figures()) == len(rows) - 1 >= 310
    assert rows[0][:2] == ["Subject", "Subject (Chinese name)"]
    assert ["Jimo Economic Development Zone", "山东省即墨经济开发区"] in [r[:2] for r in rows]
    assert all(r[0] for r in rows[1:]), "every row says what it is about"


def test_columns_the_user_chose_are_kept_with_the_subject_put_first(window, qtbot) -> None:
    dialog = open_figures_export(window, qtbot)
    dialog.columns.item(4).setCheckState(Qt.CheckState.Unchecked)  # confidence
    choose_everything(dialog)
    assert dialog.chosen_columns() == [
        "subject", "subject_zh", "metric", "period", "value_as_published", "source",
    ]  # fmt: skip
    dialog.reject()


def test_the_save_dialog_starts_in_documents_then_in_the_folder_used_last(
    window, qtbot, out: Path, monkeypatch
) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    proposed = answer_save_dialog(monkeypatch, out / "edz.csv")
    dialog = open_figures_export(window, qtbot)
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    first = Path(proposed[0])
    assert first.parent == Path(documents or Path.home())
    assert first.parent != Path.cwd() and first.parent != paths.source_checkout_database().parent
    assert first.name == "figures-jimo-edz.csv"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = open_figures_export(window, qtbot)
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert Path(proposed[1]).parent == out
    saved = settings_store(paths.user_dirs().config).load()
    assert saved.export_folder == str(out)
    window.close()
    again = create_window()  # the next start remembers it too
    qtbot.addWidget(again)
    assert again.commands.export_folder == str(out)


def _all_figures_cells(dialog: ExportDialog, path: Path, *, excel_safe: bool) -> list[list[str]]:
    table = dialog.request.tables[Scope.ALL]
    table.write(path, table.keys(), CsvOptions(excel_safe=excel_safe))
    return read_csv(path)


def test_excel_safe_marks_only_cells_that_really_start_like_a_formula(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = open_figures_export(window, qtbot)
    choose_everything(dialog)
    for row in range(dialog.columns.count()):
        dialog.columns.item(row).setCheckState(Qt.CheckState.Checked)
    answer_save_dialog(monkeypatch, out / "safe.csv")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    safe = read_csv(out / "safe.csv")
    qualifiers = [r[safe[0].index("Qualifier")] for r in safe[1:]]
    assert set(qualifiers) <= {str(w) for w in QUALIFIER_WORDS.values()}
    assert "exact" in qualifiers and "more than" in qualifiers
    plain = _all_figures_cells(dialog, out / "plain.csv", excel_safe=False)
    header, body = plain[0], plain[1:]
    safe_by_column = dict(zip(safe[0], zip(*safe[1:], strict=True), strict=True))
    marked = []
    for column, cells in zip(header, zip(*body, strict=True), strict=True):
        for raw, written in zip(cells, safe_by_column[column], strict=True):
            if written != raw:
                assert written == "'" + raw and raw.startswith(FORMULA_STARTS), (column, raw)
                marked.append(raw)
    assert len(marked) <= 3, marked  # the data's own "+4 million" and the like


def test_qualifier_words_follow_the_header_row_language(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = open_figures_export(window, qtbot)
    choose_everything(dialog)
    for row in range(dialog.columns.count()):
        dialog.columns.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.header_language.setCurrentIndex(list(Language).index(Language.CHINESE))
    answer_save_dialog(monkeypatch, out / "zh.csv")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = read_csv(out / "zh.csv")
    column = rows[0].index("限定")  # the header row's Chinese name of the qualifier
    words = {r[column] for r in rows[1:]}
    assert "确切" in words and "超过" in words and "约" in words
    assert "exact" not in words
