"""The public schema of ``data/jimo.db``, declared once.

The build reads the CSV files under ``data/sources/`` through these declarations, the
catalog checks an opened database against them, and the export names its columns after
them. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from jimo_desktop.items import PUBLISHED, ItemKind

SCHEMA_VERSION = 1


class CellKind(Enum):
    """How a CSV cell is read and stored."""

    ID = "id"  # primary key, unique, required
    TEXT = "text"
    NUMBER = "number"  # stored as REAL
    INTEGER = "integer"
    DATE = "date"  # partial date: YYYY, YYYY-MM, YYYY-MM-DD
    DATE_RANGE = "date_range"  # partial date or START/END
    PERIOD = "period"  # figures' periods (half-years, quarters, open ranges)
    CHOICE = "choice"
    REF = "ref"  # one id of another table
    REFS = "refs"  # `;` list of ids of another table: becomes a link table
    WORDS = "words"  # `;` list of free words (aliases): stored as "a; b"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: CellKind = CellKind.TEXT
    required: bool = False
    ref: str | None = None  # the table a REF/REFS column points to
    choices: tuple[str, ...] = ()
    link_table: str | None = None  # for REFS: the name of the link table


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    pk: tuple[str, ...] = ("id",)
    description: str = ""
    derived: dict[str, str] = field(default_factory=dict)  # extra stored columns -> SQL type

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


def _sources(table: str, *, required: bool = True) -> Column:
    return Column(
        "source_ids", CellKind.REFS, required=required, ref="sources", link_table=f"{table}_sources"
    )


GRADES = ("A", "B", "C", "A/B", "C/B")
LEVELS = ("national", "provincial", "municipal")
# The broad families the tree groups parks by; `kind` keeps the precise wording.
PARK_CATEGORIES = (
    "development zone",
    "industrial park",
    "industrial cluster",
    "logistics and trade",
    "tourism and culture",
)
QUALIFIERS = ("=", ">", ">=", "~", "<", "<=")
CONFIDENCE = ("stated", "inferred")
CLAIM_STATUSES = ("corroborated", "partly corroborated", "not corroborated", "contradicted")
SUBJECT_TYPES = ("place", "park", "organization", "project")
PLACE_KINDS = ("city", "district", "county-level city", "sub-district", "town")
ORGANIZATION_KINDS = (
    "company", "joint venture", "group", "authority", "research institute", "association",
)  # fmt: skip
PROJECT_ROLES = ("operator", "partner", "investor", "developer")
CURRENCIES = ("CNY", "USD", "EUR")
# What kind of quantity a metric is (the metric vocabulary, metrics.csv).
UNIT_FAMILIES = ("area", "count", "rate", "money", "share", "rank", "length", "temperature", "time")
YES_NO = ("yes", "no")
# Where a Chinese name of the vocabulary or of an organization comes from: written as a
# source publishes it, the project's own translation (no source gives one), or the project's
# own shortening of a longer published name. The build checks a published one against the
# research file (``build.name_checks``).
NAME_ORIGINS = (PUBLISHED, "own translation", "own shortening")
# Why figures of different periods are not a series (disputes.csv).
DISPUTE_KINDS = ("disputed", "not comparable")

TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        (
            Column("id", CellKind.ID),
            Column("title", required=True),
            Column("publisher"),
            Column("address"),
            Column("date", CellKind.DATE),
            Column("grade", CellKind.CHOICE, required=True, choices=GRADES),
            Column("note"),
        ),
        description="Every document a fact was taken from, with its reliability grade.",
    ),
    Table(
        "places",
        (
            Column("id", CellKind.ID),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("aliases", CellKind.WORDS),
            Column("kind", CellKind.CHOICE, required=True, choices=PLACE_KINDS),
            Column("admin_code"),
            Column("parent_id", CellKind.REF, ref="places"),
            Column("latitude", CellKind.NUMBER),
            Column("longitude", CellKind.NUMBER),
            Column("summary"),
            _sources("place"),
        ),
        description="Qingdao, Jimo District and its sub-districts and towns (NBS codes).",
    ),
    Table(
        "industries",
        (
            Column("id", CellKind.ID),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("name_zh_origin", CellKind.CHOICE, choices=NAME_ORIGINS),
            Column("description"),
        ),
        description=(
            "The vocabulary of industries parks are linked to; name_zh_origin says whether "
            "the Chinese label is published or the project's own translation."
        ),
    ),
    Table(
        "parks",
        (
            Column("id", CellKind.ID),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("aliases", CellKind.WORDS),
            Column("kind", required=True),
            Column("category", CellKind.CHOICE, required=True, choices=PARK_CATEGORIES),
            Column("level", CellKind.CHOICE, choices=LEVELS),
            Column("parent_id", CellKind.REF, ref="parks"),
            Column("place_ids", CellKind.REFS, ref="places", link_table="park_place_ids"),
            Column("admin_code"),
            Column("founded", CellKind.DATE),
            Column("founded_note"),
            Column("location"),
            Column("summary"),
            _sources("park"),
        ),
        description="Development zones, parks, clusters, hubs, market clusters and resorts.",
    ),
    Table(
        "park_places",
        (
            Column("park_id", CellKind.REF, required=True, ref="parks"),
            Column("place_id", CellKind.REF, required=True, ref="places"),
            Column("source_id", CellKind.REF, required=True, ref="sources"),
            Column("note"),
        ),
        pk=("park_id", "place_id"),
        description=(
            "Where each park is: the places its sources put it in, each link with its source "
            "and what the source says (``jimo`` when only the district is given)."
        ),
        derived={"position": "INTEGER"},
    ),
    Table(
        "park_industries",
        (
            Column("park_id", CellKind.REF, required=True, ref="parks"),
            Column("industry_id", CellKind.REF, required=True, ref="industries"),
            Column("source_id", CellKind.REF, required=True, ref="sources"),
            Column("note"),
        ),
        pk=("park_id", "industry_id"),
        description="Which park has which industry, each link with its source.",
    ),
    Table(
        "organizations",
        (
            Column("id", CellKind.ID),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("name_zh_origin", CellKind.CHOICE, choices=NAME_ORIGINS),
            Column("aliases", CellKind.WORDS),
            Column("kind", CellKind.CHOICE, required=True, choices=ORGANIZATION_KINDS),
            Column("stock_code"),
            Column("founded", CellKind.DATE),
            Column("address"),
            Column("parent_id", CellKind.REF, ref="organizations"),
            Column("park_id", CellKind.REF, ref="parks"),
            Column("place_id", CellKind.REF, ref="places"),
            Column("summary"),
            _sources("organization"),
        ),
        description="Companies, joint-venture partners, authorities and institutes.",
    ),
    Table(
        "projects",
        (
            Column("id", CellKind.ID),
            Column("name_en", required=True),
            Column("name_zh"),
            Column("aliases", CellKind.WORDS),
            Column("kind", required=True),
            Column("park_id", CellKind.REF, ref="parks"),
            Column("place_id", CellKind.REF, ref="places"),
            Column("started", CellKind.DATE),
            Column("opened", CellKind.DATE),
            Column("location"),
            Column("summary"),
            _sources("project"),
        ),
        description="Plants, assembly lines, logistics parks, markets and other projects.",
    ),
    Table(
        "project_organizations",
        (
            Column("project_id", CellKind.REF, required=True, ref="projects"),
            Column("organization_id", CellKind.REF, required=True, ref="organizations"),
            Column("role", CellKind.CHOICE, required=True, choices=PROJECT_ROLES),
            Column("source_id", CellKind.REF, required=True, ref="sources"),
        ),
        pk=("project_id", "organization_id", "role"),
        description="Who runs, invests in or develops each project.",
    ),
    Table(
        "metrics",
        (
            Column("metric", CellKind.ID),
            Column("group_key", required=True),
            Column("label_en", required=True),
            Column("label_zh"),
            Column("label_zh_source", CellKind.REF, ref="sources"),
            Column("integer", CellKind.CHOICE, required=True, choices=YES_NO),
            Column("unit_family", CellKind.CHOICE, required=True, choices=UNIT_FAMILIES),
        ),
        pk=("metric",),
        description=(
            "The metric vocabulary: every metric figures use, its group, its English and "
            "Chinese labels (the project's own translation unless label_zh_source gives a "
            "source), whether it counts whole units, and its kind of quantity."
        ),
    ),
    Table(
        "figures",
        (
            Column("id", CellKind.ID),
            Column("subject_type", CellKind.CHOICE, required=True, choices=SUBJECT_TYPES),
            Column("subject_id", required=True),
            Column("metric", required=True),
            Column("period", CellKind.PERIOD),
            Column("value", CellKind.NUMBER),
            Column("value_text", required=True),
            Column("qualifier", CellKind.CHOICE, required=True, choices=QUALIFIERS),
            Column("unit"),
            Column("currency", CellKind.CHOICE, choices=CURRENCIES),
            _sources("figure"),
            Column("confidence", CellKind.CHOICE, required=True, choices=CONFIDENCE),
            Column("doubt"),
            Column("note"),
        ),
        description=(
            "Every published number, with qualifier, unit, period and its sources (in "
            "``figure_sources``, in order; ``source_id`` is the first); ``doubt`` says why a "
            "figure is doubtful or not preferred (empty when it is not)."
        ),
        derived={"period_start": "TEXT", "period_end": "TEXT", "source_id": "TEXT"},
    ),
    Table(
        "disputes",
        (
            Column("id", CellKind.ID),
            Column("kind", CellKind.CHOICE, required=True, choices=DISPUTE_KINDS),
            Column(
                "figure_ids",
                CellKind.REFS,
                required=True,
                ref="figures",
                link_table="dispute_figures",
            ),
            Column("description", required=True),
            Column("noted_in", required=True),
        ),
        description=(
            "Figures that are not a trend: values of one thing on which sources disagree "
            "(``disputed``), or values that may not be of the same thing (``not comparable``)."
        ),
    ),
    Table(
        "events",
        (
            Column("id", CellKind.ID),
            Column("date", CellKind.DATE_RANGE, required=True),
            Column("date_note"),
            Column("title_en", required=True),
            Column("title_zh"),
            Column("description"),
            Column("park_ids", CellKind.REFS, ref="parks", link_table="event_parks"),
            Column(
                "organization_ids",
                CellKind.REFS,
                ref="organizations",
                link_table="event_organizations",
            ),
            Column("project_ids", CellKind.REFS, ref="projects", link_table="event_projects"),
            _sources("event"),
            Column("confidence", CellKind.CHOICE, required=True, choices=CONFIDENCE),
        ),
        description="Dated events linked to parks, organizations and projects.",
        derived={"date_start": "TEXT", "date_end": "TEXT"},
    ),
    Table(
        "claims",
        (
            Column("id", CellKind.ID),
            Column("number", CellKind.INTEGER, required=True),
            Column("claim", required=True),
            Column("status", CellKind.CHOICE, required=True, choices=CLAIM_STATUSES),
            Column("status_note"),
            Column("evidence"),
            Column("source_id", CellKind.REF, required=True, ref="sources"),
            Column("evidence_source_ids", CellKind.REFS, ref="sources", link_table="claim_sources"),
            Column("park_ids", CellKind.REFS, ref="parks", link_table="claim_parks"),
            Column(
                "organization_ids",
                CellKind.REFS,
                ref="organizations",
                link_table="claim_organizations",
            ),
            Column("project_ids", CellKind.REFS, ref="projects", link_table="claim_projects"),
        ),
        description="The seed article's claims with their check status and evidence.",
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}


def link_tables() -> dict[str, tuple[str, str, str, str]]:
    """Every link table: name -> (owner table, owner column, target table, target column)."""
    links: dict[str, tuple[str, str, str, str]] = {}
    for table in TABLES:
        owner_col = f"{table.name.removesuffix('s')}_id"
        for column in table.columns:
            if column.kind is CellKind.REFS:
                assert column.link_table and column.ref
                target_col = f"{column.ref.removesuffix('s')}_id"
                links[column.link_table] = (table.name, owner_col, column.ref, target_col)
    return links


@dataclass(frozen=True, slots=True)
class ItemTable:
    """Where the records of one kind of item live."""

    kind: ItemKind
    name: str  # the table: "parks"
    id_column: str  # how a link table names one: "park_id"
    sources_link: str | None  # the link table of the record's own sources: "park_sources"


def _item_table(kind: ItemKind, name: str) -> ItemTable:
    links = [
        c.link_table
        for c in TABLES_BY_NAME[name].columns
        if c.kind is CellKind.REFS and c.ref == "sources"
    ]
    return ItemTable(kind, name, f"{kind.value}_id", links[0] if links else None)


# The one map of item kinds to their tables, from the declarations above.
ITEM_TABLES: dict[ItemKind, ItemTable] = {
    kind: _item_table(kind, name)
    for kind, name in (
        (ItemKind.PARK, "parks"),
        (ItemKind.ORGANIZATION, "organizations"),
        (ItemKind.PROJECT, "projects"),
        (ItemKind.PLACE, "places"),
        (ItemKind.INDUSTRY, "industries"),
        (ItemKind.EVENT, "events"),
        (ItemKind.SOURCE, "sources"),
        (ItemKind.CLAIM, "claims"),
    )
}

# Tables whose rows state facts: each needs at least one source.
SUBJECT_TABLES = {kind: ITEM_TABLES[ItemKind(kind)].name for kind in SUBJECT_TYPES}

# The map's outlines: one row per place drawn, from data/sources/boundaries-osm.geojson
# (not a CSV table: ``build.boundaries`` reads it), simplified for the screen.
BOUNDARY_FILE = "boundaries-osm.geojson"
BOUNDARIES_TABLE = "boundaries"
BOUNDARY_COLUMNS = (
    "place_id", "level", "osm_id", "source_id", "geometry", "rings", "label_lon", "label_lat",
)  # fmt: skip
# The coast: GSHHG's shoreline around Qingdao (data/sources/coast-gshhg.geojson, read by
# ``build.coast``): the sea, the shoreline and Jimo's sea edge, simplified for the screen.
# Optional: a database built before it still opens, with a map without the sea.
COAST_FILE = "coast-gshhg.geojson"
COAST_TABLE = "coast"
COAST_SOURCE = "S115"
COAST_COLUMNS = ("id", "kind", "place_id", "source_id", "geometry", "rings")

# China's catalogue of development zones (中国开发区审核公告目录, 2018), as context: the
# transcription's file kept verbatim (Chinese headers; ``build.zones`` reads it), its source
# row, and which of the data's parks each Jimo entry is (``zone_parks.csv``). Both tables are
# optional: a database built before them still opens, without the catalogue.
ZONES_FILE = "china-development-zones-2018.csv"
ZONES_TABLE = "zones"
ZONES_SOURCE = "S113"
ZONE_PARKS_FILE = "zone_parks.csv"
ZONE_PARKS_TABLE = "zone_parks"
# The file's header -> the stored column (``id`` is the code, made unique where the
# catalogue gives one code twice; ``approved_start``/``approved_end`` are derived).
ZONE_COLUMNS = {
    "序号": "number",
    "代码": "code",
    "开发区名称": "name_zh",
    "省份": "province",
    "城市/区县": "place",
    "批准级别": "approver",
    "开发区类型": "zone_type",
    "批准时间": "approved",
    "核准面积_公顷": "area_ha",
    "主导产业": "industries",
}
ZONE_APPROVERS = ("国务院", "省政府")
ZONE_TYPES = (
    "经济技术开发区",
    "高新技术产业开发区",
    "海关特殊监管区域",
    "边境/跨境经济合作区",
    "其他类型开发区",
    "经济开发区",
    "工业园区",
)
ZONE_PARK_COLUMNS = ("zone_id", "park_id", "confidence", "source_id", "note")
# Where a catalogue entry's place (城市/区县, as the transcription cut it) is among the places
# of the data, with the source that says so (``zone_places.csv``): it gives ``zones.place_id``.
ZONE_PLACES_FILE = "zone_places.csv"
ZONE_PLACE_COLUMNS = ("province", "place", "place_id", "source_id", "note")
# A zone is an item whose one source is a column (``zones.source_id``: the announcement), not
# a link table, and whose table is not a CSV declaration: it is named here.
ITEM_TABLES[ItemKind.ZONE] = ItemTable(ItemKind.ZONE, ZONES_TABLE, "zone_id", None)

SEARCH_TABLE = "search_items"
# Traditional characters and their Simplified forms, for the search (not required: added
# after version 1, and a version-1 file without it still opens).
SEARCH_VARIANTS_TABLE = "search_variants"
# The one- and two-character pieces of the index's text, for short terms (not required either):
# pieces of at most ``MAX_GRAM`` characters with one beyond ASCII, written ``like_folded``.
# A file with it has the rows of ``search_items`` in the order of the results: kind after
# kind (``items.KIND_ORDER``), by title.
SEARCH_GRAMS_TABLE = "search_grams"
MAX_GRAM = 2
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def like_folded(text: str) -> str:
    """``text`` with ASCII letters in lower case: what SQLite's ``like`` folds, and only that."""
    return text.translate(_ASCII_LOWER)


EXPECTED_TABLES = (
    *TABLES_BY_NAME,
    *link_tables(),
    BOUNDARIES_TABLE,
    SEARCH_TABLE,
    f"{SEARCH_TABLE}_fts",
    "meta",
)
