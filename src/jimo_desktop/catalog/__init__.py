"""The catalog: read-only access to the Jimo database as plain Python objects.

The window asks the catalog for the park tree, the details of any item, the seed
article's claims and search results; it never runs SQL itself. ``Catalog.open`` checks
the file before saying it is open: a missing, empty, damaged or wrong-version database
raises a ``DatabaseError`` whose message names the file, and no file is ever created or
changed. Nothing here imports Qt.

``Catalog`` is the one object the rest of the app holds; each of its questions is
answered by a module of this package:

- ``database``: opening and probing the file, the errors, running queries;
- ``records``: rows into records (sources, related items, figures, events);
- ``tree``: the park tree and its filter;
- ``details``: everything about one item;
- ``peers``: how an item compares with the others of its kind, as much as a chart shows;
- ``search``: the search box, with ``query_forms`` (a query's pinyin key, its Traditional
  characters made Simplified) and ``suggestions`` ("Did you mean …?");
- ``fact_check``: the seed article's claims;
- ``overview``: what the home page counts;
- ``map_data``: the map's outlines, the parks in each place and the stated point;
- ``export_queries``: whole tables for the exports;
- ``cells``: every value checked as it becomes a record (a damaged row is an error);
- ``read_all``: every record read once (the self-test's search for damage).

A read that fails after the file was opened (a damaged page or row) raises
``DatabaseDamaged``; a file another program holds locked raises ``DatabaseBusy``.

The records themselves are in ``jimo_desktop.items``; they are re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jimo_desktop.catalog import (
    details,
    export_queries,
    fact_check,
    overview,
    peers,
    read_all,
    records,
    tree,
    zones,
)
from jimo_desktop.catalog import map_data as map_queries
from jimo_desktop.catalog import search as search_queries
from jimo_desktop.catalog.database import (
    Database,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
    DatabaseVersionMismatch,
    open_database,
)
from jimo_desktop.catalog.map_data import MapData
from jimo_desktop.catalog.overview import Overview
from jimo_desktop.catalog.search import (
    MAX_QUERY_LENGTH,
    Facet,
    Narrowing,
    SearchHit,
    SearchResults,
    search_terms,
)
from jimo_desktop.catalog.tree import Grouping
from jimo_desktop.catalog.tree_nodes import TreeMatches, TreeNode
from jimo_desktop.figures import SOURCE_ORDER_SQL, Peers
from jimo_desktop.items import (
    KIND_ORDER,
    Claim,
    Detail,
    Event,
    Figure,
    Industry,
    Item,
    ItemKind,
    ItemRef,
    Organization,
    Park,
    Place,
    Project,
    RelatedItem,
    Source,
)

__all__ = [
    "KIND_ORDER",
    "MAX_QUERY_LENGTH",
    "Catalog",
    "Claim",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseMissing",
    "DatabaseVersionMismatch",
    "Detail",
    "Event",
    "Facet",
    "Figure",
    "Grouping",
    "Industry",
    "Item",
    "ItemKind",
    "ItemRef",
    "MapData",
    "Narrowing",
    "Organization",
    "Overview",
    "Park",
    "Peers",
    "Place",
    "Project",
    "RelatedItem",
    "SearchHit",
    "SearchResults",
    "Source",
    "TreeMatches",
    "TreeNode",
    "search_terms",
]


class Catalog:
    """Read-only queries over one Jimo database file."""

    def __init__(self, database: Database):
        self._db = database
        self.path = database.path

    @classmethod
    def open(cls, path: Path | None = None) -> Catalog:
        """Open ``path`` (default: the bundled database) read-only, after checking it."""
        return cls(open_database(path))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the whole database ---------------------------------------------------------------

    @property
    def data_as_of(self) -> str:
        return self._db.meta.get("data_as_of", "")

    def counts(self) -> dict[str, int]:
        return overview.counts(self._db)

    def overview(self) -> Overview:
        return overview.overview(self._db)

    def related(self, ref: ItemRef) -> RelatedItem | None:
        """The names of any item, or None when it does not exist."""
        return records.related(self._db, ref)

    def map_data(self) -> MapData:
        """The map's outlines, where each park is, and the one stated coordinate."""
        return map_queries.map_data(self._db)

    def read_everything(self) -> int:
        """Read every record once (raises a ``DatabaseError`` at the first damaged row);
        the number of items whose detail was read."""
        return read_all.read_everything(self._db)

    # -- the tree -------------------------------------------------------------------------

    def tree_groups(self, grouping: Grouping) -> list[TreeNode]:
        return tree.groups(self._db, grouping)

    def tree_parks(
        self, grouping: Grouping, key: str, offset: int = 0, limit: int | None = None
    ) -> list[TreeNode]:
        return tree.parks(self._db, grouping, key, offset, limit)

    def tree_children(self, ref: ItemRef) -> list[TreeNode]:
        return tree.children(self._db, ref)

    def tree_path(self, ref: ItemRef, grouping: Grouping) -> list[str] | None:
        return tree.path(self._db, ref, grouping)

    def tree_matches(self, text: str) -> TreeMatches | None:
        return tree.matches(self._db, text)

    # -- items ----------------------------------------------------------------------------

    def detail(self, ref: ItemRef) -> Detail | None:
        return details.detail(self._db, ref)

    def source(self, source_id: str) -> Source | None:
        return details.source(self._db, source_id)

    def sources(self) -> list[Source]:
        order = SOURCE_ORDER_SQL.format(column="s.id")
        return records.sources(self._db, f"select * from sources s order by {order}")

    def figures_for(self, ref: ItemRef) -> list[Figure]:
        """All figures about one item, by metric then period."""
        return records.figures_for(self._db, ref)

    def figures_for_metric(self, metric: str) -> list[Figure]:
        """One metric across every subject (every figure: for the exports and the checks;
        a chart asks for ``peers``)."""
        return records.figures(self._db, "f.metric = ?", (metric,))

    def peers(self, ref: ItemRef, limit: int = peers.PEER_LIMIT) -> Peers:
        """How ``ref`` compares with the other items of its kind on each of its metrics:
        the figures of the ``limit`` items with the largest latest values, and how many
        items publish one (``catalog.peers``). Bounded however large the database."""
        return peers.peers(self._db, ref, limit)

    def all_figures(self) -> list[Figure]:
        """Every figure, by metric then period, conflicts flagged."""
        return records.figures(self._db, "1")

    def event(self, event_id: str) -> Event | None:
        events = records.events_where(self._db, "e.id = ?", (event_id,))
        return events[0] if events else None

    def events(self) -> list[Event]:
        return records.events_where(self._db, "1")

    def claims(self) -> list[Claim]:
        return fact_check.claims(self._db)

    def search(
        self,
        text: str,
        limit: int = 200,
        narrowing: Narrowing | None = None,
        *,
        facets: bool = True,
        hits: bool = True,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchResults:
        return search_queries.search(
            self._db, text, limit, narrowing, facets=facets, hits=hits, cancelled=cancelled
        )

    # -- whole tables, for the exports ----------------------------------------------------

    def table_rows(self, table: str) -> list[dict[str, Any]]:
        return export_queries.table_rows(self._db, table)

    def item_names(self, table: str, column: str = "name_en") -> dict[str, str]:
        return export_queries.item_names(self._db, table, column)

    def sources_by_owner(self, table: str) -> dict[str, list[Source]]:
        return export_queries.sources_by_owner(self._db, table)

    def zone_rows(self) -> list[tuple[dict[str, object], list[Source]]]:
        """The catalogue of development zones as export rows, with their sources."""
        return zones.export_rows(self._db)

    def item_sources(self, ref: ItemRef) -> list[Source]:
        return export_queries.item_sources(self._db, ref)

    def park_industry_links(self) -> dict[str, list[tuple[RelatedItem, str]]]:
        return export_queries.park_industry_links(self._db)

    def project_organization_links(self) -> dict[str, list[tuple[RelatedItem, str]]]:
        return export_queries.project_organization_links(self._db)

    def park_place_links(self) -> dict[str, list[RelatedItem]]:
        return export_queries.park_place_links(self._db)
