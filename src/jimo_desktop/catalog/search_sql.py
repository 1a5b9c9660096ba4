"""The SQL of a search: which rows of the index a query's terms match, and in what order.

Given a query's terms (Traditional characters already made Simplified), its pinyin key and
what the index offers (``query_forms.IndexForms``), ``match_clauses`` writes where the
matches are and three conditions over them: every match (for the facets), the matches in
the names or the pinyin (the hits shown first) and the others (shown after them).

- Terms of three or more characters are one FTS5 query on the trigram index.
- A query with a shorter term is answered by escaped LIKEs over the rows of the index,
  narrowed first by the indexes when they can: ``search_grams`` holds the rows of each
  one- or two-character piece beyond ASCII (即, 即墨), the trigrams the rows of the longer
  terms; a query of short ASCII terms only (``a``, ``hi``) reads every row.

The hits come in the order of the rows of ``search_items`` when the build wrote them in
the order of the results (kind after kind, by title: ``IndexForms.ordered``), so that a
query reads only as many matches as it shows; an older file is sorted by kind and title.
Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jimo_desktop.catalog.query_forms import PINYIN_COLUMN
from jimo_desktop.items import KIND_ORDER
from jimo_desktop.schema import MAX_GRAM, SEARCH_GRAMS_TABLE, SEARCH_TABLE, like_folded

FTS_TABLE = f"{SEARCH_TABLE}_fts"
# The columns of the names and text in the FTS table (its pinyin is searched apart), and
# those of the names alone.
FTS_TEXT = "{title title_zh aliases body}"
FTS_NAMES = "{title title_zh aliases}"
TITLE = "coalesce(s.title, '') || ' ' || coalesce(s.title_zh, '') || ' ' || coalesce(s.aliases, '')"
HAYSTACK = f"{TITLE} || ' ' || coalesce(s.body, '')"


def kind_rank(alias: str) -> str:
    """The place of the kind of row ``alias`` in the order of the kinds."""
    cases = " ".join(f"when '{kind.value}' then {i}" for i, kind in enumerate(KIND_ORDER))
    return f"case {alias}.kind {cases} end"


def fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like(column: str) -> str:
    return f"{column} like ? escape '\\'"


Where = tuple[str, list[Any]]
# The operators of FTS5's queries (in capitals) and of SQL's conditions.
_AND, _OR, _NOT = " AND ", " OR ", " NOT "
_SQL_AND = " and "
_SQL_AND_NOT = _SQL_AND + "not "


@dataclass(frozen=True, slots=True)
class MatchClauses:
    """Where the matches of a query are (``source``, its search_items row named ``s``),
    the conditions of every match, of those in the names and of the others, and the
    column whose order is that of the rows."""

    source: str
    every: Where
    in_names: Where
    others: Where
    row_order: str


def match_clauses(terms: Sequence[str], key: str, grams: bool) -> MatchClauses:
    """The clauses of the matches of ``terms`` (or of the pinyin ``key``: "" for none)."""
    if all(len(term) >= 3 for term in terms):
        return _fts_clauses(terms, key)
    return _scan_clauses(terms, key, grams)


def _fts_clauses(terms: Sequence[str], key: str) -> MatchClauses:
    text = f"{FTS_TEXT} : ({' '.join(fts_phrase(t) for t in terms)})"
    names = f"({text}{_AND}{FTS_NAMES} : {fts_phrase(terms[0])})"
    every = text
    if key:
        pinyin = f"{PINYIN_COLUMN} : {fts_phrase(key)}"
        every, names = f"{text}{_OR}{pinyin}", f"{names}{_OR}{pinyin}"
    match = f"{FTS_TABLE} match ?"
    source = f"{FTS_TABLE} f join {SEARCH_TABLE} s on s.rowid = f.rowid"
    return MatchClauses(
        source,
        (match, [every]),
        (match, [names]),
        (match, [f"({every}){_NOT}({names})"]),
        "f.rowid",
    )


def _scan_clauses(terms: Sequence[str], key: str, grams: bool) -> MatchClauses:
    where = " and ".join(_like(HAYSTACK) for _ in terms)
    params: list[Any] = [like_pattern(t) for t in terms]
    names, names_params = _like(TITLE), [like_pattern(terms[0])]
    if key:
        pinyin = _like(f"coalesce(s.{PINYIN_COLUMN}, '')")
        where, params = f"({where}) or {pinyin}", [*params, like_pattern(key)]
        names, names_params = f"{names} or {pinyin}", [*names_params, like_pattern(key)]
    narrowed = _candidates(terms, key, grams)
    if narrowed is not None:
        candidates, among = narrowed
        where, params = f"s.rowid in ({candidates}) and ({where})", [*among, *params]
    return MatchClauses(
        f"{SEARCH_TABLE} s",
        (where, params),
        (f"({where}){_SQL_AND}({names})", [*params, *names_params]),
        (f"({where}){_SQL_AND_NOT}({names})", [*params, *names_params]),
        "s.rowid",
    )


_FTS_ROWS = f"select rowid from {FTS_TABLE} where {FTS_TABLE} match ?"


def _candidates(terms: Sequence[str], key: str, grams: bool) -> Where | None:
    """For a query with a short term: a select of the rows of the index that may match,
    from the indexes (the trigrams for terms of three characters or more, ``search_grams``
    for short terms beyond ASCII), and its parameters; None when no index narrows it (the
    rows are then scanned). The rows it gives hold every match; the LIKEs then keep those
    that match."""
    parts, params = [], []
    for term in terms:
        if len(term) >= 3:
            parts.append(_FTS_ROWS)
            params.append(f"{FTS_TEXT} : {fts_phrase(term)}")
        elif grams and not term.isascii() and len(term) <= MAX_GRAM:
            parts.append(f"select item from {SEARCH_GRAMS_TABLE} where gram = ?")
            params.append(like_folded(term))
    if not parts:
        return None
    sql = " intersect ".join(parts)
    if key:
        if len(key) < 3:
            return None
        sql = f"select * from ({sql}) union {_FTS_ROWS}"
        params.append(f"{PINYIN_COLUMN} : {fts_phrase(key)}")
    return sql, params
