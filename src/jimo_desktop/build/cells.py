"""One cell of a source file to the value it is stored as, or a plain reason it can't be.

``convert_cell`` is given a column declared in ``schema`` and the cell's text without
surrounding spaces. It returns a number, a whole number, a list of ids (REFS), joined words
(WORDS), None for an empty cell, or the text itself once a date, period or choice is known
to be valid; it raises ValueError with the message the build reports. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jimo_desktop import dates
from jimo_desktop.schema import CellKind, Column


def convert_cell(column: Column, cell: str) -> Any:
    """A stripped cell to its stored value, refusing an empty one where a value is required."""
    if not cell and (column.required or column.kind is CellKind.ID):
        what = "a fact without a source" if column.ref == "sources" else "empty"
        raise ValueError(f"{column.name} is required ({what})")
    return _convert(column, cell)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _convert(column: Column, cell: str) -> Any:
    """One cell to its stored value; raises ValueError with a plain message."""
    if column.kind is CellKind.REFS:
        return _split(cell)
    if column.kind is CellKind.WORDS:
        return "; ".join(_split(cell)) or None
    if cell == "":
        return None
    convert = _CONVERTERS.get(column.kind)
    return convert(column, cell) if convert is not None else cell


def _number(column: Column, cell: str) -> float:
    try:
        number = float(cell)
    except ValueError:
        raise ValueError(f"{column.name} {cell!r} is not a number (write 1513.33)") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(f"{column.name} {cell!r} is not a finite number")
    return number


def _integer(column: Column, cell: str) -> int:
    try:
        return int(cell)
    except ValueError:
        raise ValueError(f"{column.name} {cell!r} is not a whole number") from None


def _choice(column: Column, cell: str) -> str:
    if cell not in column.choices:
        allowed = ", ".join(repr(c) for c in column.choices)
        raise ValueError(f"{column.name} {cell!r} is not one of {allowed}")
    return cell


def _checked_by(parse: Callable[[str], object]) -> Callable[[Column, str], str]:
    """A converter that keeps the cell as written once ``parse`` (from ``dates``) accepts it."""

    def check(column: Column, cell: str) -> str:
        try:
            parse(cell)
        except dates.PeriodError as error:
            raise ValueError(f"{column.name}: {error}") from None
        return cell

    return check


# How a non-empty cell of each kind is checked and converted; other kinds keep the text.
_CONVERTERS: dict[CellKind, Callable[[Column, str], Any]] = {
    CellKind.NUMBER: _number,
    CellKind.INTEGER: _integer,
    CellKind.CHOICE: _choice,
    CellKind.DATE: _checked_by(dates.partial_date),
    CellKind.DATE_RANGE: _checked_by(dates.date_range),
    CellKind.PERIOD: _checked_by(dates.period),
}
