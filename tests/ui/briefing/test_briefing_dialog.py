"""File › Briefing pack…, driven as a user drives it: the content it starts on, the parts
ticked, the preview, printing to a PDF printer, a cancel and a failed write."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog

from jimo_desktop.app import create_window
from jimo_desktop.catalog import ItemKind, ItemRef
from jimo_desktop.catalog.map_data import ATTRIBUTION
from jimo_desktop.ui.dialogs.briefing_dialog import BriefingDialog, Content
from jimo_desktop.ui.main_window import MainWindow

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
VALLEY = ItemRef(ItemKind.PARK, "blue-valley")
PORT = ItemRef(ItemKind.PARK, "intl-land-port")
# Parts left out where a test needs pages quickly (the charts take the most time).
SLOW_PARTS = ("figures", "timeline", "fact_check", "comparison")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = create_window()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # for the shortcuts
    return win


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )


def open_pack_dialog(window: MainWindow, qtbot) -> BriefingDialog:
    qtbot.keySequence(window, "Ctrl+Shift+P")
    dialog = window.briefing.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def untick(dialog: BriefingDialog, *names: str) -> None:
    for name in names:
        dialog.part_boxes[name].setChecked(False)


def test_the_action_opens_on_the_item_shown_without_a_shortlist(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    action = window.window_actions.briefing
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    dialog = open_pack_dialog(window, qtbot)
    assert dialog.content() is Content.SHOWN
    assert dialog.request().refs == (EDZ,)
    assert not dialog.content_buttons[Content.SHORTLIST].isEnabled()
    assert all(box.isChecked() for box in dialog.part_boxes.values())
    assert dialog.pack_language() == "en"  # the interface's


def test_the_action_opens_on_the_shortlist_when_it_holds_items(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    window.shortlist.set_starred([VALLEY, PORT], True)
    dialog = open_pack_dialog(window, qtbot)
    assert dialog.content() is Content.SHORTLIST
    assert set(dialog.request().refs) == {VALLEY, PORT}
    assert dialog.request().subtitle == "Shortlist"
    dialog.content_buttons[Content.SHOWN].setChecked(True)
    assert dialog.request().refs == (EDZ,)


def test_unticking_a_part_takes_it_out_of_the_pdf(
    window: MainWindow, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(VALLEY)
    dialog = open_pack_dialog(window, qtbot)
    untick(dialog, *SLOW_PARTS, "map")
    target = out / "pack.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.written_path == target, timeout=60000)
    reader = pypdf.PdfReader(target)
    text = squeezed("".join(page.extract_text() for page in reader.pages))
    titles = [entry.title for entry in reader.outline]  # type: ignore[union-attr]
    assert "Qingdao Blue Valley" in titles and "Map" not in titles
    assert squeezed(str(ATTRIBUTION)) not in text
    assert "Sources" in titles  # the parts still ticked are there
    assert window.commands.export_folder == str(out)  # proposed next time
    assert str(target) in dialog.status.text()


def test_the_pack_shown_has_the_map_with_its_attribution(
    window: MainWindow, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(VALLEY)
    dialog = open_pack_dialog(window, qtbot)
    untick(dialog, *SLOW_PARTS)
    target = out / "map.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.written_path == target, timeout=60000)
    reader = pypdf.PdfReader(target)
    titles = [entry.title for entry in reader.outline]  # type: ignore[union-attr]
    page = reader.get_destination_page_number(reader.outline[titles.index("Map")])  # type: ignore[arg-type]
    assert squeezed(str(ATTRIBUTION)) in squeezed(reader.pages[page].extract_text())


def test_cancel_leaves_no_file(
    window: MainWindow, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(VALLEY)
    dialog = open_pack_dialog(window, qtbot)
    target = out / "pack.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    assert dialog.is_running() and dialog.progress.isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)  # a page painted
    dialog.progress.cancel_button.click()
    assert not dialog.is_running()
    assert "no file was written" in dialog.status.text()
    assert os.listdir(out) == []
    assert dialog.save_button.isEnabled()


def test_a_failed_write_leaves_nothing_and_says_why(
    window: MainWindow, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(EDZ)
    dialog = open_pack_dialog(window, qtbot)
    untick(dialog, *SLOW_PARTS, "map")
    blocker = out / "a file"
    blocker.write_text("x")
    save_to(monkeypatch, blocker / "pack.pdf")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert dialog.status.isVisible() and dialog.status.property("error")
    assert dialog.status.text().startswith("Nothing was written:")
    assert "a file" in dialog.status.text()
    assert os.listdir(out) == ["a file"]
    assert dialog.written_path is None


def test_the_preview_shows_the_pages(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    dialog = open_pack_dialog(window, qtbot)
    untick(dialog, *SLOW_PARTS)
    preview = dialog.show_preview()
    qtbot.addWidget(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=60000)
    printer = dialog.printer()  # the same device the preview paints on
    build = window.briefing.make_build(dialog.request(), printer, dialog.paper_size())
    try:
        assert widget.pageCount() == build.page_count >= 3  # cover, contents, map, the item…
    finally:
        build.close()
    preview.close()


def test_printing_to_a_pdf_printer(window: MainWindow, qtbot, out: Path) -> None:
    """The print path (a QPrinter device) painted in steps, into a PDF file."""
    window.navigate(EDZ)
    dialog = open_pack_dialog(window, qtbot)
    untick(dialog, *SLOW_PARTS)
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = out / "printed.pdf"
    printer.setOutputFileName(str(target))
    dialog.start(printer, None)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    pages = pypdf.PdfReader(target).pages
    assert len(pages) >= 3
    text = squeezed("".join(p.extract_text() for p in pages))
    assert squeezed("Jimo Economic Development Zone") in text
    assert "page" in dialog.status.text()


def test_ctrl_p_opens_the_print_dialog(window: MainWindow, qtbot) -> None:
    window.navigate(EDZ)
    qtbot.keySequence(window, "Ctrl+P")
    dialog = window.briefing.dialog
    assert dialog is not None and not dialog.isVisible()
    printing = dialog.print_dialog
    assert isinstance(printing, QPrintDialog)
    qtbot.waitUntil(printing.isVisible)
    printing.reject()
    assert not dialog.is_running()


def test_letter_paper_where_the_locale_uses_it(window: MainWindow, qtbot, out: Path) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from jimo_desktop.ui.dialogs.briefing_dialog import BriefingChoices

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    choices = BriefingChoices({Content.SHOWN: (EDZ,)})
    make = window.briefing.make_build
    assert (
        BriefingDialog(choices, make, window, locale=china).paper_size() == QPageSize.PageSizeId.A4
    )
    dialog = BriefingDialog(choices, make, window, locale=us)
    qtbot.addWidget(dialog)
    assert dialog.paper_size() == QPageSize.PageSizeId.Letter
    untick(dialog, *SLOW_PARTS, "map")
    build = make(dialog.request(), None, dialog.paper_size())
    data = build.finish()
    target = out / "letter.pdf"
    target.write_bytes(data)
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # 8.5 × 11 in


def test_closing_the_window_while_painting_leaves_no_file(
    window: MainWindow, qtbot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigate(VALLEY)
    dialog = open_pack_dialog(window, qtbot)
    save_to(monkeypatch, out / "pack.pdf")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)
    window.close()
    assert not dialog.is_running()
    qtbot.wait(50)  # no page is painted after the close
    assert os.listdir(out) == []
