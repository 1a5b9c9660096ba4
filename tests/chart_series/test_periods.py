"""Periods on the time axis: where each lies, and its kind in words (Qt-free)."""

from __future__ import annotations

import pytest

from jimo_desktop import dates
from jimo_desktop.chart_series.periods import axis_range, basis_label, period_basis


@pytest.mark.parametrize(
    ("period", "basis"),
    [
        ("2020", "year"),
        ("2019-H1", "half-year"),
        ("2019-Q3", "quarter"),
        ("2020-07", "month"),
        ("2020-11-01", "day"),
        ("2024-Q1/2024-Q3", "months:01-09"),
        ("2022/2024", "years"),
        ("/2020-09", "to-date"),
        ("2018/", "from-date"),
    ],
)
def test_period_basis(period, basis) -> None:
    assert period_basis(dates.period(period)) == basis


def test_basis_labels_read_as_words() -> None:
    assert basis_label("months:01-09") == "Jan–Sep periods"
    assert basis_label("half-year") == "half-years"


def test_a_period_covers_its_first_day_to_the_day_after_its_last() -> None:
    assert axis_range(dates.period("2021")) == (2021.0, 2022.0)
    start, end = axis_range(dates.period("2020-H2"))
    assert start == pytest.approx(2020 + 182 / 366) and end == 2021.0
    # An open range has no start on the axis.
    assert axis_range(dates.period("/2020-09")) == (None, pytest.approx(2020 + 274 / 366))
