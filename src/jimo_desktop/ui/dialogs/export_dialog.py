"""The "Export to CSV" dialog: which rows, which columns in which order, how encoded.

The window hands the dialog an ``ExportRequest`` (``jimo_desktop.export.requests``): what
is being exported, a ready ``ExportTable`` for each scope that makes sense (selected rows,
rows shown, everything in the database) and the columns the user sees, in the order shown.
The dialog offers those columns checked first, the others unchecked below; the source
columns are always written so that every row keeps its provenance. The request's words
(what, why a scope is off, the file name) are translated here. The header row is written
in the language chosen (English or 中文, at first the interface's): the columns' marked
labels translated, the values as published.

Every text is set in ``retranslate``, again when the interface's language changes, from
what the dialog holds (the columns keep their order and ticks, the choices stay).

The dialog starts on the request's first scope. When the rows of a scope are about more
than one item (everything in the database), the subject's names come first; until the
user changes the columns, choosing another scope sets its default columns again. The save
dialog proposes the scope's file name in the folder used last (``folder``), else in the
user's documents folder.

Writing runs in a worker thread (``BackgroundJob``) with a progress panel under the
controls (``ExportProgress``) that can cancel it; the file is written beside the target
and renamed at the end, so a failure or a cancel leaves no file and no changed old file.
Ctrl+Q asks the window to quit (``quitRequested``); while an export runs, the window asks
``ask_cancel_and_quit`` first.

Signals:
    exported(str, int): the path written and the number of rows in it.
    folderUsed(str): the folder a file was written to (to propose next time).
    quitRequested(): the user pressed Ctrl+Q in the dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.export.csv_file import CsvOptions, ExportCancelled, describe_write_error
from jimo_desktop.export.requests import ExportRequest, Scope
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.ui.background import BackgroundJob
from jimo_desktop.ui.dialogs.export_columns import ColumnChooser
from jimo_desktop.ui.dialogs.export_language import cell_words, header_labels
from jimo_desktop.ui.dialogs.export_progress import ExportProgress
from jimo_desktop.ui.translations import Language, Retranslating, core_text, current_language


def documents_folder() -> Path:
    """The user's documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(Retranslating, QDialog):
    exported = Signal(str, int)
    folderUsed = Signal(str)
    quitRequested = Signal()

    PROGRESS_AFTER_MS = 300

    def __init__(self, request: ExportRequest, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.request = request
        self.folder = folder  # the folder used last ("" at first)
        self.rows_written: int | None = None
        self.written_path: Path | None = None
        self.quit_box: QMessageBox | None = None
        self._job: BackgroundJob | None = None
        self._progress_text: Callable[[], str] | None = None
        self._status_text: Callable[[], str] | None = None
        self._build()
        # Every scope holds the same kind of table, so the columns are the same.
        first = request.first_scope()
        self.columns_box.load(self._any_table(), request.visible_for(first))
        self._scope_buttons[first].setChecked(True)
        self._scopes.buttonToggled.connect(self._scope_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog in the interface's language, from what it holds."""
        self.setWindowTitle(self.tr("Export to CSV"))
        self.heading.setText(
            self.tr("Export {what} to a CSV file.").format(what=core_text(self.request.what))
        )
        self.rows_box.setTitle(self.tr("Rows"))
        texts = {
            Scope.SELECTED: self.tr("Selected rows ({n})"),
            Scope.SHOWN: self.tr("Rows shown ({n})"),
            Scope.ALL: self.tr("Everything of this kind in the database ({n})"),
        }
        for scope, button in self._scope_buttons.items():
            table = self.request.tables.get(scope)
            button.setText(texts[scope].format(n=len(table.rows) if table is not None else "–"))
            note = self.request.scope_notes.get(scope)
            button.setToolTip(core_text(note) if note else "")
        self.encoding.setItemText(0, self.tr("UTF-8 with BOM (Excel shows Chinese correctly)"))
        self.encoding.setItemText(1, self.tr("UTF-8 without BOM"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.header_label.setText(self.tr("&Header row:"))
        self.header_language.setToolTip(
            self.tr("The language of the column names in the first row; the values are "
                    "written as published.")
        )  # fmt: skip
        self.excel_safe.setText(self.tr("E&xcel-safe: write cells that look like formulas as text"))
        self.excel_safe.setToolTip(
            self.tr(
                "A cell that starts with =, +, -, @, a tab or a line break gets a leading ' "
                "so that Excel never runs it as a formula. Plain numbers such as -12.5 "
                "are left alone."
            )
        )
        self.export_button.setText(self.tr("&Export…"))
        if self._status_text is not None:
            self.status.setText(self._status_text())
        if self._progress_text is not None:
            self.progress.set_texts(self._progress_text(), self.tr("Cancel"))

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = heading = QLabel()
        heading.setObjectName("exportHeading")
        heading.setWordWrap(True)

        self.rows_box = rows_box = QGroupBox()
        rows_layout = QVBoxLayout(rows_box)
        self._scopes = QButtonGroup(self)
        self._scope_buttons: dict[Scope, QRadioButton] = {}
        for scope in (Scope.SELECTED, Scope.SHOWN, Scope.ALL):
            button = QRadioButton()
            button.setObjectName(f"scope{scope.value.capitalize()}")
            button.setEnabled(self.request.enabled(scope))
            self._scopes.addButton(button)
            self._scope_buttons[scope] = button
            rows_layout.addWidget(button)

        self.columns_box = columns_box = ColumnChooser()
        self.columns = columns_box.list
        self.up_button = columns_box.up_button
        self.down_button = columns_box.down_button
        self.provenance_note = columns_box.provenance_note

        self.encoding = QComboBox()
        self.encoding.setObjectName("exportEncoding")
        self.encoding.addItem("", True)  # with BOM
        self.encoding.addItem("", False)
        self.header_language = QComboBox()
        self.header_language.setObjectName("exportHeaderLanguage")
        for language in Language:  # each in its own name, as in View › Language
            self.header_language.addItem(language.own_name, language.value)
        self.header_language.setCurrentIndex(list(Language).index(current_language()))
        self.excel_safe = QCheckBox()
        self.excel_safe.setObjectName("excelSafe")
        self.excel_safe.setChecked(True)
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding)
        self.header_label = QLabel()
        self.header_label.setBuddy(self.header_language)
        options = QFormLayout()
        options.addRow(self.encoding_label, self.encoding)
        options.addRow(self.header_label, self.header_language)
        options.addRow("", self.excel_safe)

        self.progress = ExportProgress()
        self.progress.cancelRequested.connect(self._cancel_job)
        self._show_progress = QTimer(self)
        self._show_progress.setSingleShot(True)
        self._show_progress.setInterval(self.PROGRESS_AFTER_MS)
        self._show_progress.timeout.connect(lambda: self.progress.setVisible(self.is_running()))
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        self.quit_shortcut.activated.connect(self.quitRequested)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        top = QHBoxLayout()
        top.addWidget(rows_box)
        layout.addLayout(top)
        layout.addWidget(columns_box, 1)
        layout.addLayout(options)
        layout.addWidget(self.progress)  # under the controls, never over them
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.reject)

    def _table_for(self, scope: Scope) -> ExportTable | None:
        return self.request.tables.get(scope)

    def _any_table(self) -> ExportTable | None:
        first = self._table_for(self.request.first_scope())
        return first or next((t for t in self.request.tables.values() if t is not None), None)

    # -- public state -----------------------------------------------------------------

    def scope(self) -> Scope:
        for scope, button in self._scope_buttons.items():
            if button.isChecked():
                return scope
        return self.request.first_scope()

    def chosen_columns(self) -> list[str]:
        """Keys of the ticked columns, in the order listed (provenance comes after)."""
        return self.columns_box.chosen()

    def header_row_language(self) -> Language:
        """The language the header row is written in."""
        return Language(self.header_language.currentData())

    def options(self) -> CsvOptions:
        return CsvOptions(
            bom=bool(self.encoding.currentData()), excel_safe=self.excel_safe.isChecked()
        )

    def progress_panel(self) -> ExportProgress:
        """The progress of the export (shown while one runs, under the controls)."""
        return self.progress

    def is_running(self) -> bool:
        return self._job is not None

    # -- actions ----------------------------------------------------------------------

    def _scope_toggled(self, button: QRadioButton, checked: bool) -> None:
        """Another scope: its default columns, or the user's with the subject first."""
        if not checked:
            return
        scope = self.scope()
        if not self.columns_box.changed_by_user:
            table = self._table_for(scope) or self._any_table()
            self.columns_box.load(table, self.request.visible_for(scope))
            return
        table = self._table_for(scope)
        self.columns_box.lead(table.lead_columns() if table is not None else ())

    def start_folder(self) -> Path:
        """Where the save dialog opens: the folder used last, else the user's documents."""
        if self.folder and Path(self.folder).is_dir():
            return Path(self.folder)
        return documents_folder()

    def suggested_path(self) -> Path:
        """The file the save dialog proposes: the scope's file name in ``start_folder``."""
        return self.start_folder() / core_text(self.request.file_name_for(self.scope()))

    def _ask_path(self) -> str:
        """Where to write: the one file dialog call (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to CSV"),
            str(self.suggested_path()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        return path

    def start_export(self) -> None:
        """Ask where to write, then write in the background with a progress dialog."""
        if self._job is not None:
            return
        table = self._table_for(self.scope())
        columns = self.chosen_columns()
        if table is None:
            return
        if not columns:
            self._say(lambda: self.tr("Tick at least one column to export."), error=True)
            return
        chosen = self._ask_path()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        options = self.options()
        labels = header_labels(table, self.header_row_language())
        words = cell_words(table, self.header_row_language())
        total = len(table.rows)

        def work(control) -> int:  # in the worker thread: plain data only
            return table.write(path, columns, options, control.report, labels, words)

        self._job = BackgroundJob(work, (ExportCancelled,), self)
        self._job.succeeded.connect(lambda count: self._succeeded(path, count))
        self._job.failed.connect(lambda error: self._failed(path, error))
        self._job.cancelled.connect(self._cancelled)
        self._job.finished.connect(self._finished)

        self._progress_text = lambda: self.tr("Writing {n} rows to {name}…").format(
            n=total, name=path.name
        )
        self.progress.set_texts(self._progress_text(), self.tr("Cancel"))
        self.progress.start(total)
        self._job.progressed.connect(
            lambda done: None if self.progress.was_cancelled() else self.progress.set_value(done)
        )
        self._show_progress.start()
        self._set_busy(True)
        self._say(lambda: self.tr("Writing…"))
        self._job.start()

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _succeeded(self, path: Path, count: int) -> None:
        self.rows_written = count
        self.written_path = path
        self.folder = str(path.parent)
        self.folderUsed.emit(self.folder)
        self._say(lambda: self.tr("Wrote %n row(s) to {path}.", "", count).format(path=path))
        self.exported.emit(str(path), count)

    def _failed(self, path: Path, error: object) -> None:
        if isinstance(error, OSError):
            reason = describe_write_error(path, error)
            self._say(
                lambda: self.tr("Nothing was written: {reason}.").format(reason=core_text(reason)),
                error=True,
            )
            return
        if isinstance(error, BaseException):  # a bug: the error hook shows it
            self._say(lambda: self.tr("Nothing was written: the export failed."), error=True)
            sys.excepthook(type(error), error, error.__traceback__)

    def _cancelled(self) -> None:
        self._say(lambda: self.tr("Export cancelled; no file was written."))

    def _finished(self) -> None:
        self._show_progress.stop()
        self.progress.hide()
        self._progress_text = None
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        self._set_busy(False)
        if self.rows_written is not None:
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        widgets = (self.export_button, self.encoding, self.header_language)
        for widget in (*widgets, self.excel_safe):
            widget.setEnabled(not busy)
        for scope, button in self._scope_buttons.items():
            button.setEnabled(not busy and self.request.enabled(scope))
        self.columns_box.set_busy(busy)

    def _say(self, text: Callable[[], str], *, error: bool = False) -> None:
        """Show ``text()`` in the status line (and again in a new language)."""
        self._status_text = text
        self.status.setText(text())
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.show()

    # -- closing ----------------------------------------------------------------------

    def ask_cancel_and_quit(self) -> bool:
        """Ask whether to cancel the export running and quit; True for Yes."""
        box = self.quit_box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export running"),
            self.tr("Cancel the export and quit?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("quitDuringExport")
        box.setInformativeText(self.tr("The file being written is not kept."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.quit_box = None
            box.deleteLater()

    def reject(self) -> None:
        """Cancel: stops a running export (nothing is written) and closes."""
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
            QCoreApplication.processEvents()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
        super().closeEvent(event)
