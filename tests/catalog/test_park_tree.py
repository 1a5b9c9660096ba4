"""What the park tree shows, decided without Qt: groups, parks, counts, the filter."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.catalog.park_tree import Level, ParkTree, ShownNode
from jimo_desktop.items import ItemKind, ItemRef

AUTO_NEW_CITY = ItemRef(ItemKind.PARK, "auto-new-city")
FAW_VW_BASE = ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base")
JIMO_EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
LEDU = ItemRef(ItemKind.PARK, "ledu-music-valley")

# The groupings of parks (the Context grouping holds the catalogue of zones instead).
PARK_GROUPINGS = [grouping for grouping in Grouping if grouping is not Grouping.CONTEXT]


class CountingQueries:
    """The real catalog, counting the tree queries asked of it."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.catalog, name)

        def counted(*args: Any) -> Any:
            self.calls[name] += 1
            return attribute(*args)

        return counted


def find(nodes: tuple[ShownNode, ...] | None, ref: ItemRef) -> ShownNode:
    for shown in nodes or ():
        if shown.node.ref == ref:
            return shown
    raise AssertionError(f"{ref} is not shown")


@pytest.mark.parametrize("grouping", PARK_GROUPINGS)
def test_without_a_filter_the_groups_come_first_and_the_rest_waits(
    catalog: Catalog, grouping: Grouping
) -> None:
    queries = CountingQueries(catalog)
    tree = ParkTree(queries, grouping)
    top = tree.top()
    assert [s.node for s in top] == catalog.tree_groups(grouping)
    assert all(s.level is Level.GROUP and s.children is None for s in top)
    assert [s.count for s in top] == [g.count for g in catalog.tree_groups(grouping)]
    assert queries.calls == Counter({"tree_groups": 1})
    parks = tree.children(top[0])
    assert [s.node for s in parks] == catalog.tree_parks(grouping, top[0].node.key)
    assert all(s.level is Level.PARK for s in parks)


def test_inside_a_park_zones_are_parks_and_the_rest_are_leaves(catalog: Catalog) -> None:
    tree = ParkTree(catalog, Grouping.KIND)
    edz = find(tree.children(find_group(tree, "development zone")), JIMO_EDZ)
    assert edz.children is None and edz.count == len(catalog.tree_children(JIMO_EDZ))
    inside = tree.children(edz)
    assert find(inside, LEDU).level is Level.PARK
    leaves = [s for s in inside if s.level is Level.ITEM]
    assert leaves and all(s.children == () and s.count == 0 for s in leaves)


def find_group(tree: ParkTree, key: str) -> ShownNode:
    return next(s for s in tree.top() if s.node.key == key)


def test_a_filter_shows_only_what_leads_to_a_match_with_its_counts(catalog: Catalog) -> None:
    tree = ParkTree(catalog, Grouping.KIND, catalog.tree_matches("Huadong"))
    top = tree.top()
    assert len(top) < len(catalog.tree_groups(Grouping.KIND))
    for group in top:
        assert group.children and group.count == len(group.children)
    (group,) = [g for g in top if any(s.node.ref == AUTO_NEW_CITY for s in g.children or ())]
    city = find(group.children, AUTO_NEW_CITY)
    assert city.children is not None  # read at once: the count is that of what is shown
    assert [s.node.ref for s in city.children] == [FAW_VW_BASE]
    assert city.count == 1 < city.node.count


def test_a_park_that_matches_shows_everything_inside_it_lazily(catalog: Catalog) -> None:
    tree = ParkTree(catalog, Grouping.KIND, catalog.tree_matches("Auto Industry New City"))
    (group,) = tree.top()
    city = find(group.children, AUTO_NEW_CITY)
    assert city.children is None and city.count == city.node.count
    assert [s.node for s in tree.children(city)] == catalog.tree_children(AUTO_NEW_CITY)


def test_a_zone_inside_a_park_leads_to_its_match(catalog: Catalog) -> None:
    tree = ParkTree(catalog, Grouping.KIND, catalog.tree_matches("Ledu"))
    edz = find(find_group(tree, "development zone").children, JIMO_EDZ)
    assert [s.node.ref for s in edz.children or ()] == [LEDU]
    assert edz.count == 1


def test_what_is_inside_a_park_is_read_once_per_tree(catalog: Catalog) -> None:
    queries = CountingQueries(catalog)
    tree = ParkTree(queries, Grouping.INDUSTRY, catalog.tree_matches("FAW"))
    top = tree.top()
    shown_in = [g for g in top if any(s.node.ref == AUTO_NEW_CITY for s in g.children or ())]
    assert len(shown_in) >= 2  # the auto city is under more than one industry
    asked = queries.calls["tree_children"]
    parks_shown = {s.node.ref for g in top for s in g.children or ()}
    assert asked == len(parks_shown)


def test_a_filter_that_matches_nothing_shows_nothing(catalog: Catalog) -> None:
    assert ParkTree(catalog, Grouping.PLACE, catalog.tree_matches("zzzz-none")).top() == ()


def test_what_a_filter_cuts_is_marked_filtered(catalog: Catalog) -> None:
    matches = catalog.tree_matches("Valley")
    assert matches is not None
    tree = ParkTree(catalog, Grouping.KIND, matches)
    parks = [park for group in tree.top() for park in group.children or ()]
    assert all(group.filtered for group in tree.top())
    assert {p.filtered for p in parks} == {True, False}  # some matched, some lead to a match
    for park in parks:
        assert park.filtered == (park.node.ref not in matches.matched)
    unfiltered = ParkTree(catalog, Grouping.KIND)
    assert not any(s.filtered for s in unfiltered.top())
