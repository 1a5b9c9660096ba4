"""Edits of a copy of the CSV sources, for the tests that break them."""

from __future__ import annotations

import csv
from pathlib import Path


def edit_cell(folder: Path, table: str, row_index: int, column: str, value: str) -> int:
    """Change one cell of a source file; return the line number the row starts on."""
    path = folder / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[1 + row_index][header.index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    # Lines before the row: header plus the earlier rows (which may span lines).
    return 2 + sum(sum(cell.count("\n") for cell in row) + 1 for row in rows[1 : 1 + row_index])


def first_value(folder: Path, table: str, column: str, row_index: int = 0) -> str:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))[row_index][column]


def row_of(folder: Path, table: str, row_id: str) -> int:
    """The index of the row whose ``id`` is ``row_id`` (for ``edit_cell``)."""
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    return ids.index(row_id)
