"""The catalog: opening safely, the tree, details, claims and search."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop.catalog import (
    Catalog,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseVersionMismatch,
    Grouping,
    ItemKind,
    ItemRef,
    search_terms,
)
from tests.conftest import COMMITTED_DB

# -- opening ------------------------------------------------------------------------------


def test_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "jimo.db"
    with pytest.raises(DatabaseMissing, match="was not found") as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", DatabaseDamaged, "is empty"),
        (b"name,value\nx,1\n" * 100, DatabaseDamaged, "not an SQLite file"),
    ],
)
def test_files_that_are_not_databases(
    tmp_path: Path, content: bytes, error: type, message: str
) -> None:
    path = tmp_path / "odd #1 ?.db"  # characters that break hand-made URIs
    path.write_bytes(content)
    with pytest.raises(error, match=message) as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    data = bytearray(COMMITTED_DB.read_bytes())
    for offset in range(4096, len(data) // 2, 512):  # scribble over pages after the header page
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = path.stat().st_mtime_ns
    with pytest.raises(DatabaseDamaged) as caught:
        Catalog.open(path)
    assert str(path) in str(caught.value)
    assert path.stat().st_mtime_ns == before
    assert not Path(f"{path}-journal").exists()


def test_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionMismatch, match="not a Jimo Explorer database"):
        Catalog.open(path)


def test_wrong_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    shutil.copy(COMMITTED_DB, path)
    conn = sqlite3.connect(path)
    conn.execute("update meta set value = '99' where key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseVersionMismatch, match="version 99"):
        Catalog.open(path)


def test_user_file_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    shutil.copy(COMMITTED_DB, path)
    before = path.read_bytes()
    with Catalog.open(path) as opened:
        assert opened.counts()["parks"] >= 17
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            opened._conn.execute("delete from parks")
        with pytest.raises(sqlite3.OperationalError):
            opened._conn.execute(f"attach database '{tmp_path / 'x.db'}' as x")
    assert path.read_bytes() == before
    assert not (tmp_path / "x.db").exists()


# -- overview and tree --------------------------------------------------------------------


def test_overview(catalog: Catalog) -> None:
    overview = catalog.overview()
    assert overview.district is not None and overview.district.name_zh == "即墨区"
    assert overview.counts["parks"] >= 17
    assert overview.data_as_of[:2] in ("19", "20")
    assert sum(overview.sources_by_grade.values()) == overview.counts["sources"]


@pytest.mark.parametrize("grouping", list(Grouping))
def test_tree_groups_count_their_parks(catalog: Catalog, grouping: Grouping) -> None:
    groups = catalog.tree_groups(grouping)
    assert groups
    all_parks = set()
    for group in groups:
        parks = catalog.tree_parks(grouping, group.key)
        assert len(parks) == group.count, group
        assert all(p.ref is not None and p.ref.kind is ItemKind.PARK for p in parks)
        all_parks |= {p.key for p in parks}
    # Every park is reachable under every grouping.
    assert len(all_parks) == catalog.counts()["parks"]


def test_park_children_and_path(catalog: Catalog) -> None:
    groups = catalog.tree_groups(Grouping.KIND)
    parks = [p for g in groups for p in catalog.tree_parks(Grouping.KIND, g.key)]
    with_children = [p for p in parks if p.count]
    assert with_children, "some park has enterprises or projects"
    park = with_children[0]
    assert park.ref is not None
    children = catalog.tree_children(park.ref)
    assert len(children) == park.count
    leaf = next(c for c in children if c.ref and c.ref.kind is not ItemKind.PARK)
    assert leaf.ref is not None
    path = catalog.tree_path(leaf.ref, Grouping.KIND)
    assert path is not None and path[1:] == [park.key, leaf.key]


def test_faw_vw_base_sits_in_the_auto_city(catalog: Catalog) -> None:
    path = catalog.tree_path(ItemRef(ItemKind.PROJECT, "faw-vw-huadong-base"), Grouping.INDUSTRY)
    assert path is not None and path[1] == "auto-new-city"


# -- details ------------------------------------------------------------------------------


def test_park_detail(catalog: Catalog) -> None:
    detail = catalog.detail(ItemRef(ItemKind.PARK, "jimo-edz"))
    assert detail is not None
    park = detail.item
    assert park.name_zh and "即墨" in park.name_zh
    assert park.level == "provincial"
    assert park.founded.startswith("1992")
    assert park.industries
    assert detail.figures and detail.sources and detail.events
    assert detail.area is not None and detail.area.unit
    cited = {s.id for s in detail.sources}
    assert {f.source.id for f in detail.figures} <= cited


@pytest.mark.parametrize(
    "ref",
    [
        ItemRef(ItemKind.ORGANIZATION, "faw-vw"),
        ItemRef(ItemKind.PROJECT, "airbus-h135-fal"),
        ItemRef(ItemKind.PLACE, "jimo"),
        ItemRef(ItemKind.INDUSTRY, "automotive"),
    ],
)
def test_every_kind_has_a_detail(catalog: Catalog, ref: ItemRef) -> None:
    detail = catalog.detail(ref)
    assert detail is not None
    assert detail.item.ref == ref
    assert detail.related, f"{ref} should link to other items"
    assert detail.sources


def test_unknown_item_has_no_detail(catalog: Catalog) -> None:
    assert catalog.detail(ItemRef(ItemKind.PARK, "atlantis")) is None
    assert catalog.related(ItemRef(ItemKind.SOURCE, "S9999")) is None


def test_conflicts_are_flagged(catalog: Catalog) -> None:
    detail = catalog.detail(ItemRef(ItemKind.PLACE, "jimo"))
    assert detail is not None
    conflicting_areas = [f for f in detail.conflicts if f.metric == "Area"]
    assert len({f.value for f in conflicting_areas}) >= 2
    agreeing = [f for f in detail.figures if not f.conflict]
    assert agreeing, "not every figure is in conflict"


def test_claims(catalog: Catalog) -> None:
    claims = catalog.claims()
    assert [c.number for c in claims] == list(range(1, 26))
    statuses = {c.status for c in claims}
    assert statuses == {"corroborated", "partly corroborated", "not corroborated", "contradicted"}
    contradicted = [c for c in claims if c.status == "contradicted"]
    assert contradicted and all(c.evidence_sources for c in contradicted)


def test_source_citation(catalog: Catalog) -> None:
    source = catalog.source("S01")
    assert source is not None and source.grade == "C"
    citation = source.citation()
    assert "permcitybro.com" in citation and "(grade C, S01)" in citation


# -- search -------------------------------------------------------------------------------


def _hit_ids(catalog: Catalog, text: str) -> set[str]:
    return {str(hit.ref) for hit in catalog.search(text).hits}


def test_search_english_finds_faw_volkswagen(catalog: Catalog) -> None:
    results = catalog.search("FAW")
    assert "organization:faw-vw" in {str(h.ref) for h in results.hits}
    # Case does not matter.
    assert _hit_ids(catalog, "faw") == _hit_ids(catalog, "FAW")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("即墨", "place:jimo"),  # two characters: LIKE fallback
        ("蓝谷", "park:blue-valley"),
        ("即墨经济开发区", "park:jimo-edz"),  # long Chinese: trigram index
        ("Airbus", "project:airbus-h135-fal"),
        ("helicopter", "project:airbus-h135-fal"),
        ("S15", "source:S15"),
        ("Huawei", "claim:C05"),
    ],
)
def test_search_finds(catalog: Catalog, query: str, expected: str) -> None:
    assert expected in _hit_ids(catalog, query)


def test_search_one_character_and_several_terms(catalog: Catalog) -> None:
    assert _hit_ids(catalog, "谷")
    both = _hit_ids(catalog, "FAW Jiefang")
    assert both and both <= _hit_ids(catalog, "FAW")
    assert both <= _hit_ids(catalog, "Jiefang")


@pytest.mark.parametrize("wildcard", ["%", "_", "\\", '"', '"China'])
def test_search_treats_like_wildcards_as_text(catalog: Catalog, wildcard: str) -> None:
    conn = sqlite3.connect(f"{COMMITTED_DB.as_uri()}?mode=ro", uri=True)
    literal = conn.execute(
        "select count(*) from search_items where instr(coalesce(title, '') || coalesce(title_zh, '')"
        " || coalesce(aliases, '') || coalesce(body, ''), ?) > 0",
        (wildcard,),
    ).fetchone()[0]
    conn.close()
    assert len(catalog.search(wildcard).hits) == min(literal, 200)


@pytest.mark.parametrize(
    "query", ['""x""', "NEAR(a b)", "a* OR b", "title:x", "   \t\x00 ", "^abc"]
)
def test_search_treats_fts_syntax_as_text(catalog: Catalog, query: str) -> None:
    assert catalog.search(query).hits == ()


def test_search_results_group_by_kind(catalog: Catalog) -> None:
    grouped = catalog.search("Qingdao").by_kind()
    kinds = [kind for kind, _ in grouped]
    assert len(kinds) >= 2
    assert kinds == sorted(kinds, key=list(ItemKind).index)


def test_search_terms_strip_control_characters() -> None:
    assert search_terms("  即墨\x00 park\u200b ") == ("即墨", "park")
    assert search_terms("") == ()
    assert search_terms("a a") == ("a",)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_no_user_text_raises(catalog: Catalog, text: str) -> None:
    results = catalog.search(text)
    assert len(results.hits) <= 200


# -- boundaries ---------------------------------------------------------------------------

QT_MODULES = {"app", "self_test", "ui"}


def test_core_modules_do_not_import_qt() -> None:
    """Everything outside ui/, app and self_test must run without Qt (checked in a fresh process)."""
    import pkgutil

    import jimo_desktop

    core = [m.name for m in pkgutil.iter_modules(jimo_desktop.__path__) if m.name not in QT_MODULES]
    assert {"catalog", "build", "schema", "paths"} <= set(core)
    code = (
        "import sys, importlib\n"
        f"for m in {core!r}: importlib.import_module('jimo_desktop.' + m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0, f"Qt imported by the core: {result.stdout}{result.stderr}"


def test_facets_count_parks_and_sources(catalog: Catalog) -> None:
    facets = catalog.facets()
    counts = catalog.counts()
    assert sum(n for _, n in facets["category"]) == counts["parks"]
    assert sum(n for _, n in facets["kind"]) == counts["parks"]
    assert sum(n for _, n in facets["level"]) == counts["parks"]
    assert ("none known", 0) not in facets["level"]
    assert sum(n for _, n in facets["grade"]) == counts["sources"]
    industries = dict(facets["industry"])
    assert industries["Automotive"] == len(catalog.tree_parks(Grouping.INDUSTRY, "automotive"))
