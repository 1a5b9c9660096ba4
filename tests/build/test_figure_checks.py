"""A figure writes its scale once: the build refuses "1.1 million" with unit "million m²"."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jimo_desktop import paths
from jimo_desktop.build import SourceError, build
from jimo_desktop.build.figure_checks import repeated_scale, scale_words, unit_scale_word
from tests.build.edit_sources import edit_cell


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1.1 million", ["million"]),
        ("~10bn yuan", ["billion"]),
        ("US$340m", ["million"]),
        ("51k", ["thousand"]),
        ("21万", ["万"]),
        ("765.3 (+6.7%)", []),
        ("800 m runway", []),  # metres, not a million
        ("6,500m²", []),
        ("200 million m/yr", ["million"]),
    ],
)
def test_scale_words_of_a_value_text(text: str, words: list[str]) -> None:
    assert scale_words(text) == words


@pytest.mark.parametrize(
    ("unit", "word"),
    [
        ("million m²", "million"),
        ("万 persons", "万"),
        ("亿元", "亿"),
        ("bn yuan", "billion"),
        ("m²", ""),
        ("m/yr", ""),
        ("million", ""),  # a bare word is the unit itself, not a scale of one
        ("", ""),
    ],
)
def test_the_scale_a_unit_starts_with(unit: str, word: str) -> None:
    assert unit_scale_word(unit) == word


@pytest.mark.parametrize(
    ("value_text", "unit"),
    [("1.1 million", "million m²"), ("21万", "万 m²"), ("US$340m", "million US$")],
)
def test_build_refuses_a_figure_that_writes_its_scale_twice(
    sources_copy: Path, tmp_path: Path, value_text: str, unit: str
) -> None:
    edit_cell(sources_copy, "figures", 0, "value_text", value_text)
    line = edit_cell(sources_copy, "figures", 0, "unit", unit)
    output = tmp_path / "out.db"
    with pytest.raises(SourceError) as caught:
        build(sources_copy, output)
    text = str(caught.value)
    assert f"figures.csv, line {line}: figure F001:" in text
    assert f"{value_text} {unit}" in text  # what the reader would have seen
    assert not output.exists()


def test_no_source_figure_writes_its_scale_twice() -> None:
    with (paths.source_data_dir() / "figures.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 310  # the whole file was read
    doubled = [r["id"] for r in rows if repeated_scale(r["value_text"], r["unit"])]
    assert doubled == []
