"""The corrections of the data audit stay made: each reads the built database.

The audit of the data against the research file found wordings stronger than the sources,
links the research does not make and missing facts; each test below pins one correction so
that a change back fails (the address check is ``test_source_addresses``, the names check
``test_name_checks``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def db(built_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(built_db)
    try:
        yield conn
    finally:
        conn.close()


def _one(db: sqlite3.Connection, sql: str) -> str:
    return db.execute(sql).fetchone()[0] or ""


def test_summaries_say_no_more_than_the_sources(db: sqlite3.Connection) -> None:
    jimo = _one(db, "select summary from places where id = 'jimo'")
    assert "from Dec 2021" not in jimo  # only in office at those dates
    assert "in office in Dec 2021 and Jan 2022" in jimo
    assert "yearbooks" not in jimo  # S04 is an encyclopedia copy
    chaohai = _one(db, "select summary from places where id = 'chaohai'")
    assert "co-located" in chaohai and "shared its administration" not in chaohai
    assert "about 40 km" not in _one(db, "select description from events where id = 'E02'")
    sentury = _one(db, "select summary from organizations where id = 'sentury'")
    assert "planned in 2013" in sentury and "base makes" not in sentury


def test_links_the_research_does_not_make_are_gone(db: sqlite3.Connection) -> None:
    textiles = db.execute(
        "select 1 from park_industries where park_id = 'jimo-edz' "
        "and industry_id = 'textiles-garments'"
    ).fetchall()
    assert textiles == []  # one 1999 tenant is not a focus industry
    assert _one(db, "select park_id from organizations where id = 'deep-sea-center'") == ""
    assert db.execute("select * from event_parks where event_id = 'E55'").fetchall() == []


def test_the_missing_facts_are_entered(db: sqlite3.Connection) -> None:
    jimo = _one(db, "select summary from places where id = 'jimo'")
    assert "266200" in jimo and "0532" in jimo
    assert "Laiyang" in jimo and "Haiyang" in jimo
    assert "E 120°07′–121°23′" in jimo and "doubtful" in jimo  # S108's range, as doubtful
    hitech = db.execute(
        "select source_id from park_industries where park_id = 'blue-valley-hitech-zone' "
        "and industry_id = 'high-end-manufacturing'"
    ).fetchall()
    assert hitech == [("S60",)]
    assert _one(db, "select aliases from places where id = 'jimo'") == "即墨市"
    huadong = _one(db, "select summary from projects where id = 'faw-vw-huadong-base'")
    assert "MQB" in huadong and "A3 sedan" in huadong and "battery shop" in huadong
    h135 = _one(db, "select summary from projects where id = 'airbus-h135-fal'")
    assert "paint booth" in h135 and "delivery" in h135
    assert "青新欧" in _one(db, "select summary from projects where id = 'jitie-logistics-park'")
    symposium = _one(db, "select description from events where id = 'E45'")
    assert "同心合力奋进 创新引领未来" in symposium
    assert "莲花山" in symposium and "old town" in symposium
