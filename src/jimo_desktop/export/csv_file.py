"""CSV files that open correctly in Excel, written safely. Nothing here imports Qt.

By default a file is UTF-8 with a byte-order mark (so Excel shows Chinese), and a cell
that starts like a formula (``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a
leading ``'`` unless it is a plain number, so opening the file never runs a formula.
The file is written to a temporary file beside the target and renamed at the end: an
error or a cancel leaves no partial file and the old file unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from jimo_desktop.safe_write import atomic_open
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
PROGRESS_EVERY = 500


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def encoding_for(options: CsvOptions) -> str:
    return "utf-8-sig" if options.bom else "utf-8"


def describe_write_error(path: Path, error: OSError) -> str:
    """A one-line, plain-language reason why ``path`` could not be written."""
    path = Path(path)
    folder = path.parent
    if isinstance(error, FileNotFoundError) and not folder.exists():
        why = QT_TRANSLATE_NOOP(
            "CsvFile", "cannot write “{path}”: the folder “{folder}” does not exist"
        )
    elif isinstance(error, NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: “{folder}” is not a folder")
    elif isinstance(error, IsADirectoryError) or path.is_dir():
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: it is a folder")
    elif isinstance(error, PermissionError):
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: permission denied")
    else:
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: {reason}")
    return Message(why, path=path, folder=folder, reason=error.strerror or str(error))


@dataclass(frozen=True)
class CsvOptions:
    bom: bool = True  # UTF-8 with BOM, for Excel
    excel_safe: bool = True  # neutralise formula-like cells


def is_plain_number(text: str) -> bool:
    """True for a number as written, such as ``-12.5``, ``+7``, ``-1,234.5`` or ``1e-3``."""
    return bool(_PLAIN_NUMBER.fullmatch(text))


def excel_safe(text: str) -> str:
    """``text`` with a leading ``'`` when Excel would read it as a formula.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return is
    neutralised unless it is exactly a plain number (``-12.5`` stays a number; a number
    with a tab, a space or a line break around it does not count as plain).
    """
    if text and text.startswith(FORMULA_STARTS) and not is_plain_number(text):
        return "'" + text
    return text


def cell_text(value: object) -> str:
    """A value as CSV text: empty for None, integers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    options: CsvOptions = CsvOptions(),
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write a header and rows to ``path``; return the number of rows written.

    ``progress(rows_so_far)`` is called every few hundred rows; returning False cancels
    (ExportCancelled is raised and nothing is written).
    """
    import csv  # here, not at the top: the window imports this module before it paints

    encoding = encoding_for(options)
    convert: Callable[[str], str] = excel_safe if options.excel_safe else str
    count = 0
    with atomic_open(Path(path), "w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([convert(str(c)) for c in columns])
        for row in rows:
            writer.writerow([convert(cell_text(value)) for value in row])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0 and progress(count) is False:
                raise ExportCancelled
    if progress is not None:
        progress(count)
    return count
