"""A zone of China's catalogue compares with Jimo's parks: level, approval, approved area and
leading industries as the catalogue gives them, each cell citing the catalogue."""

from __future__ import annotations

from jimo_desktop.catalog import Catalog
from jimo_desktop.comparison import CATALOGUE_FIELDS, compare
from jimo_desktop.items import ItemKind, ItemRef

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
EDZ_ZONE = ItemRef(ItemKind.ZONE, "S377014")
QINGDAO_ETDZ = ItemRef(ItemKind.ZONE, "G371028")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")


def _compare(catalog: Catalog, *refs: ItemRef):  # type: ignore[no-untyped-def]
    details = [catalog.detail(ref) for ref in refs]
    assert all(d is not None for d in details)
    return compare(details, {ref: catalog.item_sources(ref) for ref in refs})  # type: ignore[arg-type]


def test_a_park_and_zones_compare_on_the_catalogues_terms(catalog: Catalog) -> None:
    table = _compare(catalog, EDZ, EDZ_ZONE, QINGDAO_ETDZ)
    assert [c.text for c in table.row("approved").cells] == [
        "1992.12 (S377014)",
        "1992.12",
        "1984.10",
    ]
    assert table.cell("approved_area", EDZ_ZONE).text == "505.02 ha"
    assert table.cell("level", QINGDAO_ETDZ).text == "national"  # approved by the State Council
    assert table.cell("level", EDZ_ZONE).text == "provincial"
    assert table.cell("industries", EDZ_ZONE).text == "纺织服装、新材料、新能源、电子机械"
    assert table.cell("kind", EDZ_ZONE).text == "经济开发区"  # as published
    for key in ("approved", "approved_area", "industries", "level"):
        assert [s.id for s in table.cell(key, QINGDAO_ETDZ).sources] == ["S113"]
    assert "S113" in {s.id for s in table.cell("approved", EDZ).sources}
    assert table.names[1] == "山东即墨经济开发区"  # its only name, not a translation


def test_parks_without_an_entry_show_no_catalogue_rows(catalog: Catalog) -> None:
    table = _compare(catalog, AUTO, ItemRef(ItemKind.PARK, "ledu-music-valley"))
    assert not {row.key for row in table.rows} & set(CATALOGUE_FIELDS)
