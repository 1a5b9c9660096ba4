"""Catalogs the work-counting tests compare: the bundled database and a copy three times
its size (``tests.work_counts.make_scaled``), one of each per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jimo_desktop.catalog import Catalog
from tests.work_counts import make_scaled


@pytest.fixture(scope="module")
def tripled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    path = make_scaled(3, tmp_path_factory.mktemp("scaled") / "x3.db")
    with Catalog.open(path) as catalog:
        yield catalog


@pytest.fixture(scope="module")
def single() -> Iterator[Catalog]:
    with Catalog.open() as catalog:
        yield catalog
