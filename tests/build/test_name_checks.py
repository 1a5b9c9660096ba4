"""Chinese names: published ones, or marked as the project's own; disputed dates not spans."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from jimo_desktop.build.name_checks import (
    PUBLISHED_NAMES_FILE,
    RESEARCH_FILE,
    written_as_a_name,
)
from tests.build.edit_sources import edit_cell, first_value


def _row_of(folder: Path, table: str, item_id: str) -> int:
    index = 0
    while first_value(folder, table, "id", index) != item_id:
        index += 1
    return index


def test_a_name_is_published_only_on_its_own() -> None:
    text = "N1 | 一汽-大众(青岛)华东生产基地 | (信息保密) | 中国·童装小镇 | 即墨区 (Jimo)"
    assert written_as_a_name("一汽-大众(青岛)华东生产基地", text)
    assert written_as_a_name("信息保密", text)
    assert written_as_a_name("中国·童装小镇", text)
    assert written_as_a_name("即墨区", text)
    assert not written_as_a_name("一汽-大众", text)  # a piece of the base's name
    assert not written_as_a_name("童装小镇", text)
    assert not written_as_a_name("即墨", text)


def test_a_made_up_name_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = edit_cell(sources_copy, "parks", 0, "name_zh", "即墨工业新区")
    with pytest.raises(SourceError, match=rf"parks.csv, line {line}: name_zh '即墨工业新区'"):
        build(sources_copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_shortened_name_marked_published_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = _row_of(sources_copy, "organizations", "faw-vw")
    assert first_value(sources_copy, "organizations", "name_zh", row) == "一汽-大众"
    line = edit_cell(sources_copy, "organizations", row, "name_zh_origin", "published")
    with pytest.raises(SourceError, match=rf"line {line}: name_zh '一汽-大众' .*name_zh_origin"):
        build(sources_copy, tmp_path / "out.db")


def test_a_label_without_its_origin_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = edit_cell(sources_copy, "industries", 0, "name_zh_origin", "")
    with pytest.raises(SourceError, match=rf"industries.csv, line {line}: .*is required"):
        build(sources_copy, tmp_path / "out.db")


def test_the_replaced_industry_term_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = _row_of(sources_copy, "industries", "information-security")
    assert first_value(sources_copy, "industries", "name_zh", row) == "信息保密"
    line = edit_cell(sources_copy, "industries", row, "name_zh", "信息安全")
    with pytest.raises(SourceError, match=rf"line {line}: name_zh '信息安全'"):
        build(sources_copy, tmp_path / "out.db")


def test_an_unpublished_other_name_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = _row_of(sources_copy, "places", "jimo")
    line = edit_cell(sources_copy, "places", row, "aliases", "即墨市;即墨县城")
    with pytest.raises(SourceError, match=rf"places.csv, line {line}: aliases '即墨县城'"):
        build(sources_copy, tmp_path / "out.db")


def test_a_published_name_needs_a_known_source(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / PUBLISHED_NAMES_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("S112", "S999", 1), "utf-8")
    with pytest.raises(SourceError, match=r"published-names.csv, line 2: '市南区'"):
        build(sources_copy, tmp_path / "out.db")


def test_the_research_file_is_required(sources_copy: Path, tmp_path: Path) -> None:
    (sources_copy / RESEARCH_FILE).unlink()
    with pytest.raises(SourceError, match=r"jimo-facts.md: file is missing"):
        build(sources_copy, tmp_path / "out.db")


def test_a_disputed_date_written_as_a_span_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    row = _row_of(sources_copy, "events", "E01")
    assert "S04" in first_value(sources_copy, "events", "date_note", row)
    line = edit_cell(sources_copy, "events", row, "date", "0556/0557")
    with pytest.raises(SourceError, match=rf"events.csv, line {line}: date '0556/0557' is a range"):
        build(sources_copy, tmp_path / "out.db")


def test_own_labels_are_stored_as_such(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        origins = dict(conn.execute("select id, name_zh_origin from organizations").fetchall())
        label = conn.execute(
            "select name_zh, name_zh_origin from industries where id = 'information-security'"
        ).fetchone()
        disputed = conn.execute("select date, date_note from events where id = 'E01'").fetchone()
    finally:
        conn.close()
    assert origins["faw-vw"] == origins["chery"] == "own shortening"
    assert origins["sentury"] == "published"
    assert label == ("信息保密", "published")
    assert disputed[0] == "0557" and "556" in disputed[1]
