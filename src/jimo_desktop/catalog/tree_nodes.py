"""The nodes of the park tree and the result of filtering it, as plain records (shared by
``catalog.tree`` and ``catalog.context_tree``). Nothing here imports Qt."""

from __future__ import annotations

from dataclasses import dataclass

from jimo_desktop.items import ItemKind, ItemRef


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A node of the park tree: a group, a park, or an item inside a park."""

    key: str  # unique among its siblings
    label: str
    label_zh: str = ""
    ref: ItemRef | None = None  # None for a group that is not an item itself
    count: int = 0  # children (groups: parks in the group)
    detail: str = ""  # kind of the item
    own_name_zh: str = ""  # how ``label_zh`` is the project's own (an industry's label), or ""
    # A group inside a group (a city of the Context grouping): its children are read as a
    # group's are, by its key.
    subgroup: bool = False
    # The count is of what is inside its children (a province: its zones), not of them.
    counts_within: bool = False
    # A zone of the catalogue that is a park of the data: (name, Chinese name, confidence).
    is_park: tuple[str, str, str] | tuple[()] = ()


@dataclass(frozen=True, slots=True)
class TreeMatches:
    """The result of filtering the tree: matching items and the parks to keep visible."""

    matched: frozenset[ItemRef]
    visible_parks: frozenset[str]
    # The groups of the Context grouping that lead to a matching zone (province, city keys).
    visible_groups: frozenset[str] = frozenset()

    def shows_park(self, park_id: str) -> bool:
        return park_id in self.visible_parks

    def shows_child(self, parent_park: str, ref: ItemRef) -> bool:
        """Inside a park: everything when the park itself matched, else the matches."""
        if ItemRef(ItemKind.PARK, parent_park) in self.matched:
            return True
        if ref.kind is ItemKind.PARK:
            return ref.id in self.visible_parks
        return ref in self.matched
