""" "Did you mean …?": the closest words of the names, for a query that found nothing.

Given an open database and the terms of a query that found nothing, ``suggestion`` writes
each Latin term that is no word of the names as the closest word that is (``Volkswagon``
→ ``Volkswagen``, ``helicoptor`` → ``helicopter``) and returns the new query, or "" when no
word is close enough. The words are those of the index's English names and other names
(every kind but the seed article's claims, which are sentences), read once, when a
query first finds nothing. Closeness is the standard library's ``difflib`` ratio: over these few hundred
words it finds the word meant for nearly every single slip of a letter (see
``tests/catalog/test_search.py``), so no fuzzy-matching library is needed. Nothing here
imports Qt.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from jimo_desktop.catalog.database import Database, text
from jimo_desktop.schema import SEARCH_TABLE

# How alike a word must be to be offered (difflib's ratio, 0 to 1): 0.8 takes one slip in
# a word of five or more letters and two in one of ten.
CUTOFF = 0.8
# Shorter terms are not corrected: too many words are one slip away from them.
MIN_LENGTH = 4
_WORD = re.compile(r"[^\W\d_]{3,}")
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z'-]*")


def name_words(db: Database) -> dict[str, str]:
    """Every word of three or more letters in the names: folded → as first written (read
    once while the database is open)."""
    return db.derived("name_words", _read_name_words)


def _read_name_words(db: Database) -> dict[str, str]:
    words: dict[str, str] = {}
    rows = db.rows(
        f"select title, aliases from {SEARCH_TABLE} where kind <> 'claim' order by rowid"
    )
    for row in rows:
        for cell in (text(row[0]), text(row[1])):
            for word in _WORD.findall(cell):
                if word.isascii():
                    words.setdefault(word.casefold(), word)
    return words


def closest_word(term: str, words: dict[str, str]) -> str:
    """The word of ``words`` closest to ``term``, as written in the names; "" if none."""
    found = difflib.get_close_matches(term.casefold(), words, n=1, cutoff=CUTOFF)
    return words[found[0]] if found else ""


def suggestion(db: Database, terms: Sequence[str]) -> str:
    """The query with each unknown Latin term replaced by the closest word; "" if none."""
    candidates = [t for t in terms if _LATIN_TERM.fullmatch(t) and len(t) >= MIN_LENGTH]
    if not candidates:
        return ""
    words = name_words(db)
    changed = False
    suggested = []
    for term in terms:
        word = ""
        if term in candidates and term.casefold() not in words:
            word = closest_word(term, words)
        changed = changed or bool(word)
        suggested.append(word or term)
    return " ".join(suggested) if changed else ""
