"""The catalogue of development zones as the app reads it: a park's official status."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.catalog.database import Database, open_database
from jimo_desktop.catalog.details import park
from jimo_desktop.catalog.zones import entries_for_park, has_catalogue
from jimo_desktop.items import ItemKind, ItemRef
from tests.conftest import COMMITTED_DB, detail_of


@pytest.fixture
def db() -> Iterator[Database]:
    opened = open_database()
    yield opened
    opened.close()


def test_the_edz_is_its_catalogue_entry_as_published(db: Database, catalog: Catalog) -> None:
    assert has_catalogue(db)
    (entry,) = entries_for_park(db, "jimo-edz")
    assert (entry.code, entry.name_zh, entry.approved, entry.area_ha) == (
        "S377014", "山东即墨经济开发区", "1992.12", 505.02,
    )  # fmt: skip
    assert not entry.national and entry.confidence == "stated"
    assert entry.industries == ("纺织服装", "新材料", "新能源", "电子机械")
    assert entry.source is not None and entry.source.grade == "A"
    # The park's page carries it and cites the catalogue among its sources.
    detail = detail_of(catalog, ItemRef(ItemKind.PARK, "jimo-edz"))
    assert detail.item.catalogue == (entry,)  # type: ignore[union-attr]
    assert "S113" in {source.id for source in detail.sources}


def test_an_inferred_entry_says_why(db: Database) -> None:
    (entry,) = entries_for_park(db, "blue-valley-hitech-zone")
    assert entry.code == "S378015" and entry.confidence == "inferred"
    assert "general aviation" in entry.link_note
    assert entries_for_park(db, "ledu-music-valley") == ()


def test_a_database_without_the_catalogue_opens_without_it(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(COMMITTED_DB, copy)
    conn = sqlite3.connect(copy)
    conn.executescript("drop table zone_parks; drop table zones;")
    conn.close()
    with Catalog.open(copy) as opened:
        detail = detail_of(opened, ItemRef(ItemKind.PARK, "jimo-edz"))
        assert detail.item.catalogue == ()  # type: ignore[union-attr]
    old = open_database(copy)
    try:
        assert not has_catalogue(old)
        item = park(old, "jimo-edz")
        assert item is not None and item.catalogue == ()
    finally:
        old.close()
