"""The work of an export, counted (not timed): a table's export reads the tables its rows
name and no other."""

from __future__ import annotations

from pathlib import Path

from jimo_desktop.catalog import Catalog
from jimo_desktop.export.tables import kind_table
from tests.work_counts import statements

# The tables of the other kinds of item, and the sources they cite.
NOT_OF_PARKS = ("organizations", "projects", "events", "claims", "figures")


def test_a_parks_export_reads_no_other_kind_of_item_nor_its_sources(tmp_path: Path) -> None:
    with Catalog.open() as catalog, statements(catalog) as ran:
        written = kind_table(catalog, "parks").write(tmp_path / "parks.csv")
    assert written > 0
    read = " ".join(ran.sql).casefold()
    assert "park_sources" in read
    for table in NOT_OF_PARKS:
        assert f"from {table} " not in read and f"from {table}\n" not in read, table
        assert f"{table[:-1]}_sources" not in read, table
