"""What the park tree shows: for a grouping and a filter, which nodes and their counts.

The catalog answers the tree's questions one level at a time (``tree_groups``,
``tree_parks``, ``tree_children``, ``tree_matches``); ``ParkTree`` decides what a view of
the tree shows from those answers, so that the Qt model only adapts it:

- Without a filter, every group is shown with the catalog's count, and nothing below the
  groups is read until asked for (``children``): a view can be lazy.
- With a filter (``TreeMatches``), only the groups and parks that lead to a match are
  shown, with the counts of what is shown. They are read at once, since the counts need
  them. A park that matched by itself shows everything inside it, so below it the tree
  stays lazy exactly as without a filter. A zone shown inside its parent park is not
  shown again beside it in the same group: a filter shows each match once there.

What the catalog said is inside a park is read once per tree, even when the park is shown
in several groups (by industry, by place). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Protocol

from jimo_desktop.catalog.tree import Grouping
from jimo_desktop.catalog.tree_nodes import TreeMatches, TreeNode
from jimo_desktop.items import ItemKind, ItemRef


class TreeQueries(Protocol):
    """The catalog's questions the tree is built from (``Catalog`` answers them)."""

    def tree_groups(self, grouping: Grouping) -> list[TreeNode]: ...

    def tree_parks(
        self, grouping: Grouping, key: str, offset: int = 0, limit: int | None = None
    ) -> list[TreeNode]: ...

    def tree_children(self, ref: ItemRef) -> list[TreeNode]: ...


class Level(Enum):
    GROUP = auto()
    SUBGROUP = auto()  # a group inside a group: a city of the Context grouping
    PARK = auto()  # a park, or a zone inside a park
    ITEM = auto()  # a project or an organization inside a park


@dataclass(frozen=True, slots=True)
class ShownNode:
    """One node as the tree shows it."""

    node: TreeNode  # what the catalog said
    level: Level
    count: int  # children shown (before they are read: as the catalog counted them)
    children: tuple[ShownNode, ...] | None  # None until read: ``ParkTree.children`` reads them
    filtered: bool = False  # the children are those a filter shows, not all there are


class ParkTree:
    """The park tree for one grouping and one filter (``matches``; None shows everything)."""

    def __init__(
        self, queries: TreeQueries, grouping: Grouping, matches: TreeMatches | None = None
    ) -> None:
        self.queries = queries
        self.grouping = grouping
        self.matches = matches
        self._inside: dict[ItemRef, list[TreeNode]] = {}
        # With a filter, the zones shown inside their parent rather than beside it.
        self.parent_of: dict[ItemRef, ItemRef] = {}

    def top(self) -> tuple[ShownNode, ...]:
        """The groups shown, each with what it shows."""
        groups = self.queries.tree_groups(self.grouping)
        matches = self.matches
        if matches is None:
            return tuple(self._shown(group, Level.GROUP, complete=True) for group in groups)
        if self.grouping is Grouping.CONTEXT:
            return self._context_top(groups, matches)
        shown = []
        for group in groups:
            parks = [
                park
                for park in self.queries.tree_parks(self.grouping, group.key)
                if matches.shows_park(park.key)
            ]
            parks = self._outside_each_other(parks)
            if parks:
                children = tuple(self._shown(p, Level.PARK, complete=False) for p in parks)
                shown.append(ShownNode(group, Level.GROUP, len(children), children, True))
        return tuple(shown)

    def _context_top(self, groups: list[TreeNode], matches: TreeMatches) -> tuple[ShownNode, ...]:
        """With a filter, the provinces and cities that lead to a matching zone, and those
        zones (only the groups that lead to one are read)."""
        shown = []
        for group in groups:
            if group.key not in matches.visible_groups:
                continue
            cities = []
            for city in self.queries.tree_parks(self.grouping, group.key):
                if city.key not in matches.visible_groups:
                    continue
                zones = tuple(
                    ShownNode(zone, Level.ITEM, 0, ())
                    for zone in self.queries.tree_parks(self.grouping, city.key)
                    if zone.ref in matches.matched
                )
                if zones:
                    cities.append(ShownNode(city, Level.SUBGROUP, len(zones), zones, True))
            if cities:
                count = sum(city.count for city in cities)
                shown.append(ShownNode(group, Level.GROUP, count, tuple(cities), True))
        return tuple(shown)

    def children(
        self, shown: ShownNode, offset: int = 0, limit: int | None = None
    ) -> tuple[ShownNode, ...]:
        """What is inside a node whose children were not read yet: all of it, since no
        filter cuts below such a node; from the ``offset``-th, at most ``limit`` of them
        (a page: only that much is read from a group)."""
        end = None if limit is None else offset + limit
        if shown.children is not None:
            return shown.children[offset:end]
        if shown.level in (Level.GROUP, Level.SUBGROUP):
            found = self.queries.tree_parks(self.grouping, shown.node.key, offset, limit)
        elif shown.node.ref is not None:
            found = self._inside_of(shown.node.ref)[offset:end]
        else:
            found = []
        return tuple(self._shown(node, _level(node), complete=True) for node in found)

    def _shown(self, node: TreeNode, level: Level, *, complete: bool) -> ShownNode:
        """``node`` as shown; ``complete`` when no filter cuts what is below it. With a
        filter, a park that leads to a match gets its shown children at once."""
        matches = self.matches
        if matches is not None and level is Level.PARK and node.ref is not None:
            complete = complete or node.ref in matches.matched
        if level is Level.ITEM:
            return ShownNode(node, level, 0, ())
        if complete and node.count == 0:
            return ShownNode(node, level, 0, ())
        if complete or matches is None or level is not Level.PARK or node.ref is None:
            return ShownNode(node, level, node.count, None)
        park_id = node.ref.id
        inside = [
            child
            for child in self._inside_of(node.ref)
            if child.ref is not None and matches.shows_child(park_id, child.ref)
        ]
        children = tuple(self._shown(c, _level(c), complete=False) for c in inside)
        return ShownNode(node, level, len(children), children, True)

    def _outside_each_other(self, parks: list[TreeNode]) -> list[TreeNode]:
        """``parks`` less the zones of another park among them: with a filter, such a zone
        is shown inside its parent (whose filter keeps the parks that lead to a match)."""
        zones = {
            child.ref: park.ref
            for park in parks
            if park.ref is not None and park.count
            for child in self._inside_of(park.ref)
            if child.ref is not None and child.ref.kind is ItemKind.PARK
        }
        self.parent_of.update(zones)
        return [park for park in parks if park.ref not in zones]

    def _inside_of(self, ref: ItemRef) -> list[TreeNode]:
        if ref not in self._inside:
            self._inside[ref] = self.queries.tree_children(ref)
        return self._inside[ref]


def _level(node: TreeNode) -> Level:
    """The level of a node inside a group or a park."""
    if node.subgroup:
        return Level.SUBGROUP
    return Level.PARK if node.ref is not None and node.ref.kind is ItemKind.PARK else Level.ITEM
