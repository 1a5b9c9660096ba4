"""The plain records: references, one display name for every kind, the kind-table map."""

from __future__ import annotations

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.schema import ITEM_TABLES, TABLES_BY_NAME, ZONES_TABLE, link_tables


def test_a_reference_reads_back_from_its_text() -> None:
    ref = ItemRef(ItemKind.PARK, "jimo-edz")
    assert ItemRef.parse(str(ref)) == ref
    with pytest.raises(ValueError, match="not an item reference"):
        ItemRef.parse("park")


@pytest.mark.parametrize(
    "ref",
    [
        ItemRef(ItemKind.PARK, "jimo-edz"),
        ItemRef(ItemKind.ORGANIZATION, "faw-vw"),
        ItemRef(ItemKind.PLACE, "jimo"),
        ItemRef(ItemKind.INDUSTRY, "automotive"),
        ItemRef(ItemKind.SOURCE, "S01"),
    ],
)
def test_every_item_has_the_name_the_catalog_gives_it(catalog: Catalog, ref: ItemRef) -> None:
    detail = catalog.detail(ref)
    related = catalog.related(ref)
    assert detail is not None and related is not None
    assert detail.item.display_name == related.name
    assert related.display_name == related.name


def test_events_and_claims_are_named_by_their_text(catalog: Catalog) -> None:
    event = catalog.events()[0]
    claim = catalog.claims()[0]
    assert event.display_name == event.title_en and event.ref.kind is ItemKind.EVENT
    assert claim.display_name == claim.claim and claim.ref.kind is ItemKind.CLAIM


def test_every_kind_has_its_table_and_every_source_link_exists() -> None:
    assert set(ITEM_TABLES) == set(ItemKind)
    links = link_tables()
    for kind, table in ITEM_TABLES.items():
        assert table.kind is kind
        # Every table is a declared CSV table but the catalogue of zones, which has its one
        # source in a column (``zones.source_id``) rather than a link table.
        if kind is ItemKind.ZONE:
            assert table.name == ZONES_TABLE and table.sources_link is None
            continue
        assert table.name in TABLES_BY_NAME
        if table.sources_link is not None:
            owner, owner_column, target, _ = links[table.sources_link]
            assert (owner, owner_column, target) == (table.name, table.id_column, "sources")
    # Figures are not items of their own: their sources are read with them.
    assert {t.name for t in ITEM_TABLES.values() if t.sources_link} == {
        owner for owner, _, target, _ in links.values() if target == "sources"
    } - {"figures"}
