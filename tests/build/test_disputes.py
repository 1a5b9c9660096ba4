"""Disputes: figures that disagree are declared as one dispute, never drawn as a trend.

The build refuses values that disagree for one subject, metric and period unless a dispute
of ``disputes.csv`` holds them (also the false conflict of a period written more coarsely
than its source gives it), and a dispute that is not one: a single figure, a figure in two
disputes, figures of several subjects, figures that all agree.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from tests.build.edit_sources import edit_cell, row_of


def _refused(sources: Path, tmp_path: Path) -> str:
    with pytest.raises(SourceError) as caught:
        build(sources, tmp_path / "out.db")
    return str(caught.value)


def _disputes(sources: Path) -> dict[str, dict[str, str]]:
    with (sources / "disputes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def test_disagreeing_figures_without_a_dispute_are_refused(
    sources_copy: Path, tmp_path: Path
) -> None:
    figures = _disputes(sources_copy)["D01"]["figure_ids"].split(";")
    kept = [f for f in figures if f not in ("F001", "F005")]  # the two undated areas
    edit_cell(sources_copy, "disputes", row_of(sources_copy, "disputes", "D01"), "figure_ids",
              ";".join(kept))  # fmt: skip
    text = _refused(sources_copy, tmp_path)
    assert "figures F001, F005 give different values of 'Area' for 'jimo'" in text
    assert "no dispute in disputes.csv holds them all" in text


def test_a_period_coarser_than_its_source_makes_a_refused_conflict(
    sources_copy: Path, tmp_path: Path
) -> None:
    # S80's universities are of "end 2017" (2017-12); S17's of about early 2017 (2017).
    line = edit_cell(sources_copy, "figures", row_of(sources_copy, "figures", "F230"), "period",
                     "2017")  # fmt: skip
    text = _refused(sources_copy, tmp_path)
    assert "'Universities' for 'blue-valley', period '2017'" in text
    assert "('2017-12' for 'end 2017')" in text
    assert "figures.csv, line" in text and line > 2


@pytest.mark.parametrize(
    ("figure_ids", "message"),
    [
        ("F176", "names 1 figure(s): a dispute is between two or more"),
        ("F150;F200", "mixes the figures of several subjects"),
        ("F175;F176", "its figures all give the same value, so nothing is disputed"),
    ],
)
def test_a_dispute_that_is_not_one_is_refused(
    sources_copy: Path, tmp_path: Path, figure_ids: str, message: str
) -> None:
    path = sources_copy / "disputes.csv"
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            ["D99", "disputed", figure_ids, "a test dispute", "the test"]
        )
    text = _refused(sources_copy, tmp_path)
    assert f"dispute D99 {message}" in text or f"dispute D99: {message}" in text


def test_a_figure_in_two_disputes_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / "disputes.csv"
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(
            ["D99", "not comparable", "F168;F150", "a test dispute", "the test"]
        )
    assert "dispute D99: figure F168 is already in dispute D02" in _refused(sources_copy, tmp_path)


def test_disputes_are_stored_with_their_figures_in_order(built_db: Path) -> None:
    with sqlite3.connect(built_db) as conn:
        kinds = dict(conn.execute("select id, kind from disputes"))
        area = [
            row[0]
            for row in conn.execute(
                "select figure_id from dispute_figures where dispute_id = 'D01' order by position"
            )
        ]
    assert kinds["D01"] == "disputed" and kinds["D02"] == "not comparable"
    assert area == ["F001", "F002", "F003", "F004", "F005"]
