"""CSV files that open correctly in Excel, written safely. Nothing here imports Qt.

By default a file is UTF-8 with a byte-order mark (so Excel shows Chinese), and a cell
that starts like a formula (``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a
leading ``'`` unless it is a plain number, so opening the file never runs a formula.
Every cell is made encodable first (a lone surrogate becomes U+FFFD), so no text stops
an export. The file is written with ``safe_write.atomic_open``: to a temporary file
beside the target, renamed at the end, after the target was checked (no device, FIFO,
folder or read-only file is replaced). An error, a cancel or Ctrl+C leaves no partial
file and the old file unchanged. ``describe_write_error`` turns any ``OSError`` of a
write into one line that names the path.

For tests only: ``JIMO_TEST_EXPORT_ROW_DELAY`` (seconds, e.g. ``0.05``) makes
``write_csv`` sleep after each row, so that a test can interrupt an export midway.
"""

from __future__ import annotations

import errno
import math
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import cast

from jimo_desktop import safe_write
from jimo_desktop.safe_write import RefusedTarget, atomic_open
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked, Message
from jimo_desktop.user_text import encodable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
PROGRESS_EVERY = 500
ROW_DELAY_ENV = "JIMO_TEST_EXPORT_ROW_DELAY"  # tests only: see the module's docstring


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def encoding_for(options: CsvOptions) -> str:
    return "utf-8-sig" if options.bom else "utf-8"


_REFUSED = {
    safe_write.FOLDER: QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: it is a folder"),
    safe_write.DEVICE: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: it is a device, not a file"
    ),
    safe_write.FIFO: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: it is a pipe (FIFO), not a file"
    ),
    safe_write.SOCKET: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: it is a socket, not a file"
    ),
    safe_write.SPECIAL: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: it is not a regular file"
    ),
    safe_write.READ_ONLY: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: the file is read-only"
    ),
    safe_write.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: permission denied"
    ),
    safe_write.DANGLING_LINK: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: it is a link to “{link}”, which does not exist"
    ),
}
_BY_ERRNO = {
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: the file name is too long"
    ),
    errno.ENOSPC: QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: the disk is read-only"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _BY_ERRNO[errno.EDQUOT] = QT_TRANSLATE_NOOP(
        "CsvFile", "cannot write “{path}”: the disk quota is full"
    )


def describe_write_error(path: Path, error: OSError) -> str:
    """A one-line, plain-language reason why ``path`` could not be written.

    It never raises: the file system is only asked questions whose errors mean "no" (a
    name too long is an answer, not a new error), and the path is shown on one line
    (control characters escaped, undecodable bytes as ``\\xNN``).
    """
    path = Path(path)
    folder = path.parent
    why: Marked
    if isinstance(error, RefusedTarget):
        why = _REFUSED[error.reason]
    elif error.errno in _BY_ERRNO:
        why = _BY_ERRNO[error.errno]
    elif isinstance(error, FileNotFoundError) and not _exists(folder):
        why = QT_TRANSLATE_NOOP(
            "CsvFile", "cannot write “{path}”: the folder “{folder}” does not exist"
        )
    elif isinstance(error, NotADirectoryError) or (_exists(folder) and not _is_dir(folder)):
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: “{folder}” is not a folder")
    elif isinstance(error, IsADirectoryError) or _is_dir(path):
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: it is a folder")
    elif isinstance(error, PermissionError):
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: permission denied")
    else:
        why = QT_TRANSLATE_NOOP("CsvFile", "cannot write “{path}”: {reason}")
    return Message(
        why,
        path=shown_path(path),
        folder=shown_path(folder),
        link=shown_path(getattr(error, "link", "")),
        reason=_one_line(error.strerror or str(error)),
    )


def shown_path(path: Path | str) -> str:
    """``path`` as one printable line: control characters escaped (``\\n``, ``\\x1b``)
    and bytes that are not UTF-8 as ``\\xNN`` (so the text always encodes)."""
    text = os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    return _one_line(text)


def _one_line(text: str) -> str:
    return encodable(_CONTROL.sub(lambda m: repr(m.group())[1:-1], text))


def _exists(path: Path) -> bool:
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _is_dir(path: Path) -> bool:
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


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

    ``progress(rows_so_far)`` is called every few hundred rows and after the last one;
    returning False cancels (ExportCancelled is raised and nothing is written).
    """
    import csv  # here, not at the top: the window imports this module before it paints

    encoding = encoding_for(options)
    cells = partial(_cells, safe=options.excel_safe)
    delay = _row_delay()
    count = 0
    with atomic_open(Path(path), "w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(cells([str(c) for c in columns]))
        for row in rows:
            writer.writerow(cells(row))
            count += 1
            if delay:
                time.sleep(delay)
            if progress is not None and count % PROGRESS_EVERY == 0 and progress(count) is False:
                raise ExportCancelled
        # Once more before the file is put in place: a cancel up to here keeps nothing.
        if progress is not None and progress(count) is False:
            raise ExportCancelled
    return count


_FORMULA_CHARACTERS = frozenset(FORMULA_STARTS)


def _cells(row: Iterable[object], safe: bool) -> list[str]:
    """A row's cells as written: ``cell_text``, made ``encodable``, then ``excel_safe``
    when ``safe``; the common cells (text in ASCII or without a formula's first
    character, whole numbers, empty) by the shortest way, since every cell of an export
    comes through here."""
    out: list[str] = []
    for value in row:
        kind = value.__class__
        text: str
        if kind is str:
            text = cast(str, value)
        elif value is None:
            out.append("")
            continue
        elif kind is int:
            out.append(str(value))  # a plain number, even when negative
            continue
        else:
            text = cell_text(value)
        if not text.isascii():
            text = encodable(text)
        if safe and text[:1] in _FORMULA_CHARACTERS and not is_plain_number(text):
            text = "'" + text
        out.append(text)
    return out


def _row_delay() -> float:
    """Seconds to sleep after each row: 0 but in tests (``ROW_DELAY_ENV``)."""
    try:
        delay = float(os.environ.get(ROW_DELAY_ENV, "") or 0)
    except ValueError:
        return 0.0
    return delay if math.isfinite(delay) and delay > 0 else 0.0
