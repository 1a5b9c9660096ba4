"""The catalog: read-only access to the Jimo database as plain Python objects.

The UI asks the catalog for the park tree, the details of any item, the seed article's
claims and search results; it never runs SQL itself. Opening checks the file before
saying it is open: a missing, empty, damaged or wrong-version database raises a
``DatabaseError`` whose message names the file, and no file is ever created or changed.
Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from jimo_desktop import dates, paths
from jimo_desktop.schema import EXPECTED_TABLES, PARK_CATEGORIES, SCHEMA_VERSION, SEARCH_TABLE

# --------------------------------------------------------------------------- errors


class DatabaseError(Exception):
    """An expected fault with the database file; ``str()`` is a message for the user."""

    def __init__(self, path: Path, message: str):
        self.path = path
        super().__init__(message)


class DatabaseMissing(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseVersionMismatch(DatabaseError):
    pass


# --------------------------------------------------------------------------- objects


class ItemKind(StrEnum):
    PARK = "park"
    ORGANIZATION = "organization"
    PROJECT = "project"
    PLACE = "place"
    INDUSTRY = "industry"
    EVENT = "event"
    SOURCE = "source"
    CLAIM = "claim"


_CATEGORY_LABELS = {
    "development zone": "Development zones",
    "industrial park": "Industrial parks and towns",
    "industrial cluster": "Industrial clusters",
    "logistics and trade": "Logistics and trade",
    "tourism and culture": "Tourism and culture",
}

# The order in which kinds are listed in search results.
KIND_ORDER = tuple(ItemKind)


@dataclass(frozen=True, slots=True)
class ItemRef:
    kind: ItemKind
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        """The inverse of ``str()``: ``park:jimo-edz``; ValueError when malformed."""
        kind, sep, item_id = text.partition(":")
        if not sep or not item_id:
            raise ValueError(f"not an item reference: {text!r}")
        return cls(ItemKind(kind), item_id)


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A link to another item, with the names to show and what the link means."""

    ref: ItemRef
    name: str
    name_zh: str = ""
    detail: str = ""  # kind of the item, or role in the link


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str
    address: str
    date: str
    grade: str
    note: str

    @property
    def ref(self) -> ItemRef:
        return ItemRef(ItemKind.SOURCE, self.id)

    @property
    def is_online(self) -> bool:
        return self.address.startswith(("http://", "https://"))

    def citation(self) -> str:
        """A one-line citation: ``Title. Publisher, date. Address (grade B, S15)``."""
        parts = [self.title.rstrip(".") + "."]
        published = ", ".join(p for p in (self.publisher, self.date) if p)
        if published:
            parts.append(published + ".")
        if self.address:
            parts.append(self.address)
        parts.append(f"(grade {self.grade}, {self.id})")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    subject: ItemRef
    subject_name: str
    metric: str
    period: str
    period_start: str
    period_end: str
    value: float | None
    value_text: str
    qualifier: str
    unit: str
    currency: str
    source: Source
    confidence: str
    note: str
    conflict: bool = False  # another figure for the same metric and period disagrees

    @property
    def period_label(self) -> str:
        return dates.describe(self.period)

    @property
    def display_value(self) -> str:
        """The value as published with its unit: ``765.3 (+6.7%) 亿元``, ``No. 14``."""
        text, unit = self.value_text, self.unit
        if not unit or unit in text:
            return text
        if unit == "rank":
            return f"No. {text}" if text[:1].isdigit() else text
        if unit == "%":
            return f"{text}%"
        return f"{text} {unit}"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str
    date_start: str
    date_note: str
    title_en: str
    title_zh: str
    description: str
    confidence: str
    sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]

    @property
    def date_label(self) -> str:
        label = dates.describe(self.date)
        return f"{label} ({self.date_note})" if self.date_note else label


@dataclass(frozen=True, slots=True)
class Park:
    ref: ItemRef
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    kind: str
    level: str
    founded: str
    founded_note: str
    location: str
    summary: str
    admin_code: str
    parent: RelatedItem | None
    places: tuple[RelatedItem, ...]
    industries: tuple[RelatedItem, ...]


@dataclass(frozen=True, slots=True)
class Organization:
    ref: ItemRef
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    kind: str
    stock_code: str
    founded: str
    address: str
    summary: str
    parent: RelatedItem | None
    park: RelatedItem | None
    place: RelatedItem | None


@dataclass(frozen=True, slots=True)
class Project:
    ref: ItemRef
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    kind: str
    started: str
    opened: str
    location: str
    summary: str
    park: RelatedItem | None
    place: RelatedItem | None


@dataclass(frozen=True, slots=True)
class Place:
    ref: ItemRef
    name_en: str
    name_zh: str
    kind: str
    admin_code: str
    latitude: float | None
    longitude: float | None
    summary: str
    parent: RelatedItem | None


@dataclass(frozen=True, slots=True)
class Industry:
    ref: ItemRef
    name_en: str
    name_zh: str
    description: str


Item = Park | Organization | Project | Place | Industry | Source


@dataclass(frozen=True, slots=True)
class Detail:
    """Everything the detail pane shows for one item."""

    item: Item
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]

    @property
    def area(self) -> Figure | None:
        """The latest published area, for the overview card."""
        areas = [f for f in self.figures if f.metric == "Area" and f.value is not None]
        return max(areas, key=lambda f: (f.period_end, f.id), default=None)

    @property
    def conflicts(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.conflict)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    number: int
    claim: str
    status: str
    status_note: str
    evidence: str
    evidence_sources: tuple[Source, ...]
    related: tuple[RelatedItem, ...]


class Grouping(StrEnum):
    KIND = "kind"
    INDUSTRY = "industry"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A node of the park tree: a group, a park, or an item inside a park."""

    key: str  # unique among its siblings
    label: str
    label_zh: str = ""
    ref: ItemRef | None = None  # None for a group that is not an item itself
    count: int = 0  # children (groups: parks in the group)
    detail: str = ""  # kind of the item


@dataclass(frozen=True, slots=True)
class TreeMatches:
    """The result of filtering the tree: matching items and the parks to keep visible."""

    matched: frozenset[ItemRef]
    visible_parks: frozenset[str]

    def shows_park(self, park_id: str) -> bool:
        return park_id in self.visible_parks

    def shows_child(self, parent_park: str, ref: ItemRef) -> bool:
        """Inside a park: everything when the park itself matched, else the matches."""
        if ItemRef(ItemKind.PARK, parent_park) in self.matched:
            return True
        if ref.kind is ItemKind.PARK:
            return ref.id in self.visible_parks
        return ref in self.matched


@dataclass(frozen=True, slots=True)
class SearchHit:
    ref: ItemRef
    title: str
    title_zh: str
    context: str  # where the match is, when it is not in the title


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    terms: tuple[str, ...]
    hits: tuple[SearchHit, ...]

    def by_kind(self) -> list[tuple[ItemKind, list[SearchHit]]]:
        groups: dict[ItemKind, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.ref.kind, []).append(hit)
        return [(kind, groups[kind]) for kind in KIND_ORDER if kind in groups]


@dataclass(frozen=True, slots=True)
class Overview:
    data_as_of: str
    counts: dict[str, int]
    district: Place | None
    sources_by_grade: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- search text

MAX_QUERY_LENGTH = 200


def search_terms(text: str) -> tuple[str, ...]:
    """The terms of a user's query: control and format characters gone, split on space."""
    text = unicodedata.normalize("NFKC", text or "")[:MAX_QUERY_LENGTH]
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    return tuple(dict.fromkeys(term for term in text.split() if term))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _context(text: str, terms: Sequence[str], width: int = 48) -> str:
    folded = text.casefold()
    for term in terms:
        at = folded.find(term.casefold())
        if at >= 0:
            start = max(0, at - width // 2)
            end = min(len(text), at + len(term) + width)
            prefix = "…" if start else ""
            suffix = "…" if end < len(text) else ""
            return prefix + text[start:end].strip() + suffix
    return ""


# --------------------------------------------------------------------------- catalog


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _aliases(value: Any) -> tuple[str, ...]:
    return tuple(a.strip() for a in _s(value).split(";") if a.strip())


_SOURCE_ORDER = "cast(substr(s.id, 2) as integer), s.id"


class Catalog:
    """Read-only queries over one Jimo database file."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._conn = connection
        self._lock = threading.Lock()
        self._meta = {row["key"]: row["value"] for row in self._rows("select key, value from meta")}

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> Catalog:
        """Open ``path`` (default: the bundled database) read-only, after checking it.

        The bundled file is opened immutable (it never changes); any other file is opened
        read-only but not immutable, so a crashed writer's journal is still honoured.
        """
        bundled = path is None
        path = paths.bundled_database() if path is None else Path(path)
        path = path.expanduser().absolute()
        if not path.exists():
            raise DatabaseMissing(path, f"The database file “{path}” was not found.")
        if not path.is_file():
            raise DatabaseMissing(path, f"“{path}” is a folder, not a database file.")
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError as error:
            raise DatabaseMissing(
                path, f"The database file “{path}” cannot be read: {error.strerror}."
            ) from error
        if not header:
            raise DatabaseDamaged(path, f"The database file “{path}” is empty.")
        if header != b"SQLite format 3\x00":
            raise DatabaseDamaged(
                path, f"“{path}” is not a Jimo Explorer database (it is not an SQLite file)."
            )
        uri = path.as_uri() + ("?mode=ro&immutable=1" if bundled else "?mode=ro")
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise DatabaseDamaged(
                path, f"The database file “{path}” cannot be opened: {error}."
            ) from error
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
            cls._probe(path, conn)
            return cls(path, conn)
        except DatabaseError:
            conn.close()
            raise
        except sqlite3.Error as error:
            conn.close()
            raise DatabaseDamaged(
                path, f"The database file “{path}” is damaged and cannot be read ({error})."
            ) from error

    @staticmethod
    def _probe(path: Path, conn: sqlite3.Connection) -> None:
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise DatabaseDamaged(path, f"The database file “{path}” is damaged ({status}).")
        tables = {
            row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")
        }
        if "meta" not in tables:
            raise DatabaseVersionMismatch(
                path, f"“{path}” is an SQLite file, but not a Jimo Explorer database."
            )
        row = conn.execute("select value from meta where key = 'schema_version'").fetchone()
        version = row[0] if row else "none"
        if version != str(SCHEMA_VERSION):
            raise DatabaseVersionMismatch(
                path,
                f"“{path}” has data format version {version}; this version of Jimo Explorer "
                f"reads version {SCHEMA_VERSION}.",
            )
        missing = sorted(set(EXPECTED_TABLES) - tables)
        if missing:
            raise DatabaseDamaged(
                path, f"The database file “{path}” lacks the table(s) {', '.join(missing)}."
            )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    @property
    def meta(self) -> dict[str, str]:
        return dict(self._meta)

    @property
    def data_as_of(self) -> str:
        return self._meta.get("data_as_of", "")

    # -- overview ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = (
            "parks",
            "organizations",
            "projects",
            "industries",
            "figures",
            "events",
            "sources",
            "claims",
            "places",
        )
        sql = " union all ".join(f"select '{t}', count(*) from {t}" for t in tables)
        return {name: count for name, count in self._rows(sql)}

    def overview(self) -> Overview:
        district_row = self._one(
            "select id from places where kind = 'district' order by id limit 1"
        )
        district = self._place(district_row["id"]) if district_row else None
        grades = {
            row[0]: row[1]
            for row in self._rows(
                "select grade, count(*) from sources group by grade order by grade"
            )
        }
        return Overview(self.data_as_of, self.counts(), district, grades)

    # -- names ------------------------------------------------------------------------

    _NAME_SQL: ClassVar[dict[ItemKind, str]] = {
        ItemKind.PARK: "select name_en, name_zh, kind from parks where id = ?",
        ItemKind.ORGANIZATION: "select name_en, name_zh, kind from organizations where id = ?",
        ItemKind.PROJECT: "select name_en, name_zh, kind from projects where id = ?",
        ItemKind.PLACE: "select name_en, name_zh, kind from places where id = ?",
        ItemKind.INDUSTRY: "select name_en, name_zh, 'industry' from industries where id = ?",
        ItemKind.EVENT: "select title_en, title_zh, date from events where id = ?",
        ItemKind.SOURCE: "select title, '', grade from sources where id = ?",
        ItemKind.CLAIM: "select claim, '', status from claims where id = ?",
    }

    def related(self, ref: ItemRef) -> RelatedItem | None:
        """Names of any item, or None when it does not exist."""
        row = self._one(self._NAME_SQL[ref.kind], (ref.id,))
        if row is None:
            return None
        return RelatedItem(ref, _s(row[0]), _s(row[1]), _s(row[2]))

    def exists(self, ref: ItemRef) -> bool:
        return self.related(ref) is not None

    def _related_list(
        self, kind: ItemKind, sql: str, params: Sequence[Any]
    ) -> tuple[RelatedItem, ...]:
        """Rows of (id, name_en, name_zh, detail) as related items of one kind."""
        return tuple(
            RelatedItem(ItemRef(kind, row[0]), _s(row[1]), _s(row[2]), _s(row[3]))
            for row in self._rows(sql, params)
        )

    def _maybe(self, kind: ItemKind, item_id: Any) -> RelatedItem | None:
        return self.related(ItemRef(kind, item_id)) if item_id else None

    # -- tree -------------------------------------------------------------------------

    def tree_groups(self, grouping: Grouping) -> list[TreeNode]:
        """The top level of the park tree, with the number of parks in each group."""
        if grouping is Grouping.KIND:
            order = " ".join(f"when '{c}' then {i}" for i, c in enumerate(PARK_CATEGORIES))
            rows = self._rows(
                f"select category, count(*) from parks group by category "
                f"order by case category {order} else 99 end, category"
            )
            return [
                TreeNode(row[0], _CATEGORY_LABELS.get(row[0], row[0]), count=row[1]) for row in rows
            ]
        if grouping is Grouping.INDUSTRY:
            rows = self._rows(
                """select i.id, i.name_en, i.name_zh, count(pi.park_id) as n
                from industries i join park_industries pi on pi.industry_id = i.id
                group by i.id order by n desc, i.name_en"""
            )
            groups = [
                TreeNode(r[0], r[1], _s(r[2]), ItemRef(ItemKind.INDUSTRY, r[0]), r[3], "industry")
                for r in rows
            ]
            none = self._one(
                """select count(*) from parks p
                where not exists (select 1 from park_industries pi where pi.park_id = p.id)"""
            )
            if none and none[0]:
                groups.append(TreeNode("", "No industry recorded", count=none[0]))
            return groups
        rows = self._rows(
            """select pl.id, pl.name_en, pl.name_zh, pl.kind, count(pp.park_id) as n
            from places pl join park_places pp on pp.place_id = pl.id
            group by pl.id
            order by case pl.kind when 'city' then 0 when 'district' then 1 else 2 end, pl.name_en"""
        )
        groups = [
            TreeNode(r[0], r[1], _s(r[2]), ItemRef(ItemKind.PLACE, r[0]), r[4], r[3]) for r in rows
        ]
        none = self._one(
            """select count(*) from parks p
            where not exists (select 1 from park_places pp where pp.park_id = p.id)"""
        )
        if none and none[0]:
            groups.append(TreeNode("", "No place recorded", count=none[0]))
        return groups

    _PARK_NODE_COLUMNS = """p.id, p.name_en, p.name_zh, p.kind,
        (select count(*) from parks c where c.parent_id = p.id)
        + (select count(*) from projects j where j.park_id = p.id)
        + (select count(*) from organizations o where o.park_id = p.id) as n"""

    def tree_parks(self, grouping: Grouping, key: str) -> list[TreeNode]:
        """The parks in one group of the tree, with the number of items inside each."""
        if grouping is Grouping.KIND:
            where, params = "p.category = ?", (key,)
        elif grouping is Grouping.INDUSTRY:
            if key:
                where = "p.id in (select park_id from park_industries where industry_id = ?)"
                params = (key,)
            else:
                where = "p.id not in (select park_id from park_industries)"
                params = ()
        elif key:
            where = "p.id in (select park_id from park_places where place_id = ?)"
            params = (key,)
        else:
            where, params = "p.id not in (select park_id from park_places)", ()
        rows = self._rows(
            f"select {self._PARK_NODE_COLUMNS} from parks p where {where} order by p.name_en",
            params,
        )
        return [self._park_node(row) for row in rows]

    @staticmethod
    def _park_node(row: sqlite3.Row) -> TreeNode:
        return TreeNode(row[0], row[1], _s(row[2]), ItemRef(ItemKind.PARK, row[0]), row[4], row[3])

    def tree_children(self, ref: ItemRef) -> list[TreeNode]:
        """What is inside a park: zones within it, then projects, then organizations."""
        if ref.kind is not ItemKind.PARK:
            return []
        nodes = [
            self._park_node(row)
            for row in self._rows(
                f"select {self._PARK_NODE_COLUMNS} from parks p where p.parent_id = ? "
                "order by p.name_en",
                (ref.id,),
            )
        ]
        for kind, table in (
            (ItemKind.PROJECT, "projects"),
            (ItemKind.ORGANIZATION, "organizations"),
        ):
            rows = self._rows(
                f"select id, name_en, name_zh, kind from {table} where park_id = ? order by name_en",
                (ref.id,),
            )
            nodes += [
                TreeNode(f"{kind}:{r[0]}", r[1], _s(r[2]), ItemRef(kind, r[0]), 0, r[3])
                for r in rows
            ]
        return nodes

    def tree_path(self, ref: ItemRef, grouping: Grouping) -> list[str] | None:
        """Keys from the top of the tree down to ``ref`` (a park, or an item in a park).

        Used to reveal a search result or a navigated item in the tree; None when the
        item is not in the tree under this grouping.
        """
        park_id: str | None
        leaf: list[str] = []
        if ref.kind is ItemKind.PARK:
            park_id = ref.id
        elif ref.kind in (ItemKind.PROJECT, ItemKind.ORGANIZATION):
            table = "projects" if ref.kind is ItemKind.PROJECT else "organizations"
            row = self._one(f"select park_id from {table} where id = ?", (ref.id,))
            park_id = row[0] if row else None
            leaf = [f"{ref.kind}:{ref.id}"]
        else:
            return None
        if not park_id:
            return None
        for group in self.tree_groups(grouping):
            if any(node.key == park_id for node in self.tree_parks(grouping, group.key)):
                return [group.key, park_id, *leaf]
        return None

    def tree_matches(self, text: str) -> TreeMatches | None:
        """Which tree items match a filter text (names and aliases, every term), and the
        parks that must stay visible to show them; None for an empty filter."""
        terms = search_terms(text)
        if not terms:
            return None
        names = "(coalesce(name_en, '') || ' ' || coalesce(name_zh, '') || ' ' || coalesce(aliases, ''))"
        where = " and ".join(f"{names} like ? escape '\\'" for _ in terms)
        params = [_like_pattern(t) for t in terms]
        matched: set[ItemRef] = set()
        visible: set[str] = set()
        for row in self._rows(f"select id from parks where {where}", params):
            matched.add(ItemRef(ItemKind.PARK, row[0]))
            visible.add(row[0])
        for kind, table in (
            (ItemKind.PROJECT, "projects"),
            (ItemKind.ORGANIZATION, "organizations"),
        ):
            for row in self._rows(f"select id, park_id from {table} where {where}", params):
                matched.add(ItemRef(kind, row[0]))
                if row[1]:
                    visible.add(row[1])
        # Keep the zones that contain a visible park.
        frontier = set(visible)
        while frontier:
            marks = ",".join("?" * len(frontier))
            parents = {
                row[0]
                for row in self._rows(
                    f"select parent_id from parks where id in ({marks}) and parent_id is not null",
                    sorted(frontier),
                )
            }
            frontier = parents - visible
            visible |= parents
        return TreeMatches(frozenset(matched), frozenset(visible))

    # -- details ----------------------------------------------------------------------

    def detail(self, ref: ItemRef) -> Detail | None:
        """Everything about one park, organization, project, place or industry."""
        loader = {
            ItemKind.PARK: self._park_detail,
            ItemKind.ORGANIZATION: self._organization_detail,
            ItemKind.PROJECT: self._project_detail,
            ItemKind.PLACE: self._place_detail,
            ItemKind.INDUSTRY: self._industry_detail,
            ItemKind.SOURCE: self._source_detail,
        }.get(ref.kind)
        return loader(ref.id) if loader else None

    def _item_sources(self, link_table: str, owner_col: str, item_id: str) -> list[Source]:
        return self._sources(
            f"""select s.* from {link_table} l join sources s on s.id = l.source_id
            where l.{owner_col} = ? order by l.position""",
            (item_id,),
        )

    def _sources(self, sql: str, params: Sequence[Any] = ()) -> list[Source]:
        return [self._source(row) for row in self._rows(sql, params)]

    @staticmethod
    def _source(row: sqlite3.Row) -> Source:
        return Source(
            row["id"],
            _s(row["title"]),
            _s(row["publisher"]),
            _s(row["address"]),
            _s(row["date"]),
            _s(row["grade"]),
            _s(row["note"]),
        )

    def source(self, source_id: str) -> Source | None:
        rows = self._sources("select * from sources s where id = ?", (source_id,))
        return rows[0] if rows else None

    def sources(self) -> list[Source]:
        return self._sources(f"select * from sources s order by {_SOURCE_ORDER}")

    def _detail(
        self,
        item: Item,
        own_sources: Iterable[Source],
        events: Sequence[Event],
        related: Sequence[RelatedItem],
    ) -> Detail:
        figures = self.figures_for(item.ref)
        cited: dict[str, Source] = {}
        for source in [
            *own_sources,
            *(f.source for f in figures),
            *(s for e in events for s in e.sources),
        ]:
            cited.setdefault(source.id, source)
        ordered = sorted(
            cited.values(), key=lambda s: (int(s.id[1:]) if s.id[1:].isdigit() else 0, s.id)
        )
        return Detail(item, tuple(figures), tuple(events), tuple(ordered), tuple(related))

    def _park(self, park_id: str) -> Park | None:
        row = self._one("select * from parks where id = ?", (park_id,))
        if row is None:
            return None
        places = self._related_list(
            ItemKind.PLACE,
            """select pl.id, pl.name_en, pl.name_zh, pl.kind from park_places pp
            join places pl on pl.id = pp.place_id where pp.park_id = ? order by pp.position""",
            (park_id,),
        )
        industries = self._related_list(
            ItemKind.INDUSTRY,
            """select i.id, i.name_en, i.name_zh, pi.source_id from park_industries pi
            join industries i on i.id = pi.industry_id where pi.park_id = ? order by i.name_en""",
            (park_id,),
        )
        return Park(
            ItemRef(ItemKind.PARK, park_id),
            row["name_en"],
            _s(row["name_zh"]),
            _aliases(row["aliases"]),
            _s(row["kind"]),
            _s(row["level"]),
            _s(row["founded"]),
            _s(row["founded_note"]),
            _s(row["location"]),
            _s(row["summary"]),
            _s(row["admin_code"]),
            self._maybe(ItemKind.PARK, row["parent_id"]),
            places,
            industries,
        )

    def _park_detail(self, park_id: str) -> Detail | None:
        park = self._park(park_id)
        if park is None:
            return None
        related = [
            *self._related_list(
                ItemKind.PARK,
                "select id, name_en, name_zh, kind from parks where parent_id = ? order by name_en",
                (park_id,),
            ),
            *self._related_list(
                ItemKind.PROJECT,
                "select id, name_en, name_zh, kind from projects where park_id = ? order by name_en",
                (park_id,),
            ),
            *self._related_list(
                ItemKind.ORGANIZATION,
                "select id, name_en, name_zh, kind from organizations where park_id = ? "
                "order by name_en",
                (park_id,),
            ),
        ]
        events = self._events_linked("event_parks", "park_id", park_id)
        return self._detail(
            park, self._item_sources("park_sources", "park_id", park_id), events, related
        )

    def _organization_detail(self, org_id: str) -> Detail | None:
        row = self._one("select * from organizations where id = ?", (org_id,))
        if row is None:
            return None
        org = Organization(
            ItemRef(ItemKind.ORGANIZATION, org_id),
            row["name_en"],
            _s(row["name_zh"]),
            _aliases(row["aliases"]),
            _s(row["kind"]),
            _s(row["stock_code"]),
            _s(row["founded"]),
            _s(row["address"]),
            _s(row["summary"]),
            self._maybe(ItemKind.ORGANIZATION, row["parent_id"]),
            self._maybe(ItemKind.PARK, row["park_id"]),
            self._maybe(ItemKind.PLACE, row["place_id"]),
        )
        related = [
            *self._related_list(
                ItemKind.PROJECT,
                """select j.id, j.name_en, j.name_zh, po.role from project_organizations po
                join projects j on j.id = po.project_id where po.organization_id = ?
                order by j.name_en""",
                (org_id,),
            ),
            *self._related_list(
                ItemKind.ORGANIZATION,
                "select id, name_en, name_zh, kind from organizations where parent_id = ? "
                "order by name_en",
                (org_id,),
            ),
        ]
        events = self._events_linked("event_organizations", "organization_id", org_id)
        own = self._item_sources("organization_sources", "organization_id", org_id)
        return self._detail(org, own, events, related)

    def _project_detail(self, project_id: str) -> Detail | None:
        row = self._one("select * from projects where id = ?", (project_id,))
        if row is None:
            return None
        project = Project(
            ItemRef(ItemKind.PROJECT, project_id),
            row["name_en"],
            _s(row["name_zh"]),
            _aliases(row["aliases"]),
            _s(row["kind"]),
            _s(row["started"]),
            _s(row["opened"]),
            _s(row["location"]),
            _s(row["summary"]),
            self._maybe(ItemKind.PARK, row["park_id"]),
            self._maybe(ItemKind.PLACE, row["place_id"]),
        )
        related = self._related_list(
            ItemKind.ORGANIZATION,
            """select o.id, o.name_en, o.name_zh, po.role from project_organizations po
            join organizations o on o.id = po.organization_id where po.project_id = ?
            order by case po.role when 'operator' then 0 else 1 end, o.name_en""",
            (project_id,),
        )
        events = self._events_linked("event_projects", "project_id", project_id)
        own = self._item_sources("project_sources", "project_id", project_id)
        return self._detail(project, own, events, related)

    def _place(self, place_id: str) -> Place | None:
        row = self._one("select * from places where id = ?", (place_id,))
        if row is None:
            return None
        return Place(
            ItemRef(ItemKind.PLACE, place_id),
            row["name_en"],
            _s(row["name_zh"]),
            _s(row["kind"]),
            _s(row["admin_code"]),
            row["latitude"],
            row["longitude"],
            _s(row["summary"]),
            self._maybe(ItemKind.PLACE, row["parent_id"]),
        )

    def _place_detail(self, place_id: str) -> Detail | None:
        place = self._place(place_id)
        if place is None:
            return None
        related = [
            *self._related_list(
                ItemKind.PLACE,
                "select id, name_en, name_zh, kind from places where parent_id = ? order by admin_code, id",
                (place_id,),
            ),
            *self._related_list(
                ItemKind.PARK,
                """select p.id, p.name_en, p.name_zh, p.kind from park_places pp
                join parks p on p.id = pp.park_id where pp.place_id = ? order by p.name_en""",
                (place_id,),
            ),
            *self._related_list(
                ItemKind.ORGANIZATION,
                "select id, name_en, name_zh, kind from organizations where place_id = ? order by name_en",
                (place_id,),
            ),
            *self._related_list(
                ItemKind.PROJECT,
                "select id, name_en, name_zh, kind from projects where place_id = ? order by name_en",
                (place_id,),
            ),
        ]
        # Events tied to no park, organization or project concern the district as a whole.
        events = (
            self._events_where(
                """not exists (select 1 from event_parks x where x.event_id = e.id)
                and not exists (select 1 from event_organizations x where x.event_id = e.id)
                and not exists (select 1 from event_projects x where x.event_id = e.id)""",
                (),
            )
            if place.kind == "district"
            else []
        )
        own = self._item_sources("place_sources", "place_id", place_id)
        return self._detail(place, own, events, related)

    def _industry_detail(self, industry_id: str) -> Detail | None:
        row = self._one("select * from industries where id = ?", (industry_id,))
        if row is None:
            return None
        industry = Industry(
            ItemRef(ItemKind.INDUSTRY, industry_id),
            row["name_en"],
            _s(row["name_zh"]),
            _s(row["description"]),
        )
        related = self._related_list(
            ItemKind.PARK,
            """select p.id, p.name_en, p.name_zh, p.kind from park_industries pi
            join parks p on p.id = pi.park_id where pi.industry_id = ? order by p.name_en""",
            (industry_id,),
        )
        own = self._sources(
            f"""select distinct s.* from park_industries pi join sources s on s.id = pi.source_id
            where pi.industry_id = ? order by {_SOURCE_ORDER}""",
            (industry_id,),
        )
        return self._detail(industry, own, [], related)

    def _source_detail(self, source_id: str) -> Detail | None:
        """A source with everything that cites it: items, figures, events."""
        source = self.source(source_id)
        if source is None:
            return None
        related: list[RelatedItem] = []
        for kind, table, link in (
            (ItemKind.PARK, "parks", "park_sources"),
            (ItemKind.ORGANIZATION, "organizations", "organization_sources"),
            (ItemKind.PROJECT, "projects", "project_sources"),
            (ItemKind.PLACE, "places", "place_sources"),
        ):
            owner = f"{kind.value}_id"
            related += self._related_list(
                kind,
                f"""select t.id, t.name_en, t.name_zh, t.kind from {link} l
                join {table} t on t.id = l.{owner} where l.source_id = ? order by t.name_en""",
                (source_id,),
            )
        figures = self._figures("f.source_id = ?", (source_id,))
        events = self._events_where(
            "e.id in (select event_id from event_sources where source_id = ?)", (source_id,)
        )
        return Detail(source, tuple(figures), tuple(events), (source,), tuple(related))

    # -- figures ----------------------------------------------------------------------

    _FIGURE_SQL = """
        select f.*, s.id as s_id, s.title as s_title, s.publisher as s_publisher,
            s.address as s_address, s.date as s_date, s.grade as s_grade, s.note as s_note,
            coalesce(pa.name_en, o.name_en, j.name_en, pl.name_en) as subject_name
        from figures f join sources s on s.id = f.source_id
        left join parks pa on f.subject_type = 'park' and pa.id = f.subject_id
        left join organizations o on f.subject_type = 'organization' and o.id = f.subject_id
        left join projects j on f.subject_type = 'project' and j.id = f.subject_id
        left join places pl on f.subject_type = 'place' and pl.id = f.subject_id
    """

    def _figures(self, where: str, params: Sequence[Any]) -> list[Figure]:
        rows = self._rows(
            f"{self._FIGURE_SQL} where {where} order by f.metric, f.period_start, f.period_end, f.id",
            params,
        )
        figures = []
        for row in rows:
            source = Source(
                row["s_id"],
                _s(row["s_title"]),
                _s(row["s_publisher"]),
                _s(row["s_address"]),
                _s(row["s_date"]),
                _s(row["s_grade"]),
                _s(row["s_note"]),
            )
            figures.append(
                Figure(
                    row["id"],
                    ItemRef(ItemKind(row["subject_type"]), row["subject_id"]),
                    _s(row["subject_name"]),
                    row["metric"],
                    _s(row["period"]),
                    _s(row["period_start"]),
                    _s(row["period_end"]),
                    row["value"],
                    row["value_text"],
                    row["qualifier"],
                    _s(row["unit"]),
                    _s(row["currency"]),
                    source,
                    row["confidence"],
                    _s(row["note"]),
                )
            )
        return _flag_conflicts(figures)

    def figures_for(self, ref: ItemRef) -> list[Figure]:
        """All figures about one item, by metric then period."""
        return self._figures("f.subject_type = ? and f.subject_id = ?", (ref.kind.value, ref.id))

    def figures_for_metric(self, metric: str) -> list[Figure]:
        """One metric across every subject (for comparisons)."""
        return self._figures("f.metric = ?", (metric,))

    def metrics(self) -> list[tuple[str, int]]:
        """Every metric with the number of subjects it is published for."""
        rows = self._rows(
            """select metric, count(distinct subject_type || ':' || subject_id) from figures
            group by metric order by metric"""
        )
        return [(row[0], row[1]) for row in rows]

    # -- events -----------------------------------------------------------------------

    def _events_linked(self, link_table: str, column: str, item_id: str) -> list[Event]:
        return self._events_where(
            f"e.id in (select event_id from {link_table} where {column} = ?)", (item_id,)
        )

    def _events_where(self, where: str, params: Sequence[Any]) -> list[Event]:
        rows = self._rows(
            f"select * from events e where {where} order by e.date_start, e.id", params
        )
        return [self._event(row) for row in rows]

    def event(self, event_id: str) -> Event | None:
        events = self._events_where("e.id = ?", (event_id,))
        return events[0] if events else None

    def events(self) -> list[Event]:
        return self._events_where("1", ())

    def _event(self, row: sqlite3.Row) -> Event:
        event_id = row["id"]
        related = [
            *self._related_list(
                ItemKind.PARK,
                """select p.id, p.name_en, p.name_zh, p.kind from event_parks x
                join parks p on p.id = x.park_id where x.event_id = ? order by x.position""",
                (event_id,),
            ),
            *self._related_list(
                ItemKind.ORGANIZATION,
                """select o.id, o.name_en, o.name_zh, o.kind from event_organizations x
                join organizations o on o.id = x.organization_id where x.event_id = ?
                order by x.position""",
                (event_id,),
            ),
            *self._related_list(
                ItemKind.PROJECT,
                """select j.id, j.name_en, j.name_zh, j.kind from event_projects x
                join projects j on j.id = x.project_id where x.event_id = ? order by x.position""",
                (event_id,),
            ),
        ]
        return Event(
            event_id,
            row["date"],
            row["date_start"],
            _s(row["date_note"]),
            row["title_en"],
            _s(row["title_zh"]),
            _s(row["description"]),
            row["confidence"],
            tuple(self._item_sources("event_sources", "event_id", event_id)),
            tuple(related),
        )

    # -- claims -----------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        """The seed article's claims, in the article's order, with evidence."""
        claims = []
        for row in self._rows("select * from claims order by number"):
            claim_id = row["id"]
            related = [
                *self._related_list(
                    ItemKind.PARK,
                    """select p.id, p.name_en, p.name_zh, p.kind from claim_parks x
                    join parks p on p.id = x.park_id where x.claim_id = ? order by x.position""",
                    (claim_id,),
                ),
                *self._related_list(
                    ItemKind.ORGANIZATION,
                    """select o.id, o.name_en, o.name_zh, o.kind from claim_organizations x
                    join organizations o on o.id = x.organization_id where x.claim_id = ?
                    order by x.position""",
                    (claim_id,),
                ),
                *self._related_list(
                    ItemKind.PROJECT,
                    """select j.id, j.name_en, j.name_zh, j.kind from claim_projects x
                    join projects j on j.id = x.project_id where x.claim_id = ? order by x.position""",
                    (claim_id,),
                ),
            ]
            claims.append(
                Claim(
                    claim_id,
                    row["number"],
                    row["claim"],
                    row["status"],
                    _s(row["status_note"]),
                    _s(row["evidence"]),
                    tuple(self._item_sources("claim_sources", "claim_id", claim_id)),
                    tuple(related),
                )
            )
        return claims

    # -- facets -----------------------------------------------------------------------

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Counts of parks by kind, level and industry, and of sources by grade."""

        def pairs(sql: str) -> list[tuple[str, int]]:
            return [(_s(row[0]) or "none known", row[1]) for row in self._rows(sql)]

        return {
            "category": pairs(
                "select category, count(*) n from parks group by category order by n desc, category"
            ),
            "kind": pairs("select kind, count(*) n from parks group by kind order by n desc, kind"),
            "level": pairs(
                "select level, count(*) n from parks group by level order by n desc, level"
            ),
            "industry": pairs(
                """select i.name_en, count(*) n from park_industries pi
                join industries i on i.id = pi.industry_id group by i.id order by n desc, i.name_en"""
            ),
            "grade": pairs("select grade, count(*) from sources group by grade order by grade"),
        }

    # -- search -----------------------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> SearchResults:
        """Find items of every kind by English or Chinese text; never raises on user input.

        Terms of three or more characters go through the trigram full-text index; a query
        with a shorter term (一两个汉字 such as 即墨) is answered by an escaped LIKE scan.
        Every term must match. An empty query finds nothing.
        """
        terms = search_terms(text)
        if not terms:
            return SearchResults(text, (), ())
        limit = max(1, min(int(limit), 1000))
        columns = "s.kind, s.item_id, s.title, s.title_zh, s.aliases, s.body"
        haystack = (
            "coalesce(s.title, '') || ' ' || coalesce(s.title_zh, '') || ' ' || "
            "coalesce(s.aliases, '') || ' ' || coalesce(s.body, '')"
        )
        title_text = "coalesce(s.title, '') || ' ' || coalesce(s.title_zh, '') || ' ' || coalesce(s.aliases, '')"
        kind_rank = (
            "case s.kind "
            + " ".join(f"when '{kind.value}' then {i}" for i, kind in enumerate(KIND_ORDER))
            + " end"
        )
        title_rank = f"case when {title_text} like ? escape '\\' then 0 else 1 end"
        if all(len(term) >= 3 for term in terms):
            sql = f"""select {columns} from {SEARCH_TABLE}_fts f
                join {SEARCH_TABLE} s on s.rowid = f.rowid
                where {SEARCH_TABLE}_fts match ?
                order by {title_rank}, {kind_rank}, s.title limit ?"""
            params: list[Any] = [
                " ".join(_fts_phrase(t) for t in terms),
                _like_pattern(terms[0]),
                limit,
            ]
        else:
            where = " and ".join(f"{haystack} like ? escape '\\'" for _ in terms)
            sql = f"""select {columns} from {SEARCH_TABLE} s where {where}
                order by {title_rank}, {kind_rank}, s.title limit ?"""
            params = [*(_like_pattern(t) for t in terms), _like_pattern(terms[0]), limit]
        try:
            rows = self._rows(sql, params)
        except sqlite3.OperationalError:
            return SearchResults(text, terms, ())
        hits = []
        for row in rows:
            title_line = " ".join(_s(row[c]) for c in ("title", "title_zh", "aliases"))
            in_title = all(t.casefold() in title_line.casefold() for t in terms)
            context = "" if in_title else _context(_s(row["body"]) or _s(row["aliases"]), terms)
            hits.append(
                SearchHit(
                    ItemRef(ItemKind(row["kind"]), row["item_id"]),
                    row["title"],
                    _s(row["title_zh"]),
                    context,
                )
            )
        return SearchResults(text, terms, tuple(hits))

    # ----------------------------------------------------------------------------------
    # Additions for the shortlist, comparison and CSV export (issue 5). New methods only:
    # nothing above this line was changed.
    # ----------------------------------------------------------------------------------

    # The tables whose rows can be exported as they are, with their natural order.
    _EXPORT_ORDER: ClassVar[dict[str, str]] = {
        "parks": "name_en, id",
        "organizations": "name_en, id",
        "projects": "name_en, id",
        "places": "admin_code, id",
        "industries": "name_en, id",
        "events": "date_start, id",
        "sources": "cast(substr(id, 2) as integer), id",
        "claims": "number, id",
    }
    # Owner tables and the link tables that list their sources.
    _SOURCE_LINKS: ClassVar[dict[str, tuple[str, str]]] = {
        "parks": ("park_sources", "park_id"),
        "organizations": ("organization_sources", "organization_id"),
        "projects": ("project_sources", "project_id"),
        "places": ("place_sources", "place_id"),
        "events": ("event_sources", "event_id"),
        "claims": ("claim_sources", "claim_id"),
    }

    def table_rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of one of the item tables, as a dict, in the table's natural order."""
        order = self._EXPORT_ORDER.get(table)
        if order is None:
            raise ValueError(f"not an exportable table: {table!r}")
        return [dict(row) for row in self._rows(f"select * from {table} order by {order}")]

    def sources_by_owner(self, table: str) -> dict[str, list[Source]]:
        """The sources of every row of ``table`` (parks, organizations, projects, places,
        events, claims), in the order the record lists them."""
        link, owner = self._SOURCE_LINKS[table]
        found: dict[str, list[Source]] = {}
        rows = self._rows(
            f"""select l.{owner} as owner_id, s.* from {link} l
            join sources s on s.id = l.source_id order by l.{owner}, l.position"""
        )
        for row in rows:
            found.setdefault(row["owner_id"], []).append(self._source(row))
        return found

    def item_sources(self, ref: ItemRef) -> list[Source]:
        """The sources an item's own record cites (not those of its figures or events)."""
        table = {
            ItemKind.PARK: "parks",
            ItemKind.ORGANIZATION: "organizations",
            ItemKind.PROJECT: "projects",
            ItemKind.PLACE: "places",
            ItemKind.EVENT: "events",
            ItemKind.CLAIM: "claims",
        }.get(ref.kind)
        if table is None:
            if ref.kind is ItemKind.SOURCE:
                source = self.source(ref.id)
                return [source] if source else []
            if ref.kind is ItemKind.INDUSTRY:
                return self._sources(
                    f"""select distinct s.* from park_industries pi
                    join sources s on s.id = pi.source_id where pi.industry_id = ?
                    order by {_SOURCE_ORDER}""",
                    (ref.id,),
                )
            return []
        link, owner = self._SOURCE_LINKS[table]
        return self._item_sources(link, owner, ref.id)

    def park_industry_links(self) -> dict[str, list[tuple[RelatedItem, str]]]:
        """park id -> its industries, each with the id of the source that records it."""
        found: dict[str, list[tuple[RelatedItem, str]]] = {}
        rows = self._rows(
            """select pi.park_id, i.id, i.name_en, i.name_zh, pi.source_id
            from park_industries pi join industries i on i.id = pi.industry_id
            order by pi.park_id, i.name_en"""
        )
        for row in rows:
            item = RelatedItem(ItemRef(ItemKind.INDUSTRY, row[1]), _s(row[2]), _s(row[3]))
            found.setdefault(row[0], []).append((item, row[4]))
        return found

    def project_organization_links(self) -> dict[str, list[tuple[RelatedItem, str]]]:
        """project id -> its organizations (detail: role), each with its source id."""
        found: dict[str, list[tuple[RelatedItem, str]]] = {}
        rows = self._rows(
            """select po.project_id, o.id, o.name_en, o.name_zh, po.role, po.source_id
            from project_organizations po join organizations o on o.id = po.organization_id
            order by po.project_id, case po.role when 'operator' then 0 else 1 end, o.name_en"""
        )
        for row in rows:
            item = RelatedItem(
                ItemRef(ItemKind.ORGANIZATION, row[1]), _s(row[2]), _s(row[3]), _s(row[4])
            )
            found.setdefault(row[0], []).append((item, row[5]))
        return found

    def park_place_links(self) -> dict[str, list[RelatedItem]]:
        """park id -> the places it lies in, in the record's order."""
        found: dict[str, list[RelatedItem]] = {}
        rows = self._rows(
            """select pp.park_id, pl.id, pl.name_en, pl.name_zh, pl.kind from park_places pp
            join places pl on pl.id = pp.place_id order by pp.park_id, pp.position"""
        )
        for row in rows:
            item = RelatedItem(ItemRef(ItemKind.PLACE, row[1]), _s(row[2]), _s(row[3]), _s(row[4]))
            found.setdefault(row[0], []).append(item)
        return found

    def all_figures(self) -> list[Figure]:
        """Every figure, by metric then period, conflicts flagged."""
        return self._figures("1", ())


def _flag_conflicts(figures: list[Figure]) -> list[Figure]:
    """Mark figures whose subject, metric and period carry more than one value."""
    values: dict[tuple[Any, ...], set[tuple[Any, ...]]] = {}
    for f in figures:
        key = (f.subject, f.metric, f.period)
        values.setdefault(key, set()).add((f.value, f.qualifier, f.unit, f.value_text))
    flagged = []
    for f in figures:
        distinct = {(v, q, u) for v, q, u, _ in values[(f.subject, f.metric, f.period)]}
        if len(distinct) > 1:
            f = replace(f, conflict=True)
        flagged.append(f)
    return flagged
