"""One cell to its stored value: each kind, and the reason a bad cell is refused."""

from __future__ import annotations

import re

import pytest

from jimo_desktop.build.cells import convert_cell
from jimo_desktop.schema import Column, Kind


@pytest.mark.parametrize(
    ("column", "cell", "stored"),
    [
        (Column("value", Kind.NUMBER), "1513.33", 1513.33),
        (Column("number", Kind.INTEGER), "7", 7),
        (Column("source_ids", Kind.REFS), " S01; ;S02 ", ["S01", "S02"]),
        (Column("aliases", Kind.WORDS), "a;; b ;", "a; b"),
        (Column("aliases", Kind.WORDS), " ; ", None),
        (Column("value", Kind.NUMBER), "", None),
        (Column("note"), "", None),
        (Column("period", Kind.PERIOD), "2019-H1", "2019-H1"),
        (Column("grade", Kind.CHOICE, choices=("A", "B")), "B", "B"),
    ],
)
def test_a_cell_is_stored_as_its_kind_says(column: Column, cell: str, stored: object) -> None:
    assert convert_cell(column, cell) == stored


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        (Column("value", Kind.NUMBER), "12,5", "value '12,5' is not a number (write 1513.33)"),
        (Column("value", Kind.NUMBER), "nan", "value 'nan' is not a finite number"),
        (Column("value", Kind.NUMBER), "-inf", "value '-inf' is not a finite number"),
        (Column("number", Kind.INTEGER), "2.5", "number '2.5' is not a whole number"),
        (Column("grade", Kind.CHOICE, choices=("A", "B")), "D", "grade 'D' is not one of 'A', 'B'"),
        (Column("founded", Kind.DATE), "1992-13", "founded: "),
        (Column("id", Kind.ID), "", "id is required (empty)"),
        (
            Column("source_id", Kind.REF, required=True, ref="sources"),
            "",
            "source_id is required (a fact without a source)",
        ),
    ],
)
def test_a_bad_cell_is_refused_with_a_plain_reason(column: Column, cell: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        convert_cell(column, cell)
