"""The values of a row, checked where they become records.

A file that passes the probe can still hold a kind that is not an ``ItemKind``, a BLOB or
a number where a name belongs, or a number no chart can draw (infinite, 1e308). Every
record is built from ``Cells(path, table, row)``: ``text``, ``ident``, ``words``,
``period``, ``number``, ``integer`` and ``kind`` each return the value as the record needs it, or raise
``DatabaseDamaged`` saying which table and row hold what cannot be read. ``check_row``
does the same for the whole rows the exports write, by the schema's column kinds.
Nothing here imports Qt.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jimo_desktop import dates
from jimo_desktop.catalog.database import DatabaseDamaged, one_line
from jimo_desktop.items import ItemKind
from jimo_desktop.schema import TABLES_BY_NAME, CellKind
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked

# A number beyond this is no figure, date or coordinate of this data: it is damage (and
# pyqtgraph cannot set a range that wide).
MAX_NUMBER = 1e15

_DAMAGED_ROW = QT_TRANSLATE_NOOP(
    "DatabaseError",
    "The database file “{path}” is damaged: in the table {table}, the row “{row}” has {problem} "
    "in the column {column}.",
)
_NOT_TEXT = QT_TRANSLATE_NOOP("DatabaseError", "a value that is not text")
_NO_ID = QT_TRANSLATE_NOOP("DatabaseError", "an empty or unreadable id")
_NOT_NUMBER = QT_TRANSLATE_NOOP("DatabaseError", "a value that is not a number")
_BAD_NUMBER = QT_TRANSLATE_NOOP("DatabaseError", "a number that is infinite or far too large")
_NOT_INTEGER = QT_TRANSLATE_NOOP("DatabaseError", "a value that is not a whole number")
_NOT_KIND = QT_TRANSLATE_NOOP("DatabaseError", "a value that is no kind of item")
_NOT_DATE = QT_TRANSLATE_NOOP("DatabaseError", "a value that is no date or period")
_DATE_KINDS = (CellKind.DATE, CellKind.DATE_RANGE, CellKind.PERIOD)


def _row_name(value: object) -> str:
    """A row's id as a message can quote it, whatever the cell holds."""
    if isinstance(value, str) and value:
        return one_line(value)[:60]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return one_line(repr(value))[:60]
    return "?"


class Cells:
    """The cells of one row of ``table`` in the file at ``path``, read by name or position."""

    __slots__ = ("_path", "_row", "_table")

    def __init__(self, path: Path, table: str, row: sqlite3.Row | Mapping[str, Any]):
        self._path = path
        self._table = table
        self._row = row

    def _cell(self, key: str | int) -> Any:
        if isinstance(self._row, sqlite3.Row):
            return self._row[key]
        return self._row[str(key)]

    def _column(self, key: str | int) -> str:
        if isinstance(key, int) and isinstance(self._row, sqlite3.Row):
            return self._row.keys()[key]
        return str(key)

    def damaged(self, key: str | int, problem: Marked) -> DatabaseDamaged:
        """The error that the cell ``key`` of this row cannot be read (``problem``)."""
        keys = self._row.keys()
        row_id = next((self._row[k] for k in ("id", "item_id", "key") if k in keys), None)
        return DatabaseDamaged(
            self._path,
            _DAMAGED_ROW,
            table=self._table,
            row=_row_name(row_id),
            column=self._column(key),
            problem=problem,
        )

    def text(self, key: str | int) -> str:
        """Text, "" for NULL; anything else (a BLOB, a number) is damage."""
        value = self._cell(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.damaged(key, _NOT_TEXT)
        return value

    def ident(self, key: str | int) -> str:
        """An id: text that is not empty."""
        value = self._cell(key)
        if not isinstance(value, str) or not value:
            raise self.damaged(key, _NO_ID)
        return value

    def words(self, key: str | int) -> tuple[str, ...]:
        """A ``;`` list cell (aliases) as its words."""
        return tuple(a.strip() for a in self.text(key).split(";") if a.strip())

    def period(self, key: str | int) -> str:
        """A date, a range of dates or a figure's period (``dates.period``), "" for NULL."""
        value = self.text(key)
        if value:
            try:
                dates.period(value)
            except dates.PeriodError:
                raise self.damaged(key, _NOT_DATE) from None
        return value

    def number(self, key: str | int) -> float | None:
        """A finite number of sane size (|x| < ``MAX_NUMBER``), None for NULL."""
        value = self._cell(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.damaged(key, _NOT_NUMBER)
        if not math.isfinite(value) or abs(value) >= MAX_NUMBER:
            raise self.damaged(key, _BAD_NUMBER)
        return float(value)

    def integer(self, key: str | int) -> int:
        """A whole number of sane size."""
        value = self._cell(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.damaged(key, _NOT_INTEGER)
        if abs(value) >= MAX_NUMBER:
            raise self.damaged(key, _BAD_NUMBER)
        return value

    def kind(self, key: str | int) -> ItemKind:
        """One of the ``ItemKind`` values."""
        value = self._cell(key)
        try:
            return ItemKind(value)
        except ValueError:
            raise self.damaged(key, _NOT_KIND) from None


def check_row(path: Path, table: str, row: sqlite3.Row) -> dict[str, Any]:
    """A whole row of an item table as a dict, each cell checked by its column's kind."""
    declared = TABLES_BY_NAME[table]
    kinds = {c.name: c.kind for c in declared.columns}
    cells = Cells(path, table, row)
    checked: dict[str, Any] = {}
    columns = row.keys()
    for key in columns:
        kind = kinds.get(key)
        if kind is CellKind.NUMBER or declared.derived.get(key) == "REAL":
            checked[key] = cells.number(key)
        elif kind is CellKind.INTEGER:
            checked[key] = None if row[key] is None else cells.integer(key)
        elif kind is CellKind.ID:
            checked[key] = cells.ident(key)
        elif kind in _DATE_KINDS:
            checked[key] = cells.period(key)
        else:
            checked[key] = cells.text(key)
    return checked
