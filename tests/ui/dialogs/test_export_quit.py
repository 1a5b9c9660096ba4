"""Quitting while an export runs asks first; the progress shows under the controls."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QRadioButton, QWidget

from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.export.columns import ExportColumn
from jimo_desktop.export.csv_file import ROW_DELAY_ENV
from jimo_desktop.export.requests import ExportRequest, Scope
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.ui.dialogs.export_dialog import ExportDialog
from jimo_desktop.ui.main_window import MainWindow

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


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


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )


def start_slow_export(window: MainWindow, qtbot, monkeypatch, target: Path) -> ExportDialog:
    """Every figure, written slowly (a few seconds), as a large export would be."""
    monkeypatch.setenv(ROW_DELAY_ENV, "0.02")
    save_to(monkeypatch, target)
    window.navigate(EDZ)
    window.detail_pane.show_tab(window.detail_pane.FIGURES)
    view = window.detail_pane.figures_table.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.findChild(QRadioButton, "scopeAll").click()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running()
    return dialog


def answer_quit_question(dialog: ExportDialog, button: QMessageBox.StandardButton) -> list[str]:
    """Click ``button`` in the question once it shows; return the question's text."""
    seen: list[str] = []

    def click() -> None:
        box = dialog.quit_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)
    return seen


def test_ctrl_q_during_an_export_asks_and_yes_cancels_and_quits(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = start_slow_export(window, qtbot, monkeypatch, out / "all.csv")
    asked = answer_quit_question(dialog, QMessageBox.StandardButton.Yes)
    qtbot.keySequence(dialog, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert asked == ["Cancel the export and quit?"]
    assert not dialog.is_running()
    assert list(out.iterdir()) == [], "no file, not even a partial one"


def test_no_lets_the_export_finish_and_the_window_stay(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = start_slow_export(window, qtbot, monkeypatch, out / "all.csv")
    asked = answer_quit_question(dialog, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        qtbot.keySequence(dialog, "Ctrl+Q")
    assert asked == ["Cancel the export and quit?"]
    assert window.isVisible()
    assert signal.args[1] == len(window.catalog.all_figures()) >= 310
    assert [p.name for p in out.iterdir()] == ["all.csv"]


def test_closing_the_window_during_an_export_asks_too(
    window, qtbot, out: Path, monkeypatch
) -> None:
    dialog = start_slow_export(window, qtbot, monkeypatch, out / "all.csv")
    asked = answer_quit_question(dialog, QMessageBox.StandardButton.No)
    assert not window.close()
    assert asked == ["Cancel the export and quit?"] and window.isVisible()
    assert dialog.is_running()
    asked = answer_quit_question(dialog, QMessageBox.StandardButton.Yes)
    assert window.close()
    assert not dialog.is_running()
    assert list(out.iterdir()) == []


def test_ctrl_q_in_the_dialog_quits_when_nothing_runs(window, qtbot) -> None:
    window.tree_panel.setFocus()
    qtbot.keySequence(window, "Ctrl+E")
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keySequence(dialog, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible())


class _ManyRows(Sequence):
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


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(520, 560), (420, 380)])
def test_the_progress_sits_under_the_controls_without_covering_them(
    qtbot, out: Path, monkeypatch, size: tuple[int, int]
) -> None:
    columns = (
        ExportColumn("n", "N"),
        ExportColumn("text", "Text"),
        ExportColumn("source_ids", "Source ids"),
    )
    table = ExportTable("test", columns, _ManyRows(20_000_000), ("source_ids",))
    dialog = ExportDialog(ExportRequest("a long table", {Scope.SHOWN: table}, ["n", "text"]))
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    save_to(monkeypatch, out / "long.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress_panel()
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() > 0, timeout=10000)
    assert not progress.isWindow(), "a panel of the dialog, not a window over it"
    controls = [
        dialog.columns, dialog.up_button, dialog.down_button, dialog.encoding,
        dialog.header_language, dialog.excel_safe, dialog.export_button, dialog.rows_box,
    ]  # fmt: skip
    for control in controls:
        assert control.isVisible()
        assert not _on_screen(progress).intersects(_on_screen(control)), control.objectName()
        assert dialog.rect().contains(QRect(control.mapTo(dialog, QPoint(0, 0)), control.size()))
    assert dialog.columns.height() >= 60, "the column list keeps room to read it"
    dialog.reject()
    assert list(out.iterdir()) == []
