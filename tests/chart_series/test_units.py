"""Units, their conversion and meaning, qualifiers and numbers (Qt-free)."""

from __future__ import annotations

import pytest

from jimo_desktop.chart_series.units import (
    ABOUT,
    EXACT,
    LESS,
    MORE,
    convert,
    format_number,
    qualifier_class,
    qualifier_words,
    unit_label,
    whole_tick_spacing,
)


@pytest.mark.parametrize(
    ("unit", "label"),
    [
        ("亿元", "亿元 (100 million yuan)"),
        ("亿元/yr", "亿元/yr (100 million yuan per year)"),
        ("万 m²", "万 m² (10,000 m²)"),
        ("万 persons", "万 persons (10,000 persons)"),
        ("亿 US$", "亿 US$ (100 million US$)"),
        ("km²", "km²"),
        ("vehicles/yr", "vehicles/yr"),
        ("", ""),
    ],
)
def test_unit_labels_explain_large_chinese_units(unit, label) -> None:
    assert unit_label(unit) == label


def test_mu_and_billions_are_explained() -> None:
    assert "15 亩 = 1 hectare" in unit_label("亩")
    assert "10 亿元" in unit_label("bn yuan")


@pytest.mark.parametrize(
    ("value", "source_unit", "target_unit", "expected"),
    [
        (55.58, "bn yuan", "亿元", 555.8),
        (1_238_300, "persons", "万 persons", 123.83),
        (2000, "亩", "km²", 4 / 3),
        (26, "ha", "km²", 0.26),
        (1.6, "万 m²", "m²", 16_000),
        (7, "亿元", "亿元", 7),
    ],
)
def test_units_convert_only_by_exact_factors(value, source_unit, target_unit, expected) -> None:
    assert convert(value, source_unit, target_unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("source_unit", "target_unit"),
    [("km²", "persons"), ("亿元", "亿元/yr"), ("million US$", "亿元"), ("rank", "%")],
)
def test_different_quantities_do_not_convert(source_unit, target_unit) -> None:
    assert convert(1.0, source_unit, target_unit) is None


@pytest.mark.parametrize(
    ("qualifier", "cls", "words"),
    [
        ("=", EXACT, "exact"),
        ("", EXACT, "exact"),
        (">", MORE, "more than"),
        (">=", MORE, "at least"),
        ("<", LESS, "less than"),
        ("<=", LESS, "up to"),
        ("~", ABOUT, "about"),
    ],
)
def test_qualifier_classes_and_words(qualifier, cls, words) -> None:
    assert qualifier_class(qualifier) == cls
    assert qualifier_words(qualifier) == words


@pytest.mark.parametrize(
    ("value", "text"),
    [(1278.36, "1,278.36"), (160.0, "160"), (4 / 3, "1.333"), (1_336_077, "1,336,077")],
)
def test_numbers_are_formatted_for_reading(value, text) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("low", "high", "step"),
    [(0, 1.5, 1.0), (0.5, 3.5, 1.0), (0, 12, 2.0), (0, 30, 5.0), (0, 200, 50.0), (1, 1, 1.0)],
)
def test_whole_tick_spacing_is_a_whole_number(low: float, high: float, step: float) -> None:
    spacing = whole_tick_spacing(low, high)
    assert spacing == step
    assert spacing >= 1 and spacing == int(spacing)
    assert (high - low) / spacing <= 6
