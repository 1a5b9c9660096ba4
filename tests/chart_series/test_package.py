"""The package keeps the import path of the one module it replaced: every name code outside
it imports from ``jimo_desktop.chart_series`` is the object its own module defines."""

from __future__ import annotations

import importlib

import pytest

import jimo_desktop.chart_series as cs

# The names the ui and the tests import from ``jimo_desktop.chart_series``, by where they live.
USED_OUTSIDE = {
    "units": (
        "ABOUT",
        "CLASS_LABELS",
        "EXACT",
        "LESS",
        "MORE",
        "QUALIFIER_CLASSES",
        "convert",
        "format_number",
        "qualifier_class",
        "qualifier_words",
        "unit_label",
    ),
    "periods": ("basis_label", "period_basis"),
    "time_series": ("Point", "Series", "main_series_index", "time_series"),
    "bars": (
        "COUNTS",
        "Bar",
        "BarSeries",
        "Chart",
        "comparison",
        "comparisons_for",
        "peer_figures",
    ),
    "dashboard": ("DashboardData", "dashboard_data", "events_per_year"),
    "chart_csv": ("COUNT_COLUMNS", "FIGURE_COLUMNS", "csv_table", "file_stem"),
}


@pytest.mark.parametrize("module_name", sorted(USED_OUTSIDE))
def test_names_used_outside_are_re_exported(module_name: str) -> None:
    module = importlib.import_module(f"jimo_desktop.chart_series.{module_name}")
    for name in USED_OUTSIDE[module_name]:
        assert getattr(cs, name) is getattr(module, name), name
        assert name in cs.__all__


def test_every_exported_name_resolves() -> None:
    missing = [name for name in cs.__all__ if not hasattr(cs, name)]
    assert missing == []


def test_time_series_from_the_package_is_the_function_not_its_module() -> None:
    from jimo_desktop.chart_series import time_series

    assert callable(time_series)
    assert time_series([]) == []
