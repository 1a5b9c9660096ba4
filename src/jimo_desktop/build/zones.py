"""China's catalogue of development zones (2018), read and checked, and its links to parks.

``read_zones`` reads ``data/sources/china-development-zones-2018.csv``, the 2,543 entries of
中国开发区审核公告目录（2018年版） as a transcription of the official PDF gives them (Chinese
headers, values unchanged: see ``data/sources/README.md``), into rows of the ``zones`` table.
Each entry keeps its values as published; the checks refuse what would misread one: a header
other than the catalogue's, a code that is not G or S and six digits, an approving level or a
type the catalogue does not use, an approval date not ``YYYY.MM`` (or two of them with ``/``),
an area that is not a positive number. The id is the code, except where the transcription
gives one code to two zones (S377018): there it is the code and the entry's number
(``S377018-929``). Every entry cites the announcement (``ZONES_SOURCE``).

``read_zone_places`` reads ``zone_places.csv``: which place of the data a catalogue place is
(即墨 is the district ``jimo``; 胶南, the former county-level city, is now part of ``huangdao``),
each with its source; it gives an entry its ``place_id``, and so Qingdao its zones, and its
``city_id`` (the city that place is or is in: the tree's Context grouping).
``read_zone_parks`` reads ``zone_parks.csv``: which park of the data an entry is, whether the
catalogue states it (the same name) or it is inferred (said why in the note), with the source
of the park that bears on it. ``insert_zones`` writes both tables. Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop.build.read_sources import Problem, Record
from jimo_desktop.schema import (
    CONFIDENCE,
    ZONE_APPROVERS,
    ZONE_COLUMNS,
    ZONE_PARK_COLUMNS,
    ZONE_PARKS_FILE,
    ZONE_PARKS_TABLE,
    ZONE_PLACE_COLUMNS,
    ZONE_PLACES_FILE,
    ZONE_TYPES,
    ZONES_FILE,
    ZONES_SOURCE,
    ZONES_TABLE,
)

ZoneRow = dict[str, Any]

_CODE = re.compile(r"[GS]\d{6}")
_MONTH = re.compile(r"(\d{4})\.(\d{2})")


def approval_span(text: str) -> tuple[str, str]:
    """``1992.12`` -> (``1992-12``, ``1992-12``); ``2000.04/2002.12`` -> its first and last.

    ValueError when a part is not a year and month.
    """
    parts = text.split("/")
    months = []
    for part in parts:
        match = _MONTH.fullmatch(part.strip())
        if match is None or not 1 <= int(match[2]) <= 12 or len(parts) > 2:
            raise ValueError(f"批准时间 {text!r} is not YYYY.MM or YYYY.MM/YYYY.MM")
        months.append(f"{match[1]}-{match[2]}")
    return months[0], months[-1]


def read_zones(sources_dir: Path, problems: list[Problem]) -> list[ZoneRow]:
    """The catalogue's entries as rows of ``zones``; [] when the file is absent (optional)."""
    path = sources_dir / ZONES_FILE
    if not path.is_file():
        return []
    name = f"{sources_dir.name}/{ZONES_FILE}"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        header = [cell.strip() for cell in next(reader, [])]
        if header != list(ZONE_COLUMNS):
            problems.append(Problem(name, 1, f"the header is not the catalogue's: {header}"))
            return []
        entries = [(reader.line_num, cells) for cells in reader]
    codes = Counter(cells[1].strip() for _, cells in entries if len(cells) > 1)
    rows = []
    for line, cells in entries:
        try:
            rows.append(_zone_row(cells, codes))
        except ValueError as error:
            problems.append(Problem(name, line, str(error)))
    return rows


def _zone_row(cells: list[str], codes: Counter[str]) -> ZoneRow:
    if len(cells) != len(ZONE_COLUMNS):
        raise ValueError(f"{len(cells)} cells, the catalogue has {len(ZONE_COLUMNS)} columns")
    row: ZoneRow = {
        column: cell.strip() for column, cell in zip(ZONE_COLUMNS.values(), cells, strict=True)
    }
    if not _CODE.fullmatch(row["code"]):
        raise ValueError(f"代码 {row['code']!r} is not G or S and six digits")
    if not row["name_zh"] or not row["province"]:
        raise ValueError("开发区名称 and 省份 are required")
    if row["approver"] not in ZONE_APPROVERS:
        raise ValueError(f"批准级别 {row['approver']!r} is not one of {', '.join(ZONE_APPROVERS)}")
    if row["zone_type"] not in ZONE_TYPES:
        raise ValueError(f"开发区类型 {row['zone_type']!r} is not a type of the catalogue")
    row["approved_start"], row["approved_end"] = approval_span(row["approved"])
    try:
        area = float(row["area_ha"])
    except ValueError:
        raise ValueError(f"核准面积_公顷 {row['area_ha']!r} is not a number") from None
    if not area > 0:
        raise ValueError(f"核准面积_公顷 {row['area_ha']!r} is not a positive area")
    row["area_ha"] = area
    row["number"] = int(row["number"]) if row["number"].isdigit() else None
    row["industries"] = row["industries"] or None
    unique = codes[row["code"]] == 1
    row["id"] = row["code"] if unique else f"{row['code']}-{row['number']}"
    row["source_id"] = ZONES_SOURCE
    return row


def _read_links(
    sources_dir: Path,
    file: str,
    columns: tuple[str, ...],
    problem_of: Callable[[ZoneRow], str],
    problems: list[Problem],
) -> list[ZoneRow]:
    """The rows of one of the catalogue's small CSV files, each checked by ``problem_of``;
    [] when the file is absent."""
    path = sources_dir / file
    if not path.is_file():
        return []
    name = f"{sources_dir.name}/{file}"
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        if tuple(reader.fieldnames or ()) != columns:
            problems.append(Problem(name, 1, f"the header must be {','.join(columns)}"))
            return []
        for values in reader:
            row = {key: (value or "").strip() for key, value in values.items()}
            message = problem_of(row)
            if message:
                problems.append(Problem(name, reader.line_num, message))
            else:
                rows.append(row | {"note": row["note"] or None})
    return rows


def read_zone_parks(
    sources_dir: Path, zone_ids: set[str], ids: dict[str, set[Any]], problems: list[Problem]
) -> list[ZoneRow]:
    """The links of ``zone_parks.csv``, each to a known zone, park and source."""
    return _read_links(
        sources_dir,
        ZONE_PARKS_FILE,
        ZONE_PARK_COLUMNS,
        lambda row: _link_problem(row, zone_ids, ids),
        problems,
    )


def read_zone_places(
    sources_dir: Path,
    zone_places: set[tuple[str, str]],
    ids: dict[str, set[Any]],
    problems: list[Problem],
) -> dict[tuple[str, str], ZoneRow]:
    """``zone_places.csv`` by (province, place): which place of the data a catalogue place is."""

    def problem_of(row: ZoneRow) -> str:
        if (row["province"], row["place"]) not in zone_places:
            return f"no entry of the catalogue has the place {row['province']} {row['place']!r}"
        if row["place_id"] not in ids["places"]:
            return f"place_id {row['place_id']!r} is not a place"
        if row["source_id"] not in ids["sources"]:
            return f"source_id {row['source_id']!r} is not a source (a place needs one)"
        return ""

    rows = _read_links(sources_dir, ZONE_PLACES_FILE, ZONE_PLACE_COLUMNS, problem_of, problems)
    return {(row["province"], row["place"]): row for row in rows}


def _link_problem(row: ZoneRow, zone_ids: set[str], ids: dict[str, set[Any]]) -> str:
    if row["zone_id"] not in zone_ids:
        return f"zone_id {row['zone_id']!r} is not in the catalogue"
    if row["park_id"] not in ids["parks"]:
        return f"park_id {row['park_id']!r} is not a park"
    if row["source_id"] not in ids["sources"]:
        return f"source_id {row['source_id']!r} is not a source (a link needs one)"
    if row["confidence"] not in CONFIDENCE:
        return f"confidence {row['confidence']!r} is not one of {', '.join(CONFIDENCE)}"
    if row["confidence"] == "inferred" and not row["note"]:
        return "an inferred link needs a note saying why"
    return ""


def check_zones(data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]) -> None:
    """Read the catalogue and its links into ``data`` (``zones``, ``zone_parks``)."""
    zones = read_zones(sources_dir, problems)
    data[ZONES_TABLE], data[ZONE_PARKS_TABLE] = [], []
    if not zones:  # no catalogue: its links and places say nothing
        return
    ids = {
        table: {record.values["id"] for record in data[table]}
        for table in ("parks", "places", "sources")
    }
    if zones and ZONES_SOURCE not in ids["sources"]:
        problems.append(
            Problem(f"{sources_dir.name}/sources.csv", 0, f"the catalogue's source {ZONES_SOURCE}")
        )
    links = read_zone_parks(sources_dir, {zone["id"] for zone in zones}, ids, problems)
    places = read_zone_places(
        sources_dir, {(zone["province"], zone["place"]) for zone in zones}, ids, problems
    )
    cities = _cities(data)
    for zone in zones:
        known = places.get((zone["province"], zone["place"]))
        zone["place_id"] = known["place_id"] if known else None
        zone["place_source_id"] = known["source_id"] if known else None
        zone["city_id"] = cities.get(zone["place_id"])
    data[ZONES_TABLE] = [Record(0, zone) for zone in zones]
    data[ZONE_PARKS_TABLE] = [Record(0, link) for link in links]


def _cities(data: dict[str, list[Record]]) -> dict[str, str]:
    """place id -> the city it is or is in (a city, or a place whose parent is a city)."""
    places = {record.values["id"]: record.values for record in data.get("places", [])}
    found = {}
    for place_id, place in places.items():
        parent = places.get(place.get("parent_id") or "")
        if place.get("kind") == "city":
            found[place_id] = place_id
        elif parent is not None and parent.get("kind") == "city":
            found[place_id] = parent["id"]
    return found


def insert_zones(db: sqlite_utils.Database, data: dict[str, list[Record]]) -> None:
    """The ``zones`` and ``zone_parks`` tables, with their keys and indexes."""
    db.table(ZONES_TABLE).create(
        {
            "id": str, "code": str, "number": int, "name_zh": str, "province": str,
            "place": str, "approver": str, "zone_type": str, "approved": str,
            "approved_start": str, "approved_end": str, "area_ha": float,
            "industries": str, "source_id": str, "place_id": str, "place_source_id": str,
            "city_id": str,
        },
        pk="id",
        not_null=["code", "name_zh", "province", "approver", "zone_type", "approved"],
        foreign_keys=[
            ("source_id", "sources", "id"),
            ("place_id", "places", "id"),
            ("place_source_id", "sources", "id"),
            ("city_id", "places", "id"),
        ],
    )  # fmt: skip
    db.table(ZONE_PARKS_TABLE).create(
        {"zone_id": str, "park_id": str, "confidence": str, "source_id": str, "note": str},
        pk=("zone_id", "park_id"),
        not_null=["confidence", "source_id"],
        foreign_keys=[
            ("zone_id", ZONES_TABLE, "id"),
            ("park_id", "parks", "id"),
            ("source_id", "sources", "id"),
        ],
    )
    db.table(ZONES_TABLE).insert_all(record.values for record in data.get(ZONES_TABLE, []))
    db.table(ZONE_PARKS_TABLE).insert_all(
        record.values for record in data.get(ZONE_PARKS_TABLE, [])
    )
    db.table(ZONES_TABLE).create_index(["province", "place"])
    db.table(ZONES_TABLE).create_index(["place_id"])
    # The tree's Context grouping: a province's cities, a city's zones by code.
    db.table(ZONES_TABLE).create_index(["province", "city_id", "code"])
    db.table(ZONE_PARKS_TABLE).create_index(["park_id"])
