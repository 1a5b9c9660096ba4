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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.catalog.query_forms import IndexForms, pinyin_key
from jimo_desktop.catalog.search_sql import kind_rank, like_pattern, match_clauses
from jimo_desktop.catalog.suggestions import suggestion
from jimo_desktop.items import KIND_ORDER, ItemKind, ItemRef, own_origin
from jimo_desktop.schema import SEARCH_TABLE
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
    own_name_zh: str = ""  # how ``name_zh`` is the project's own translation, or ""


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
# Whether a row was found by its pinyin, as the column by_pinyin.
_PINYIN_HIT = "coalesce(s.pinyin, '') like ? escape '\\' as by_pinyin"
_NO_PINYIN_HIT = "cast(0 as integer) as by_pinyin"


def search(
    db: Database,
    query: str,
    limit: int = 200,
    narrowing: Narrowing | None = None,
    *,
    facets: bool = True,
    hits: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> SearchResults:
    """Find items of every kind by English, Chinese or pinyin text; never raises on user
    input. An empty query finds nothing; one that finds nothing may carry a suggestion.
    The hits are those ``narrowing`` keeps; the facets count every match.

    ``facets=False`` leaves the facets out (the hits alone read only as many matches as
    they show); ``hits=False`` gives the facets alone, and stops (no facets, no hits) as
    soon as ``cancelled`` says so: a pane asks for the hits, shows them, then counts."""
    narrowing = narrowing or Narrowing()
    results = _search(db, query, limit if hits else 0, narrowing, facets, cancelled)
    if not hits or results.hits or results.facets or not results.terms:
        return results
    if narrowing != Narrowing():  # narrowed to matches that are there
        return results
    suggested = suggestion(db, results.terms)
    if suggested and _search(db, suggested, 1, Narrowing(), False, None).hits:
        return SearchResults(results.query, results.terms, (), suggested)
    return results


def _search(
    db: Database,
    query: str,
    limit: int,
    narrowing: Narrowing,
    with_facets: bool,
    cancelled: Callable[[], bool] | None,
) -> SearchResults:
    terms = search_terms(query)
    if not terms:
        return SearchResults(query, (), (), narrowing=narrowing)
    limit = max(0, min(int(limit), 1000))
    forms = IndexForms.of(db)
    terms = forms.simplified(terms)
    key = pinyin_key(terms) if forms.pinyin else ""
    clauses = match_clauses(terms, key, forms.grams)
    by_pinyin, pinyin_params = (_PINYIN_HIT, [like_pattern(key)]) if key else (_NO_PINYIN_HIT, [])
    narrow, narrow_params = _narrowed(narrowing, "s")
    # Matches in the names first (the pinyin is of names), then the others; each kind
    # after kind, by title: in the order of the rows when the build wrote them so (then
    # only the hits shown are read), else sorted.
    order = clauses.row_order if forms.ordered else f"{kind_rank('s')}, s.title, s.rowid"
    try:
        rows: list[sqlite3.Row] = []
        for where, params in (clauses.in_names, clauses.others):
            if len(rows) >= limit:
                break
            rows += db.rows(
                f"select {_COLUMNS}, {by_pinyin} from {clauses.source} "
                f"where ({where}) and {narrow} order by {order} limit ?",
                [*pinyin_params, *params, *narrow_params, limit - len(rows)],
            )
        every, params = clauses.every
        facets_sql = (
            f"with matched as (select s.kind, s.item_id from {clauses.source} where {every}) "
            f"select * from ({_FACETS}) order by facet desc, rank, n desc, value"
        )
        facet_rows: list[sqlite3.Row] = []
        if with_facets and cancelled is None:
            facet_rows = db.rows(facets_sql, params)
        elif with_facets:
            facet_rows = db.rows(facets_sql, params, cancelled)
    except sqlite3.OperationalError:  # a query SQLite cannot run, or one cancelled
        return SearchResults(query, terms, (), narrowing=narrowing)
    hits = tuple(_hit(db, row, terms) for row in rows)
    facets = tuple(_facet(db, row) for row in facet_rows)
    return SearchResults(query, terms, hits, facets=facets, narrowing=narrowing)


_FACETS = f"""
    select '{KIND}' as facet, m.kind as value, count(*) as n, '' as name, '' as name_zh,
        '' as origin, min({kind_rank("m")}) as rank
    from matched m group by m.kind
    union all
    select '{GRADE}', g.grade, count(*), '', '', '', 0
    from matched m cross join sources g on g.id = m.item_id
    where m.kind = '{ItemKind.SOURCE.value}' group by g.grade
    union all
    select '{INDUSTRY}', i.id, count(distinct m.item_id), i.name_en, coalesce(i.name_zh, ''),
        coalesce(i.name_zh_origin, ''), 0
    from matched m cross join park_industries pi on pi.park_id = m.item_id
    cross join industries i on i.id = pi.industry_id
    where m.kind = '{ItemKind.PARK.value}' group by i.id"""


def _narrowed(narrowing: Narrowing, m: str = "m") -> tuple[str, list[Any]]:
    """The condition that keeps the matches (rows named ``m``) ``narrowing`` asks for,
    and its parameters."""
    where, params = ["1"], []
    if narrowing.kind:
        where.append(f"{m}.kind = ?")
        params.append(narrowing.kind)
    if narrowing.grade:
        grade = f"select grade from sources where id = {m}.item_id"
        where.append(f"{m}.kind = '{ItemKind.SOURCE.value}' and ({grade}) = ?")
        params.append(narrowing.grade)
    if narrowing.industry:
        where.append(
            f"{m}.kind = '{ItemKind.PARK.value}' and exists (select 1 from park_industries "
            f"where park_id = {m}.item_id and industry_id = ?)"
        )
        params.append(narrowing.industry)
    return " and ".join(where), params


def _facet(db: Database, row: sqlite3.Row) -> Facet:
    cells = Cells(db.path, SEARCH_TABLE, row)
    facet = cells.text("facet")
    value = cells.kind("value").value if facet == KIND else cells.text("value")
    return Facet(
        facet,
        value,
        cells.integer("n"),
        cells.text("name"),
        cells.text("name_zh"),
        own_origin(cells.text("origin")),
    )


def _hit(db: Database, row: sqlite3.Row, terms: Sequence[str]) -> SearchHit:
    cells = Cells(db.path, SEARCH_TABLE, row)
    title, title_zh, aliases = cells.text("title"), cells.text("title_zh"), cells.text("aliases")
    title_line = f"{title} {title_zh} {aliases}".casefold()
    in_title = bool(row["by_pinyin"]) or all(t.casefold() in title_line for t in terms)
    context = "" if in_title else _context(cells.text("body") or aliases, terms)
    ref = ItemRef(cells.kind("kind"), cells.ident("item_id"))
    return SearchHit(ref, title, title_zh, context)
