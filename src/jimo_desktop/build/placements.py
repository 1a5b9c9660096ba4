"""Where each park is: the sourced links of ``park_places.csv`` checked against the parks.

Each row of ``park_places.csv`` links a park to a place its sources put it in, with the
source and what it says (``source_id`` is required, so a link without a source is refused
where the cell is read). ``check_placements`` adds the rules between the two files: the
places a park's ``place_ids`` names in ``parks.csv`` are exactly its sourced links (a place
named there without a sourced link is refused, and so is a link the park does not name),
and every park has at least one link (``jimo`` when the sources give only the district).
It also numbers each park's links in file order (the ``position`` the app lists them by).
``boundary_rows`` and ``insert_boundaries`` carry the map's outlines into the database.
Nothing here imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from jimo_desktop.build.read_sources import Problem, Record
from jimo_desktop.schema import BOUNDARIES_TABLE


def check_placements(
    data: dict[str, list[Record]], sources_dir: Path, problems: list[Problem]
) -> None:
    """Add a problem for each park whose places and sourced links disagree; number links."""
    linked: dict[str, list[Record]] = {}
    for record in data["park_places"]:
        links = linked.setdefault(record.values["park_id"], [])
        record.values["position"] = len(links)
        links.append(record)
    links_file = f"{sources_dir.name}/park_places.csv"
    for park in data["parks"]:
        park_id = park.values["id"]
        named = set(park.values["place_ids"])
        sourced = {link.values["place_id"] for link in linked.get(park_id, [])}
        for place in sorted(named - sourced):
            problems.append(
                Problem(
                    f"{sources_dir.name}/parks.csv",
                    park.line,
                    f"place_ids: {place!r} has no sourced link in park_places.csv",
                )
            )
        for link in linked.get(park_id, []):
            if link.values["place_id"] not in named:
                problems.append(
                    Problem(
                        links_file,
                        link.line,
                        f"park {park_id!r} does not name place {link.values['place_id']!r} "
                        "in parks.csv place_ids",
                    )
                )
        if not sourced:
            problems.append(
                Problem(links_file, 0, f"park {park_id!r} has no link (use jimo for the district)")
            )


def insert_boundaries(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """The boundaries table: one outline per place, each with its source."""
    db.table(BOUNDARIES_TABLE).create(
        {
            "place_id": str,
            "level": int,
            "osm_id": str,
            "source_id": str,
            "geometry": bytes,
            "rings": str,
            "label_lon": float,
            "label_lat": float,
        },
        pk="place_id",
        not_null=["place_id", "level", "source_id", "geometry", "rings"],
        foreign_keys=[("place_id", "places", "id"), ("source_id", "sources", "id")],
    )
    if rows:
        db.table(BOUNDARIES_TABLE).insert_all(rows)
