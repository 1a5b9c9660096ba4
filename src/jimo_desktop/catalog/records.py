"""Rows into records: the pieces every question about the data is built from.

A source, a list of related items, the figures with their sources and conflict flags, and
the events with their links are read the same way wherever they are asked for; each is
written once here, its cells checked by ``cells.Cells`` (a damaged row raises
``DatabaseDamaged``). The modules beside this one combine them into details, the tree, the
fact check and the exports.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.figures import flag_conflicts
from jimo_desktop.items import (
    Dispute,
    Event,
    Figure,
    ItemKind,
    ItemRef,
    Metric,
    RelatedItem,
    Source,
)
from jimo_desktop.schema import ITEM_TABLES

# -- sources ------------------------------------------------------------------------------


def source(db: Database, row: sqlite3.Row, prefix: str = "") -> Source:
    """A source from a row of ``sources`` (its columns optionally prefixed: ``s_title``)."""
    cells = Cells(db.path, "sources", row)
    return Source(
        cells.ident(f"{prefix}id"),
        cells.text(f"{prefix}title"),
        cells.text(f"{prefix}publisher"),
        cells.text(f"{prefix}address"),
        cells.period(f"{prefix}date"),
        cells.text(f"{prefix}grade"),
        cells.text(f"{prefix}note"),
    )


def sources(db: Database, sql: str, params: Sequence[Any] = ()) -> list[Source]:
    return [source(db, row) for row in db.rows(sql, params)]


def own_sources(db: Database, kind: ItemKind, item_id: str) -> list[Source]:
    """The sources an item's own record cites, in the record's order."""
    table = ITEM_TABLES[kind]
    if table.sources_link is None:
        return []
    return sources(
        db,
        f"""select s.* from {table.sources_link} l join sources s on s.id = l.source_id
        where l.{table.id_column} = ? order by l.position""",
        (item_id,),
    )


# -- related items ------------------------------------------------------------------------

# The names of an item of any kind: name, Chinese name, and what it is.
_NAME_SQL: dict[ItemKind, str] = {
    ItemKind.PARK: "select name_en, name_zh, kind from parks where id = ?",
    ItemKind.ORGANIZATION: "select name_en, name_zh, kind from organizations where id = ?",
    ItemKind.PROJECT: "select name_en, name_zh, kind from projects where id = ?",
    ItemKind.PLACE: "select name_en, name_zh, kind from places where id = ?",
    ItemKind.INDUSTRY: "select name_en, name_zh, 'industry' from industries where id = ?",
    ItemKind.EVENT: "select title_en, title_zh, date from events where id = ?",
    ItemKind.SOURCE: "select title, '', grade from sources where id = ?",
    ItemKind.CLAIM: "select claim, '', status from claims where id = ?",
    # The catalogue names its zones in Chinese only: no English name.
    ItemKind.ZONE: "select '', name_zh, zone_type from zones where id = ?",
}


def related(db: Database, ref: ItemRef) -> RelatedItem | None:
    """The names of any item, or None when it does not exist."""
    row = db.one(_NAME_SQL[ref.kind], (ref.id,))
    if row is None:
        return None
    cells = Cells(db.path, ITEM_TABLES[ref.kind].name, row)
    return RelatedItem(ref, cells.text(0), cells.text(1), cells.text(2))


def maybe(db: Database, kind: ItemKind, item_id: Any) -> RelatedItem | None:
    """The item a reference column names, or None for an empty cell."""
    return related(db, ItemRef(kind, item_id)) if item_id else None


def related_list(
    db: Database, kind: ItemKind, sql: str, params: Sequence[Any]
) -> tuple[RelatedItem, ...]:
    """Rows of (id, name_en, name_zh, detail) as related items of one kind."""
    return tuple(related_item(db, kind, row) for row in db.rows(sql, params))


def related_item(db: Database, kind: ItemKind, row: sqlite3.Row, first: int = 0) -> RelatedItem:
    """The item of ``kind`` in columns ``first`` … ``first + 3`` of ``row``: id, name_en,
    name_zh and detail (the detail may be missing)."""
    cells = Cells(db.path, ITEM_TABLES[kind].name, row)
    detail = cells.text(first + 3) if len(row) > first + 3 else ""
    return RelatedItem(
        ItemRef(kind, cells.ident(first)), cells.text(first + 1), cells.text(first + 2), detail
    )


def linked_items(db: Database, owner: ItemKind, owner_id: str) -> tuple[RelatedItem, ...]:
    """The parks, organizations and projects an event or a claim is linked to, each kind
    in the record's order (``event_parks``, ``event_organizations`` …)."""
    found: list[RelatedItem] = []
    for kind in (ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT):
        table = ITEM_TABLES[kind]
        found += related_list(
            db,
            kind,
            f"""select t.id, t.name_en, t.name_zh, t.kind from {owner.value}_{table.name} x
            join {table.name} t on t.id = x.{table.id_column}
            where x.{ITEM_TABLES[owner].id_column} = ? order by x.position""",
            (owner_id,),
        )
    return tuple(found)


# -- figures ------------------------------------------------------------------------------

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


def figures(db: Database, where: str, params: Sequence[Any] = ()) -> list[Figure]:
    """The figures ``where`` selects, by metric then period, conflicts flagged, each with
    its metric's entry in the vocabulary."""
    rows = db.rows(
        f"{_FIGURE_SQL} where {where} order by f.metric, f.period_start, f.period_end, f.id",
        params,
    )
    vocabulary = metrics(db)
    chosen = f"select f.id from figures f where {where}"
    cited = linked_sources(db, "figure_sources", "figure_id", chosen, params)
    disputes = _disputes(db, chosen, params)
    first: dict[str, Source] = {}  # each first source read once per question (rows repeat it)
    return flag_conflicts(
        [
            replace(
                f,
                other_sources=tuple(s for s in cited.get(f.id, ()) if s.id != f.source.id),
                dispute=disputes.get(f.id),
            )
            for f in (_figure(db, row, vocabulary, first) for row in rows)
        ]
    )


def linked_sources(
    db: Database, link: str, owner: str, chosen: str, params: Sequence[Any]
) -> dict[str, list[Source]]:
    """The sources of the owners ``chosen`` selects through the link table ``link`` (its
    ``owner`` column), by owner, each in its record's order."""
    found: dict[str, list[Source]] = {}
    for row in db.rows(
        f"""select l.{owner} as owner_id, s.* from {link} l
        join sources s on s.id = l.source_id
        where l.{owner} in ({chosen}) order by l.{owner}, l.position""",
        params,
    ):
        found.setdefault(row["owner_id"], []).append(source(db, row))
    return found


def _disputes(db: Database, chosen: str, params: Sequence[Any]) -> dict[str, Dispute]:
    """The dispute of each of the figures ``chosen`` selects that is in one."""
    rows = db.rows(
        f"""select d.*, l.figure_id from disputes d join dispute_figures l on l.dispute_id = d.id
        where d.id in (select dispute_id from dispute_figures where figure_id in ({chosen}))
        order by d.id, l.position""",
        params,
    )
    members: dict[str, list[str]] = {}
    for row in rows:
        members.setdefault(row["id"], []).append(row["figure_id"])
    found: dict[str, Dispute] = {}
    for row in rows:
        cells = Cells(db.path, "disputes", row)
        dispute_id = cells.ident("id")
        dispute = Dispute(
            dispute_id,
            cells.text("kind"),
            cells.text("description"),
            cells.text("noted_in"),
            tuple(members[dispute_id]),
        )
        found[cells.ident("figure_id")] = dispute
    return found


def metrics(db: Database) -> dict[str, Metric]:
    """The metric vocabulary by metric, in its order (read once while the file is open)."""
    return db.derived("metrics", _read_metrics)


def _read_metrics(db: Database) -> dict[str, Metric]:
    vocabulary: dict[str, Metric] = {}
    for order, row in enumerate(db.rows("select * from metrics order by rowid")):
        cells = Cells(db.path, "metrics", row)
        name = cells.text("metric")
        vocabulary[name] = Metric(
            name=name,
            group=cells.text("group_key"),
            label_en=cells.text("label_en"),
            label_zh=cells.text("label_zh"),
            label_zh_source=cells.text("label_zh_source"),
            integer=cells.text("integer") == "yes",
            family=cells.text("unit_family"),
            order=order,
        )
    return vocabulary


def _figure(
    db: Database, row: sqlite3.Row, vocabulary: dict[str, Metric], cited: dict[str, Source]
) -> Figure:
    cells = Cells(db.path, "figures", row)
    metric = cells.text("metric")
    source_id = row["s_id"]
    cited_source = cited.get(source_id) if isinstance(source_id, str) else None
    if cited_source is None:
        cited_source = cited[source_id] = source(db, row, "s_")
    return Figure(
        cells.ident("id"),
        ItemRef(cells.kind("subject_type"), cells.ident("subject_id")),
        cells.text("subject_name"),
        metric,
        cells.period("period"),
        cells.text("period_start"),
        cells.text("period_end"),
        cells.number("value"),
        cells.text("value_text"),
        cells.text("qualifier"),
        cells.text("unit"),
        cells.text("currency"),
        cited_source,
        cells.text("confidence"),
        cells.text("note"),
        doubt=cells.text("doubt"),
        definition=vocabulary.get(metric),
    )


def figures_for(db: Database, ref: ItemRef) -> list[Figure]:
    """All figures about one item, by metric then period."""
    return figures(db, "f.subject_type = ? and f.subject_id = ?", (ref.kind.value, ref.id))


# -- events -------------------------------------------------------------------------------


def events_where(db: Database, where: str, params: Sequence[Any] = ()) -> list[Event]:
    """The events ``where`` selects (``e`` is the events table), by date.

    Five queries however many events match: the events, then their sources and their
    linked parks, organizations and projects, each for all of them at once."""
    rows = db.rows(f"select * from events e where {where} order by e.date_start, e.id", params)
    if not rows:
        return []
    chosen = f"select e.id from events e where {where}"
    cited = linked_sources(db, "event_sources", "event_id", chosen, params)
    linked = _event_links(db, chosen, params)
    events = []
    for row in rows:
        cells = Cells(db.path, "events", row)
        event_id = cells.ident("id")
        events.append(
            Event(
                event_id,
                cells.period("date"),
                cells.text("date_start"),
                cells.text("date_note"),
                cells.text("title_en"),
                cells.text("title_zh"),
                cells.text("description"),
                cells.text("confidence"),
                tuple(cited.get(event_id, ())),
                tuple(linked.get(event_id, ())),
            )
        )
    return events


def events_of(db: Database, ref: ItemRef) -> list[Event]:
    """The events linked to a park, organization or project."""
    link = f"event_{ITEM_TABLES[ref.kind].name}"
    column = ITEM_TABLES[ref.kind].id_column
    return events_where(db, f"e.id in (select event_id from {link} where {column} = ?)", (ref.id,))


def _event_links(db: Database, chosen: str, params: Sequence[Any]) -> dict[str, list[RelatedItem]]:
    """The parks, organizations and projects of the events ``chosen`` selects, by event:
    each kind in the record's order, parks first (as ``linked_items``)."""
    found: dict[str, list[RelatedItem]] = {}
    for kind in (ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT):
        table = ITEM_TABLES[kind]
        for row in db.rows(
            f"""select x.event_id, t.id, t.name_en, t.name_zh, t.kind from event_{table.name} x
            join {table.name} t on t.id = x.{table.id_column}
            where x.event_id in ({chosen}) order by x.event_id, x.position""",
            params,
        ):
            found.setdefault(row[0], []).append(related_item(db, kind, row, first=1))
    return found
