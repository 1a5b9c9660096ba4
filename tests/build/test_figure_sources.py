"""A figure cites every source its research row gives, in order (``figure_sources``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from tests.build.edit_sources import edit_cell, row_of


def test_a_source_attributed_by_guess_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = row_of(sources_copy, "figures", "F041")
    edit_cell(sources_copy, "figures", row, "source_ids", "S79")
    line = edit_cell(
        sources_copy, "figures", row, "note",
        "research row cites S75, S76 without saying which states this value; attributed to S79",
    )  # fmt: skip
    with pytest.raises(SourceError) as caught:
        build(sources_copy, tmp_path / "out.db")
    assert f"figures.csv, line {line}: figure F041: the note says the source was attributed" in str(
        caught.value
    )


def test_a_repeated_source_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = row_of(sources_copy, "figures", "F041")
    line = edit_cell(sources_copy, "figures", row, "source_ids", "S79;S75;S79")
    with pytest.raises(SourceError, match=rf"line {line}: source_ids repeats an id"):
        build(sources_copy, tmp_path / "out.db")


def test_every_source_is_linked_in_order_and_the_first_is_source_id(built_db: Path) -> None:
    with sqlite3.connect(built_db) as conn:
        linked = [
            row[0]
            for row in conn.execute(
                "select source_id from figure_sources where figure_id = 'F041' order by position"
            )
        ]
        first = conn.execute("select source_id from figures where id = 'F041'").fetchone()[0]
        several = conn.execute(
            "select count(*) from (select figure_id from figure_sources group by figure_id "
            "having count(*) > 1)"
        ).fetchone()[0]
        notes = conn.execute("select count(*) from figures where note like '%attributed to%'")
        attributed = notes.fetchone()[0]
    assert linked == ["S79", "S75", "S76", "S77", "S78", "S80", "S82"]
    assert first == "S79"
    assert several >= 80
    assert attributed == 0
