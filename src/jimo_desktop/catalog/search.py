"""Search: one box for every kind of item, in English, Chinese or pinyin.

User text is made encodable (``user_text.encodable``: a lone surrogate from a broken paste
becomes U+FFFD), cut to ``MAX_QUERY_LENGTH``, normalised (NFKC), stripped of control and
format characters and split into terms; Traditional characters the index knows are made
Simplified (``query_forms``: 即墨區 finds 即墨区). Terms of three or more characters go
through the trigram full-text index; a query with a shorter term (一两个汉字 such as 即墨)
is answered by escaped LIKEs over the rows the indexes leave (``search_grams`` holds the
rows of each short piece of text beyond ASCII; the trigrams those of the longer terms), or
over every row when none does (``a``, ``hi``). The matches are found once per query, in
SQL: what Python reads is the hits kept (at most ``limit``) and the facets' counts. Every term must match the names or text of an item,
or else the whole query, tone marks and spaces left out, must be in the pinyin of its
Chinese names (``jimo``, ``Jímò``, ``lan cun``); such a hit counts as one in the name. A
query that finds nothing gets a ``suggestion`` ("Did you mean …?", from ``suggestions``)
when a close word of the names finds something. No text a user types makes a query fail;
a damaged row of the index raises ``DatabaseDamaged``.

Facets: beside the hits, the results count in SQL what every match is (``facets``): by
kind, by the grade of the sources found and by the industries of the parks found. A
``Narrowing`` (a kind, a grade, an industry) keeps only the matches that are so; the counts
stay those of all the matches of the query, so that a facet can be widened again.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.catalog.query_forms import PINYIN_COLUMN, IndexForms, pinyin_key
from jimo_desktop.catalog.suggestions import suggestion
from jimo_desktop.items import KIND_ORDER, ItemKind, ItemRef
from jimo_desktop.schema import MAX_GRAM, SEARCH_GRAMS_TABLE, SEARCH_TABLE, like_folded
from jimo_desktop.user_text import encodable

MAX_QUERY_LENGTH = 200
# What is read of a query before it is normalised: NFKC can join a few characters into
# one, so a little more than ``MAX_QUERY_LENGTH``; a pasted megabyte is not normalised whole.
_READ_LENGTH = 4 * MAX_QUERY_LENGTH


@dataclass(frozen=True, slots=True)
class SearchHit:
    ref: ItemRef
    title: str
    title_zh: str
    context: str  # where the match is, when it is not in the title


# The facets of the search results, as ``Facet.facet``.
KIND, GRADE, INDUSTRY = "kind", "grade", "industry"


@dataclass(frozen=True, slots=True)
class Facet:
    """One value of a facet and how many matches have it."""

    facet: str  # KIND, GRADE or INDUSTRY
    value: str  # an ItemKind value, a source's grade, an industry's id
    count: int
    name: str = ""  # an industry's names
    name_zh: str = ""


@dataclass(frozen=True, slots=True)
class Narrowing:
    """Which matches to keep: of this kind, sources of this grade, parks of this industry
    ("" keeps all)."""

    kind: str = ""
    grade: str = ""
    industry: str = ""

    def chosen(self, facet: Facet) -> bool:
        return getattr(self, facet.facet) == facet.value

    def toggled(self, facet: Facet) -> Narrowing:
        """Narrowed to ``facet``'s value, or widened again when it was chosen."""
        return replace(self, **{facet.facet: "" if self.chosen(facet) else facet.value})


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    terms: tuple[str, ...]  # as searched: Traditional characters made Simplified
    hits: tuple[SearchHit, ...]
    suggestion: str = ""  # when nothing was found: a query that finds something
    facets: tuple[Facet, ...] = ()  # what all the matches are (not only the hits kept)
    narrowing: Narrowing = Narrowing()

    def by_kind(self) -> list[tuple[ItemKind, list[SearchHit]]]:
        groups: dict[ItemKind, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.ref.kind, []).append(hit)
        return [(kind, groups[kind]) for kind in KIND_ORDER if kind in groups]


def search_terms(query: str) -> tuple[str, ...]:
    """The terms of a user's query: encodable, control and format characters gone, split
    on space. The search and the tree filter both take their terms from here."""
    query = encodable((query or "")[:_READ_LENGTH])
    query = unicodedata.normalize("NFKC", query)[:MAX_QUERY_LENGTH]
    query = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in query
    )
    return tuple(dict.fromkeys(term for term in query.split() if term))


def fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _context(body: str, terms: Sequence[str], width: int = 48) -> str:
    """The words around the first term found in ``body``, with … where cut."""
    folded = body.casefold()
    for term in terms:
        at = folded.find(term.casefold())
        if at >= 0:
            start = max(0, at - width // 2)
            end = min(len(body), at + len(term) + width)
            prefix = "…" if start else ""
            suffix = "…" if end < len(body) else ""
            return prefix + body[start:end].strip() + suffix
    return ""


_COLUMNS = "s.kind, s.item_id, s.title, s.title_zh, s.aliases, s.body"
_TITLE = (
    "coalesce(s.title, '') || ' ' || coalesce(s.title_zh, '') || ' ' || coalesce(s.aliases, '')"
)
_HAYSTACK = f"{_TITLE} || ' ' || coalesce(s.body, '')"
_KIND_RANK = (
    "case m.kind "
    + " ".join(f"when '{kind.value}' then {i}" for i, kind in enumerate(KIND_ORDER))
    + " end"
)  # of a match (``m``): the order of the kinds
_PINYIN_LIKE = f"coalesce(s.{PINYIN_COLUMN}, '') like ? escape '\\'"
# Whether a row was found by its pinyin, as the column by_pinyin.
_PINYIN_HIT = "coalesce(s.pinyin, '') like ? escape '\\' as by_pinyin"
_NO_PINYIN_HIT = "cast(0 as integer) as by_pinyin"
# The columns of the names and text in the FTS table (its pinyin is searched apart).
_FTS_TEXT = "{title title_zh aliases body}"


def search(
    db: Database, query: str, limit: int = 200, narrowing: Narrowing | None = None
) -> SearchResults:
    """Find items of every kind by English, Chinese or pinyin text; never raises on user
    input. An empty query finds nothing; one that finds nothing may carry a suggestion.
    The hits are those ``narrowing`` keeps; the facets count every match."""
    results = _search(db, query, limit, narrowing or Narrowing())
    if results.hits or results.facets or not results.terms:
        return results
    suggested = suggestion(db, results.terms)
    if suggested and _search(db, suggested, 1, Narrowing()).hits:
        return SearchResults(results.query, results.terms, (), suggested)
    return results


def _search(db: Database, query: str, limit: int, narrowing: Narrowing) -> SearchResults:
    terms = search_terms(query)
    if not terms:
        return SearchResults(query, (), (), narrowing=narrowing)
    limit = max(1, min(int(limit), 1000))
    forms = IndexForms.of(db)
    terms = forms.simplified(terms)
    matched, params = _matches(terms, pinyin_key(terms) if forms.pinyin else "", forms.grams)
    where, narrow = _narrowed(narrowing)
    # One statement: the matches are found once, kept in a table of their keys and what
    # the order needs, counted there for the facets, and only the hits kept are joined to
    # their text. Matches in the names first (the pinyin is of names), then by kind, then
    # by title.
    sql = f"""with matched as materialized ({matched}),
        kept as (select m.*, row_number() over (order by {_ORDER}) as ord
            from matched m where {where} order by ord limit ?)
        select 0 as part, k.ord, {_COLUMNS}, k.by_pinyin, null as facet, null as value,
            null as n, null as name, null as name_zh, null as rank
        from kept k join {SEARCH_TABLE} s on s.rowid = k.rid
        union all
        select 1, null, null, null, null, null, null, null, null, f.*
        from ({_FACETS}) f
        order by part, ord, facet desc, rank, n desc, value"""
    try:
        rows = db.rows(sql, [*params, *narrow, limit])
    except sqlite3.OperationalError:
        return SearchResults(query, terms, (), narrowing=narrowing)
    hits = tuple(_hit(db, row, terms) for row in rows if row["part"] == 0)
    facets = tuple(_facet(db, row) for row in rows if row["part"] == 1)
    return SearchResults(query, terms, hits, facets=facets, narrowing=narrowing)


# The order of the matches (``m``): in the names first, then by kind, then by title.
_ORDER = f"case when m.title_hit or m.by_pinyin then 0 else 1 end, {_KIND_RANK}, m.title"
_FTS_ROWS = f"select rowid from {SEARCH_TABLE}_fts where {SEARCH_TABLE}_fts match ?"


def _matches(terms: Sequence[str], key: str, grams: bool = False) -> tuple[str, list[Any]]:
    """The select of every row of the index the terms (or the pinyin ``key``) match, with
    what the order and the facets need (rid, kind, item_id, title, by_pinyin, title_hit),
    and its parameters."""
    by_pinyin = _PINYIN_HIT if key else _NO_PINYIN_HIT
    title_hit = f"{_TITLE} like ? escape '\\' as title_hit"
    columns = f"s.rowid as rid, s.kind, s.item_id, s.title, {by_pinyin}, {title_hit}"
    first = [like_pattern(key)] if key else []
    selected = [*first, like_pattern(terms[0])]
    if all(len(term) >= 3 for term in terms):
        match = f"{_FTS_TEXT} : ({' '.join(fts_phrase(t) for t in terms)})"
        if key:
            match += f" OR {PINYIN_COLUMN} : {fts_phrase(key)}"
        sql = f"""select {columns} from {SEARCH_TABLE}_fts f
            join {SEARCH_TABLE} s on s.rowid = f.rowid where {SEARCH_TABLE}_fts match ?"""
        return sql, [*selected, match]
    where = " and ".join(f"{_HAYSTACK} like ? escape '\\'" for _ in terms)
    if key:
        where = f"({where}) or {_PINYIN_LIKE}"
    params = [*selected, *(like_pattern(t) for t in terms), *first]
    narrowed = _candidates(terms, key, grams)
    if narrowed is not None:
        candidates, among = narrowed
        where = f"s.rowid in ({candidates}) and ({where})"
        params = [*selected, *among, *params[len(selected) :]]
    sql = f"select {columns} from {SEARCH_TABLE} s where {where}"
    return sql, params


def _candidates(terms: Sequence[str], key: str, grams: bool) -> tuple[str, list[Any]] | None:
    """For a query with a short term: a select of the rows of the index that may match,
    from the indexes (the trigrams for terms of three characters or more, ``search_grams``
    for short terms beyond ASCII), and its parameters; None when no index narrows it (the
    rows are then scanned). The rows it gives hold every match; the query's ``like``s then
    keep those that match."""
    parts, params = [], []
    for term in terms:
        if len(term) >= 3:
            parts.append(_FTS_ROWS)
            params.append(f"{_FTS_TEXT} : {fts_phrase(term)}")
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


_SOURCE_GRADE = "select grade from sources where id = m.item_id"
_FACETS = f"""
    select '{KIND}' as facet, m.kind as value, count(*) as n, '' as name, '' as name_zh,
        min({_KIND_RANK}) as rank
    from matched m group by m.kind
    union all
    select '{GRADE}', g.grade, count(*), '', '', 0
    from matched m join sources g on g.id = m.item_id
    where m.kind = '{ItemKind.SOURCE.value}' group by g.grade
    union all
    select '{INDUSTRY}', i.id, count(distinct m.item_id), i.name_en, coalesce(i.name_zh, ''), 0
    from matched m join park_industries pi on pi.park_id = m.item_id
    join industries i on i.id = pi.industry_id
    where m.kind = '{ItemKind.PARK.value}' group by i.id"""


def _narrowed(narrowing: Narrowing) -> tuple[str, list[Any]]:
    """The condition that keeps the matches ``narrowing`` asks for, and its parameters."""
    where, params = ["1"], []
    if narrowing.kind:
        where.append("m.kind = ?")
        params.append(narrowing.kind)
    if narrowing.grade:
        where.append(f"m.kind = '{ItemKind.SOURCE.value}' and ({_SOURCE_GRADE}) = ?")
        params.append(narrowing.grade)
    if narrowing.industry:
        where.append(
            f"m.kind = '{ItemKind.PARK.value}' and exists (select 1 from park_industries "
            "where park_id = m.item_id and industry_id = ?)"
        )
        params.append(narrowing.industry)
    return " and ".join(where), params


def _facet(db: Database, row: sqlite3.Row) -> Facet:
    cells = Cells(db.path, SEARCH_TABLE, row)
    facet = cells.text("facet")
    value = cells.kind("value").value if facet == KIND else cells.text("value")
    return Facet(facet, value, cells.integer("n"), cells.text("name"), cells.text("name_zh"))


def _hit(db: Database, row: sqlite3.Row, terms: Sequence[str]) -> SearchHit:
    cells = Cells(db.path, SEARCH_TABLE, row)
    title, title_zh, aliases = cells.text("title"), cells.text("title_zh"), cells.text("aliases")
    title_line = f"{title} {title_zh} {aliases}".casefold()
    in_title = bool(row["by_pinyin"]) or all(t.casefold() in title_line for t in terms)
    context = "" if in_title else _context(cells.text("body") or aliases, terms)
    ref = ItemRef(cells.kind("kind"), cells.ident("item_id"))
    return SearchHit(ref, title, title_zh, context)
