"""The catalogue of development zones is exportable: ``export zones`` on the command line and
the tree's Context grouping in the export dialog, each entry as published with its sources,
Excel-safe, with headers in either language."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.export.columns import KINDS, ZONE_COLUMNS
from jimo_desktop.export.csv_file import CsvOptions
from jimo_desktop.export.requests import Scope, tree_request
from jimo_desktop.export.rows import Rows
from jimo_desktop.export.tables import FilterError, kind_table
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.paths import source_data_dir
from jimo_desktop.schema import ZONES_FILE


@pytest.fixture(scope="module")
def rows(catalog: Catalog) -> Rows:
    return Rows(catalog)


def _published() -> dict[str, dict[str, str]]:
    with (source_data_dir() / ZONES_FILE).open(encoding="utf-8-sig", newline="") as handle:
        return {row["代码"] + "-" + row["序号"]: row for row in csv.DictReader(handle)}


def test_every_zone_is_a_row_as_published_with_its_sources(catalog: Catalog, rows: Rows) -> None:
    assert "zones" in KINDS
    table = kind_table(catalog, "zones", rows=rows)
    published = _published()
    assert len(table.rows) == len(published)
    for row in table.rows:
        entry = published[f"{row['code']}-{row['number']}"]
        assert row["name_zh"] == entry["开发区名称"] and row["approved"] == entry["批准时间"]
        assert row["area_ha"] == float(entry["核准面积_公顷"])
        assert row["industries"] == entry["主导产业"]
        assert row["name_en"] == ""  # never translated
        assert row["source_ids"].split("; ")[0] == "S113"
    edz = next(r for r in table.rows if r["id"] == "S377014")
    assert edz["park"] == "Jimo Economic Development Zone" and edz["park_confidence"] == "stated"
    assert edz["source_ids"] == "S113; S21"


def test_zones_are_filtered_by_type_or_approver(catalog: Catalog, rows: Rows) -> None:
    national = kind_table(catalog, "zones", item_kind="国务院", rows=rows)
    assert national.rows and all(r["approver"] == "国务院" for r in national.rows)
    with pytest.raises(FilterError):
        kind_table(catalog, "zones", item_kind="no such type", rows=rows)


def test_the_zones_file_is_excel_safe_in_both_header_languages(
    catalog: Catalog, rows: Rows, tmp_path: Path
) -> None:
    table = kind_table(catalog, "zones", ids=["S377014"], rows=rows)
    assert len(table.rows) == 1
    target = tmp_path / "zones.csv"
    labels = {c.key: f"h-{c.key}" for c in ZONE_COLUMNS}  # the dialog's translated headers
    table.write(target, None, CsvOptions(), labels=labels)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header, line = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert header[0] == "h-id" and "h-source_ids" in header
    assert "山东即墨经济开发区" in line


def test_the_context_tree_offers_every_zone(rows: Rows) -> None:
    zone = ItemRef(ItemKind.ZONE, "S377014")
    request = tree_request(rows, [zone], [zone], zones=True)
    everything = request.tables[Scope.ALL]
    assert everything is not None and len(everything.rows) == len(rows.zones)
    selected = request.tables[Scope.SELECTED]
    assert selected is not None
    (row,) = selected.rows
    assert row["type"] == "zone" and row["name_zh"] == "山东即墨经济开发区"
    parks = tree_request(rows, [], [])
    assert parks.tables[Scope.ALL] is not None
    assert all(r["type"] != "zone" for r in parks.tables[Scope.ALL].rows)
