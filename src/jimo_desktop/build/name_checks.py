"""Chinese names are published ones, or say they are the project's own.

The research file the data comes from is kept in the sources folder as a reference
(``reference/jimo-facts.md``, a verbatim copy; ``reference/README.md`` gives its origin), and
so is the list of names published by sources the research file does not quote
(``reference/published-names.csv``: ``name,source_id,note``, the OpenStreetMap names of
Qingdao's other districts, for example). ``name_problems`` checks every Chinese name and
Chinese other name of places, parks, industries, organizations, projects and events:

- a name is *published* when the research file writes it as a name of its own (not as a
  piece of a longer one: 一汽-大众 inside 一汽-大众(青岛)华东生产基地 is not) or the list of
  published names holds it, and its source is a source of the data;
- where a table has ``name_zh_origin`` (industries, organizations), a Chinese name says
  where it comes from, and one marked ``published`` must be published; one marked
  ``own translation`` or ``own shortening`` is shown by the app as the project's own;
- every other Chinese name (tables without the column, and all other names) must be
  published.

``disputed_range_problems`` refuses an event date written as a range whose note gives its
ends to different sources: two sources that disagree about a year give one disputed date,
not a span (the date of the first source, the other in ``date_note``).
Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jimo_desktop.build.read_sources import Problem, Record

REFERENCE_DIR = "reference"
RESEARCH_FILE = f"{REFERENCE_DIR}/jimo-facts.md"
PUBLISHED_NAMES_FILE = f"{REFERENCE_DIR}/published-names.csv"
PUBLISHED_NAMES_COLUMNS = ("name", "source_id", "note")

# The Chinese names of each table: (column, whether it is a `;` list of other names).
NAME_COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {
    "places": (("name_zh", False), ("aliases", True)),
    "parks": (("name_zh", False), ("aliases", True)),
    "industries": (("name_zh", False),),
    "organizations": (("name_zh", False), ("aliases", True)),
    "projects": (("name_zh", False), ("aliases", True)),
    "events": (("title_zh", False),),
}
ORIGIN_COLUMN = "name_zh_origin"

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A character that continues a name across it: a name that meets one is part of a longer one.
_JOINS_BEFORE = "·-)）"
_JOINS_AFTER = "·-(（"


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _continues(char: str, joins: str) -> bool:
    return bool(char) and (bool(_CJK.match(char)) or char in joins)


def written_as_a_name(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` on its own, not as a piece of a longer name."""
    start = text.find(name)
    while start >= 0:
        before = text[start - 1] if start else ""
        end = start + len(name)
        after = text[end] if end < len(text) else ""
        if not _continues(before, _JOINS_BEFORE) and not _continues(after, _JOINS_AFTER):
            return True
        start = text.find(name, start + 1)
    return False


def name_problems(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    """Add a problem for each Chinese name that is neither published nor marked as own."""
    research = sources_dir / RESEARCH_FILE
    if not research.is_file():
        problems.append(Problem(f"{sources_dir.name}/{RESEARCH_FILE}", 0, "file is missing"))
        return
    text = research.read_text(encoding="utf-8")
    source_ids = {record.values["id"] for record in data.get("sources", [])}
    listed = _published_names(sources_dir, source_ids, problems)
    for table, columns in NAME_COLUMNS.items():
        name = f"{sources_dir.name}/{table}.csv"
        for record in data.get(table, []):
            for message in _record_problems(table, columns, record.values, text, listed):
                problems.append(Problem(name, record.line, message))


def _published_names(sources_dir: Path, source_ids: set[str], problems: list[Problem]) -> set[str]:
    """The names of ``published-names.csv`` (an absent file lists none), each checked."""
    path = sources_dir / PUBLISHED_NAMES_FILE
    if not path.is_file():
        return set()
    where = f"{sources_dir.name}/{PUBLISHED_NAMES_FILE}"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != PUBLISHED_NAMES_COLUMNS:
            problems.append(
                Problem(where, 1, f"header must be {','.join(PUBLISHED_NAMES_COLUMNS)}")
            )
            return set()
        names: set[str] = set()
        for row in reader:
            line = reader.line_num
            name, source = (row["name"] or "").strip(), (row["source_id"] or "").strip()
            if not name or source not in source_ids:
                problems.append(Problem(where, line, f"{name!r} needs a name and a known source"))
                continue
            names.add(name)
    return names


def _record_problems(
    table: str,
    columns: tuple[tuple[str, bool], ...],
    values: dict[str, Any],
    text: str,
    listed: set[str],
) -> Iterator[str]:
    origin = values.get(ORIGIN_COLUMN)
    marked = table in ("industries", "organizations")
    for column, is_list in columns:
        cell = values.get(column) or ""
        names = [part.strip() for part in cell.split(";")] if is_list else [cell.strip()]
        for name in (n for n in names if n and has_cjk(n)):
            if column == "name_zh" and marked:
                if origin is None:
                    yield (
                        f"name_zh {name!r}: {ORIGIN_COLUMN} is required (published, own "
                        "translation or own shortening)"
                    )
                    continue
                if origin != "published":
                    continue
            if name not in listed and not written_as_a_name(name, text):
                mark = f"; or mark it in {ORIGIN_COLUMN}" if column == "name_zh" and marked else ""
                yield (
                    f"{column} {name!r} is not a name the research file ({RESEARCH_FILE}) or "
                    f"{PUBLISHED_NAMES_FILE} publishes{mark}"
                )
    if marked and origin is not None and not values.get("name_zh"):
        yield f"{ORIGIN_COLUMN} {origin!r} without a name_zh"


_SOURCE_ID = re.compile(r"\bS\d{2,3}\b")


def disputed_range_problems(data: dict[str, list[Record]], sources_dir: Path) -> list[Problem]:
    """A problem for each event whose range date gives its two ends to different sources."""
    found: list[Problem] = []
    for record in data.get("events", []):
        date, note = record.values["date"], record.values.get("date_note") or ""
        cited = sorted(set(_SOURCE_ID.findall(note)))
        if "/" in date and len(cited) > 1:
            found.append(
                Problem(
                    f"{sources_dir.name}/events.csv",
                    record.line,
                    f"date {date!r} is a range, but date_note gives dates to {', '.join(cited)}: "
                    "sources that disagree give a disputed date, not a span; write the date of "
                    "the first source and the other in date_note",
                )
            )
    return found
