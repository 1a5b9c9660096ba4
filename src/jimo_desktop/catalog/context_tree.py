"""The tree's Context grouping: China's catalogue of development zones (2018), by province,
then city, then zone, with counts.

A province's key is ``p:`` and its name (``p:山东省``); a city's is ``c:``, the province, ``|``
and the id of the city among the places of the data (``c:山东省|qingdao``), or nothing after
the ``|`` for the zones whose city no source gives ("city not stated": the catalogue's place
is kept as published and nothing is guessed from it). A zone's city is the place
``zone_places.csv`` says its catalogue place is, when that place is a city or in one.
Shandong comes first, and in it Qingdao; then the provinces by the code the catalogue gives
them (the two digits after G or S); zones by code. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.catalog.search import like_pattern
from jimo_desktop.catalog.tree_nodes import TreeNode
from jimo_desktop.catalog.zones import has_catalogue
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.schema import ZONE_PARKS_TABLE, ZONES_TABLE
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

CITY_NOT_STATED = QT_TRANSLATE_NOOP("ParkTreeModel", "City not stated")
HOME_PROVINCE = "山东省"  # Qingdao's
HOME_CITY = "qingdao"

# A zone's city: the city its place is or is in (``zones.city_id``, written by the build).
_CITY = "z.city_id"
_IN_CITY = "z.city_id = ?"
_NO_CITY = "z.city_id is null"
_PROVINCE_ORDER = f"order by (province = '{HOME_PROVINCE}') desc, min(substr(code, 2, 2)), province"


def province_key(province: str) -> str:
    return f"p:{province}"


def city_key(province: str, city: str) -> str:
    return f"c:{province}|{city}"


def provinces(db: Database) -> list[TreeNode]:
    """The top of the Context grouping: the provinces, each with its number of zones."""
    if not has_catalogue(db):
        return []
    rows = db.rows(
        f"select province, count(*) from {ZONES_TABLE} group by province {_PROVINCE_ORDER}"
    )
    nodes = []
    for row in rows:
        cells = Cells(db.path, ZONES_TABLE, row)
        province = cells.text(0)
        nodes.append(
            TreeNode(
                province_key(province), "", province, count=cells.integer(1), counts_within=True
            )
        )
    return nodes


def cities(db: Database, province: str) -> list[TreeNode]:
    """The cities of a province that have zones (Qingdao first), then "city not stated"."""
    rows = db.rows(
        f"""select c.id, c.name_en, c.name_zh, n from
        (select {_CITY} as city, count(*) as n from {ZONES_TABLE} z
         where z.province = ? group by city) x
        left join places c on c.id = x.city
        order by x.city is null, x.city != '{HOME_CITY}', c.name_en""",
        (province,),
    )
    nodes = []
    for row in rows:
        cells = Cells(db.path, "places", row)
        city = cells.text(0)
        count = cells.integer(3)
        if city:
            ref = ItemRef(ItemKind.PLACE, city)
            nodes.append(
                TreeNode(
                    city_key(province, city), cells.text(1), cells.text(2), ref, count,
                    "city", subgroup=True,
                )
            )  # fmt: skip
        else:
            nodes.append(
                TreeNode(city_key(province, ""), CITY_NOT_STATED, count=count, subgroup=True)
            )
    return nodes


def zones_in(db: Database, key: str, offset: int = 0, limit: int | None = None) -> list[TreeNode]:
    """The zones of a city key, by code; from the ``offset``-th, at most ``limit``."""
    province, _, city = key.removeprefix("c:").partition("|")
    params: tuple[object, ...] = (province, city) if city else (province,)
    rows = db.rows(
        f"""select z.id, z.name_zh, z.zone_type, p.name_en, p.name_zh, l.confidence
        from {ZONES_TABLE} z
        left join (select zone_id, min(park_id) as park_id, min(confidence) as confidence
            from {ZONE_PARKS_TABLE} group by zone_id) l on l.zone_id = z.id
        left join parks p on p.id = l.park_id
        where z.province = ? and {_IN_CITY if city else _NO_CITY}
        order by z.code, z.id limit ? offset ?""",
        (*params, -1 if limit is None else max(limit, 0), max(offset, 0)),
    )
    nodes = []
    for row in rows:
        cells = Cells(db.path, ZONES_TABLE, row)
        ref = ItemRef(ItemKind.ZONE, cells.ident(0))
        park = (cells.text(3), cells.text(4), cells.text(5)) if cells.text(5) else ()
        nodes.append(TreeNode(ref.id, "", cells.text(1), ref, 0, cells.text(2), is_park=park))
    return nodes


def nodes_in(db: Database, key: str, offset: int = 0, limit: int | None = None) -> list[TreeNode]:
    """What is in a group of the Context grouping: a province's cities or a city's zones."""
    if key.startswith("p:"):
        return cities(db, key.removeprefix("p:"))[
            offset : None if limit is None else offset + limit
        ]
    if key.startswith("c:"):
        return zones_in(db, key, offset, limit)
    return []


def zone_keys(db: Database, zone_id: str) -> tuple[str, str] | None:
    """The keys of a zone's province and city; None when it is not in the catalogue."""
    if not has_catalogue(db):
        return None
    row = db.one(f"select z.province, {_CITY} from {ZONES_TABLE} z where z.id = ?", (zone_id,))
    if row is None:
        return None
    cells = Cells(db.path, ZONES_TABLE, row)
    province = cells.text(0)
    return province_key(province), city_key(province, cells.text(1))


def matching_zones(db: Database, terms: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The zones whose name, code, province or place holds every term, with their keys."""
    if not has_catalogue(db) or not terms:
        return {}
    names = "(z.name_zh || ' ' || z.code || ' ' || z.province || ' ' || coalesce(z.place, ''))"
    where = " and ".join(f"{names} like ? escape '\\'" for _ in terms)
    rows = db.rows(
        f"select z.id, z.province, {_CITY} from {ZONES_TABLE} z where {where}",
        [like_pattern(t) for t in terms],
    )
    found = {}
    for row in rows:
        cells = Cells(db.path, ZONES_TABLE, row)
        province = cells.text(1)
        found[cells.ident(0)] = (province_key(province), city_key(province, cells.text(2)))
    return found
