"""The catalog: everything about one item, the claims and citations."""

from __future__ import annotations

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemKind, ItemRef, Park

# -- details ------------------------------------------------------------------------------


def test_park_detail(catalog: Catalog) -> None:
    detail = catalog.detail(ItemRef(ItemKind.PARK, "jimo-edz"))
    assert detail is not None
    park = detail.item
    assert isinstance(park, Park)
    assert park.name_zh and "即墨" in park.name_zh
    assert park.level == "provincial"
    assert park.founded.startswith("1992")
    assert park.industries
    assert detail.figures and detail.sources and detail.events
    assert detail.area is not None and detail.area.unit
    cited = {s.id for s in detail.sources}
    assert {f.source.id for f in detail.figures} <= cited


@pytest.mark.parametrize(
    "ref",
    [
        ItemRef(ItemKind.ORGANIZATION, "faw-vw"),
        ItemRef(ItemKind.PROJECT, "airbus-h135-fal"),
        ItemRef(ItemKind.PLACE, "jimo"),
        ItemRef(ItemKind.INDUSTRY, "automotive"),
    ],
)
def test_every_kind_has_a_detail(catalog: Catalog, ref: ItemRef) -> None:
    detail = catalog.detail(ref)
    assert detail is not None
    assert detail.item.ref == ref
    assert detail.related, f"{ref} should link to other items"
    assert detail.sources


def test_unknown_item_has_no_detail(catalog: Catalog) -> None:
    assert catalog.detail(ItemRef(ItemKind.PARK, "atlantis")) is None
    assert catalog.related(ItemRef(ItemKind.SOURCE, "S9999")) is None


def test_conflicts_are_flagged(catalog: Catalog) -> None:
    detail = catalog.detail(ItemRef(ItemKind.PLACE, "jimo"))
    assert detail is not None
    conflicting_areas = [f for f in detail.conflicts if f.metric == "Area"]
    assert len({f.value for f in conflicting_areas}) >= 2
    agreeing = [f for f in detail.figures if not f.conflict]
    assert agreeing, "not every figure is in conflict"


def test_claims(catalog: Catalog) -> None:
    claims = catalog.claims()
    assert [c.number for c in claims] == list(range(1, 26))
    statuses = {c.status for c in claims}
    assert statuses == {"corroborated", "partly corroborated", "not corroborated", "contradicted"}
    contradicted = [c for c in claims if c.status == "contradicted"]
    assert contradicted and all(c.evidence_sources for c in contradicted)


def test_source_citation(catalog: Catalog) -> None:
    source = catalog.source("S01")
    assert source is not None and source.grade == "C"
    citation = source.citation()
    assert "permcitybro.com" in citation and "(grade C, S01)" in citation
