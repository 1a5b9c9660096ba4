"""What pyqtgraph 0.14's SVG exporter needs to export any chart: ``svg_fixes()``, a context
manager held while ``ChartCanvas.export_svg`` runs the exporter, and ``xml_safe(text)``.

The exporter paints each item with Qt's SVG generator and parses the result with
``xml.dom.minidom``. Two things in what Qt writes stop that parse, and are fixed there,
where the SVG is written (so every text of a chart is covered: titles, legends, footers,
axis and bar labels, whichever module set them):

- ``Z`` (close path) in path data, which the coordinate fix-up cannot read (pyqtgraph
  issue #3495): every plot fails to export. Each ``Z`` becomes a line back to the start of
  its sub-path, which draws the same.
- Characters XML does not allow (``\\x01``, ESC, NUL, U+FFFE, lone surrogates), which Qt
  writes as they are and expat rejects (``ExpatError``). Each becomes U+FFFD, the sign for
  a character that cannot be shown. The chart on screen is not changed.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Iterator
from typing import Any

REPLACEMENT = "\ufffd"
# XML 1.0's Char: tab, line feed, carriage return and U+0020 on, but for the surrogates,
# U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_PATH_TOKEN = re.compile(r"[A-Za-z][^A-Za-z\s]*|[^A-Za-z\s]+")


def xml_safe(text: str) -> str:
    """``text`` with each character that XML 1.0 does not allow replaced by U+FFFD."""
    return _NOT_XML.sub(REPLACEMENT, text)


def xml_safe_document(data: bytes) -> bytes:
    """A document Qt wrote, made parseable: bytes that are not UTF-8 (a lone surrogate
    encoded), characters and character references XML does not allow become U+FFFD."""
    text = xml_safe(data.decode("utf-8", "replace"))
    return _CHARACTER_REFERENCE.sub(_safe_reference, text).encode("utf-8")


def _safe_reference(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if code > 0x10FFFF or xml_safe(chr(code)) != chr(code):
        return REPLACEMENT
    return match.group()


class _SafeMinidom:
    """``xml.dom.minidom`` as the exporter module sees it, with a ``parseString`` that
    parses the XML-safe form of what it is given."""

    def __init__(self, minidom: Any):
        self._minidom = minidom

    def __getattr__(self, name: str) -> Any:
        return getattr(self._minidom, name)

    def parseString(self, data: Any, *args: Any, **kwargs: Any) -> Any:
        raw = data if isinstance(data, str) else bytes(data)
        safe = xml_safe(raw) if isinstance(raw, str) else xml_safe_document(raw)
        return self._minidom.parseString(safe, *args, **kwargs)


@contextlib.contextmanager
def svg_fixes() -> Iterator[None]:
    """While exporting: closed paths drawn explicitly, Qt's output made XML-safe."""
    # The module, not the class of the same name that pyqtgraph.exporters exports.
    module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original_correct = module.correctCoordinates
    original_xml = module.xml

    def tolerant(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for path in node.getElementsByTagName("path"):
            data = path.getAttribute("d")
            if "Z" in data or "z" in data:
                path.setAttribute("d", close_paths_explicitly(data))
        return original_correct(node, defs, item, options)

    module.correctCoordinates = tolerant
    module.xml = _SafeMinidom(original_xml)
    try:
        yield
    finally:
        module.correctCoordinates = original_correct
        module.xml = original_xml


def close_paths_explicitly(data: str) -> str:
    """SVG path data with each ``Z``/``z`` replaced by a line to its sub-path's start."""
    tokens: list[str] = []
    start = ""
    for token in _PATH_TOKEN.findall(data):
        command = token[0]
        if command in "Mm":
            start = token[1:]
        if command in "Zz":
            if start:
                tokens.append("L" + start)
            continue
        tokens.append(token)
    return " ".join(tokens)
