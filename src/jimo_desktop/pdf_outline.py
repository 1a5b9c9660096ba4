"""Bookmarks (the PDF outline) added to a finished PDF, as an incremental update; and
the text of its fonts made searchable.

Qt's ``QPdfWriter`` writes no outline. ``add_outline(pdf, entries)`` appends to the bytes
it wrote what the PDF standard (ISO 32000-1, 7.5.6) calls an incremental update: a new
version of the document catalog that names an ``/Outlines`` dictionary, the outline items
(``/Title``, ``/Parent``, ``/Prev``, ``/Next``, ``/Dest``), a cross-reference section for
these objects and a trailer whose ``/Prev`` points to the original one. The original bytes
are kept as they are, so every reader sees the same pages, now with bookmarks.

The same update gives a new version of each font's ``/ToUnicode`` map where Qt wrote a
character that readers do not search for: the fonts with Chinese draw 山 and ⼭ (the Kangxi
radical) with one glyph, and Qt may name the radical; a ligature is named ﬁ, not fi. The
map then names the ideograph and the letters (``plain_text``), so that a search for 青岛
finds 青岛 and copied text is what is printed.

Only what Qt writes is expected: a classic cross-reference table (no cross-reference
streams), one page tree. Anything else raises ``OutlineError``. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


class OutlineError(ValueError):
    """The PDF is not one this module can add an outline to."""


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    title: str
    page: int  # 0-based page index


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_REF = rb"(\d+)\s+(\d+)\s+R"


def text_string(text: str) -> bytes:
    """``text`` as a PDF text string: UTF-16BE with its byte-order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _trailer(pdf: bytes, xref_at: int) -> tuple[dict[int, int], bytes]:
    """The object offsets of the cross-reference table at ``xref_at``, and its trailer."""
    if pdf[xref_at : xref_at + 4] != b"xref":
        raise OutlineError("no cross-reference table where startxref points")
    at = xref_at + 4
    offsets: dict[int, int] = {}
    header = re.compile(rb"\s*(\d+)\s+(\d+)[ \t]*\r?\n")
    entry = re.compile(rb"(\d{10}) (\d{5}) ([nf])\s{1,2}")
    while True:
        found = header.match(pdf, at)
        if found is None:
            break
        first, count = int(found.group(1)), int(found.group(2))
        at = found.end()
        for number in range(first, first + count):
            row = entry.match(pdf, at)
            if row is None:
                raise OutlineError("a damaged cross-reference table")
            if row.group(3) == b"n":
                offsets[number] = int(row.group(1))
            at = row.end()
    trailer = re.compile(rb"\s*trailer\s*<<(.*?)>>\s*startxref", re.S).match(pdf, at)
    if trailer is None:
        raise OutlineError("no trailer after the cross-reference table")
    return offsets, trailer.group(1)


def _object(pdf: bytes, offsets: dict[int, int], number: int) -> bytes:
    """The body of object ``number`` (between ``obj`` and ``endobj``)."""
    if number not in offsets:
        raise OutlineError(f"object {number} is not in the cross-reference table")
    found = re.compile(rb"\s*%d\s+\d+\s+obj(.*?)endobj" % number, re.S).match(pdf, offsets[number])
    if found is None:
        raise OutlineError(f"object {number} is not where the table says")
    return found.group(1).strip()


def _dictionary_body(obj: bytes) -> bytes:
    if not (obj.startswith(b"<<") and obj.endswith(b">>")):
        raise OutlineError("a dictionary was expected")
    return obj[2:-2]


def _key_ref(body: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+" + _REF, body)
    if found is None:
        raise OutlineError(f"no /{key.decode()} in the dictionary")
    return int(found.group(1))


def page_objects(pdf: bytes) -> list[int]:
    """The object numbers of the PDF's pages, in order."""
    offsets, trailer, _xref = _read(pdf)
    catalog = _dictionary_body(_object(pdf, offsets, _key_ref(trailer, b"Root")))
    return _kids(pdf, offsets, _key_ref(catalog, b"Pages"), depth=0)


def _kids(pdf: bytes, offsets: dict[int, int], number: int, depth: int) -> list[int]:
    if depth > 32:
        raise OutlineError("the page tree is too deep")
    body = _dictionary_body(_object(pdf, offsets, number))
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        return [number]
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    if kids is None:
        raise OutlineError("a page tree node without /Kids")
    pages: list[int] = []
    for ref in re.finditer(_REF, kids.group(1)):
        pages += _kids(pdf, offsets, int(ref.group(1)), depth + 1)
    return pages


def _read(pdf: bytes) -> tuple[dict[int, int], bytes, int]:
    found = _STARTXREF.search(pdf[-1024:])
    if found is None:
        raise OutlineError("no startxref at the end of the file")
    xref_at = int(found.group(1))
    offsets, trailer = _trailer(pdf, xref_at)
    if b"/Prev" in trailer:
        raise OutlineError("the PDF was updated already")
    return offsets, trailer, xref_at


def _stream_data(pdf: bytes, offsets: dict[int, int], number: int) -> tuple[bytes, bytes]:
    """The dictionary and the decoded data of stream object ``number``."""
    found = (
        re.compile(rb"\s*%d\s+\d+\s+obj\s*(<<.*?>>)\s*stream\r?\n" % number, re.S).match(
            pdf, offsets.get(number, -1)
        )
        if number in offsets
        else None
    )
    if found is None:
        raise OutlineError(f"object {number} is not a stream")
    head = found.group(1)
    length = re.search(rb"/Length\s+(\d+)(\s+\d+\s+R)?", head)
    if length is None:
        raise OutlineError(f"stream {number} has no /Length")
    size = int(length.group(1))
    if length.group(2):
        size = int(_object(pdf, offsets, size))
    data = pdf[found.end() : found.end() + size]
    if b"/FlateDecode" in head:
        data = zlib.decompress(data)
    elif b"/Filter" in head:
        raise OutlineError(f"stream {number} has a filter this module does not read")
    return head, data


_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _unicode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", "replace")


def _cmap_pairs(cmap: bytes) -> dict[int, str]:
    """Glyph code to text, from a ToUnicode CMap's bfrange and bfchar sections."""
    pairs: dict[int, str] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, target in _RANGE.findall(section):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for code, item in zip(
                    range(first, last + 1), re.findall(rb"<([0-9A-Fa-f]+)>", target), strict=False
                ):
                    pairs[code] = _unicode(item)
            else:
                text = _unicode(target[1:-1])
                for offset, code in enumerate(range(first, last + 1)):
                    pairs[code] = text[:-1] + chr(ord(text[-1]) + offset) if text else ""
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in _CHAR.findall(section):
            pairs[int(code, 16)] = _unicode(target)
    return pairs


def plain_text(text: str, same: Mapping[str, str] | None = None) -> str:
    """What a glyph stands for, as a reader searches it: a radical that the font draws
    with the glyph of an ideograph becomes the ideograph (``same``: the font's radicals and
    their ideographs, e.g. ⻘ U+2ED8 for 青 U+9752; else, for the Kangxi radicals, NFKC:
    ⼭ U+2F2D for 山 U+5C71), a ligature (ﬁ) its letters."""
    out = []
    for char in text:
        code = ord(char)
        if same and char in same:
            out.append(same[char])
        elif 0x2F00 <= code <= 0x2FDF or 0xFB00 <= code <= 0xFB06:
            out.append(unicodedata.normalize("NFKC", char))
        else:
            out.append(char)
    return "".join(out)


def _cmap(pairs: dict[int, str]) -> bytes:
    lines = [
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    ]
    codes = sorted(pairs)
    for at in range(0, len(codes), 100):  # at most 100 entries a section
        chunk = codes[at : at + 100]
        lines.append(b"%d beginbfchar\n" % len(chunk))
        for code in chunk:
            target = pairs[code].encode("utf-16-be").hex().upper().encode("ascii")
            lines.append(b"<%04X> <%s>\n" % (code, target or b"0000"))
        lines.append(b"endbfchar\n")
    lines.append(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return b"".join(lines)


def _text_fixes(
    pdf: bytes, offsets: dict[int, int], same: Mapping[str, str] | None
) -> dict[int, bytes]:
    """New versions of the fonts' ToUnicode maps whose text is not what a reader searches
    (see ``plain_text``)."""
    fixed: dict[int, bytes] = {}
    numbers = {int(n) for n in re.findall(rb"/ToUnicode\s+(\d+)\s+\d+\s+R", pdf)}
    for number in sorted(numbers):
        _head, cmap = _stream_data(pdf, offsets, number)
        pairs = _cmap_pairs(cmap)
        plain = {code: plain_text(text, same) for code, text in pairs.items()}
        if plain == pairs:
            continue
        data = zlib.compress(_cmap(plain))
        fixed[number] = (
            b"<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n" % len(data)
            + data
            + b"\nendstream"
        )
    return fixed


def add_outline(
    pdf: bytes,
    entries: Sequence[OutlineEntry],
    *,
    plain: bool = True,
    same: Mapping[str, str] | None = None,
) -> bytes:
    """``pdf`` with a flat outline of ``entries`` (each opens its page) and, with ``plain``,
    its fonts' text maps made searchable (``plain_text`` with ``same``), appended as an
    incremental update; the PDF as it is when there is nothing to add."""
    offsets, trailer, xref_at = _read(pdf)
    objects: dict[int, bytes] = _text_fixes(pdf, offsets, same) if plain else {}
    if not entries and not objects:
        return pdf
    size_found = re.search(rb"/Size\s+(\d+)", trailer)
    if size_found is None:
        raise OutlineError("no /Size in the trailer")
    size = int(size_found.group(1))
    root = _key_ref(trailer, b"Root")
    if entries:
        size = _outline_objects(pdf, offsets, root, size, entries, objects)
    return _append(pdf, objects, trailer, root, size, xref_at)


def _outline_objects(
    pdf: bytes,
    offsets: dict[int, int],
    root: int,
    size: int,
    entries: Sequence[OutlineEntry],
    objects: dict[int, bytes],
) -> int:
    """Add the catalog, the outline and its items to ``objects``; the new /Size."""
    catalog = _dictionary_body(_object(pdf, offsets, root))
    pages = _kids(pdf, offsets, _key_ref(catalog, b"Pages"), depth=0)
    for entry in entries:
        if not 0 <= entry.page < len(pages):
            raise OutlineError(f"no page {entry.page + 1} for “{entry.title}”")
    outlines = size
    numbers = [size + 1 + i for i in range(len(entries))]
    kept = re.sub(rb"/(Outlines\s+\d+\s+\d+\s+R|PageMode\s*/\w+)", b"", catalog).strip()
    objects[root] = b"<<\n" + kept + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outlines
    objects[outlines] = b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>" % (
        numbers[0],
        numbers[-1],
        len(numbers),
    )
    for index, (entry, number) in enumerate(zip(entries, numbers, strict=True)):
        links = b""
        if index > 0:
            links += b"/Prev %d 0 R\n" % numbers[index - 1]
        if index + 1 < len(numbers):
            links += b"/Next %d 0 R\n" % numbers[index + 1]
        objects[number] = (
            b"<<\n/Title "
            + text_string(entry.title)
            + b"\n/Parent %d 0 R\n" % outlines
            + links
            + b"/Dest [%d 0 R /Fit]\n>>" % pages[entry.page]
        )
    return numbers[-1] + 1


def _append(
    pdf: bytes, objects: dict[int, bytes], trailer: bytes, root: int, size: int, xref_at: int
) -> bytes:
    """``pdf`` and, after it, ``objects``, their cross-reference section and a trailer."""
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    where: dict[int, int] = {}
    for number in sorted(objects):
        where[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    new_xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    numbers = sorted(where)
    run: list[int] = []
    for number in [*numbers, -1]:
        if run and number != run[-1] + 1:
            out += b"%d %d\n" % (run[0], len(run))
            for member in run:
                out += b"%010d 00000 n \n" % where[member]
            run = []
        run.append(number)
    kept_keys = b""
    for key in (b"Info", b"ID"):
        found = re.search(rb"/" + key + rb"\s*(\d+\s+\d+\s+R|\[[^\]]*\])", trailer)
        if found:
            kept_keys += b"/" + key + b" " + found.group(1) + b"\n"
    out += (
        b"trailer\n<<\n/Size %d\n/Root %d 0 R\n" % (size, root)
        + kept_keys
        + b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (xref_at, new_xref)
    )
    return bytes(out)
