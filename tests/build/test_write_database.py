"""Writing the database: checked, reproducible, and never half-built."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build, sources_digest, write_database
from jimo_desktop.schema import SCHEMA_VERSION, TABLES, link_tables
from tests.build.edit_sources import edit_cell
from tests.conftest import COMMITTED_DB, SOURCES


def table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every table's schema and rows (FTS shadow tables left to SQLite)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = conn.execute(
            "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and name not like '%_fts_%' order by name"
        ).fetchall()
        contents = {
            "__schema__": conn.execute(
                "select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name"
            ).fetchall()
        }
        for name, sql in tables:
            # A table WITHOUT ROWID is read in the order of its key, every other in rowid order.
            order = "" if "without rowid" in (sql or "").lower() else " order by rowid"
            contents[name] = conn.execute(f"select * from [{name}]{order}").fetchall()
        return contents
    finally:
        conn.close()


def test_committed_database_matches_its_sources(built_db: Path) -> None:
    assert COMMITTED_DB.is_file(), "data/jimo.db is missing: run `make db`"
    committed = table_contents(COMMITTED_DB)
    rebuilt = table_contents(built_db)
    assert committed.keys() == rebuilt.keys()
    for name in committed:
        assert committed[name] == rebuilt[name], f"table {name} differs: run `make db`"


def test_building_twice_gives_the_same_content(tmp_path: Path, built_db: Path) -> None:
    again = tmp_path / "again.db"
    build(SOURCES, again)
    assert table_contents(again) == table_contents(built_db)


def test_database_holds_the_researched_content(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    count = lambda table: conn.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: E731
    assert count("parks") >= 17
    assert count("organizations") + count("projects") >= 24
    assert count("figures") >= 100
    assert count("events") >= 30
    assert count("sources") >= 100
    assert count("claims") == 25
    district = conn.execute("select id from places where admin_code = '370215'").fetchone()
    assert district is not None
    units = conn.execute(
        "select kind, count(*) from places where parent_id = ? group by kind", district
    ).fetchall()
    assert dict(units) == {"sub-district": 11, "town": 4}
    # The seed article is source S01, grade C.
    assert conn.execute("select grade from sources where id = 'S01'").fetchone() == ("C",)


def test_every_fact_has_an_existing_source(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("places", "parks", "organizations", "projects", "events"):
        singular = table.removesuffix("s")
        unsourced = conn.execute(
            f"select id from {table} t where not exists "
            f"(select 1 from {singular}_sources l where l.{singular}_id = t.id)"
        ).fetchall()
        assert unsourced == [], f"{table} without a source: {unsourced}"
    for table in ("figures", "park_industries", "project_organizations", "claims"):
        orphan = conn.execute(
            f"select count(*) from {table} where source_id not in (select id from sources)"
        ).fetchone()[0]
        assert orphan == 0


def test_conflicting_figures_are_kept_side_by_side(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    areas = conn.execute(
        "select distinct value from figures where subject_type = 'place' and subject_id = 'jimo' "
        "and metric = 'Area'"
    ).fetchall()
    values = {row[0] for row in areas}
    assert 1780 in values
    assert any(abs(v - 1920.92) < 0.01 for v in values if v)


def test_database_format(built_db: Path) -> None:
    conn = sqlite3.connect(f"{built_db.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(conn.execute("select key, value from meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["sources_sha256"] == sources_digest(SOURCES)
    assert len(meta["data_as_of"]) >= 4
    fts_sql = conn.execute(
        "select sql from sqlite_master where name = 'search_items_fts'"
    ).fetchone()[0]
    assert "fts5" in fts_sql.lower() and "trigram" in fts_sql
    assert not built_db.with_name(built_db.name + "-wal").exists()
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type='table'")}
    assert {t.name for t in TABLES} | set(link_tables()) <= tables
    plan = " ".join(
        row[3]
        for row in conn.execute(
            "explain query plan select * from figures where subject_type = 'park' and subject_id = 'x'"
        )
    )
    assert "USING INDEX" in plan


def test_failed_build_leaves_the_old_database_untouched(sources_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.db"
    build(sources_copy, output)
    before = output.read_bytes()
    edit_cell(sources_copy, "figures", 0, "value", "lots")
    with pytest.raises(SourceError):
        build(sources_copy, output)
    assert output.read_bytes() == before


def test_a_crash_while_writing_leaves_no_partial_file(
    sources_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(write_database, "create_search_index", explode)
    output = tmp_path / "out.db"
    with pytest.raises(RuntimeError):
        build(sources_copy, output)
    assert list(tmp_path.iterdir()) == [sources_copy]
