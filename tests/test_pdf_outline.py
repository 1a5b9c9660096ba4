"""Bookmarks added to a PDF as an incremental update: read back by pypdf, each opening
its page, the original bytes kept; PDFs it cannot handle are refused, not damaged."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

from jimo_desktop.pdf_outline import (
    OutlineEntry,
    OutlineError,
    add_outline,
    page_objects,
    text_string,
)


def qt_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages as QPdfWriter writes it, each page saying its number."""
    assert QGuiApplication.instance() is not None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_outline_read_back_with_its_pages(qapp: object) -> None:
    original = qt_pdf(3)
    entries = [OutlineEntry("即墨经济开发区", 0), OutlineEntry("Blue Valley", 2)]
    updated = add_outline(original, entries)
    assert updated.startswith(original)  # an update appends; the pages are untouched
    reader = pypdf.PdfReader(io.BytesIO(updated), strict=True)
    assert len(reader.pages) == 3
    found = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert found == [("即墨经济开发区", 0), ("Blue Valley", 2)]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_page_objects_follow_page_order(qapp: object) -> None:
    pdf = qt_pdf(4)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert page_objects(pdf) == [page.indirect_reference.idnum for page in reader.pages]


def test_no_entries_leaves_the_pdf_as_it_is(qapp: object) -> None:
    pdf = qt_pdf(1)
    assert add_outline(pdf, []) == pdf


@pytest.mark.parametrize("page", [-1, 2])
def test_an_entry_beyond_the_pages_is_refused(qapp: object, page: int) -> None:
    with pytest.raises(OutlineError):
        add_outline(qt_pdf(2), [OutlineEntry("x", page)])


def test_a_pdf_updated_already_is_refused(qapp: object) -> None:
    once = add_outline(qt_pdf(1), [OutlineEntry("x", 0)])
    with pytest.raises(OutlineError):
        add_outline(once, [OutlineEntry("y", 0)])


@pytest.mark.parametrize("data", [b"", b"not a pdf", b"%PDF-1.4\nstartxref\n5\n%%EOF\n"])
def test_what_is_no_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(OutlineError):
        add_outline(data, [OutlineEntry("x", 0)])


def test_text_strings_are_utf16_with_a_byte_order_mark() -> None:
    assert text_string("A") == b"<FEFF0041>"
    assert text_string("即") == b"<FEFF5373>"
