"""Search: one box for every kind of item, in English or Chinese.

User text is made encodable (``user_text.encodable``: a lone surrogate from a broken paste
becomes U+FFFD), cut to ``MAX_QUERY_LENGTH``, normalised (NFKC), stripped of control and format characters and split into
terms. Terms of three or more characters go through the trigram full-text index; a query
with a shorter term (一两个汉字 such as 即墨) is answered by an escaped LIKE scan. Every term
must match, and no text a user types makes a query fail; a damaged row of the index
raises ``DatabaseDamaged``.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.items import KIND_ORDER, ItemKind, ItemRef
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


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    terms: tuple[str, ...]
    hits: tuple[SearchHit, ...]

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
    "case s.kind "
    + " ".join(f"when '{kind.value}' then {i}" for i, kind in enumerate(KIND_ORDER))
    + " end"
)
# Matches in the title first, then by kind, then by title.
_ORDER = f"case when {_TITLE} like ? escape '\\' then 0 else 1 end, {_KIND_RANK}, s.title"


def search(db: Database, query: str, limit: int = 200) -> SearchResults:
    """Find items of every kind by English or Chinese text; never raises on user input.

    An empty query finds nothing.
    """
    terms = search_terms(query)
    if not terms:
        return SearchResults(query, (), ())
    limit = max(1, min(int(limit), 1000))
    params: list[Any]
    if all(len(term) >= 3 for term in terms):
        sql = f"""select {_COLUMNS} from {SEARCH_TABLE}_fts f
            join {SEARCH_TABLE} s on s.rowid = f.rowid
            where {SEARCH_TABLE}_fts match ? order by {_ORDER} limit ?"""
        params = [" ".join(fts_phrase(t) for t in terms), like_pattern(terms[0]), limit]
    else:
        where = " and ".join(f"{_HAYSTACK} like ? escape '\\'" for _ in terms)
        sql = f"select {_COLUMNS} from {SEARCH_TABLE} s where {where} order by {_ORDER} limit ?"
        params = [*(like_pattern(t) for t in terms), like_pattern(terms[0]), limit]
    try:
        rows = db.rows(sql, params)
    except sqlite3.OperationalError:
        return SearchResults(query, terms, ())
    return SearchResults(query, terms, tuple(_hit(db, row, terms) for row in rows))


def _hit(db: Database, row: sqlite3.Row, terms: Sequence[str]) -> SearchHit:
    cells = Cells(db.path, SEARCH_TABLE, row)
    title, title_zh, aliases = cells.text("title"), cells.text("title_zh"), cells.text("aliases")
    title_line = f"{title} {title_zh} {aliases}".casefold()
    in_title = all(t.casefold() in title_line for t in terms)
    context = "" if in_title else _context(cells.text("body") or aliases, terms)
    ref = ItemRef(cells.kind("kind"), cells.ident("item_id"))
    return SearchHit(ref, title, title_zh, context)
