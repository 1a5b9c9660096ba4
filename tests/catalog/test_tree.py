"""The catalog: the home page counts and the park tree."""

from __future__ import annotations

import pytest

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.items import ItemKind, ItemRef

# -- overview and tree --------------------------------------------------------------------

# The groupings of parks (the Context grouping holds the catalogue of zones instead).
PARK_GROUPINGS = [grouping for grouping in Grouping if grouping is not Grouping.CONTEXT]


def test_overview(catalog: Catalog) -> None:
    overview = catalog.overview()
    assert overview.district is not None and overview.district.name_zh == "即墨区"
    assert overview.counts["parks"] >= 17
    assert overview.data_as_of[:2] in ("19", "20")
    assert sum(overview.sources_by_grade.values()) == overview.counts["sources"]


@pytest.mark.parametrize("grouping", PARK_GROUPINGS)
def test_tree_groups_count_their_parks(catalog: Catalog, grouping: Grouping) -> None:
    groups = catalog.tree_groups(grouping)
    assert groups
    all_parks = set()
    for group in groups:
        parks = catalog.tree_parks(grouping, group.key)
        assert len(parks) == group.count, group
        assert all(p.ref is not None and p.ref.kind is ItemKind.PARK for p in parks)
        all_parks |= {p.key for p in parks}
    # Every park is reachable under every grouping.
    assert len(all_parks) == catalog.counts()["parks"]


def test_park_children_and_path(catalog: Catalog) -> None:
    groups = catalog.tree_groups(Grouping.KIND)
    parks = [p for g in groups for p in catalog.tree_parks(Grouping.KIND, g.key)]
    with_children = [p for p in parks if p.count]
    assert with_children, "some park has enterprises or projects"
    park = with_children[0]
    assert park.ref is not None
    children = catalog.tree_children(park.ref)
    assert len(children) == park.count
    leaf = next(c for c in children if c.ref and c.ref.kind is not ItemKind.PARK)
    assert leaf.ref is not None
    path = catalog.tree_path(leaf.ref, Grouping.KIND)
    assert path is not None and path[1:] == [park.key, leaf.key]


def test_faw_vw_base_sits_in_the_auto_city(catalog: Catalog) -> None:
    path = catalog.tree_path(ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base"), Grouping.INDUSTRY)
    assert path is not None and path[1] == "auto-new-city"
