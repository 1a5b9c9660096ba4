"""The other forms of a query: its pinyin key, and its Traditional characters made Simplified.

Given a query's terms, ``pinyin_key`` folds them into what the index's ``pinyin`` column
is searched for: tone marks dropped (NFKD, combining marks left out), case folded, the
terms joined without spaces (``Lán cūn`` → ``lancun``), or "" when the query is not
Latin letters. Given an open database, ``IndexForms.of`` says what its search index
offers: whether it has the ``pinyin`` column (built since pinyin was added, as a column of
``search_items`` and of its FTS table) and its ``search_variants`` table of Traditional
characters, and whether it has ``search_grams`` (the short pieces of its text that answer
one- and two-character terms; a file with them has its rows in the order of the results); ``simplified`` writes the terms' Traditional characters in
their Simplified forms. An older file without them is searched as before. Nothing here
imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from jimo_desktop.catalog.database import Database, text
from jimo_desktop.schema import SEARCH_GRAMS_TABLE, SEARCH_TABLE, SEARCH_VARIANTS_TABLE

PINYIN_COLUMN = "pinyin"
# The shortest pinyin key searched for (one syllable such as "qu" already finds names).
MIN_PINYIN_KEY = 2
_LATIN = re.compile(r"[a-z]+")


def fold(term: str) -> str:
    """A term without tone marks or case: ``Jímò`` → ``jimo``, ``Lǚ`` → ``lu``."""
    decomposed = unicodedata.normalize("NFKD", term)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def pinyin_key(terms: Sequence[str]) -> str:
    """The terms folded and joined without spaces, when that is Latin letters; else ""."""
    key = "".join(fold(term) for term in terms)
    return key if len(key) >= MIN_PINYIN_KEY and _LATIN.fullmatch(key) else ""


def _may_have_variants(term: str) -> bool:
    return any(ord(c) >= 0x3400 for c in term)


@dataclass(frozen=True, slots=True)
class IndexForms:
    """What a database's search index offers beyond its names and text."""

    pinyin: bool = False
    variants: Mapping[str, str] = field(default_factory=dict)
    grams: bool = False  # whether ``search_grams`` serves short terms
    # Whether the rows of ``search_items`` are in the order of the results (kind after
    # kind, by title): the build writes them so since it writes ``search_grams``.
    ordered: bool = False

    @classmethod
    def of(cls, db: Database) -> IndexForms:
        """What ``db``'s index offers, asked once while it is open."""
        return db.derived("search_forms", cls._read)

    @classmethod
    def _read(cls, db: Database) -> IndexForms:
        names = {text(row[0]) for row in db.rows("select name from sqlite_master")}
        pinyin = all(
            PINYIN_COLUMN in _columns(db, table) for table in (SEARCH_TABLE, f"{SEARCH_TABLE}_fts")
        )
        variants: dict[str, str] = {}
        if SEARCH_VARIANTS_TABLE in names:
            rows = db.rows(f"select variant, simplified from {SEARCH_VARIANTS_TABLE}")
            variants = {
                row[0]: row[1]
                for row in rows
                if isinstance(row[0], str) and isinstance(row[1], str) and len(row[0]) == 1
            }
        grams = SEARCH_GRAMS_TABLE in names
        return cls(pinyin, variants, grams, ordered=grams)

    def simplified(self, terms: Sequence[str]) -> tuple[str, ...]:
        """The terms with every Traditional character known to the index made Simplified."""
        if not self.variants or not any(_may_have_variants(t) for t in terms):
            return tuple(terms)
        table = str.maketrans(dict(self.variants))
        return tuple(dict.fromkeys(term.translate(table) for term in terms))


def _columns(db: Database, table: str) -> set[str]:
    return {text(row[1]) for row in db.rows(f"pragma table_info([{table}])")}
