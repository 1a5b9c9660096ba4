"""China's catalogue of development zones: read as published, checked, linked to parks."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from jimo_desktop.build import SourceError, build
from jimo_desktop.build.zones import approval_span
from jimo_desktop.schema import ZONE_PARKS_FILE, ZONES_FILE, ZONES_SOURCE


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_approval_dates_are_read_as_months() -> None:
    assert approval_span("1992.12") == ("1992-12", "1992-12")
    assert approval_span("2000.04/2002.12") == ("2000-04", "2002-12")
    for bad in ("1992-12", "1992.13", "1992", "2000.04/2001.01/2002.12"):
        with pytest.raises(ValueError, match=r"is not YYYY\.MM"):
            approval_span(bad)


def test_every_entry_of_the_catalogue_is_kept_with_its_source(built_db: Path) -> None:
    published = rows_of(Path(__file__).parents[2] / "data" / "sources" / ZONES_FILE)[1:]
    conn = sqlite3.connect(built_db)
    try:
        count, ids, sourced = conn.execute(
            "select count(*), count(distinct id), sum(source_id = ?) from zones", (ZONES_SOURCE,)
        ).fetchone()
        edz = conn.execute(
            "select name_zh, approver, approved, approved_start, area_ha, industries "
            "from zones where id = 'S377014'"
        ).fetchone()
        twins = conn.execute("select id from zones where code = 'S377018' order by id").fetchall()
        grade = conn.execute("select grade from sources where id = ?", (ZONES_SOURCE,)).fetchone()
    finally:
        conn.close()
    assert count == ids == sourced == len(published) == 2543
    assert edz == (
        "山东即墨经济开发区",
        "省政府",
        "1992.12",
        "1992-12",
        505.02,
        "纺织服装、新材料、新能源、电子机械",
    )
    # One code given to two zones: both kept, told apart by their number.
    assert twins == [("S377018-929",), ("S377018-932",)]
    assert grade == ("A",)


def test_jimos_entries_are_linked_to_their_parks(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        links = conn.execute(
            "select zone_id, park_id, confidence from zone_parks order by zone_id"
        ).fetchall()
    finally:
        conn.close()
    assert links == [
        ("S377014", "jimo-edz", "stated"),
        ("S378015", "blue-valley-hitech-zone", "inferred"),
    ]


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (1, "X377014", "代码 'X377014' is not G or S"),
        (5, "市政府", "批准级别 '市政府'"),
        (6, "开发区", "开发区类型 '开发区'"),
        (7, "1992-12", "批准时间 '1992-12'"),
        (8, "0", "not a positive area"),
        (8, "约500", "is not a number"),
    ],
)
def test_an_entry_that_would_be_misread_is_refused(
    sources_copy: Path, tmp_path: Path, column: int, value: str, message: str
) -> None:
    path = sources_copy / ZONES_FILE
    rows = rows_of(path)
    rows[5][column] = value
    write_rows(path, rows)
    with pytest.raises(SourceError, match=rf"{ZONES_FILE}, line 6: .*{message}"):
        build(sources_copy, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_header_other_than_the_catalogues_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / ZONES_FILE
    rows = rows_of(path)
    rows[0][2] = "名称"
    write_rows(path, rows)
    with pytest.raises(SourceError, match="the header is not the catalogue's"):
        build(sources_copy, tmp_path / "out.db")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"zone_id": "S999999"}, "not in the catalogue"),
        ({"park_id": "no-such-park"}, "is not a park"),
        ({"source_id": ""}, "a link needs one"),
        ({"confidence": "likely"}, "confidence 'likely'"),
        ({"confidence": "inferred", "note": ""}, "an inferred link needs a note"),
    ],
)
def test_a_link_to_a_park_that_is_not_sound_is_refused(
    sources_copy: Path, tmp_path: Path, cells: dict[str, str], message: str
) -> None:
    path = sources_copy / ZONE_PARKS_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0].update(cells)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(SourceError, match=message):
        build(sources_copy, tmp_path / "out.db")


def test_the_catalogue_needs_its_source_row(sources_copy: Path, tmp_path: Path) -> None:
    path = sources_copy / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith(f"{ZONES_SOURCE},")), "utf-8")
    with pytest.raises(SourceError, match=ZONES_SOURCE):
        build(sources_copy, tmp_path / "out.db")


def test_without_the_catalogue_the_build_still_works(sources_copy: Path, tmp_path: Path) -> None:
    (sources_copy / ZONES_FILE).unlink()
    (sources_copy / ZONE_PARKS_FILE).unlink()
    counts = build(sources_copy, tmp_path / "out.db")
    assert counts["zones"] == 0 and counts["parks"] == 17


def test_qingdaos_zones_are_found_through_their_sourced_places(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    try:
        qingdao = conn.execute(
            """select z.code, z.place_id, z.place_source_id from zones z
            join places p on p.id = z.place_id
            where p.id = 'qingdao' or p.parent_id = 'qingdao' order by z.code"""
        ).fetchall()
        unplaced = conn.execute("select count(*) from zones where place_id is null").fetchone()
        evidence = conn.execute("select evidence from claims where id = 'C09'").fetchone()[0]
    finally:
        conn.close()
    jimo = [code for code, place, _ in qingdao if place == "jimo"]
    assert jimo == ["S377014", "S378015"]
    # The former Jiaonan is Huangdao's through the 2012 merger's source, not a guess.
    assert ("S377012", "huangdao", "S114") in qingdao
    assert all(source for _, _, source in qingdao)
    assert unplaced[0] == 2543 - len(qingdao)
    # The fact check's evidence counts what the catalogue holds.
    assert (
        f"lists {len(qingdao)} approved zones in Qingdao, {len(jimo)} of them in Jimo" in evidence
    )


def test_a_catalogue_place_that_is_no_place_of_the_data_is_refused(
    sources_copy: Path, tmp_path: Path
) -> None:
    path = sources_copy / "zone_places.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("胶南,huangdao", "胶南,jiaonan"), "utf-8"
    )
    with pytest.raises(SourceError, match="place_id 'jiaonan' is not a place"):
        build(sources_copy, tmp_path / "out.db")
