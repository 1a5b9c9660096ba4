"""Hover text of points and bars, as shown (Qt-free)."""

from __future__ import annotations

from jimo_desktop.catalog import Catalog
from jimo_desktop.chart_series.dashboard import dashboard_data
from jimo_desktop.chart_series.time_series import time_series
from jimo_desktop.chart_series.words import describe_bar, describe_point
from tests.chart_series.factories import fig


def test_hover_words_for_a_point_say_value_unit_period_qualifier_and_source() -> None:
    figures = [fig("2019", 900.0), fig("2021", 1000.0, qualifier=">", sid="S52", grade="C")]
    (series,) = time_series(figures)
    text = "\n".join(describe_point(series, series.points[1]))
    for part in ("GDP", "2021", "more than 1,000 亿元", "亿元 = 100 million yuan", "S52"):
        assert part in text
    assert "grade C" in text and "Report S52 即墨" in text


def test_hover_words_for_count_bars_list_what_is_counted(catalog: Catalog) -> None:
    chart = dashboard_data(catalog).parks_by_kind
    lines = describe_bar(chart, chart.bars[0], limit=2)
    assert lines[0] == "Development zones: 6 parks"
    assert lines[-2] == "… and 4 more"
