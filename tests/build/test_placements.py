"""Where parks are: every link to a place has a source and agrees with the park's places."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from tests.build.edit_sources import edit_cell


def test_a_link_without_a_source_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = edit_cell(sources_copy, "park_places", 1, "source_id", "")
    with pytest.raises(SourceError, match=rf"park_places.csv, line {line}: .*source_id"):
        build(sources_copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_place_named_without_a_sourced_link_is_refused(
    sources_copy: Path, tmp_path: Path
) -> None:
    line = edit_cell(sources_copy, "parks", 1, "place_ids", "longquan;tongji")
    with pytest.raises(
        SourceError, match=rf"parks.csv, line {line}: place_ids: 'tongji' has no sourced link"
    ):
        build(sources_copy, tmp_path / "out.db")


def test_a_link_the_park_does_not_name_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = edit_cell(sources_copy, "park_places", 1, "place_id", "tongji")
    with pytest.raises(SourceError, match=rf"park_places.csv, line {line}: park 'auto-new-city'"):
        build(sources_copy, tmp_path / "out.db")


def test_every_park_is_placed_with_sources(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        unplaced = conn.execute(
            "select id from parks where id not in (select park_id from park_places)"
        ).fetchall()
        sourceless = conn.execute(
            "select count(*) from park_places pp left join sources s on s.id = pp.source_id "
            "where s.id is null"
        ).fetchone()[0]
        blue_valley = conn.execute(
            "select place_id from park_places where park_id = 'blue-valley' order by position"
        ).fetchall()
    finally:
        conn.close()
    assert unplaced == []
    assert sourceless == 0
    assert blue_valley == [("aoshanwei",), ("wenquan",)]
