"""Every source address is the one the research file gives, character for character.

Section 10 of the research file (kept verbatim in ``data/sources/reference/jimo-facts.md``)
lists each source with its address or addresses. A source of ``sources.csv`` that the
research lists has its first address in ``address`` and any other in ``note``: the test reads
both sides and compares them as strings, so that an altered address (a ``/`` turned into a
``-``) cannot pass.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from jimo_desktop import paths
from jimo_desktop.build.name_checks import RESEARCH_FILE

SOURCES = paths.source_data_dir()
_URL = re.compile(r"https?://[^\s)]+")
_ENTRY = re.compile(r"^\* (S\d{2,3}) (.*)$")


def research_addresses(text: str) -> dict[str, list[str]]:
    """Each source id of section 10 to its addresses, in the order the research gives them."""
    section = text.split("\n## 10. Sources", 1)[1]
    found: dict[str, list[str]] = {}
    for line in section.splitlines():
        entry = _ENTRY.match(line)
        if entry:
            found[entry.group(1)] = [u.rstrip(".,;") for u in _URL.findall(entry.group(2))]
    return found


def data_addresses(row: dict[str, str]) -> list[str]:
    """A source row's addresses: ``address`` first, then those its ``note`` names."""
    first = [row["address"]] if row["address"] else []
    return first + [u.rstrip(".,;") for u in _URL.findall(row["note"])]


def _sources(folder: Path) -> dict[str, dict[str, str]]:
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def address_mismatches(folder: Path) -> list[str]:
    research = research_addresses((folder / RESEARCH_FILE).read_text(encoding="utf-8"))
    rows = _sources(folder)
    problems = [
        f"{sid}: in the research, not in sources.csv" for sid in research if sid not in rows
    ]
    for sid, expected in research.items():
        if sid in rows and data_addresses(rows[sid]) != expected:
            problems.append(f"{sid}: {data_addresses(rows[sid])} != research {expected}")
    return problems


def test_the_research_lists_every_source_with_its_addresses() -> None:
    research = research_addresses((SOURCES / RESEARCH_FILE).read_text(encoding="utf-8"))
    assert len(research) == 111
    assert research["S31"] == [
        "http://www.qdxin.cn/Fortune/2017/119618.html",
        "http://qdxin.cn/Fortune/2017/119649.html",
    ]
    assert research["S05"] == []  # a repository named without a URL


def test_every_address_is_the_research_address() -> None:
    assert address_mismatches(SOURCES) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [("2014-05/17", "2014-05-17"), ("content_17544961", "content_17544962")],
)
def test_an_altered_address_is_found(sources_copy: Path, old: str, new: str) -> None:
    path = sources_copy / "sources.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert [p for p in address_mismatches(sources_copy) if p.startswith("S76:")]


def test_a_second_address_left_out_of_the_note_is_found(sources_copy: Path) -> None:
    path = sources_copy / "sources.csv"
    text = path.read_text(encoding="utf-8")
    second = "http://qdxin.cn/Fortune/2017/119649.html"
    assert second in text
    path.write_text(text.replace(second, "qdxin.cn", 1), encoding="utf-8")
    assert [p for p in address_mismatches(sources_copy) if p.startswith("S31:")]
