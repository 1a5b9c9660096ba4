"""The facets of the search: counted in SQL over every match, narrowing the hits."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from jimo_desktop.catalog import Catalog, Narrowing
from jimo_desktop.catalog.search import GRADE, INDUSTRY, KIND
from jimo_desktop.items import ItemKind
from tests.conftest import COMMITTED_DB


def counts(results, facet: str) -> dict[str, int]:
    return {f.value: f.count for f in results.facets if f.facet == facet}


@pytest.mark.parametrize("query", ["blue", "jimo", "即墨", "auto", "langu", "S10", "一汽"])
def test_the_kind_counts_equal_the_kinds_of_the_results(catalog: Catalog, query: str) -> None:
    results = catalog.search(query)
    assert results.hits and len(results.hits) < 200  # every match is shown
    kinds = Counter(hit.ref.kind.value for hit in results.hits)
    assert counts(results, KIND) == dict(kinds)


def test_the_grade_and_industry_counts_are_those_of_the_sources_and_parks_found(
    catalog: Catalog,
) -> None:
    results = catalog.search("jimo")
    conn = sqlite3.connect(COMMITTED_DB)
    sources = [h.ref.id for h in results.hits if h.ref.kind is ItemKind.SOURCE]
    grades = Counter(
        conn.execute("select grade from sources where id = ?", (s,)).fetchone()[0] for s in sources
    )
    assert counts(results, GRADE) == dict(grades)
    parks = {h.ref.id for h in results.hits if h.ref.kind is ItemKind.PARK}
    industries = Counter(
        industry
        for (park, industry) in conn.execute("select park_id, industry_id from park_industries")
        if park in parks
    )
    assert counts(results, INDUSTRY) == dict(industries)
    names = {f.value: f.name for f in results.facets if f.facet == INDUSTRY}
    assert names["automotive"] == "Automotive"
    conn.close()


def test_a_narrowing_keeps_only_its_matches_and_the_counts_stay(catalog: Catalog) -> None:
    every = catalog.search("jimo")
    sources = catalog.search("jimo", narrowing=Narrowing(kind="source"))
    assert {h.ref.kind for h in sources.hits} == {ItemKind.SOURCE}
    assert len(sources.hits) == counts(every, KIND)["source"]
    assert sources.facets == every.facets  # so a facet can be widened again
    graded = catalog.search("jimo", narrowing=Narrowing(grade="A"))
    assert len(graded.hits) == counts(every, GRADE)["A"]
    autos = catalog.search("jimo", narrowing=Narrowing(industry="automotive"))
    assert {h.ref.kind for h in autos.hits} == {ItemKind.PARK}
    assert len(autos.hits) == counts(every, INDUSTRY)["automotive"]
    assert Narrowing(kind="park").toggled(every.facets[0]) == Narrowing()
