"""Each zone of China's catalogue is an item with its own page, and the tree's Context
grouping shows the catalogue by province, city and zone."""

from __future__ import annotations

import csv
from collections import Counter

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.items import ItemKind, ItemRef, Zone
from jimo_desktop.paths import source_data_dir
from jimo_desktop.schema import ZONES_FILE
from tests.conftest import detail_of

EDZ_ZONE = ItemRef(ItemKind.ZONE, "S377014")
HITECH_ZONE = ItemRef(ItemKind.ZONE, "S378015")


def _published() -> list[dict[str, str]]:
    path = source_data_dir() / ZONES_FILE
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_zone_page_gives_the_entry_as_published(catalog: Catalog) -> None:
    detail = detail_of(catalog, EDZ_ZONE)
    zone = detail.item
    assert isinstance(zone, Zone)
    row = next(r for r in _published() if r["代码"] == "S377014")
    assert (zone.name_zh, zone.province, zone.approver, zone.zone_type) == (
        row["开发区名称"], row["省份"], row["批准级别"], row["开发区类型"],
    )  # fmt: skip
    assert zone.approved == row["批准时间"] and zone.area_ha == float(row["核准面积_公顷"])
    assert "、".join(zone.industries) == row["主导产业"]
    assert zone.name_en == ""  # the catalogue names it in Chinese only: nothing translated
    assert zone.display_name == zone.name_zh
    assert zone.place is not None and zone.place.ref == ItemRef(ItemKind.PLACE, "jimo")
    (link,) = zone.parks
    assert link.park.ref == ItemRef(ItemKind.PARK, "jimo-edz") and link.confidence == "stated"
    assert zone.source is not None and zone.source.id == "S113"
    assert "transcription" in zone.source.note
    assert {"S113", "S21"} <= {source.id for source in detail.sources}
    assert {item.ref for item in detail.related} == {link.park.ref, zone.place.ref}
    assert not detail.figures and not detail.events


def test_an_inferred_link_says_so_and_why(catalog: Catalog) -> None:
    zone = detail_of(catalog, HITECH_ZONE).item
    assert isinstance(zone, Zone)
    (link,) = zone.parks
    assert link.confidence == "inferred" and link.note


def test_a_zone_whose_place_no_source_gives_has_none(catalog: Catalog) -> None:
    zone = detail_of(catalog, ItemRef(ItemKind.ZONE, "G111001")).item
    assert isinstance(zone, Zone)
    assert zone.place is None and zone.place_source is None and not zone.parks
    assert catalog.detail(ItemRef(ItemKind.ZONE, "S999999")) is None


def test_every_zone_is_read_by_the_self_test(catalog: Catalog) -> None:
    before = catalog.read_everything()
    assert before >= len(_published())


def test_the_context_grouping_holds_every_zone_once_qingdao_first(catalog: Catalog) -> None:
    provinces = catalog.tree_groups(Grouping.CONTEXT)
    published = _published()
    assert provinces[0].label_zh == "山东省"
    by_code = [p.label_zh for p in provinces[1:]]
    codes = {r["省份"]: r["代码"][1:3] for r in published}
    assert by_code == sorted(by_code, key=lambda name: codes[name])
    assert Counter({p.label_zh: p.count for p in provinces}) == Counter(
        r["省份"] for r in published
    )
    seen: list[str] = []
    for province in provinces:
        cities = catalog.tree_parks(Grouping.CONTEXT, province.key)
        assert sum(city.count for city in cities) == province.count
        for city in cities:
            zones = catalog.tree_parks(Grouping.CONTEXT, city.key)
            assert len(zones) == city.count
            assert all(z.ref is not None and z.ref.kind is ItemKind.ZONE for z in zones)
            seen += [z.key for z in zones]
    assert len(seen) == len(set(seen)) == len(published)
    shandong = catalog.tree_parks(Grouping.CONTEXT, provinces[0].key)
    assert shandong[0].ref == ItemRef(ItemKind.PLACE, "qingdao")
    assert shandong[-1].ref is None  # the zones whose city no source gives: not guessed
    # Only where zone_places.csv gives a place does a zone have a city.
    assert all(city.ref is None for p in provinces[1:] for city in
               catalog.tree_parks(Grouping.CONTEXT, p.key))  # fmt: skip


def test_jimos_entries_show_their_park_and_the_path_leads_to_them(catalog: Catalog) -> None:
    path = catalog.tree_path(EDZ_ZONE, Grouping.CONTEXT)
    assert path == ["p:山东省", "c:山东省|qingdao", "S377014"]
    zones = {z.ref: z for z in catalog.tree_parks(Grouping.CONTEXT, path[1])}
    assert zones[EDZ_ZONE].is_park[2] == "stated"
    assert zones[HITECH_ZONE].is_park[2] == "inferred"
    assert sum(1 for z in zones.values() if z.is_park) == 2
    assert catalog.tree_path(EDZ_ZONE, Grouping.KIND) is None
    assert catalog.tree_path(ItemRef(ItemKind.PARK, "jimo-edz"), Grouping.CONTEXT) is None


def test_the_filter_finds_zones_by_name_and_code(catalog: Catalog) -> None:
    matches = catalog.tree_matches("即墨")
    assert matches is not None
    assert {EDZ_ZONE, HITECH_ZONE} <= matches.matched
    assert {"p:山东省", "c:山东省|qingdao"} <= matches.visible_groups
    by_code = catalog.tree_matches("G111001")
    assert by_code is not None and ItemRef(ItemKind.ZONE, "G111001") in by_code.matched


def test_zones_are_found_by_chinese_name_pinyin_and_code(catalog: Catalog) -> None:
    for query in ("山东即墨经济开发区", "jimo jingji", "S377014"):
        hits = [hit.ref for hit in catalog.search(query).hits]
        assert EDZ_ZONE in hits, query
    hit = next(h for h in catalog.search("S377014").hits if h.ref == EDZ_ZONE)
    assert hit.title == "山东即墨经济开发区"  # the Chinese name: no English one is made up
    # The body: province, place, type and leading industries.
    assert HITECH_ZONE in [hit.ref for hit in catalog.search("通用航空").hits]


def test_the_self_test_reads_every_zone_through_the_tree(catalog: Catalog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jimo_desktop.catalog import context_tree

    read: list[str] = []
    original = context_tree.zones_in

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = original(*args, **kwargs)
        read.extend(node.key for node in found)
        return found

    monkeypatch.setattr(context_tree, "zones_in", counted)
    catalog.read_everything()
    assert len(set(read)) == len(_published())
