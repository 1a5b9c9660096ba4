"""The catalog: one search box for English and Chinese, safe for any text."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop.catalog import Catalog, search_terms
from jimo_desktop.items import ItemKind
from tests.conftest import COMMITTED_DB

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


# -- text from outside: lone surrogates ----------------------------------------------------

# Every code point, lone surrogates (a broken paste) and unassigned ones included.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())


def test_search_terms_make_lone_surrogates_encodable() -> None:
    assert search_terms("a\ud800 b") == ("a\ufffd", "b")
    assert search_terms("\udfff") == ("\ufffd",)
    for term in search_terms("x\udc80y \ud83d\ude00 即墨\ud800"):
        term.encode("utf-8")  # raises UnicodeEncodeError on a lone surrogate


@pytest.mark.parametrize("query", ["a\ud800", "\udfff\ud800 park", "即墨\ud800", "\ud800"])
def test_search_and_tree_filter_take_lone_surrogates(catalog: Catalog, query: str) -> None:
    assert len(catalog.search(query).hits) <= 200
    catalog.tree_matches(query)  # does not raise


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.text(ANY_CHARACTER, max_size=60))
def test_no_text_at_all_raises_in_search_or_the_tree_filter(catalog: Catalog, text: str) -> None:
    results = catalog.search(text)
    assert len(results.hits) <= 200
    for term in results.terms:
        term.encode("utf-8")
    catalog.tree_matches(text)
