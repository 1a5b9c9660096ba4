"""The comparison table (Qt-free): fields, shared metrics, latest figures, disputes."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.chart_series import comparison as chart_comparison
from jimo_desktop.comparison import METRIC_PREFIX, compare
from jimo_desktop.export.tables import comparison_table
from jimo_desktop.figures import latest
from jimo_desktop.items import ItemKind, ItemRef

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")


@pytest.fixture(scope="module")
def three(catalog: Catalog):
    refs = [EDZ, BLUE, AUTO]
    details = [catalog.detail(r) for r in refs]
    return compare(details, {r: catalog.item_sources(r) for r in refs})


def texts(comparison, key: str) -> list[str]:
    return [cell.text for cell in comparison.row(key).cells]


def test_three_parks_side_by_side(three) -> None:
    assert three.refs == (EDZ, BLUE, AUTO)
    assert three.names == (
        "Jimo Economic Development Zone",
        "Qingdao Blue Valley",
        "Qingdao Auto Industry New City",
    )
    assert texts(three, "name_zh") == ["山东省即墨经济开发区", "青岛蓝谷", "青岛汽车产业新城"]
    assert texts(three, "kind") == [
        "economic development zone",
        "strategic zone",
        "industrial functional zone",
    ]
    assert texts(three, "level") == ["provincial", "municipal", "municipal"]
    assert texts(three, "founded") == ["May 1992", "Feb 2012", "2009"]
    assert texts(three, "industries")[2] == "Automotive; New-energy vehicles"
    assert "Marine science" in texts(three, "industries")[1]
    enterprises = texts(three, "key_enterprises")
    assert "FAW-Volkswagen Huadong (East China) production base" in enterprises[2]
    assert "Qingdao Junying Knitting Garment Co." in enterprises[0]


def test_area_is_a_metric_row_with_its_group(three) -> None:
    assert "area" not in {row.key for row in three.rows}  # no second "Area" row
    area = three.metric_row("Area")
    assert [c.text for c in area.cells] == ["13.2 km²", "", ""]
    edz = area.cells[0]
    assert edz.period == "1999" and [s.id for s in edz.sources] == ["S21"]
    assert edz.full_text() == "13.2 km² (1999; S21)"


def test_every_metric_any_item_publishes_grouped_by_the_vocabulary(three, catalog: Catalog) -> None:
    published = {f.metric for ref in three.refs for f in catalog.figures_for(ref)}
    assert set(three.metrics) == published
    assert len(three.metrics) == len(published)
    # Each group's rows are together, the area group (all three publish one) first.
    groups = [row.group for row in three.rows if row.is_metric]
    assert groups[0] == "area"
    runs = [g for i, g in enumerate(groups) if i == 0 or g != groups[i - 1]]
    assert len(runs) == len(set(runs))  # no group comes back after another
    area = [row.key.removeprefix(METRIC_PREFIX) for row in three.rows if row.group == "area"]
    assert area[:2] == ["Area", "Area (core)"]
    core = three.metric_row("Area (core)")
    assert core.metric is not None and core.metric.label_zh == "核心区面积"
    assert [c.text for c in core.cells] == ["27.7 km²", "443 (218 land + 225 sea) km²", "8.53 km²"]
    assert [c.period for c in core.cells] == ["2019", "2012", "2009"]
    assert [s.id for s in core.sources] == ["S23", "S79", "S29"]


def test_investment_metrics_are_grouped_together(catalog: Catalog) -> None:
    base = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")
    refs = [AUTO, base]
    comparison = compare([catalog.detail(r) for r in refs])
    rows = [row for row in comparison.rows if row.is_metric]
    invested = [i for i, row in enumerate(rows) if row.group == "investment"]
    assert len(invested) >= 5
    assert invested == list(range(invested[0], invested[0] + len(invested)))


def test_field_rows_cite_the_items_own_sources(three, catalog: Catalog) -> None:
    level = three.row("level")
    assert [s.id for s in level.cells[0].sources] == [s.id for s in catalog.item_sources(EDZ)]
    industries = three.row("industries").cells[2]
    assert industries.sources, "industry links carry their own sources"


def test_latest_keeps_every_source_of_the_latest_period(catalog: Catalog) -> None:
    figures = catalog.figures_for(ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base"))
    chosen = latest(figures, "Design capacity")
    assert {f.period for f in chosen} == {"2018"}
    assert sorted(f.source.id for f in chosen) == ["S43", "S44", "S45"]


def test_latest_leaves_a_doubtful_figure_out(catalog: Catalog) -> None:
    figures = catalog.figures_for(ItemRef(ItemKind.PLACE, "jimo"))
    gdp = [f for f in figures if f.metric == "GDP" and f.period in ("2022", "2023")]
    assert {f.id for f in gdp if f.doubtful} == {"F176"}  # 2023, looks mis-dated
    assert [f.id for f in latest(gdp)] == ["F175"]
    assert [f.id for f in latest([f for f in gdp if f.doubtful])] == ["F176"]  # all doubtful


def test_a_disputed_cell_shows_every_value_with_its_source(catalog: Catalog) -> None:
    blue = catalog.detail(BLUE)
    edz = catalog.detail(EDZ)
    # Give the EDZ a figure for the metric too, so that the metric is shared.
    borrowed = next(f for f in blue.figures if f.metric == "Universities")
    edz = replace(edz, figures=(*edz.figures, replace(borrowed, subject=EDZ, period="2010")))
    # S80's 22 universities are of end 2017: written as S17's period, the two disagree.
    blue = replace(
        blue,
        figures=tuple(replace(f, period="2017") if f.id == "F230" else f for f in blue.figures),
    )
    comparison = compare([blue, edz])
    cell = comparison.cell(METRIC_PREFIX + "Universities", BLUE)
    assert cell.disputed
    assert cell.text == "18 universities (S17) / 22 universities (S80)"
    assert not comparison.cell(METRIC_PREFIX + "Universities", EDZ).disputed


def test_a_value_of_a_dispute_is_a_disputed_cell(catalog: Catalog) -> None:
    blue, edz = catalog.detail(BLUE), catalog.detail(EDZ)
    assert blue is not None and edz is not None
    comparison = compare([blue, edz])
    area = METRIC_PREFIX + "Area"
    assert not comparison.cell(area, EDZ).disputed
    jimo = catalog.detail(ItemRef(ItemKind.PLACE, "jimo"))
    assert jimo is not None
    disputed = next(f for f in jimo.figures if f.dispute is not None and f.metric == "Area")
    edz = replace(
        edz,
        figures=(
            *edz.figures,
            replace(
                disputed,
                subject=EDZ,
                period="2030",
                period_start="2030-01-01",
                period_end="2030-12-31",
            ),
        ),
    )
    assert compare([blue, edz]).cell(area, EDZ).disputed


def test_two_to_five_items(catalog: Catalog) -> None:
    edz = catalog.detail(EDZ)
    with pytest.raises(ValueError, match="2 to 5"):
        compare([edz])
    with pytest.raises(ValueError, match="2 to 5"):
        compare([edz, edz])  # the same item twice is one item
    parks = [catalog.detail(ItemRef(ItemKind.PARK, r["id"])) for r in catalog.table_rows("parks")]
    with pytest.raises(ValueError, match="not 6"):
        compare(parks[:6])
    assert len(compare(parks[:5]).refs) == 5


def test_mixed_kinds_compare(catalog: Catalog) -> None:
    faw = catalog.detail(ItemRef(ItemKind.ORGANIZATION, "faw-vw"))
    comparison = compare([catalog.detail(AUTO), faw])
    assert comparison.row("level").cells[1].text == ""
    assert comparison.row("kind").cells[1].text == "joint venture"


def test_comparison_csv_has_a_column_per_item_and_the_sources(three, tmp_path: Path) -> None:
    table = comparison_table(three)
    target = tmp_path / "cmp.csv"
    assert table.write(target) == len(three.rows)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Field", *three.names, "Source ids", "Source titles", "Source addresses"]
    core = next(r for r in rows if r[0] == "Area (core)")
    assert core[1:4] == [
        "27.7 km² (2019; S23)",
        "443 (218 land + 225 sea) km² (2012; S79)",
        "8.53 km² (2009; S29)",
    ]
    assert core[4] == "S23; S79; S29"
    assert len(core[5].split("; ")) == 3 and core[6].count("http") == 3


def test_the_table_and_its_bar_chart_pick_the_same_latest_figures(catalog: Catalog) -> None:
    details = [catalog.detail(r) for r in (EDZ, BLUE, AUTO)]
    table = compare(details)
    checked = 0
    for series in chart_comparison(details):
        for bar in series.bars:
            assert bar.ref is not None
            detail = next(d for d in details if d.item.ref == bar.ref)
            own = [f for f in detail.figures if f.metric == series.metric]
            if any(f.value is None for f in own) or series.metric == "Area":
                continue  # a chart plots numbers only; the table also shows text
            cell = table.cell(METRIC_PREFIX + series.metric, bar.ref)
            assert set(bar.figures) <= set(cell.figures)
            checked += 1
    assert checked >= 3
