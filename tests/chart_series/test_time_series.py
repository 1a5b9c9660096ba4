"""Points and series over time: merged, conflicting, converted, ordered (Qt-free)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop import dates
from jimo_desktop.chart_series.time_series import Series, main_series_index, time_series
from jimo_desktop.chart_series.units import EXACT, MORE
from tests.chart_series.factories import fig


def test_points_are_ordered_by_period_middle_incl_halves_quarters_and_ranges() -> None:
    periods = ["2021", "2019-H2", "2019-Q1", "2018/2019", "/2020-09", "2020-H1", "2019"]
    figures = [fig(p, float(i + 1)) for i, p in enumerate(periods)]
    # One period each of a kind may share a chart only in a test: min_periods=1.
    points = [p for s in time_series(figures, min_periods=1) for p in s.points]
    xs = [p.x for p in points]
    assert len(points) == len(periods)
    series = Series("GDP", "亿元", tuple(sorted(points, key=lambda p: p.x)))
    xs = [p.x for p in series.points]
    assert xs == sorted(xs)
    by_period = {p.period: p for p in series.points}
    for period in periods:
        expected = dates.period(period).middle_year
        assert by_period[period].x == pytest.approx(expected)
    # An open range sits at its known end.
    assert by_period["/2020-09"].x == pytest.approx(dates.Span("", "2020-09-30").middle_year)
    assert by_period["/2020-09"].x_start is None
    # The order, by the middle of each period.
    assert [p.period for p in series.points] == [
        "2018/2019",
        "2019-Q1",
        "2019",
        "2019-H2",
        "2020-H1",
        "/2020-09",
        "2021",
    ]
    # The span bar covers the whole period: a year from 1 Jan to the next 1 Jan.
    assert (by_period["2021"].x_start, by_period["2021"].x_end) == (2021.0, 2022.0)


def test_points_carry_value_qualifier_period_and_source() -> None:
    figures = [
        fig("2019", 100.0, sid="S7", grade="A"),
        fig("2020", 120.0, qualifier=">", sid="S8", grade="C", text=">120"),
    ]
    (series,) = time_series(figures)
    first, second = series.points
    assert (first.value, first.qualifier_class, first.period_label) == (100.0, EXACT, "2019")
    assert (first.source_id, first.source_title, first.grade) == ("S7", "Report S7 即墨", "A")
    assert second.qualifier == ">" and second.qualifier_class == MORE
    assert second.published == ">120 亿元"
    assert not first.conflict and not second.conflict
    assert series.unit == "亿元" and series.unit_label == "亿元 (100 million yuan)"


def test_a_metric_needs_two_periods_to_be_a_series() -> None:
    figures = [
        fig("2019", 1.0, metric="Towns", unit="towns"),
        fig("2019", 1.0, metric="Towns", unit="towns", sid="S2"),
        fig("2019", 5.0, metric="GDP"),
        fig("2020", 6.0, metric="GDP"),
    ]
    assert [s.metric for s in time_series(figures)] == ["GDP"]


def test_conflicting_values_are_separate_points_labelled_by_source() -> None:
    figures = [
        fig("2016", 16.0, metric="Universities", unit="universities", sid="S75"),
        fig("2016", 16.0, metric="Universities", unit="universities", sid="S78", grade="A"),
        fig("2017", 18.0, metric="Universities", unit="universities", sid="S17"),
        fig("2017", 22.0, metric="Universities", unit="universities", sid="S80"),
    ]
    (series,) = time_series(figures)
    agreed, *disputed = series.points
    # Agreeing sources share one point and keep both sources.
    assert agreed.period == "2016" and not agreed.conflict
    assert [s.id for s in agreed.sources] == ["S75", "S78"]
    assert agreed.source_label == "S75 · B, S78 · A"
    # Disagreeing sources stay apart, flagged, each with its own source.
    assert [(p.value, p.source_label, p.conflict) for p in disputed] == [
        (18.0, "S17 · B", True),
        (22.0, "S80 · B", True),
    ]
    # The line does not pick a winner: it skips the disputed period.
    assert series.line("year") == (agreed,)
    assert series.has_conflicts


def test_series_mixing_units_of_one_quantity_use_the_common_unit() -> None:
    figures = [
        fig("2019-H1", 765.3),
        fig("2020-H1", 55.58, unit="bn yuan"),
        fig("2021-H1", 800.0),
    ]
    (series,) = time_series(figures)
    assert series.unit == "亿元"
    converted = [p for p in series.points if p.converted]
    assert [(p.period, p.value, p.published) for p in converted] == [
        ("2020-H1", pytest.approx(555.8), "55.58 bn yuan")
    ]
    assert series.converted


def test_periods_of_another_length_are_a_series_of_their_own() -> None:
    figures = [fig(p, float(i)) for i, p in enumerate(["2019", "2019-H1", "2020", "2020-H1"])]
    years, halves = time_series(figures)
    assert (years.length, halves.length) == ("year", "half-year")
    assert [p.period for p in years.line("year")] == ["2019", "2020"]
    assert [p.period for p in halves.line("half-year")] == ["2019-H1", "2020-H1"]
    assert years.bases == ("year",) and halves.bases == ("half-year",)


def test_a_lone_period_of_another_length_is_left_out_of_the_full_year_chart() -> None:
    # Jimo's GDP as published: full years, two half-years and one Jan–Sep period.
    periods = ["2002", "2008", "2019-H1", "2020-H1", "2020", "2022", "2023", "2024-Q1/2024-Q3"]
    figures = [fig(p, 100.0 + i) for i, p in enumerate(periods)]
    years, halves = time_series(figures)
    assert {p.basis for p in years.points} == {"year"}
    assert [p.period for p in halves.points] == ["2019-H1", "2020-H1"]
    assert [f.period for f in years.other_periods] == ["2024-Q1/2024-Q3"]
    assert halves.other_periods == ()
    used = [f.id for s in (years, halves) for f in (*s.figures, *s.other_periods)]
    assert sorted(used) == sorted(f.id for f in figures)


def test_figures_without_period_or_value_are_reported_not_plotted() -> None:
    figures = [fig("2019", 1.0), fig("2020", 2.0), fig("", 3.0), fig("2021", None, text="n/a")]
    (series,) = time_series(figures)
    assert len(series.points) == 2
    assert len(series.not_plotted) == 2


def test_main_series_prefers_gdp_then_the_longest() -> None:
    a = time_series([fig(p, 1.0, metric="Towns", unit="t") for p in ("2001", "2002", "2003")])
    b = time_series([fig(p, 1.0) for p in ("2001", "2002")])
    assert main_series_index(a + b) == 1
    assert main_series_index(a) == 0
    assert main_series_index([]) == -1


# --------------------------------------------------------------------------- properties

_PERIODS = st.sampled_from(
    ["2019", "2020", "2019-H1", "2020-H2", "2021-Q3", "2018/2020", "/2020-09", "2017-05", ""]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _PERIODS,
            st.one_of(st.none(), st.floats(-1e9, 1e9, allow_nan=False)),
            st.sampled_from(["=", ">", "~", "<="]),
            st.sampled_from(["亿元", "bn yuan", "km²", "亩"]),
        ),
        max_size=12,
    )
)
def test_any_figures_give_ordered_series_using_each_figure_once(entries) -> None:
    figures = [
        fig(p, v, qualifier=q, unit=u, sid=f"S{i}") for i, (p, v, q, u) in enumerate(entries)
    ]
    for series in time_series(figures):
        xs = [p.x for p in series.points]
        assert xs == sorted(xs)
        used = [f.id for p in series.points for f in p.figures] + [f.id for f in series.not_plotted]
        assert len(used) == len(set(used))
        assert {p.basis for p in series.points} == {series.length}  # one length per axis
        assert len(series.periods) >= 2
        assert all(sys.float_info.max > abs(p.value) for p in series.points)


def test_a_year_end_stands_with_full_years_and_another_month_does_not() -> None:
    """ "End of 2016" (``2016-12``) is the reading of a count at the year's end: it joins the
    years, drawn at its own time; a figure of June is of another length and is left out."""
    towns = [fig("2008", 18, metric="Towns"), fig("2010", 18, metric="Towns")]
    year_end = fig("2016-12", 7, metric="Towns")
    june = fig("2018-06", 6, metric="Towns")
    (series,) = time_series([*towns, year_end, june])
    assert series.length == "year"
    assert [p.period for p in series.points] == ["2008", "2010", "2016-12"]
    assert series.points[-1].x > 2016.9  # at the end of its year, not its middle
    assert [f.period for f in series.other_periods] == ["2018-06"]
    assert [p.period for p in series.line("year")] == ["2008", "2010", "2016-12"]  # joined
