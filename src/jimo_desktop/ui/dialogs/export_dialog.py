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

Writing runs in a worker thread (``BackgroundJob``) with a progress dialog that can be
cancelled; the file is written beside the target and renamed at the end, so a failure
or a cancel leaves no file and no changed old file.

Signals:
    exported(str, int): the path written and the number of rows in it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import paths
from jimo_desktop.export.csv_file import CsvOptions, ExportCancelled, describe_write_error
from jimo_desktop.export.requests import ExportRequest, Scope
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.translatable import translate_with
from jimo_desktop.ui.background import BackgroundJob
from jimo_desktop.ui.translations import (
    TRANSLATIONS,
    Language,
    Retranslating,
    core_text,
    current_language,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 40


def chinese_translator() -> QTranslator | None:
    """The app's Chinese translations, loaded but not installed; None when missing."""
    translator = QTranslator()
    loaded = translator.load(Language.CHINESE.files[0], str(paths.resource(*TRANSLATIONS)))
    return translator if loaded else None


def header_labels(table: ExportTable, language: Language) -> dict[str, str]:
    """The header of each column of ``table`` in ``language``, by key.

    English is the labels as marked. Chinese is the interface's translation when the
    interface is Chinese, else that of the Chinese file (the interface's, when missing)."""
    if language is Language.ENGLISH:
        return {c.key: str(c.label) for c in table.columns}
    translator = chinese_translator() if current_language() is not Language.CHINESE else None
    lookup: Callable[[str, str], str] = (
        QCoreApplication.translate if translator is None else _Lookup(translator)
    )
    return {c.key: translate_with(lookup, c.label) for c in table.columns}


class _Lookup:
    """``translate(context, text)`` through one translator (not the installed ones); the
    English text when it has none. (No nested function here: pyside6-lupdate would lose
    the class context of the dialog below it.)"""

    def __init__(self, translator: QTranslator):
        self._find = translator.translate

    def __call__(self, context: str, text: str) -> str:
        return self._find(context, text) or text


class ExportDialog(Retranslating, QDialog):
    exported = Signal(str, int)

    PROGRESS_AFTER_MS = 300

    def __init__(self, request: ExportRequest, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.request = request
        self.rows_written: int | None = None
        self.written_path: Path | None = None
        self._job: BackgroundJob | None = None
        self._progress: QProgressDialog | None = None
        self._progress_text: Callable[[], str] | None = None
        self._status_text: Callable[[], str] | None = None
        self._labels: dict[str, str] = {}
        self._provenance: tuple[str, ...] = ()
        self._build()
        # Every scope holds the same kind of table, so the columns are the same.
        self._load_columns(self._any_table())
        self._scope_buttons[request.first_scope()].setChecked(True)
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
        self.columns_box.setTitle(self.tr("Columns"))
        self.columns.setAccessibleName(self.tr("Columns to export"))
        self.columns.setToolTip(
            self.tr("Tick the columns to write; move them up or down to set their order.")
        )
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            item.setText(core_text(self._labels.get(item.data(KEY_ROLE), "")))
        names = ", ".join(core_text(self._labels[k]) for k in self._provenance)
        self.provenance_note.setText(
            self.tr("Always written at the end, so every row keeps its provenance: {names}.")
            .format(names=names)
            if names
            else ""
        )  # fmt: skip
        self.up_button.setText(self.tr("Move &Up"))
        self.down_button.setText(self.tr("Move &Down"))
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
        if self._progress is not None and self._progress_text is not None:
            self._progress.setLabelText(self._progress_text())
            self._progress.setCancelButtonText(self.tr("Cancel"))
            self._progress.setWindowTitle(self.tr("Exporting"))

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

        self.columns_box = columns_box = QGroupBox()
        grid = QGridLayout(columns_box)
        self.columns = QListWidget()
        self.columns.setObjectName("exportColumns")
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton()
        self.up_button.setObjectName("columnUp")
        self.down_button = QPushButton()
        self.down_button.setObjectName("columnDown")
        grid.addWidget(self.columns, 0, 0, 3, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.setRowStretch(2, 1)
        self.provenance_note = QLabel()
        self.provenance_note.setObjectName("provenanceNote")
        self.provenance_note.setWordWrap(True)
        grid.addWidget(self.provenance_note, 3, 0, 1, 2)

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
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 560)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.columns.currentRowChanged.connect(self._update_move_buttons)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.reject)

    def _table_for(self, scope: Scope) -> ExportTable | None:
        return self.request.tables.get(scope)

    def _any_table(self) -> ExportTable | None:
        first = self._table_for(self.request.first_scope())
        return first or next((t for t in self.request.tables.values() if t is not None), None)

    def _load_columns(self, table: ExportTable | None) -> None:
        """The columns: visible ones checked, in view order, then the others unchecked."""
        self.columns.clear()
        if table is None:
            return
        always = set(table.provenance)
        self._labels = {c.key: c.label for c in table.columns}
        self._provenance = tuple(table.provenance)
        visible = [k for k in self.request.visible if k in self._labels and k not in always]
        others = [c.key for c in table.columns if c.key not in visible and c.key not in always]
        for key in [*visible, *others]:
            item = QListWidgetItem(core_text(self._labels[key]))
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if key in visible else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.setCurrentRow(0)
        self.provenance_note.setVisible(bool(self._provenance))
        self._update_move_buttons()

    # -- public state -----------------------------------------------------------------

    def scope(self) -> Scope:
        for scope, button in self._scope_buttons.items():
            if button.isChecked():
                return scope
        return self.request.first_scope()

    def chosen_columns(self) -> list[str]:
        """Keys of the ticked columns, in the order listed (provenance comes after)."""
        keys = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(KEY_ROLE))
        return keys

    def header_row_language(self) -> Language:
        """The language the header row is written in."""
        return Language(self.header_language.currentData())

    def options(self) -> CsvOptions:
        return CsvOptions(
            bom=bool(self.encoding.currentData()), excel_safe=self.excel_safe.isChecked()
        )

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog of the export running, if any."""
        return self._progress

    def is_running(self) -> bool:
        return self._job is not None

    # -- actions ----------------------------------------------------------------------

    def _move(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def _update_move_buttons(self) -> None:
        row = self.columns.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.columns.count() - 1)

    def _ask_path(self) -> str:
        """Where to write: the one file dialog call (tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to CSV"),
            core_text(self.request.file_name),
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
        total = len(table.rows)

        def work(control) -> int:  # in the worker thread: plain data only
            return table.write(path, columns, options, control.report, labels)

        self._job = BackgroundJob(work, (ExportCancelled,), self)
        self._job.succeeded.connect(lambda count: self._succeeded(path, count))
        self._job.failed.connect(lambda error: self._failed(path, error))
        self._job.cancelled.connect(self._cancelled)
        self._job.finished.connect(self._finished)

        self._progress_text = lambda: self.tr("Writing {n} rows to {name}…").format(
            n=total, name=path.name
        )
        self._progress = QProgressDialog(
            self._progress_text(), self.tr("Cancel"), 0, max(total, 1), self
        )
        self._progress.setObjectName("exportProgress")
        self._progress.setWindowTitle(self.tr("Exporting"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(self.PROGRESS_AFTER_MS)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(self._job.cancel)
        self._job.progressed.connect(
            lambda done: (
                self._progress.setValue(min(done, max(total, 1) - 1))
                if self._progress is not None and not self._progress.wasCanceled()
                else None
            )
        )
        self._set_busy(True)
        self._say(lambda: self.tr("Writing…"))
        self._job.start()

    def _succeeded(self, path: Path, count: int) -> None:
        self.rows_written = count
        self.written_path = path
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
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
            self._progress_text = None
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        self._set_busy(False)
        if self.rows_written is not None:
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        widgets = (self.export_button, self.columns, self.encoding, self.header_language)
        for widget in (*widgets, self.excel_safe):
            widget.setEnabled(not busy)
        for scope, button in self._scope_buttons.items():
            button.setEnabled(not busy and self.request.enabled(scope))

    def _say(self, text: Callable[[], str], *, error: bool = False) -> None:
        """Show ``text()`` in the status line (and again in a new language)."""
        self._status_text = text
        self.status.setText(text())
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.show()

    # -- closing ----------------------------------------------------------------------

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
