"""The park tree's questions: groups, the parks in a group, what is inside a park, the
path down to an item, and which items a filter text matches.

Root → groups (by kind, industry or place) → parks → what is inside a park (zones within
it, then projects, then organizations). Each node carries the number of its children so
that a view can be lazy. Every cell is checked as it is read (``cells.Cells``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from enum import StrEnum

from jimo_desktop.catalog import context_tree
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.catalog.search import like_pattern, search_terms
from jimo_desktop.catalog.tree_nodes import TreeMatches, TreeNode
from jimo_desktop.items import ItemKind, ItemRef, own_origin
from jimo_desktop.schema import ITEM_TABLES, PARK_CATEGORIES
from jimo_desktop.translatable import QT_TRANSLATE_NOOP


class Grouping(StrEnum):
    KIND = "kind"
    INDUSTRY = "industry"
    PLACE = "place"
    CONTEXT = "context"  # China's catalogue of development zones: province, city, zone


# The groups that are not items, named in English; the window translates them.
CATEGORY_LABELS = {
    "development zone": QT_TRANSLATE_NOOP("ParkTreeModel", "Development zones"),
    "industrial park": QT_TRANSLATE_NOOP("ParkTreeModel", "Industrial parks and towns"),
    "industrial cluster": QT_TRANSLATE_NOOP("ParkTreeModel", "Industrial clusters"),
    "logistics and trade": QT_TRANSLATE_NOOP("ParkTreeModel", "Logistics and trade"),
    "tourism and culture": QT_TRANSLATE_NOOP("ParkTreeModel", "Tourism and culture"),
}
NO_INDUSTRY = QT_TRANSLATE_NOOP("ParkTreeModel", "No industry recorded")
NO_PLACE = QT_TRANSLATE_NOOP("ParkTreeModel", "No place recorded")

# What is inside a park, in the order shown, after the zones within it.
_INSIDE = (ItemKind.PROJECT, ItemKind.ORGANIZATION)


def groups(db: Database, grouping: Grouping) -> list[TreeNode]:
    """The top level of the park tree, with the number of parks in each group (in the
    Context grouping: the provinces of the catalogue, with their number of zones)."""
    if grouping is Grouping.CONTEXT:
        return context_tree.provinces(db)
    if grouping is Grouping.KIND:
        order = " ".join(f"when '{c}' then {i}" for i, c in enumerate(PARK_CATEGORIES))
        rows = db.rows(
            f"select category, count(*) from parks group by category "
            f"order by case category {order} else 99 end, category"
        )
        return [_category_node(db, row) for row in rows]
    if grouping is Grouping.INDUSTRY:
        rows = db.rows(
            """select i.id, i.name_en, i.name_zh, count(pi.park_id) as n, 'industry',
            i.name_zh_origin
            from industries i join park_industries pi on pi.industry_id = i.id
            group by i.id order by n desc, i.name_en"""
        )
        link, kind, none_label = "park_industries", ItemKind.INDUSTRY, NO_INDUSTRY
    else:
        rows = db.rows(
            """select pl.id, pl.name_en, pl.name_zh, count(pp.park_id) as n, pl.kind
            from places pl join park_places pp on pp.place_id = pl.id
            group by pl.id
            order by case pl.kind when 'city' then 0 when 'district' then 1 else 2 end,
            pl.name_en"""
        )
        link, kind, none_label = "park_places", ItemKind.PLACE, NO_PLACE
    nodes = [_item_node(db, kind, row) for row in rows]
    if grouping is Grouping.INDUSTRY:  # a label of the project's own says so
        origins = (Cells(db.path, "industries", row).text(5) for row in rows)
        nodes = [replace(n, own_name_zh=own_origin(o)) for n, o in zip(nodes, origins, strict=True)]
    none = db.one(
        f"""select count(*) from parks p
        where not exists (select 1 from {link} x where x.park_id = p.id)"""
    )
    if none and none[0]:
        nodes.append(TreeNode("", none_label, count=none[0]))
    return nodes


_PARK_NODE_COLUMNS = """p.id, p.name_en, p.name_zh,
    (select count(*) from parks c where c.parent_id = p.id)
    + (select count(*) from projects j where j.park_id = p.id)
    + (select count(*) from organizations o where o.park_id = p.id) as n, p.kind"""


def parks(
    db: Database, grouping: Grouping, key: str, offset: int = 0, limit: int | None = None
) -> list[TreeNode]:
    """The parks in one group of the tree, with the number of items inside each; from the
    ``offset``-th, at most ``limit`` of them (all without a limit), so that a view can add a
    big group's parks a page at a time. In the Context grouping: what is in a province (its
    cities) or a city (its zones)."""
    if grouping is Grouping.CONTEXT:
        return context_tree.nodes_in(db, key, offset, limit)
    params: tuple[str, ...] = (key,) if key else ()
    if grouping is Grouping.KIND:
        where, params = "p.category = ?", (key,)
    elif grouping is Grouping.INDUSTRY:
        where = (
            "p.id in (select park_id from park_industries where industry_id = ?)"
            if key
            else "p.id not in (select park_id from park_industries)"
        )
    else:
        where = (
            "p.id in (select park_id from park_places where place_id = ?)"
            if key
            else "p.id not in (select park_id from park_places)"
        )
    page = (-1 if limit is None else max(limit, 0), max(offset, 0))
    rows = db.rows(
        f"select {_PARK_NODE_COLUMNS} from parks p where {where} "
        "order by p.name_en, p.id limit ? offset ?",
        (*params, *page),
    )
    return [_park_node(db, row) for row in rows]


def _category_node(db: Database, row: sqlite3.Row) -> TreeNode:
    """A group of parks of one category: (category, number of parks)."""
    cells = Cells(db.path, "parks", row)
    category = cells.text(0)
    return TreeNode(category, CATEGORY_LABELS.get(category, category), count=cells.integer(1))


def _item_node(db: Database, kind: ItemKind, row: sqlite3.Row, prefix: str = "") -> TreeNode:
    """A node from (id, name_en, name_zh, number of children, kind of the item); its key
    is the id after ``prefix``."""
    cells = Cells(db.path, ITEM_TABLES[kind].name, row)
    ref = ItemRef(kind, cells.ident(0))
    count = cells.integer(3)
    return TreeNode(f"{prefix}{ref.id}", cells.text(1), cells.text(2), ref, count, cells.text(4))


def _park_node(db: Database, row: sqlite3.Row) -> TreeNode:
    return _item_node(db, ItemKind.PARK, row)


def children(db: Database, ref: ItemRef) -> list[TreeNode]:
    """What is inside a park: zones within it, then projects, then organizations."""
    if ref.kind is not ItemKind.PARK:
        return []
    nodes = [
        _park_node(db, row)
        for row in db.rows(
            f"select {_PARK_NODE_COLUMNS} from parks p where p.parent_id = ? order by p.name_en",
            (ref.id,),
        )
    ]
    for kind in _INSIDE:
        rows = db.rows(
            f"select id, name_en, name_zh, 0, kind from {ITEM_TABLES[kind].name} "
            "where park_id = ? order by name_en",
            (ref.id,),
        )
        nodes += [_item_node(db, kind, row, prefix=f"{kind}:") for row in rows]
    return nodes


def path(db: Database, ref: ItemRef, grouping: Grouping) -> list[str] | None:
    """Keys from the top of the tree down to ``ref`` (a park, or an item in a park).

    Used to reveal a search result or a navigated item in the tree; None when the item is
    not in the tree under this grouping.
    """
    if ref.kind is ItemKind.ZONE or grouping is Grouping.CONTEXT:
        keys = context_tree.zone_keys(db, ref.id) if ref.kind is ItemKind.ZONE else None
        return [*keys, ref.id] if keys is not None and grouping is Grouping.CONTEXT else None
    park_id: str | None
    leaf: list[str] = []
    if ref.kind is ItemKind.PARK:
        park_id = ref.id
    elif ref.kind in _INSIDE:
        row = db.one(f"select park_id from {ITEM_TABLES[ref.kind].name} where id = ?", (ref.id,))
        park_id = row[0] if row else None
        leaf = [f"{ref.kind}:{ref.id}"]
    else:
        return None
    if not park_id:
        return None
    for group in groups(db, grouping):
        if any(node.key == park_id for node in parks(db, grouping, group.key)):
            return [group.key, park_id, *leaf]
    return None


def matches(db: Database, filter_text: str) -> TreeMatches | None:
    """Which tree items match a filter text (names and aliases, every term), and the parks
    that must stay visible to show them; None for an empty filter."""
    terms = search_terms(filter_text)
    if not terms:
        return None
    names = (
        "(coalesce(name_en, '') || ' ' || coalesce(name_zh, '') || ' ' || coalesce(aliases, ''))"
    )
    where = " and ".join(f"{names} like ? escape '\\'" for _ in terms)
    params = [like_pattern(t) for t in terms]
    matched: set[ItemRef] = set()
    visible: set[str] = set()
    for row in db.rows(f"select id from parks where {where}", params):
        matched.add(ItemRef(ItemKind.PARK, row[0]))
        visible.add(row[0])
    for kind in _INSIDE:
        for row in db.rows(
            f"select id, park_id from {ITEM_TABLES[kind].name} where {where}", params
        ):
            matched.add(ItemRef(kind, row[0]))
            if row[1]:
                visible.add(row[1])
    # Keep the zones that contain a visible park.
    frontier = set(visible)
    while frontier:
        marks = ",".join("?" * len(frontier))
        parents = {
            row[0]
            for row in db.rows(
                f"select parent_id from parks where id in ({marks}) and parent_id is not null",
                sorted(frontier),
            )
        }
        frontier = parents - visible
        visible |= parents
    zones = context_tree.matching_zones(db, terms)
    matched |= {ItemRef(ItemKind.ZONE, zone_id) for zone_id in zones}
    groups = {key for keys in zones.values() for key in keys}
    return TreeMatches(frozenset(matched), frozenset(visible), frozenset(groups))
