"""The search index: one row per item of every searchable table, found by any 3 characters."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jimo_desktop.build.search_forms import pinyin_text, traditional_forms
from jimo_desktop.build.search_index import SEARCHABLE, Searchable

KINDS = {
    "park", "organization", "project", "place", "industry", "event", "source", "claim", "zone",
}  # fmt: skip


def searchable(kind: str) -> Searchable:
    return next(s for s in SEARCHABLE if s.kind == kind)


def test_every_searchable_item_has_one_search_row(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    kinds = {row[0] for row in conn.execute("select distinct kind from search_items")}
    assert kinds == {s.kind for s in SEARCHABLE} == KINDS
    for declared in SEARCHABLE:
        items = conn.execute(f"select id from {declared.table} order by id").fetchall()
        rows = conn.execute(
            "select item_id from search_items where kind = ? order by item_id", (declared.kind,)
        ).fetchall()
        assert rows == items, declared.kind
    total = sum(
        conn.execute(f"select count(*) from {declared.table}").fetchone()[0]
        for declared in SEARCHABLE
    )
    assert conn.execute("select count(*) from search_items").fetchone()[0] == total


def test_a_search_row_joins_its_columns_and_leaves_out_empty_ones() -> None:
    source = {"id": "S01", "title": "Plan", "publisher": None, "date": "2020"}
    row = searchable("source").row(source | {"address": "", "note": "seed"})
    assert row == {
        "kind": "source",
        "item_id": "S01",
        "title": "Plan",
        "title_zh": None,
        "aliases": "S01",
        "body": "2020 seed",
        "pinyin": None,
    }
    industry = {"id": "i", "name_en": "Chips", "name_zh": "芯片", "description": None}
    assert searchable("industry").row(industry)["aliases"] is None
    assert searchable("industry").row(industry)["body"] is None


def test_trigram_index_finds_an_item_by_part_of_its_chinese_name(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    park_id, name_zh = conn.execute(
        "select id, name_zh from parks where length(name_zh) >= 5 order by id"
    ).fetchone()
    found = conn.execute(
        "select s.kind, s.item_id from search_items_fts f "
        "join search_items s on s.rowid = f.rowid where search_items_fts match ?",
        (f'"{name_zh[1:4]}"',),
    ).fetchall()
    assert ("park", park_id) in found


# -- pinyin and Traditional characters ------------------------------------------------------


def test_a_search_row_holds_the_pinyin_of_its_chinese_names_spaced_and_unspaced() -> None:
    place = {"id": "lancun", "name_en": "Lancun", "name_zh": "蓝村", "admin_code": "370215010"}
    place |= {"kind": "sub-district", "summary": None, "aliases": None}
    assert searchable("place").row(place)["pinyin"] == "lan cun lancun"
    former = {"id": "jimo", "name_en": "Jimo District", "name_zh": "即墨区", "admin_code": "370215"}
    former |= {"kind": "district", "summary": None, "aliases": "即墨市"}
    row = searchable("place").row(former)
    assert "即墨市" in row["aliases"]
    assert row["pinyin"] == "ji mo qu jimoqu ; ji mo shi jimoshi"
    park = {"id": "p", "name_en": "Blue Valley", "name_zh": "青岛蓝谷", "kind": "zone"}
    park |= {"aliases": "蓝色硅谷; Oceantec Valley; 蓝谷", "level": None, "location": None}
    assert searchable("park").row(park | {"summary": None})["pinyin"] == (
        "qing dao lan gu qingdaolangu ; lan se gui gu lanseguigu ; lan gu langu"
    )


def test_pinyin_writes_u_umlaut_both_ways_and_leaves_other_characters_out() -> None:
    assert pinyin_text(["旅游"]) == "lv you lvyou lu you luyou"
    assert pinyin_text(["一汽-大众", "FAW-VW", None, ""]) == "yi qi da zhong yiqidazhong"
    assert pinyin_text(["Volkswagen"]) is None


def test_traditional_forms_of_the_characters_present() -> None:
    forms = traditional_forms(["即墨区", None, "青岛蓝谷 Blue Valley"])
    assert forms["區"] == "区"
    assert forms["島"] == "岛"
    assert forms["藍"] == "蓝"
    assert set(forms.values()) <= set("即墨区青岛蓝谷")
    assert "台" not in traditional_forms(["台"])  # in Simplified use itself
    assert list(forms) == sorted(forms)


def test_the_index_holds_pinyin_and_the_traditional_forms_of_its_names(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    pinyin = conn.execute(
        "select pinyin from search_items where kind = 'place' and item_id = 'jimo'"
    ).fetchone()
    assert pinyin == ("ji mo qu jimoqu ; ji mo shi jimoshi",)  # and its former name, 即墨市
    found = conn.execute(
        "select s.item_id from search_items_fts f join search_items s on s.rowid = f.rowid "
        "where search_items_fts match 'pinyin : \"lancun\"'"
    ).fetchall()
    assert ("lancun",) in found
    variants = dict(conn.execute("select variant, simplified from search_variants"))
    assert variants["區"] == "区"
    assert variants["藍"] == "蓝"


@pytest.mark.slow
def test_the_app_never_imports_the_builds_libraries() -> None:
    code = (
        "import sys, jimo_desktop.catalog, jimo_desktop.export.tables, jimo_desktop.app, "
        "jimo_desktop.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('pypinyin', 'opencc'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
