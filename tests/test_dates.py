from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jimo_desktop import dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019", "2019-01-01", "2019-12-31"),
        ("1992-05", "1992-05-01", "1992-05-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2018-05-28", "2018-05-28", "2018-05-28"),
        ("2019-H1", "2019-01-01", "2019-06-30"),
        ("2020-H2", "2020-07-01", "2020-12-31"),
        ("2024-Q3", "2024-07-01", "2024-09-30"),
        ("2024-Q1/2024-Q3", "2024-01-01", "2024-09-30"),
        ("2022/2024", "2022-01-01", "2024-12-31"),
        ("/2020-09", "", "2020-09-30"),
        ("2015/", "2015-01-01", ""),
    ],
)
def test_period_spans(text: str, start: str, end: str) -> None:
    assert dates.period(text) == dates.Span(start, end)


@pytest.mark.parametrize(
    "text",
    [
        "19",
        "2019-13",
        "2019-02-30",
        "2019-H3",
        "2019-Q5",
        "2020/2019",
        "/",
        "2019//2020",
        "abc",
        "",
    ],
)
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(dates.PeriodError):
        dates.period(text)


def test_partial_dates_refuse_quarters_and_ranges() -> None:
    with pytest.raises(dates.PeriodError):
        dates.partial_date("2019-H1")
    with pytest.raises(dates.PeriodError):
        dates.partial_date("2019/2020")
    with pytest.raises(dates.PeriodError):
        dates.date_range("/2020")
    assert dates.date_range("2019-10-27/2019-10-28") == dates.Span("2019-10-27", "2019-10-28")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2019-H1", "H1 2019"),
        ("2018-05-28", "28 May 2018"),
        ("/2020-09", "to Sep 2020"),
        ("2024-Q1/2024-Q3", "Q1 2024 – Q3 2024"),
        ("2015", "2015"),
        ("", ""),
    ],
)
def test_describe(text: str, words: str) -> None:
    assert dates.describe(text) == words


def test_middle_year_orders_half_years() -> None:
    first = dates.period("2019-H1").middle_year
    second = dates.period("2019-H2").middle_year
    assert first is not None and second is not None
    assert 2019 < first < second < 2020


@given(st.text(max_size=30))
def test_period_raises_only_period_error(text: str) -> None:
    with contextlib.suppress(dates.PeriodError):
        dates.period(text)
