"""The comparison model: one dash for every empty cell, metric names from the vocabulary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jimo_desktop.comparison import compare
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.compare_model import EMPTY, CompareModel
from tests.conftest import detail_of
from tests.ui.panes.language_switch import LanguageSwitch, language_switch

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")
FAW = ItemRef(ItemKind.ORGANIZATION, "faw-vw")
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def switch(qapp, tmp_path: Path) -> Iterator[LanguageSwitch]:
    with language_switch(qapp, tmp_path, {}) as switch:
        yield switch


def model_of(catalog, refs: list[ItemRef]) -> CompareModel:
    model = CompareModel()
    model.set_comparison(compare([detail_of(catalog, r) for r in refs]))
    return model


def row_of(model: CompareModel, key: str) -> int:
    comparison = model.comparison()
    assert comparison is not None
    return [r.key for r in comparison.rows].index(key)


def test_every_empty_cell_is_one_dash_with_a_tooltip(catalog) -> None:
    model = model_of(catalog, [AUTO, FAW])
    comparison = model.comparison()
    assert comparison is not None
    empties = [
        (r, c)
        for r, row in enumerate(comparison.rows)
        for c, cell in enumerate(row.cells)
        if not cell.text and not cell.items
    ]
    assert any(not comparison.rows[r].is_metric for r, _ in empties)  # a field row
    assert any(comparison.rows[r].is_metric for r, _ in empties)  # and a metric row
    for r, c in empties:
        index = model.index(r, c + 1)
        assert index.data(DISPLAY) == EMPTY
        assert index.data(TOOLTIP)


def test_area_is_not_shown_twice(catalog) -> None:
    model = model_of(catalog, [EDZ, BLUE, AUTO])
    labels = [model.index(r, 0).data(DISPLAY) for r in range(model.rowCount())]
    assert "Area (latest)" not in labels
    area = row_of(model, "metric:Area")
    assert model.index(area, 2).data(DISPLAY) == EMPTY
    assert labels[area + 1] == "Area (core)"  # the group together
    assert model.index(area + 1, 2).data(DISPLAY).startswith("443")


def test_metric_names_are_chinese_in_chinese_marked_as_own_translation(switch, catalog) -> None:
    model = model_of(catalog, [EDZ, BLUE, AUTO])
    row = row_of(model, "metric:Area (core)")
    assert model.index(row, 0).data(DISPLAY) == "Area (core)"
    switch.chinese()
    assert model.index(row, 0).data(DISPLAY) == "核心区面积 *"
    assert "*" in model.index(row, 0).data(TOOLTIP)
    switch.english()
    assert model.index(row, 0).data(DISPLAY) == "Area (core)"
