"""Doubt: a figure whose note calls it doubtful or mis-dated says why in ``doubt``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from tests.build.edit_sources import edit_cell, row_of


def test_a_note_of_doubt_without_a_doubt_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = edit_cell(sources_copy, "figures", row_of(sources_copy, "figures", "F176"), "doubt", "")
    with pytest.raises(SourceError) as caught:
        build(sources_copy, tmp_path / "out.db")
    text = str(caught.value)
    assert f"figures.csv, line {line}: figure F176: the note says 'mis-dated'" in text
    assert "write why the figure is doubtful in doubt" in text


@pytest.mark.parametrize("note", ["this value looks wrong", "doubtful (grade C)", "not preferred"])
def test_each_word_of_doubt_needs_its_reason(sources_copy: Path, tmp_path: Path, note: str) -> None:
    edit_cell(sources_copy, "figures", row_of(sources_copy, "figures", "F171"), "note", note)
    with pytest.raises(SourceError, match="figure F171: the note says"):
        build(sources_copy, tmp_path / "out.db")


def test_doubt_is_stored(built_db: Path) -> None:
    with sqlite3.connect(built_db) as conn:
        doubted = dict(conn.execute("select id, doubt from figures where doubt is not null"))
    assert set(doubted) == {"F176"}
    assert "mis-dated" in doubted["F176"]
