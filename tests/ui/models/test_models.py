"""Every Qt item model of ``ui/models`` passes pytest-qt's model tester, over real data.

Each model is filled from the bundled database (the ``catalog`` fixture) as the panes
fill it. ``test_every_model_is_checked`` fails when a model class appears in
``ui/models`` without a builder here, so a new model cannot escape the tester.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex

import jimo_desktop.ui.models as models_package
from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.comparison import compare
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.models.compare_model import CompareModel
from jimo_desktop.ui.models.figures_model import FiguresModel
from jimo_desktop.ui.models.park_tree_model import ParkTreeModel
from jimo_desktop.ui.models.related_model import RelatedModel
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_table import RowTableModel
from jimo_desktop.ui.models.search_results_model import SearchResultsModel
from jimo_desktop.ui.models.shortlist_model import ShortlistModel, ShortlistRow
from jimo_desktop.ui.models.sources_model import SourcesModel
from tests.conftest import detail_of

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
PLACE = ItemRef(ItemKind.PLACE, "jimo")
PARKS = [
    ItemRef(ItemKind.PARK, "jimo-edz"),
    ItemRef(ItemKind.PARK, "blue-valley"),
    ItemRef(ItemKind.PARK, "auto-new-city"),
]

# Bases that only their subclasses fill (tested through them).
ABSTRACT = {RowTableModel}


def park_tree(catalog: Catalog) -> QAbstractItemModel:
    return ParkTreeModel(catalog, Grouping.INDUSTRY)


def search_results(catalog: Catalog) -> QAbstractItemModel:
    model = SearchResultsModel()
    model.set_results(catalog.search("即墨 park"))
    assert model.rowCount() > 1 and model.hit_count() > 1
    return model


def comparison(catalog: Catalog) -> QAbstractItemModel:
    details = [detail_of(catalog, ref) for ref in PARKS]
    model = CompareModel()
    model.set_comparison(compare(details, {r: catalog.item_sources(r) for r in PARKS}))
    assert model.columnCount() == 1 + len(PARKS) and model.rowCount() > 3
    return model


def figures(catalog: Catalog) -> QAbstractItemModel:
    model = FiguresModel()
    model.set_figures(catalog.all_figures())
    assert model.rowCount() > 0
    return model


def related(catalog: Catalog) -> QAbstractItemModel:
    model = RelatedModel()
    model.set_items(detail_of(catalog, PARK).related)
    assert model.rowCount() > 0
    return model


def sources(catalog: Catalog) -> QAbstractItemModel:
    model = SourcesModel()
    model.set_sources(detail_of(catalog, PLACE).sources)
    assert model.rowCount() > 0
    return model


def shortlist(catalog: Catalog) -> QAbstractItemModel:
    rows = []
    for ref in (*PARKS, ItemRef(ItemKind.SOURCE, "S15")):
        named = catalog.related(ref)
        assert named is not None, ref
        rows.append(ShortlistRow(ref, named.name, named.name_zh, note=f"a note\non {ref.id}"))
    rows.append(ShortlistRow(ItemRef(ItemKind.PARK, "gone"), "gone", known=False))
    model = ShortlistModel()
    model.set_rows(rows)
    return model


BUILDERS: dict[type, Callable[[Catalog], QAbstractItemModel]] = {
    ParkTreeModel: park_tree,
    SearchResultsModel: search_results,
    CompareModel: comparison,
    FiguresModel: figures,
    RelatedModel: related,
    SourcesModel: sources,
    ShortlistModel: shortlist,
}


def model_classes() -> set[type]:
    """Every item model class defined in a module of ``jimo_desktop.ui.models``."""
    found = set()
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def test_every_model_is_checked() -> None:
    classes = model_classes()
    assert ParkTreeModel in classes and RowTableModel in classes  # the discovery works
    unchecked = {cls.__name__ for cls in classes - ABSTRACT - set(BUILDERS)}
    assert not unchecked, f"add these models to BUILDERS in {__name__}: {sorted(unchecked)}"


@pytest.mark.parametrize("model_class", list(BUILDERS), ids=lambda cls: cls.__name__)
def test_model_passes_the_model_tester(qtmodeltester, catalog: Catalog, model_class) -> None:
    model = BUILDERS[model_class](catalog)
    assert type(model) is model_class
    qtmodeltester.check(model, force_py=True)
    assert model.data(QModelIndex()) is None
    refs = [model.index(r, 0).data(ITEM_REF_ROLE) for r in range(model.rowCount())]
    assert all(ref is None or isinstance(ref, ItemRef) for ref in refs)


@pytest.mark.parametrize("model_class", list(BUILDERS), ids=lambda cls: cls.__name__)
def test_an_emptied_model_passes_too(qtmodeltester, catalog: Catalog, model_class) -> None:
    model = BUILDERS[model_class](catalog)
    if isinstance(model, RowTableModel):
        model.set_rows([])
    elif isinstance(model, CompareModel):
        model.set_comparison(None)
    elif isinstance(model, SearchResultsModel):
        model.set_results(catalog.search(""))
    elif isinstance(model, ParkTreeModel):
        model.set_filter("nothing-like-this")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


@pytest.mark.parametrize("ref", [PARK, PLACE], ids=str)
def test_the_detail_tables_pass_the_model_tester(qtmodeltester, catalog, ref) -> None:
    detail = detail_of(catalog, ref)
    related = RelatedModel()
    related.set_items(detail.related)
    figures = FiguresModel()
    figures.set_figures(detail.figures)
    sources = SourcesModel()
    sources.set_sources(detail.sources)
    for model in (related, figures, sources):
        qtmodeltester.check(model)
        assert model.rowCount(model.index(0, 0)) == 0
        assert model.data(QModelIndex()) is None
