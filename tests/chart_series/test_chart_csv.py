"""The CSV behind a chart, and its file name (Qt-free)."""

from __future__ import annotations

from jimo_desktop.chart_series.chart_csv import COUNT_COLUMNS, FIGURE_COLUMNS, csv_table, file_stem
from jimo_desktop.chart_series.dashboard import events_per_year
from jimo_desktop.chart_series.time_series import time_series
from tests.chart_series.factories import fig


def test_csv_table_holds_the_figures_as_published() -> None:
    figures = [fig("2020-H1", 55.58, unit="bn yuan", sid="S14", grade="A"), fig("2021-H1", 700.0)]
    (series,) = time_series(figures)
    columns, rows = csv_table(series)
    assert columns == FIGURE_COLUMNS
    assert rows[0][:7] == ("Jimo District", "GDP", "2020-H1", 55.58, "55.58", "exact", "bn yuan")
    # The source cited (publisher, date, title), not a bare id; address, grade and id beside.
    assert rows[0][7:] == ("Publisher, 2020, Report S14 即墨", "", "A", "S14")


def test_csv_table_of_counts() -> None:
    chart = events_per_year([])
    assert csv_table(chart) == (COUNT_COLUMNS, [])


def test_file_stem() -> None:
    assert file_stem("Jimo District 即墨区", "GDP") == "jimo-district-即墨区-gdp"
    assert file_stem("", "") == "chart"
