"""How long a text from the database may be when the window shows it, and ``elided``.

A hostile or damaged database can hold a name of megabytes; given to a label, a table
cell, a tooltip or pyqtgraph as it is, Qt lays it out for minutes and takes gigabytes.
Every model and pane that shows database text passes it through ``elided`` first:

- ``NAME_LIMIT`` for a name, a title, a table cell, a chart's title, tick or hover line;
- ``TEXT_LIMIT`` for a summary, a description, a note, an evidence paragraph.

A text cut short ends in "…". The full text stays in the database and in every export
(the CSV files are written from the catalog's objects, not from what the window shows).
Plain Python, no Qt: the limits are a matter of what is shown, not of what is read.
"""

from __future__ import annotations

from collections.abc import Iterable

NAME_LIMIT = 300
TEXT_LIMIT = 3000
ELLIPSIS = "…"


def elided(text: str, limit: int = NAME_LIMIT) -> str:
    """``text`` when it has at most ``limit`` characters, else its start and "…"."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def elided_lines(lines: Iterable[str], limit: int = NAME_LIMIT) -> list[str]:
    """Each line of ``lines`` elided to ``limit``."""
    return [elided(line, limit) for line in lines]
