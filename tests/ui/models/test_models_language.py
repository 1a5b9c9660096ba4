"""The item models follow the interface's language without a reset.

On a switch every model says its headers and rows again (``headerDataChanged``,
``dataChanged``), never ``modelReset``, so the views keep their selection; the tables
with two names put the Chinese one first in Chinese, and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from jimo_desktop import schema
from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.comparison import compare
from jimo_desktop.items import Figure, ItemKind, ItemRef, Park
from jimo_desktop.ui.kind_labels import data_word
from jimo_desktop.ui.models.compare_model import CompareModel
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.models.park_tree_model import ParkTreeModel
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.search_results_model import SearchResultsModel
from jimo_desktop.ui.models.shortlist_model import ShortlistModel, ShortlistRow
from tests.conftest import detail_of
from tests.ui.panes.language_switch import LanguageSwitch, language_switch

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
PARKS = [PARK, ItemRef(ItemKind.PARK, "blue-valley")]
DISPLAY = Qt.ItemDataRole.DisplayRole
CHINESE = {
    "ParkTreeModel": {"Development zones": "开发区", "{name} ({count})": "{name}（{count}）"},
    "RelatedModel": {"Name": "名称", "English name": "英文名称", "Type": "类型"},
    "ShortlistModel": {"Name": "名称", "English name": "英文名称"},
    "FiguresModel": {"Metric": "指标", "Period": "时期"},
    "CompareModel": {"English name": "英文名称", "Kind": "类型", "Compared": "比较项"},
    "Vocabulary": {"stated": "明确陈述"},
    "search": {"Parks and zones": "园区"},
}


@pytest.fixture
def switch(qapp, tmp_path: Path) -> Iterator[LanguageSwitch]:
    with language_switch(qapp, tmp_path, CHINESE) as switch:
        yield switch


def header(model: QAbstractItemModel, section: int) -> str:
    return model.headerData(section, Qt.Orientation.Horizontal, DISPLAY)


def text(model: QAbstractItemModel, row: int, column: int = 0, parent=QModelIndex()) -> str:
    return model.index(row, column, parent).data(DISPLAY)


def watch(model: QAbstractItemModel) -> dict[str, list]:
    """The signals a model sends, by name (the parent of each dataChanged)."""
    seen: dict[str, list] = {"header": [], "data": [], "reset": [], "layout": []}
    model.headerDataChanged.connect(lambda *args: seen["header"].append(args))
    model.dataChanged.connect(lambda first, *_: seen["data"].append(first.parent()))
    model.modelReset.connect(lambda: seen["reset"].append(True))
    model.layoutChanged.connect(lambda *_: seen["layout"].append(True))
    return seen


def test_the_related_table_puts_the_chinese_name_first(switch, catalog: Catalog) -> None:
    model = RelatedModel()
    model.set_items(detail_of(catalog, PARK).related)
    row = next(r for r, item in enumerate(model.rows()) if item.name and item.name_zh)
    item = model.item(row)
    seen = watch(model)
    switch.chinese()
    assert [header(model, c) for c in range(3)] == ["名称", "英文名称", "类型"]
    assert (text(model, row, 0), text(model, row, 1)) == (item.name_zh, item.name)
    assert model.export_keys()[RelatedModel.NAME] == "name_zh"
    assert seen["header"] and seen["data"] and not seen["reset"]
    switch.english()
    assert [header(model, c) for c in range(3)] == ["Name", "Chinese name", "Type"]
    assert (text(model, row, 0), text(model, row, 1)) == (item.name, item.name_zh)
    assert model.export_keys()[RelatedModel.NAME] == "name_en"


def test_the_shortlist_puts_the_chinese_name_first(switch, catalog: Catalog) -> None:
    named = catalog.related(PARK)
    assert named is not None and named.name_zh
    model = ShortlistModel()
    model.set_rows([ShortlistRow(PARK, named.name, named.name_zh, note="a note")])
    seen = watch(model)
    switch.chinese()
    assert (header(model, 0), header(model, 1)) == ("名称", "英文名称")
    assert (text(model, 0, 0), text(model, 0, 1)) == (named.name_zh, named.name)
    assert seen["data"] and not seen["reset"]
    switch.english()
    assert (text(model, 0, 0), text(model, 0, 1)) == (named.name, named.name_zh)


def test_the_figures_table_says_its_headers_and_confidence_again(switch, catalog) -> None:
    model = FiguresModel()
    model.set_figures(detail_of(catalog, PARK).figures)
    figures: list[Figure] = model.figures()
    stated = next(r for r, f in enumerate(figures) if f.confidence == "stated")
    seen = watch(model)
    switch.chinese()
    assert (header(model, FiguresModel.METRIC), header(model, FiguresModel.PERIOD)) == (
        "指标",
        "时期",
    )
    assert text(model, stated, FiguresModel.CONFIDENCE) == "明确陈述"
    assert seen["header"] and seen["data"] and not seen["reset"]
    switch.english()
    assert header(model, FiguresModel.METRIC) == "Metric"
    assert text(model, stated, FiguresModel.CONFIDENCE) == "stated"


def test_the_comparison_heads_its_columns_with_the_first_name(switch, catalog) -> None:
    details = [detail_of(catalog, ref) for ref in PARKS]
    model = CompareModel()
    model.set_comparison(compare(details, {r: catalog.item_sources(r) for r in PARKS}))
    names = [(d.item.name_en, d.item.name_zh) for d in details]
    seen = watch(model)
    switch.chinese()
    assert [header(model, c + 1) for c in range(2)] == [zh for _, zh in names]
    assert header(model, 0) == "比较项"
    assert text(model, 0, 0) == "英文名称"  # the row of the other names
    assert [text(model, 0, c + 1) for c in range(2)] == [en for en, _ in names]
    assert seen["header"] and seen["data"] and not seen["reset"]
    switch.english()
    assert [header(model, c + 1) for c in range(2)] == [en for en, _ in names]
    assert text(model, 0, 0) == "Chinese name"
    assert [text(model, 0, c + 1) for c in range(2)] == [zh for _, zh in names]


def test_the_comparison_lists_industries_by_their_first_name(switch, catalog) -> None:
    details = [detail_of(catalog, ref) for ref in PARKS]
    model = CompareModel()
    comparison = compare(details, {r: catalog.item_sources(r) for r in PARKS})
    model.set_comparison(comparison)
    row = [r.key for r in comparison.rows].index("industries")
    first = details[0].item
    assert isinstance(first, Park) and first.industries
    english = text(model, row, 1)
    assert english.split("; ")[0] == first.industries[0].name
    switch.chinese()
    assert text(model, row, 1).split("; ")[0] == first.industries[0].name_zh
    switch.english()
    assert text(model, row, 1) == english


def test_the_tree_says_every_loaded_row_again(switch, catalog: Catalog) -> None:
    model = ParkTreeModel(catalog, Grouping.KIND)
    first = model.index(0, 0)
    model.fetchMore(first)
    assert model.rowCount(first) > 0
    park = model.index(0, 0, first)
    english = text(model, 0, 0, first)
    seen = watch(model)
    switch.chinese()
    assert text(model, 0) == "开发区（6）"
    assert QModelIndex() in seen["data"] and first in seen["data"]  # both levels
    assert not seen["reset"] and not seen["layout"]
    name_zh = model.index(0, 0, first).data(DISPLAY).split("（")[0]
    assert name_zh and name_zh != english.split(" (")[0]  # the Chinese name first
    assert park.isValid() and park == model.index(0, 0, first)  # the same row
    switch.english()
    assert text(model, 0) == "Development zones (6)"
    assert text(model, 0, 0, first) == english


def test_the_tree_groups_of_industries_lead_with_the_chinese_name(switch, catalog) -> None:
    model = ParkTreeModel(catalog, Grouping.INDUSTRY)
    shown = [
        re.fullmatch(r"(.+) \((\d+)\) · (.+)", text(model, r)) for r in range(model.rowCount())
    ]
    row, found = next((r, m) for r, m in enumerate(shown) if m is not None)
    english, count, chinese = found.groups()
    switch.chinese()
    assert text(model, row) == f"{chinese}（{count}） · {english}"
    switch.english()
    assert text(model, row) == f"{english} ({count}) · {chinese}"


def test_search_results_put_the_chinese_title_first(switch, catalog: Catalog) -> None:
    model = SearchResultsModel()
    model.set_results(catalog.search("blue valley"))
    group = model.index(0, 0)
    assert text(model, 0).startswith("Parks and zones (")
    hit = next(
        model.index(r, 0, group)
        for r in range(model.rowCount(group))
        if " · " in model.index(r, 0, group).data(DISPLAY)
    )
    english, chinese = hit.data(DISPLAY).split(" · ")
    seen = watch(model)
    switch.chinese()
    assert text(model, 0).startswith("园区 (")
    assert hit.data(DISPLAY) == f"{chinese} · {english}"
    assert QModelIndex() in seen["data"] and group in seen["data"] and not seen["reset"]
    switch.english()
    assert hit.data(DISPLAY) == f"{english} · {chinese}"


VOCABULARIES = (
    *schema.LEVELS,
    *schema.PLACE_KINDS,
    *schema.ORGANIZATION_KINDS,
    *schema.PROJECT_ROLES,
)


def test_every_word_of_the_fixed_vocabularies_is_said_in_the_users_words(
    qapp, tmp_path: Path
) -> None:
    marked = {"Vocabulary": {word: f"«{word}»" for word in VOCABULARIES}}
    assert [data_word(word) for word in VOCABULARIES] == list(VOCABULARIES)
    with language_switch(qapp, tmp_path, marked) as switch:
        switch.chinese()
        assert [data_word(word) for word in VOCABULARIES] == [f"«{w}»" for w in VOCABULARIES]
        assert data_word("economic development zone") == "经济开发区"  # the app's own file
        assert data_word("Qingdao Blue Valley") == "Qingdao Blue Valley"  # not a word of it


def test_the_related_table_says_roles_and_kinds_in_the_users_words(qapp, tmp_path, catalog):
    model = RelatedModel()
    model.set_items(detail_of(catalog, ItemRef(ItemKind.PROJECT, "airbus-h135-fal")).related)
    row = next(r for r, item in enumerate(model.rows()) if item.detail in VOCABULARIES)
    word = model.item(row).detail
    with language_switch(qapp, tmp_path, {"Vocabulary": {word: "角色"}}) as switch:
        assert text(model, row, RelatedModel.DETAIL) == word
        switch.chinese()
        assert text(model, row, RelatedModel.DETAIL) == "角色"
