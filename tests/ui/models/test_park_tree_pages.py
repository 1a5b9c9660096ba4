"""The park tree adds a big group's parks a page at a time: expanding a group of 6,000
parks reads and builds at most a page of rows, whatever the size of the group."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.paths import bundled_database
from jimo_desktop.ui.models import park_tree_model
from jimo_desktop.ui.models.park_tree_model import PAGE, ParkTreeModel
from jimo_desktop.ui.models.roles import COUNT_ROLE
from tests.ui.models.test_park_tree_model import CountingCatalog

BIG = 6_000
CATEGORY = "industrial park"


@pytest.fixture(scope="module")
def big_catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    """The data with ``BIG`` more parks in one category (copies of a park, other ids)."""
    path = tmp_path_factory.mktemp("big") / "jimo.db"
    shutil.copy(bundled_database(), path)
    with sqlite3.connect(path) as conn:
        conn.executemany(
            """insert into parks (id, name_en, name_zh, kind, category)
            values (?, ?, ?, 'industrial park', ?)""",
            [(f"synthetic-{i:05}", f"Synthetic park {i:05}", "", CATEGORY) for i in range(BIG)],
        )
    with Catalog.open(path) as opened:
        yield opened


class Building:
    """Counts the rows the model builds (``_Node`` objects) while it is patched in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.built = 0
        original = park_tree_model._Node

        def counted(*args: object) -> object:
            self.built += 1
            return original(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(park_tree_model, "_Node", counted)


def big_group(model: ParkTreeModel) -> QModelIndex:
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return max(rows, key=lambda index: index.data(COUNT_ROLE) or 0)


def test_expanding_a_group_of_6000_parks_builds_one_page(
    qapp, big_catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = CountingCatalog(big_catalog)
    model = ParkTreeModel(counting)  # type: ignore[arg-type]
    group = big_group(model)
    assert group.data(COUNT_ROLE) > BIG
    building = Building(monkeypatch)
    assert model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) == PAGE
    assert building.built == PAGE
    assert counting.calls["tree_parks"] == 1
    assert model.canFetchMore(group)  # the rest comes a page at a time
    model.fetchMore(group)
    assert model.rowCount(group) == 2 * PAGE
    assert building.built == 2 * PAGE


def test_the_pages_add_up_to_the_group(qapp, big_catalog: Catalog) -> None:
    model = ParkTreeModel(big_catalog)
    group = big_group(model)
    count = group.data(COUNT_ROLE)
    while model.canFetchMore(group):
        model.fetchMore(group)
    ids = [model.ref_for_index(model.index(row, 0, group)) for row in range(model.rowCount(group))]
    assert len(ids) == count == len(set(ids))
    assert group.data(COUNT_ROLE) == count


def test_an_item_on_a_later_page_is_found(qapp, big_catalog: Catalog) -> None:
    model = ParkTreeModel(big_catalog)
    last = ItemRef(ItemKind.PARK, f"synthetic-{BIG - 1:05}")
    index = model.index_for_ref(last)
    assert index.isValid() and model.ref_for_index(index) == last
    assert index.parent().data(COUNT_ROLE) > BIG


def test_the_paged_model_passes_the_model_tester(qapp, big_catalog: Catalog) -> None:
    model = ParkTreeModel(big_catalog, Grouping.KIND)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    group = big_group(model)
    model.fetchMore(group)
    model.fetchMore(group)
    model.set_filter("Synthetic park 0004")
    model.set_filter("")
