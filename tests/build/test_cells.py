"""One cell to its stored value: each kind, and the reason a bad cell is refused."""

from __future__ import annotations

import re

import pytest

from jimo_desktop.build.cells import convert_cell
from jimo_desktop.schema import CellKind, Column


@pytest.mark.parametrize(
    ("column", "cell", "stored"),
    [
        (Column("value", CellKind.NUMBER), "1513.33", 1513.33),
        (Column("number", CellKind.INTEGER), "7", 7),
        (Column("source_ids", CellKind.REFS), " S01; ;S02 ", ["S01", "S02"]),
        (Column("aliases", CellKind.WORDS), "a;; b ;", "a; b"),
        (Column("aliases", CellKind.WORDS), " ; ", None),
        (Column("value", CellKind.NUMBER), "", None),
        (Column("note"), "", None),
        (Column("period", CellKind.PERIOD), "2019-H1", "2019-H1"),
        (Column("grade", CellKind.CHOICE, choices=("A", "B")), "B", "B"),
    ],
)
def test_a_cell_is_stored_as_its_kind_says(column: Column, cell: str, stored: object) -> None:
    assert convert_cell(column, cell) == stored


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        (Column("value", CellKind.NUMBER), "12,5", "value '12,5' is not a number (write 1513.33)"),
        (Column("value", CellKind.NUMBER), "nan", "value 'nan' is not a finite number"),
        (Column("value", CellKind.NUMBER), "-inf", "value '-inf' is not a finite number"),
        (Column("number", CellKind.INTEGER), "2.5", "number '2.5' is not a whole number"),
        (
            Column("grade", CellKind.CHOICE, choices=("A", "B")),
            "D",
            "grade 'D' is not one of 'A', 'B'",
        ),
        (Column("founded", CellKind.DATE), "1992-13", "founded: "),
        (Column("id", CellKind.ID), "", "id is required (empty)"),
        (
            Column("source_id", CellKind.REF, required=True, ref="sources"),
            "",
            "source_id is required (a fact without a source)",
        ),
    ],
)
def test_a_bad_cell_is_refused_with_a_plain_reason(column: Column, cell: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        convert_cell(column, cell)
