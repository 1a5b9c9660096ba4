"""The search's work, counted (not timed) over the database and a copy three times as
large: the hits of a query read as many matches as they show, whatever the number of
matches; a short Chinese term is looked up in the index, not scanned for."""

from __future__ import annotations

import re

import pytest

from jimo_desktop.catalog import Catalog
from tests.work_counts import statements, steps

# Found in many items (more than the hits asked for), and more so in the larger copy.
MANY = ("Qingdao", "park", "即墨", "青", "a")
LIMIT = 5


def hits_work(catalog: Catalog, query: str) -> tuple[int, int, int]:
    """The statements, the machine steps (hundreds) and the hits of one query's hits."""
    catalog.search(query, LIMIT, facets=False)  # what the index offers is asked once
    with statements(catalog) as ran, steps(catalog) as done:
        hits = catalog.search(query, LIMIT, facets=False).hits
    return len(own(ran.sql)), done.hundreds, len(hits)


def own(sql: list[str]) -> list[str]:
    """The statements the catalog runs, without those SQLite runs inside them (FTS5 on
    its own tables: traced as comments)."""
    return [s for s in sql if not s.startswith("--")]


@pytest.mark.parametrize("query", MANY)
def test_the_hits_of_a_query_take_the_same_work_at_any_size(
    single: Catalog, tripled: Catalog, query: str
) -> None:
    matches = sum(f.count for f in single.search(query).facets if f.facet == "kind")
    more = sum(f.count for f in tripled.search(query).facets if f.facet == "kind")
    assert more >= 1.5 * matches > LIMIT  # the matches grow with the data
    once, thrice = hits_work(single, query), hits_work(tripled, query)
    assert once[0] == thrice[0] <= 2  # statements
    assert once[2] == thrice[2] == LIMIT
    # The steps stay those of the hits shown, not three times those of every match.
    assert thrice[1] <= 1.5 * once[1] + 10


def test_the_facets_count_every_match_in_one_statement(single: Catalog, tripled: Catalog) -> None:
    with statements(single) as once:
        facets = single.search("Qingdao", hits=False).facets
    with statements(tripled) as thrice:
        more = tripled.search("Qingdao", hits=False).facets
    assert len(own(once.sql)) == len(own(thrice.sql)) == 1
    parks = [f.count for f in facets if (f.facet, f.value) == ("kind", "park")]
    assert [f.count for f in more if (f.facet, f.value) == ("kind", "park")] == [3 * parks[0]]


@pytest.mark.parametrize("query", ["即墨", "蓝", "即墨 Qingdao"])
def test_a_short_chinese_term_is_looked_up_not_scanned(single: Catalog, query: str) -> None:
    with statements(single) as ran:
        results = single.search(query)
    assert results.hits
    asked = [sql for sql in own(ran.sql) if "search_items" in sql and "sqlite_master" not in sql]
    assert asked
    conn = single._db._conn
    for sql in asked:
        plan = [row[3] for row in conn.execute(f"explain query plan {sql}")]
        scans = [step for step in plan if re.match(r"SCAN s\b|SCAN search_items\b", step)]
        assert not scans, (sql, plan)
    assert any("search_grams" in sql for sql in asked)
