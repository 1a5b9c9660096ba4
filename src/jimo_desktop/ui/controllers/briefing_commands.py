"""File › Briefing pack…, Print… and Print preview…: the briefing pack from the window.

``BriefingCommands`` gathers what the pack may hold from the window (the shortlist, the
items selected where the user works, the comparison shown, the item shown), opens the
briefing dialog on it (``open_dialog``, Ctrl+Shift+P) and gives the dialog the one way
the pack is laid out and painted (``PackBuild``, onto a PDF in memory or a printer).
Print (Ctrl+P) and Print preview are the dialog's own print and preview, on its default
content, parts and language. The PDF is proposed in the folder of the last export or
pack, which the settings remember (``folderUsed``).

Signals:
    message(str, int): a status-bar message and how long to show it (ms).
    folderUsed(str): a pack was written to this folder (to remember).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPagedPaintDevice, QPageSize
from PySide6.QtWidgets import QWidget

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemRef
from jimo_desktop.ui.actions import Actions
from jimo_desktop.ui.controllers.item_commands import ItemCommands
from jimo_desktop.ui.controllers.selections import Selections
from jimo_desktop.ui.panes.compare_view import CompareView
from jimo_desktop.ui.panes.shortlist_panel import ShortlistPanel

if TYPE_CHECKING:  # the pack, its dialog and Qt's print support load when first asked for
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from jimo_desktop.ui.briefing.pack_words import PackRequest
    from jimo_desktop.ui.briefing.pack_writer import PackBuild
    from jimo_desktop.ui.dialogs.briefing_dialog import BriefingChoices, BriefingDialog, Content


def window_contents(
    shortlist: ShortlistPanel,
    selections: Selections,
    compare_view: CompareView,
    current_page: Callable[[], object],
) -> Callable[[], dict[Content, Sequence[ItemRef]]]:
    """What the pack may hold, asked of the window's panes when the pack is asked for."""

    def contents() -> dict[Content, Sequence[ItemRef]]:
        from jimo_desktop.ui.dialogs.briefing_dialog import Content

        comparison = compare_view.comparison()
        page = current_page()
        return {
            Content.SHORTLIST: shortlist.refs(),
            Content.SELECTION: selections.selected(),
            Content.COMPARISON: comparison.refs if comparison is not None else (),
            Content.SHOWN: [page] if isinstance(page, ItemRef) else [],
        }

    return contents


class BriefingCommands(QObject):
    message = Signal(str, int)
    folderUsed = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        window: QWidget,
        contents: Callable[[], dict[Content, Sequence[ItemRef]]],
        commands: ItemCommands,
    ):
        """``contents()``: the items of each content now; ``commands``: the export's,
        whose folder (the last export's or pack's) is proposed and remembered."""
        super().__init__(window)
        self.catalog = catalog
        self._window = window
        self._contents = contents
        self._commands = commands
        self.folderUsed.connect(commands.remember_folder)
        self.dialog: BriefingDialog | None = None

    def connect_actions(self, actions: Actions) -> None:
        """File › Briefing Pack…, Print… and Print Preview… do what they say."""
        actions.briefing.triggered.connect(lambda: self.open_dialog())
        actions.print_pack.triggered.connect(lambda: self.print_pack())
        actions.print_preview.triggered.connect(lambda: self.print_preview())

    def _folder(self) -> str:
        return self._commands.export_folder

    def make_build(
        self,
        request: PackRequest,
        device: QPagedPaintDevice | None,
        paper: QPageSize.PageSizeId,
    ) -> PackBuild:
        from jimo_desktop.ui.briefing.pack_writer import PackBuild

        return PackBuild(self.catalog, request, device, paper=paper)

    def choices(self) -> BriefingChoices:
        from jimo_desktop.ui.dialogs.briefing_dialog import BriefingChoices

        found = self._contents()
        return BriefingChoices({c: tuple(dict.fromkeys(r)) for c, r in found.items() if r})

    def open_dialog(self) -> BriefingDialog:
        """The briefing dialog on what the window holds now (Ctrl+Shift+P)."""
        from jimo_desktop.ui.dialogs.briefing_dialog import BriefingDialog

        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
        dialog = self.dialog = BriefingDialog(
            self.choices(), self.make_build, self._window, self._folder()
        )
        dialog.folderUsed.connect(self.folderUsed)
        dialog.saved.connect(
            lambda path, pages: self.message.emit(
                QCoreApplication.translate(
                    "BriefingCommands", "Wrote the briefing pack, %n page(s), to {path}.", "", pages
                ).format(path=path),
                15000,
            )
        )
        dialog.open()
        return dialog

    def _ready(self) -> BriefingDialog | None:
        """The dialog (not shown) for Print and Print preview; None when there is nothing
        to print (said in the status bar)."""
        choices = self.choices()
        if not choices.refs(choices.default()):
            self.message.emit(
                QCoreApplication.translate(
                    "BriefingCommands",
                    "Nothing to print: star some items for the shortlist, or open one.",
                ),
                10000,
            )
            return None
        from jimo_desktop.ui.dialogs.briefing_dialog import BriefingDialog

        if self.dialog is None or self.dialog.isVisible() is False:
            if self.dialog is not None:
                self.dialog.deleteLater()
            self.dialog = BriefingDialog(choices, self.make_build, self._window, self._folder())
            self.dialog.folderUsed.connect(self.folderUsed)
        return self.dialog

    def cancel(self) -> None:
        """Stop a pack being painted (the window closes): nothing is written."""
        if self.dialog is not None:
            self.dialog.cancel_build()

    def print_pack(self) -> None:
        """Qt's print dialog for the pack (Ctrl+P)."""
        dialog = self._ready()
        if dialog is not None:
            dialog.print_pack()

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview of the pack."""
        dialog = self._ready()
        return dialog.show_preview() if dialog is not None else None
