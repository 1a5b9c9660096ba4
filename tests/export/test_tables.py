"""The export tables (Qt-free): every row of every kind, its sources, columns, filters."""

from __future__ import annotations

import sqlite3

import pytest

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog, ItemKind, ItemRef
from jimo_desktop.export.columns import KINDS
from jimo_desktop.export.rows import Rows
from jimo_desktop.export.tables import (
    FilterError,
    UnknownColumn,
    UnknownKind,
    items_table,
    kind_table,
)

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


def db_count(table: str) -> int:
    with sqlite3.connect(paths.source_checkout_database()) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.fixture(scope="module")
def rows(catalog: Catalog) -> Rows:
    return Rows(catalog)


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "shortlist"])
def test_every_kind_has_every_row(catalog: Catalog, rows: Rows, kind: str) -> None:
    assert len(kind_table(catalog, kind, rows=rows).rows) == db_count(kind)


@pytest.mark.parametrize("kind", ["parks", "organizations", "projects", "events", "claims"])
def test_fact_rows_carry_their_sources(catalog: Catalog, rows: Rows, kind: str) -> None:
    table = kind_table(catalog, kind, rows=rows)
    assert table.provenance == ("source_ids", "source_titles", "source_addresses")
    titles = {s.id: s.title for s in catalog.sources()}
    for row in table.rows:
        ids = row["source_ids"].split("; ")
        assert ids and all(ids), row["id"]
        assert row["source_titles"].split("; ") == [titles[i] for i in ids]
        assert len(row["source_addresses"].split("; ")) == len(ids)


def test_figure_rows_carry_every_source(catalog: Catalog, rows: Rows) -> None:
    table = kind_table(catalog, "figures", rows=rows)
    sources = {s.id: s for s in catalog.sources()}
    cited: dict[str, list[str]] = {}
    with sqlite3.connect(paths.source_checkout_database()) as conn:
        for figure_id, source_id in conn.execute(
            "select figure_id, source_id from figure_sources order by figure_id, position"
        ):
            cited.setdefault(figure_id, []).append(source_id)
    several = 0
    for row in table.rows:
        chosen = [sources[i] for i in cited[row["id"]]]
        several += len(chosen) > 1
        assert (row["source_id"], row["source_title"], row["source_address"]) == (
            "; ".join(s.id for s in chosen),
            "; ".join(s.title for s in chosen),
            "; ".join(s.address or "(no address)" for s in chosen),
        )
    assert several >= 80


def test_park_row_holds_the_catalog_values(catalog: Catalog, rows: Rows) -> None:
    edz = next(r for r in kind_table(catalog, "parks", rows=rows).rows if r["id"] == "jimo-edz")
    assert edz["name_zh"] == "山东省即墨经济开发区"
    assert edz["level"] == "provincial" and edz["founded"] == "1992-05"
    assert "S21" in edz["source_ids"].split("; ")


def test_columns_resolve_by_key_or_header_and_sources_are_always_added(
    catalog: Catalog, rows: Rows
) -> None:
    table = kind_table(catalog, "parks", rows=rows)
    chosen = table.resolve(["Chinese name", "id"])
    assert [c.key for c in chosen] == [
        "name_zh",
        "id",
        "source_ids",
        "source_titles",
        "source_addresses",
    ]
    assert [c.key for c in table.resolve(["source_titles", "id"])][:2] == ["source_titles", "id"]
    with pytest.raises(UnknownColumn, match="unknown column 'nope' for parks"):
        table.resolve(["id", "nope"])


def test_filters(catalog: Catalog, rows: Rows) -> None:
    auto = kind_table(catalog, "parks", industry="Automotive", rows=rows)
    assert {r["id"] for r in auto.rows} == {"auto-new-city", "jimo-bonded-zone"}
    chinese = kind_table(catalog, "parks", industry="汽车", rows=rows)
    assert {r["id"] for r in chinese.rows} == {r["id"] for r in auto.rows}
    projects = kind_table(catalog, "projects", industry="automotive", rows=rows)
    assert projects.rows and all(r["park"] for r in projects.rows)
    clusters = kind_table(catalog, "parks", item_kind="industrial cluster", rows=rows)
    assert len(clusters.rows) == db_count("parks where category = 'industrial cluster'")
    one = kind_table(catalog, "figures", ids=["F001,F002"], rows=rows)
    assert [r["id"] for r in one.rows] == ["F001", "F002"]
    with pytest.raises(FilterError, match="no park is recorded with industry"):
        kind_table(catalog, "parks", industry="fishing", rows=rows)
    with pytest.raises(FilterError, match="unknown kind of parks"):
        kind_table(catalog, "parks", item_kind="spaceport", rows=rows)
    with pytest.raises(FilterError, match="no parks with id"):
        kind_table(catalog, "parks", ids=["atlantis"], rows=rows)
    with pytest.raises(FilterError, match="does not apply"):
        kind_table(catalog, "sources", industry="automotive", rows=rows)
    with pytest.raises(UnknownKind):
        kind_table(catalog, "spaceships", rows=rows)


def test_items_table_mixes_kinds_and_keeps_notes(rows: Rows) -> None:
    refs = [EDZ, ItemRef(ItemKind.ORGANIZATION, "faw-vw"), ItemRef(ItemKind.PARK, "gone")]
    table = items_table(rows, refs, notes={EDZ: "call back"})
    assert [r["type"] for r in table.rows] == ["park", "organization", "park"]
    assert table.rows[0]["note"] == "call back"
    assert table.rows[1]["source_ids"]
    assert table.rows[2]["name_en"] == "gone", "an item missing from the database keeps its id"


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "shortlist"])
def test_every_row_has_a_cell_for_every_column_of_its_kind(
    catalog: Catalog, rows: Rows, kind: str
) -> None:
    table = kind_table(catalog, kind, rows=rows)
    for row in table.rows:
        assert not set(table.keys()) - set(row), row["id"]


def test_items_table_reads_each_kind_under_the_shared_columns(rows: Rows) -> None:
    organization = next(r for r in rows.organizations if r["address"])
    project = next(r for r in rows.projects if r["started"])
    zone = next(r for r in rows.parks if r["parent"])
    table = items_table(
        rows,
        [
            ItemRef(ItemKind.ORGANIZATION, organization["id"]),
            ItemRef(ItemKind.PROJECT, project["id"]),
            ItemRef(ItemKind.PARK, zone["id"]),
        ],
    )
    org_row, project_row, zone_row = table.rows
    assert org_row["location"] == organization["address"]
    assert project_row["founded"] == project["started"]
    assert zone_row["park"] == zone["parent"]


def test_the_organizations_export_says_where_a_chinese_name_comes_from(
    catalog: Catalog, rows: Rows
) -> None:
    table = kind_table(catalog, "organizations", rows=rows)
    assert "name_zh_origin" in set(table.keys())
    origin = {row["id"]: row["name_zh_origin"] for row in table.rows}
    assert origin["faw-vw"] == "own shortening"  # never passed off as published
    assert origin["sentury"] == "published"
