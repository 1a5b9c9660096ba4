"""Test set-up: Qt offscreen, and every user folder redirected to a temporary profile."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jimo_desktop import paths
from jimo_desktop.build import build
from jimo_desktop.catalog import Catalog
from jimo_desktop.items import Detail, ItemRef

SOURCES = paths.source_data_dir()
COMMITTED_DB = paths.source_checkout_database()


@pytest.fixture(autouse=True)
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes a real profile: platformdirs and our env var point to tmp."""
    profile = tmp_path / "profile"
    monkeypatch.setenv(paths.PROFILE_ENV, str(profile))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / var.lower()))
    return profile


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A writable copy of the real CSV sources, for tests that break them."""
    target = tmp_path / "sources"
    shutil.copytree(SOURCES, target)
    return target


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database built afresh from the sources, once per session."""
    output = tmp_path_factory.mktemp("built") / "jimo.db"
    build(SOURCES, output)
    return output


@pytest.fixture(scope="session")
def catalog() -> Iterator:
    """The bundled (committed) database, opened as the app opens it."""
    from jimo_desktop.catalog import Catalog

    with Catalog.open() as opened:
        yield opened


def detail_of(catalog: Catalog, ref: ItemRef) -> Detail:
    """The detail of an item that must exist."""
    detail = catalog.detail(ref)
    assert detail is not None, ref
    return detail
