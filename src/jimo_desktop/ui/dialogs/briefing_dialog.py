"""File › Briefing pack…: which items, which parts, which language and paper, then a
preview, the print dialog or a PDF file.

The window hands the dialog ``BriefingChoices``: the items of each content it can offer
(the shortlist, the current selection, the comparison, the item shown; an empty one is
off) and a ``make_build(request, device, paper)`` that lays the pack out for a paint
device (None: a PDF in memory) and paints it a page per ``step()``. The dialog starts on
the shortlist when it holds anything, else on the item shown; the language is at first
the interface's, the paper the locale's (Letter where it is the usual paper, else A4).

The pages are painted in steps on the GUI thread (the charts and the map are scenes that
live there), a page per turn of the event loop from a ``QTimer``, with the progress panel
of the export dialog and its Cancel between pages: the window never freezes. A PDF is
painted in memory and written at the end through ``safe_write`` (a temporary file beside
the target, renamed): a cancel or a failure leaves no file behind and an old one as it
was; a failed write is said in the dialog's status line as the export dialog says it.

Signals:
    saved(str, int): the PDF written and its page count.
    folderUsed(str): the folder a PDF was written to (to propose next time).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPagedPaintDevice, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.export.csv_file import describe_write_error
from jimo_desktop.items import ItemRef
from jimo_desktop.safe_write import write_atomic
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked
from jimo_desktop.ui.briefing.pack_words import PackParts, PackRequest, PackWords, paper_size
from jimo_desktop.ui.dialogs.export_dialog import documents_folder
from jimo_desktop.ui.dialogs.export_progress import ExportProgress
from jimo_desktop.ui.translations import Language, Retranslating, core_text, current_language


class Content(Enum):
    SHORTLIST = "shortlist"
    SELECTION = "selection"
    COMPARISON = "comparison"
    SHOWN = "shown"


# What the cover says the items are, in the pack's language.
SUBTITLES: dict[Content, Marked] = {
    Content.SHORTLIST: QT_TRANSLATE_NOOP("BriefingPack", "Shortlist"),
    Content.SELECTION: QT_TRANSLATE_NOOP("BriefingPack", "Selection"),
    Content.COMPARISON: QT_TRANSLATE_NOOP("BriefingPack", "Comparison"),
}
PART_NAMES = (
    "cover",
    "contents",
    "map",
    "profiles",
    "figures",
    "timeline",
    "comparison",
    "fact_check",
    "sources",
)


class PackBuildLike(Protocol):
    """What the dialog needs of a pack being built (``pack_writer.PackBuild``)."""

    @property
    def page_count(self) -> int: ...

    @property
    def done(self) -> bool: ...

    def step(self) -> None: ...

    def close(self) -> None: ...

    def finish(self) -> bytes: ...


MakeBuild = Callable[[PackRequest, QPagedPaintDevice | None, QPageSize.PageSizeId], PackBuildLike]


@dataclass(frozen=True)
class BriefingChoices:
    """The items of each content the dialog may offer (empty: not offered)."""

    contents: Mapping[Content, tuple[ItemRef, ...]] = field(default_factory=dict)

    def refs(self, content: Content) -> tuple[ItemRef, ...]:
        return tuple(self.contents.get(content, ()))

    def default(self) -> Content:
        """The shortlist when it holds anything, else the item shown, else the first."""
        for content in (Content.SHORTLIST, Content.SHOWN, *Content):
            if self.refs(content):
                return content
        return Content.SHORTLIST


class BriefingDialog(Retranslating, QDialog):
    saved = Signal(str, int)
    folderUsed = Signal(str)

    def __init__(
        self,
        choices: BriefingChoices,
        make_build: MakeBuild,
        parent: QWidget | None = None,
        folder: str = "",
        locale: QLocale | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("briefingDialog")
        self.choices = choices
        self.make_build = make_build
        self.folder = folder
        self.written_path: Path | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._build: PackBuildLike | None = None
        self._printer: QPrinter | None = None
        self._target: Path | None = None
        self._status_text: Callable[[], str] | None = None
        self._steps = QTimer(self)
        self._steps.setInterval(0)
        self._steps.timeout.connect(self._step)
        self._make_widgets(locale)
        self.retranslate()

    # -- building the dialog ----------------------------------------------------------

    def _make_widgets(self, locale: QLocale | None) -> None:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.content_box = QGroupBox()
        self.content_box.setObjectName("briefingContent")
        column = QVBoxLayout(self.content_box)
        self._contents = QButtonGroup(self)
        self.content_buttons: dict[Content, QRadioButton] = {}
        for content in Content:
            button = QRadioButton()
            button.setObjectName(f"content_{content.value}")
            button.setEnabled(bool(self.choices.refs(content)))
            self._contents.addButton(button)
            self.content_buttons[content] = button
            column.addWidget(button)
        self.content_buttons[self.choices.default()].setChecked(True)

        self.parts_box = QGroupBox()
        self.parts_box.setObjectName("briefingParts")
        grid = QGridLayout(self.parts_box)
        self.part_boxes: dict[str, QCheckBox] = {}
        for index, name in enumerate(PART_NAMES):
            box = QCheckBox()
            box.setObjectName(f"part_{name}")
            box.setChecked(True)
            self.part_boxes[name] = box
            grid.addWidget(box, index // 2, index % 2)

        self.language = QComboBox()
        self.language.setObjectName("briefingLanguage")
        for language in Language:  # each in its own name, as in View › Language
            self.language.addItem(language.own_name, language.value)
        self.language.setCurrentIndex(list(Language).index(current_language()))
        self.paper = QComboBox()
        self.paper.setObjectName("briefingPaper")
        for paper in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter):
            self.paper.addItem(QPageSize.name(paper), paper)
        self.paper.setCurrentIndex(self.paper.findData(paper_size(locale)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.paper_label = QLabel()
        self.paper_label.setBuddy(self.paper)
        options = QFormLayout()
        options.addRow(self.language_label, self.language)
        options.addRow(self.paper_label, self.paper)

        self.progress = ExportProgress()
        self.progress.setObjectName("briefingProgress")
        self.progress.cancelRequested.connect(self.cancel_build)
        self.status = QLabel()
        self.status.setObjectName("briefingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.preview_button = self.buttons.addButton("", role.ActionRole)
        self.print_button = self.buttons.addButton("", role.ActionRole)
        self.save_button = self.buttons.addButton("", role.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setObjectName("briefingSave")
        self.save_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.content_box)
        top.addWidget(self.parts_box, 1)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(600, 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Briefing Pack"))
        self.heading.setText(
            self.tr(
                "A PDF to hand out or print: the items' profiles, their figures with the "
                "sources, charts, the map and the numbered sources."
            )
        )
        self.content_box.setTitle(self.tr("Items"))
        texts = {
            Content.SHORTLIST: self.tr("The shortlist ({n})"),
            Content.SELECTION: self.tr("The selection ({n})"),
            Content.COMPARISON: self.tr("The comparison ({n})"),
            Content.SHOWN: self.tr("The item shown ({n})"),
        }
        for content, button in self.content_buttons.items():
            button.setText(texts[content].format(n=len(self.choices.refs(content))))
        self.parts_box.setTitle(self.tr("Parts"))
        part_texts = {
            "cover": self.tr("Cover"),
            "contents": self.tr("Table of contents"),
            "map": self.tr("Map"),
            "profiles": self.tr("Profiles"),
            "figures": self.tr("Figures with charts"),
            "timeline": self.tr("Timeline"),
            "comparison": self.tr("Comparison table"),
            "fact_check": self.tr("Fact check summary"),
            "sources": self.tr("Sources"),
        }
        for name, box in self.part_boxes.items():
            box.setText(part_texts[name])
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.progress.set_texts(self.tr("Painting the pages…"), self.tr("Cancel"))
        if self._status_text is not None:
            self.status.setText(self._status_text())

    # -- what is chosen ---------------------------------------------------------------

    def content(self) -> Content:
        for content, button in self.content_buttons.items():
            if button.isChecked():
                return content
        return self.choices.default()

    def parts(self) -> PackParts:
        return PackParts(**{name: box.isChecked() for name, box in self.part_boxes.items()})

    def pack_language(self) -> str:
        return str(self.language.currentData())

    def paper_size(self) -> QPageSize.PageSizeId:
        return QPageSize.PageSizeId(self.paper.currentData())

    def request(self) -> PackRequest:
        content = self.content()
        language = self.pack_language()
        subtitle = SUBTITLES.get(content)
        return PackRequest(
            self.choices.refs(content),
            language,
            self.parts(),
            PackWords(language)(subtitle) if subtitle else "",
        )

    def is_running(self) -> bool:
        return self._build is not None

    # -- preview and print ------------------------------------------------------------

    def printer(self) -> QPrinter:
        """A printer set to the paper chosen (the pack's margins are its own)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(self.paper_size()))
        printer.setDocName(self.tr("Briefing Pack"))
        return printer

    def paint_all(self, printer: QPrinter) -> None:
        """Paint the whole pack onto ``printer`` (the preview asks for it at once)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the preview waits for it
        try:
            build = self.make_build(self.request(), printer, self.paper_size())
            try:
                build.finish()
            finally:
                build.close()
        finally:
            QApplication.restoreOverrideCursor()

    def show_preview(self) -> QPrintPreviewDialog:
        """Qt's print preview of the pack (the same paint path as printing)."""
        self._printer = printer = self.printer()  # the dialog does not own its printer
        preview = self.preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("briefingPreview")
        preview.paintRequested.connect(self.paint_all)
        preview.open()
        return preview

    def print_pack(self) -> None:
        """Qt's print dialog, then the pages painted onto the printer in steps."""
        self._printer = printer = self.printer()  # the dialog does not own its printer
        dialog = self.print_dialog = QPrintDialog(printer, self)
        dialog.setObjectName("briefingPrintDialog")
        dialog.accepted.connect(lambda: self.start(printer, None))
        dialog.show()

    # -- saving -----------------------------------------------------------------------

    def start_folder(self) -> Path:
        if self.folder and Path(self.folder).is_dir():
            return Path(self.folder)
        return documents_folder()

    def _ask_path(self) -> str:
        """Where to write: the one file dialog call (tests replace it)."""
        name = self.tr("briefing-pack.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Briefing Pack"),
            str(self.start_folder() / name),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        return path

    def save_pdf(self) -> None:
        if self._build is not None:
            return
        chosen = self._ask_path()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        self.start(None, path)

    # -- painting in steps ------------------------------------------------------------

    def start(self, device: QPagedPaintDevice | None, target: Path | None) -> None:
        """Lay the pack out for ``device`` (None: a PDF in memory, written to ``target``)
        and paint it a page per turn of the event loop."""
        if self._build is not None:
            return
        request = self.request()
        if not request.refs:
            self._say(lambda: self.tr("There is nothing to put in the pack."), error=True)
            return
        try:
            self._build = self.make_build(request, device, self.paper_size())
        except Exception as error:  # said, then a bug goes to the error hook
            self._failed(target, error)
            return
        self._target = target
        self.progress.start(self._build.page_count)
        self.progress.show()
        self._set_busy(True)
        self._say(lambda: self.tr("Painting the pages…"))
        self._steps.start()

    def _step(self) -> None:
        build = self._build
        if build is None:
            self._steps.stop()
            return
        try:
            if not build.done:
                build.step()
                self.progress.set_value(self.progress.value() + 1)
                return
            data = build.finish()
            pages = build.page_count
            if self._target is not None:
                write_atomic(self._target, data)
        except Exception as error:  # said, then a bug goes to the error hook
            target = self._target
            self._end()
            self._failed(target, error)
            return
        target = self._target
        self._end()
        if target is None:
            self._say(lambda: self.tr("Sent %n page(s) to the printer.", "", pages))
            return
        self.written_path = target
        self.folder = str(target.parent)
        self.folderUsed.emit(self.folder)
        self._say(lambda: self.tr("Wrote %n page(s) to {path}.", "", pages).format(path=target))
        self.saved.emit(str(target), pages)

    def cancel_build(self) -> None:
        """Stop painting; nothing is written (the PDF was only in memory)."""
        if self._build is None:
            return
        self._end()
        self._say(lambda: self.tr("Cancelled; no file was written."))

    def _end(self) -> None:
        self._steps.stop()
        build, self._build = self._build, None
        if build is not None:
            build.close()
        self._target = None
        self.progress.hide()
        self._set_busy(False)

    def _failed(self, path: Path | None, error: BaseException) -> None:
        if isinstance(error, OSError) and path is not None:
            reason = describe_write_error(path, error)
            self._say(
                lambda: self.tr("Nothing was written: {reason}.").format(reason=core_text(reason)),
                error=True,
            )
            return
        self._say(lambda: self.tr("Nothing was written: the pack could not be made."), error=True)
        if not isinstance(error, OSError):  # a bug: the error hook shows it
            sys.excepthook(type(error), error, error.__traceback__)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.content_box,
            self.parts_box,
            self.language,
            self.paper,
            self.preview_button,
            self.print_button,
            self.save_button,
        ):
            widget.setEnabled(not busy)

    def _say(self, text: Callable[[], str], *, error: bool = False) -> None:
        self._status_text = text
        self.status.setText(text())
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.show()

    def reject(self) -> None:
        """Close: stops a pack being painted (nothing is written)."""
        self.cancel_build()
        super().reject()
