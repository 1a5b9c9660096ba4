"""The catalog: one search box for English and Chinese, safe for any text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
        ("即墨市", "place:jimo"),  # the district's former name, an alias of the place
        ("信息保密", "industry:information-security"),  # the published term
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


# -- pinyin, Traditional characters and "Did you mean …?" ----------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jimo", "place:jimo"),
        ("Jímò", "place:jimo"),  # tone marks and case folded
        ("JIMO QU", "place:jimo"),
        ("lancun", "place:lancun"),
        ("lan cun", "place:lancun"),  # tried without the space
        ("Lán cūn", "place:lancun"),
        ("langu", "park:blue-valley"),
        ("lan gu", "park:blue-valley"),
        ("aoshanwei", "place:aoshanwei"),
        ("yiqidazhong", "organization:faw-vw"),  # 一汽-大众
        ("lvyou", "industry:tourism"),  # 旅游, ü typed as v
        ("lüyou", "industry:tourism"),
    ],
)
def test_pinyin_finds_chinese_names(catalog: Catalog, query: str, expected: str) -> None:
    results = catalog.search(query)
    assert expected in {str(hit.ref) for hit in results.hits}
    hit = next(hit for hit in results.hits if str(hit.ref) == expected)
    assert hit.context == ""  # found by its name, not in a sentence


def test_a_pinyin_hit_counts_as_one_in_the_name(catalog: Catalog) -> None:
    first = catalog.search("lancun").hits[0]
    assert str(first.ref) == "place:lancun"
    assert _hit_ids(catalog, "Jímò") <= _hit_ids(catalog, "jimo")
    # Pinyin is matched only as the whole query, not inside English words.
    assert "place:lancun" not in _hit_ids(catalog, "lan cun zzz")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("即墨區", "place:jimo"),
        ("青島藍谷", "park:blue-valley"),
        ("藍村", "place:lancun"),
        ("國際陸港", "park:intl-land-port"),
    ],
)
def test_traditional_characters_find_simplified_names(
    catalog: Catalog, query: str, expected: str
) -> None:
    results = catalog.search(query)
    assert expected in {str(hit.ref) for hit in results.hits}
    assert all("區" not in term and "藍" not in term for term in results.terms)


def test_simplified_queries_are_searched_as_they_are(catalog: Catalog) -> None:
    assert catalog.search("即墨区").terms == ("即墨区",)
    assert catalog.search("台").terms == ("台",)


@pytest.mark.parametrize(
    ("query", "suggested", "finds"),
    [
        ("Volkswagon", "Volkswagen", "organization:volkswagen"),
        ("helicoptor", "helicopter", "project:airbus-h135-fal"),
        ("Airbus helicoptor", "Airbus helicopter", "project:airbus-h135-fal"),
        ("Qingdoa", "Qingdao", "place:qingdao"),
    ],
)
def test_a_misspelt_query_offers_the_closest_names(
    catalog: Catalog, query: str, suggested: str, finds: str
) -> None:
    results = catalog.search(query)
    assert results.hits == ()
    assert results.suggestion.casefold() == suggested.casefold()
    assert finds in _hit_ids(catalog, results.suggestion)


@pytest.mark.parametrize("query", ["xyzzyq", "即墨区 zzzz", "qq", "FAW", "Volkswagen plantzzz"])
def test_no_suggestion_when_something_is_found_or_nothing_is_close(
    catalog: Catalog, query: str
) -> None:
    assert catalog.search(query).suggestion == ""


def test_difflib_finds_the_word_meant_for_nearly_every_slip(catalog: Catalog) -> None:
    """The measure behind using difflib: one slip (a letter dropped, doubled, swapped with
    the next or replaced) in each word of seven or more letters of the names."""
    import random

    from jimo_desktop.catalog.suggestions import closest_word, name_words

    words = name_words(catalog._db)
    rng = random.Random(11)
    long_words = sorted(w for w in words if len(w) >= 7)
    right = tried = 0
    for word in long_words:
        at = rng.randrange(1, len(word) - 1)
        slips = (
            word[:at] + word[at + 1 :],
            word[:at] + word[at] + word[at:],
            word[:at] + word[at + 1] + word[at] + word[at + 2 :],
            word[:at] + rng.choice("aeioukrst") + word[at + 1 :],
        )
        for slip in slips:
            if slip in words:
                continue
            tried += 1
            right += closest_word(slip, words).casefold() == word
    assert tried > 300
    assert right / tried >= 0.9, f"{right}/{tried}"


def test_an_older_database_without_pinyin_or_variants_is_searched_as_before(
    built_db: Path, tmp_path: Path
) -> None:
    import shutil

    import sqlite_utils

    with Catalog.open(built_db) as new:
        assert "park:blue-valley" in _hit_ids(new, "lanseguigu")  # 蓝色硅谷
    old = tmp_path / "old.db"
    shutil.copy(built_db, old)
    db = sqlite_utils.Database(old)
    db.execute("drop table search_items_fts")
    db.execute("drop table search_variants")
    db.execute("alter table search_items drop column pinyin")
    db.table("search_items").enable_fts(
        ["title", "title_zh", "aliases", "body"], fts_version="FTS5", tokenize="trigram"
    )
    db.close()
    with Catalog.open(old) as older:
        assert "place:jimo" in _hit_ids(older, "即墨")
        assert "place:jimo" in _hit_ids(older, "Jimo District")
        assert "organization:faw-vw" in _hit_ids(older, "FAW")
        assert _hit_ids(older, "lanseguigu") == set()
        assert older.search("即墨區").terms == ("即墨區",)
        assert older.search("Volkswagon").suggestion == "Volkswagen"


def test_what_the_index_offers_is_asked_once_while_the_database_is_open() -> None:
    from jimo_desktop.catalog.database import open_database

    database = open_database()
    asked: list[str] = []
    plain_rows = database.rows

    def counted(sql: str, params=()):
        asked.append(sql)
        return plain_rows(sql, params)

    database.rows = counted  # type: ignore[method-assign]
    try:
        catalog = Catalog(database)
        for query in ("蓝谷", "即墨區", "jimo", "Volkswagon", "helicoptor", "blue"):
            catalog.search(query)
        probes = [sql for sql in asked if "sqlite_master" in sql or "table_info" in sql]
        reads = [sql for sql in asked if "search_variants" in sql]
        assert len(probes) == 3 and len(reads) == 1  # once, not per query
        words = [sql for sql in asked if "where kind <> 'claim'" in sql]
        assert len(words) == 1
    finally:
        database.close()
