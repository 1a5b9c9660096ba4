"""Text from outside the program, made safe before the core uses it.

What a user types or pastes (a search, a note, a filter) and what a file gives can hold
lone UTF-16 surrogates (``'a\\ud800'``, from a broken paste), which Python keeps in a
``str`` but no encoder accepts: SQLite, a CSV file or the log would raise
``UnicodeEncodeError``. ``encodable`` replaces each lone surrogate by U+FFFD and keeps
everything else, a correct surrogate pair included. Nothing here imports Qt.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD: safe to encode as UTF-8."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
