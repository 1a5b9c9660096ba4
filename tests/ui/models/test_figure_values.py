"""Every figure is shown as published: no scale word twice ("1.1 million million m²")."""

from __future__ import annotations

from jimo_desktop.build.figure_checks import scale_words
from jimo_desktop.catalog import Catalog
from jimo_desktop.export.fact_rows import figure_row
from jimo_desktop.ui.models.figures_model import FiguresModel


def _adds_a_scale(published: str, shown: str) -> bool:
    """Whether ``shown`` writes a scale beyond those of a published text that has one."""
    own = scale_words(published)
    return bool(own) and len(scale_words(shown)) > len(own)


def test_no_figure_on_screen_or_in_a_csv_repeats_a_scale_word(
    qtbot: object, catalog: Catalog
) -> None:
    figures = catalog.all_figures()
    assert len(figures) >= 310  # every figure was read
    model = FiguresModel()
    model.set_figures(figures)
    shown = {
        figures[row].id: model.index(row, FiguresModel.VALUE).data() for row in range(len(figures))
    }
    published = {f.id: f.value_text for f in figures}
    doubled = {fid: text for fid, text in shown.items() if _adds_a_scale(published[fid], text)}
    assert doubled == {}
    exported = {f.id: str(figure_row(f)["value_as_published"]) for f in figures}
    assert {i: t for i, t in exported.items() if _adds_a_scale(published[i], t)} == {}


def test_a_scaled_figure_reads_as_published_and_keeps_its_size(catalog: Catalog) -> None:
    by_id = {f.id: f for f in catalog.all_figures()}
    assert by_id["F064"].display_value == "1.1 million m²"
    assert (by_id["F064"].value, by_id["F064"].unit) == (1_100_000, "m²")
    assert by_id["F060"].display_value == "21万 m²"
    assert by_id["F115"].display_value == "US$340m"
    assert (by_id["F115"].value, by_id["F115"].unit) == (340_000_000, "US$")
