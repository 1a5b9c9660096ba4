"""Reading the sources: bad cells, keys and headers are refused with their file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from tests.build.edit_sources import edit_cell, first_value


@pytest.mark.parametrize(
    ("table", "column", "value", "message"),
    [
        ("figures", "source_ids", "", "a fact without a source"),
        ("parks", "source_ids", "", "a fact without a source"),
        ("figures", "source_ids", "S999", "unknown sources 'S999'"),
        ("parks", "parent_id", "no-such-park", "unknown parks 'no-such-park'"),
        ("figures", "subject_id", "no-such-thing", "unknown"),
        ("figures", "value", "12,5", "is not a number"),
        ("figures", "qualifier", "about", "is not one of"),
        ("figures", "period", "2019-H3", "period"),
        ("parks", "founded", "1992-13", "month 13 does not exist"),
        ("events", "date", "someday", "is not a date"),
        ("sources", "grade", "D", "is not one of"),
        ("claims", "status", "maybe", "is not one of"),
        ("figures", "metric", "Area (guessed)", "'Area (guessed)' is not in metrics.csv"),
        ("metrics", "integer", "maybe", "is not one of"),
        ("metrics", "unit_family", "weight", "is not one of"),
        ("metrics", "label_zh_source", "S999", "unknown sources 'S999'"),
    ],
)
def test_bad_sources_are_refused_with_file_and_line(
    sources_copy: Path, tmp_path: Path, table: str, column: str, value: str, message: str
) -> None:
    line = edit_cell(sources_copy, table, 2, column, value)
    output = tmp_path / "out.db"
    with pytest.raises(SourceError) as caught:
        build(sources_copy, output)
    text = str(caught.value)
    assert f"{table}.csv, line {line}:" in text
    assert message in text
    assert not output.exists()
    assert list(tmp_path.glob(".out.db.*")) == []


def test_duplicate_id_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    first_id = first_value(sources_copy, "parks", "id", 0)
    line = edit_cell(sources_copy, "parks", 1, "id", first_id)
    with pytest.raises(SourceError, match=rf"parks.csv, line {line}: duplicate id='{first_id}'"):
        build(sources_copy, tmp_path / "out.db")


def test_missing_column_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / "events.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title_en", "title", 1), encoding="utf-8")
    with pytest.raises(SourceError, match=r"events.csv, line 1: missing column\(s\) title_en"):
        build(sources_copy, tmp_path / "out.db")


def test_excel_saved_sources_with_bom_and_crlf_still_build(
    sources_copy: Path, tmp_path: Path
) -> None:
    path = sources_copy / "industries.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    counts = build(sources_copy, tmp_path / "out.db")
    assert counts["industries"] == text.count("\n") - 1


def test_the_metric_vocabulary_is_stored_with_the_figures(built_db: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(built_db)
    try:
        loose = conn.execute(
            "select count(*) from figures where metric not in (select metric from metrics)"
        ).fetchone()[0]
        row = conn.execute(
            "select group_key, label_zh, label_zh_source, integer, unit_family from metrics "
            "where metric = 'Area (core)'"
        ).fetchone()
    finally:
        conn.close()
    assert loose == 0
    assert row == ("area", "核心区面积", None, "no", "area")
