"""The export request of each kind of pane (Qt-free): each scope's table, the scopes not
offered and why, the scope the dialog starts on, the title and the file name."""

from __future__ import annotations

import sqlite3

import pytest

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog, Figure, ItemKind, ItemRef
from jimo_desktop.comparison import Comparison, compare
from jimo_desktop.export.columns import ExportColumn
from jimo_desktop.export.requests import (
    SEARCH_COLUMNS,
    TREE_COLUMNS,
    ExportRequest,
    Scope,
    all_items,
    comparison_request,
    figures_request,
    related_request,
    search_request,
    shortlist_request,
    tree_request,
)
from jimo_desktop.export.rows import Rows
from jimo_desktop.export.tables import ExportTable
from jimo_desktop.store import ShortlistEntry
from jimo_desktop.translatable import Marked, Message, translate_with
from tests.conftest import detail_of

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")
BLUE = ItemRef(ItemKind.PARK, "blue-valley")
AUTO = ItemRef(ItemKind.PARK, "auto-new-city")
EDZ_NAME = "Jimo Economic Development Zone"
CONTEXT = "ExportRequest"


def db_count(table: str) -> int:
    with sqlite3.connect(paths.source_checkout_database()) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


@pytest.fixture(scope="module")
def rows(catalog: Catalog) -> Rows:
    return Rows(catalog)


@pytest.fixture(scope="module")
def edz_figures(catalog: Catalog) -> list[Figure]:
    figures = catalog.figures_for(EDZ)
    assert len(figures) > 3
    return figures


@pytest.fixture(scope="module")
def comparison(catalog: Catalog) -> Comparison:
    refs = [EDZ, BLUE, AUTO]
    details = [detail_of(catalog, r) for r in refs]
    return compare(details, {r: catalog.item_sources(r) for r in refs})


def table_of(request: ExportRequest, scope: Scope) -> ExportTable:
    table = request.tables[scope]
    assert table is not None, scope
    return table


def refs_of(table: ExportTable) -> list[ItemRef]:
    return [row["_ref"] for row in table.rows]


def offered(request: ExportRequest) -> list[Scope]:
    return [scope for scope in Scope if request.enabled(scope)]


def marked_in_context(text: str) -> bool:
    """Marked for translation in the context "ExportRequest" (a message: its template)."""
    if isinstance(text, Message):
        return text.template.context == CONTEXT
    return isinstance(text, Marked) and text.context == CONTEXT


# --------------------------------------------------------------------------- the tree


def test_the_tree_offers_its_selection_its_rows_and_every_item(rows: Rows) -> None:
    shown = [EDZ, BLUE, AUTO]
    request = tree_request(rows, [BLUE], shown, {BLUE: "visit in May"})
    assert refs_of(table_of(request, Scope.SELECTED)) == [BLUE]
    assert refs_of(table_of(request, Scope.SHOWN)) == shown
    everything = table_of(request, Scope.ALL)
    assert len(everything.rows) == db_count("parks") + db_count("organizations") + db_count(
        "projects"
    )
    assert refs_of(everything) == all_items(rows)
    assert table_of(request, Scope.SELECTED).rows[0]["note"] == "visit in May"
    assert table_of(request, Scope.SHOWN).rows[0]["note"] == ""
    assert offered(request) == [Scope.SELECTED, Scope.SHOWN, Scope.ALL]
    assert request.first_scope() is Scope.SELECTED
    assert list(request.visible) == list(TREE_COLUMNS) == ["name_en", "name_zh", "type", "kind"]
    assert request.what == "parks and companies from the tree"
    assert request.file_name == "parks.csv"
    assert request.scope_notes == {}  # everything is offered: no note says it is not


def test_every_item_is_each_park_organization_and_project_once(rows: Rows) -> None:
    refs = all_items(rows)
    assert len(refs) == len(set(refs))
    assert {r.kind for r in refs} == {ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT}
    assert EDZ in refs
    assert refs[0].kind is ItemKind.PARK and refs[-1].kind is ItemKind.PROJECT


def test_the_tree_starts_on_what_it_shows_then_on_everything(rows: Rows) -> None:
    assert tree_request(rows, [], [EDZ]).first_scope() is Scope.SHOWN
    nothing_shown = tree_request(rows, [], [])
    assert offered(nothing_shown) == [Scope.ALL]
    assert nothing_shown.first_scope() is Scope.ALL


# --------------------------------------------------------------------------- search results


def test_search_results_are_selected_or_shown_never_the_whole_database(rows: Rows) -> None:
    request = search_request(rows, "blue", [], [BLUE, EDZ])
    assert table_of(request, Scope.SELECTED).rows == []
    assert refs_of(table_of(request, Scope.SHOWN)) == [BLUE, EDZ]
    assert request.tables[Scope.ALL] is None
    assert offered(request) == [Scope.SHOWN]
    assert request.first_scope() is Scope.SHOWN
    assert request.scope_notes == {Scope.ALL: "Not available here: export the rows shown instead."}
    assert list(request.visible) == list(SEARCH_COLUMNS) == ["name_en", "name_zh", "type"]
    assert request.what == "search results for “blue”"
    assert request.file_name == "search-results.csv"


def test_search_with_nothing_found_offers_nothing_and_starts_on_the_rows_shown(
    rows: Rows,
) -> None:
    request = search_request(rows, "nowhere", [], [])
    assert offered(request) == []
    assert request.first_scope() is Scope.SHOWN


# --------------------------------------------------------------------------- the Related tab


def test_the_related_tab_keeps_its_columns_and_names_the_item(rows: Rows) -> None:
    visible = ["name_en", "type", "kind"]
    request = related_request(rows, EDZ_NAME, EDZ, [AUTO], [BLUE, AUTO], visible, {AUTO: "n"})
    assert refs_of(table_of(request, Scope.SELECTED)) == [AUTO]
    assert table_of(request, Scope.SELECTED).rows[0]["note"] == "n"
    assert refs_of(table_of(request, Scope.SHOWN)) == [BLUE, AUTO]
    assert request.tables[Scope.ALL] is None
    assert offered(request) == [Scope.SELECTED, Scope.SHOWN]
    assert request.scope_notes[Scope.ALL] == "Not available here: export the rows shown instead."
    assert request.first_scope() is Scope.SELECTED
    assert list(request.visible) == visible
    assert request.what == f"items related to {EDZ_NAME}"
    assert request.file_name == "related-jimo-edz.csv"


def test_without_an_item_the_file_is_named_for_an_item(rows: Rows) -> None:
    request = related_request(rows, "", None, [], [], [])
    assert request.file_name == "related-item.csv"
    assert request.what == "items related to "


# --------------------------------------------------------------------------- the shortlist


def test_the_shortlist_is_shown_in_full_in_its_own_order(rows: Rows) -> None:
    entries = [
        ShortlistEntry(BLUE, "2024-05-01T08:00:00+00:00", "first"),
        ShortlistEntry(EDZ, "2024-05-02T08:00:00+00:00"),
        ShortlistEntry(AUTO, "2024-05-03T08:00:00+00:00", "third"),
    ]
    request = shortlist_request(rows, entries, [AUTO, BLUE], ["name_en", "note"])
    selected = table_of(request, Scope.SELECTED)
    assert refs_of(selected) == [BLUE, AUTO]  # the shortlist's order, not the selection's
    assert [r["note"] for r in selected.rows] == ["first", "third"]
    assert selected.rows[1]["starred_at"] == "2024-05-03T08:00:00+00:00"
    assert refs_of(table_of(request, Scope.SHOWN)) == [BLUE, EDZ, AUTO]
    assert table_of(request, Scope.SHOWN).name == "shortlist"
    assert request.tables[Scope.ALL] is None
    assert offered(request) == [Scope.SELECTED, Scope.SHOWN]
    assert request.scope_notes == {Scope.ALL: "The shortlist is shown in full."}
    assert list(request.visible) == ["name_en", "note"]
    assert request.what == "the shortlist"
    assert request.file_name == "shortlist.csv"
    assert shortlist_request(rows, entries, [], []).first_scope() is Scope.SHOWN
    assert offered(shortlist_request(rows, [], [], [])) == []


# --------------------------------------------------------------------------- the Figures tab


def test_the_figures_tab_offers_every_figure_in_the_database(
    catalog: Catalog, edz_figures: list[Figure]
) -> None:
    visible = ["metric", "period", "value_as_published"]
    request = figures_request(catalog, EDZ_NAME, EDZ, edz_figures[:2], edz_figures, visible)
    selected = table_of(request, Scope.SELECTED)
    assert [r["id"] for r in selected.rows] == [f.id for f in edz_figures[:2]]
    assert len(table_of(request, Scope.SHOWN).rows) == len(edz_figures)
    assert len(table_of(request, Scope.ALL).rows) == db_count("figures")
    assert table_of(request, Scope.ALL).provenance == selected.provenance != ()
    assert offered(request) == [Scope.SELECTED, Scope.SHOWN, Scope.ALL]
    assert request.scope_notes == {}
    assert request.first_scope() is Scope.SELECTED
    assert list(request.visible) == visible
    assert request.what == f"figures of {EDZ_NAME}"
    assert request.file_name == "figures-jimo-edz.csv"


def test_figures_with_none_selected_start_on_those_shown(
    catalog: Catalog, edz_figures: list[Figure]
) -> None:
    request = figures_request(catalog, EDZ_NAME, EDZ, [], edz_figures, [])
    assert request.first_scope() is Scope.SHOWN
    assert figures_request(catalog, "", None, [], [], []).first_scope() is Scope.ALL
    assert figures_request(catalog, "", None, [], [], []).file_name == "figures-item.csv"


# --------------------------------------------------------------------------- the comparison


def test_nothing_compared_is_no_request() -> None:
    assert comparison_request(None, ["kind"]) is None


def test_the_comparison_exports_its_selected_fields_or_all_of_it(
    comparison: Comparison,
) -> None:
    request = comparison_request(comparison, ["kind", "founded", "no-such-row"])
    assert request is not None
    selected = table_of(request, Scope.SELECTED)
    assert [r["_key"] for r in selected.rows] == ["kind", "founded"]
    shown = table_of(request, Scope.SHOWN)
    assert [r["_key"] for r in shown.rows] == [r.key for r in comparison.rows]
    assert request.tables[Scope.ALL] is None
    assert offered(request) == [Scope.SELECTED, Scope.SHOWN]
    assert request.scope_notes == {Scope.ALL: "The comparison is shown in full."}
    assert list(request.visible) == shown.keys()
    assert list(request.visible)[:4] == ["field", "item_1", "item_2", "item_3"]
    assert request.first_scope() is Scope.SELECTED
    assert request.what == "the comparison"
    assert request.file_name == "comparison.csv"
    unselected = comparison_request(comparison, [])
    assert unselected is not None and unselected.first_scope() is Scope.SHOWN


# --------------------------------------------------------------------------- the request


def _table(n: int) -> ExportTable:
    return ExportTable("t", (ExportColumn("n", "N"),), [{"n": i} for i in range(n)])


def test_a_scope_is_offered_when_it_has_a_table_with_rows() -> None:
    request = ExportRequest("x", {Scope.SELECTED: _table(0), Scope.SHOWN: None})
    assert not request.enabled(Scope.SELECTED)  # a table without rows
    assert not request.enabled(Scope.SHOWN)  # no table
    assert not request.enabled(Scope.ALL)  # not even a key
    assert request.first_scope() is Scope.SHOWN
    assert ExportRequest("x", {Scope.ALL: _table(2)}).first_scope() is Scope.ALL
    both = ExportRequest("x", {Scope.SHOWN: _table(1), Scope.ALL: _table(2)})
    assert both.first_scope() is Scope.SHOWN
    assert both.file_name == "export.csv" and both.scope_notes == {} and both.visible == ()


def test_every_word_of_a_request_is_marked_for_translation(
    rows: Rows, catalog: Catalog, comparison: Comparison
) -> None:
    requests = [
        tree_request(rows, [], []),
        search_request(rows, "blue", [], []),
        related_request(rows, EDZ_NAME, None, [], [], []),
        shortlist_request(rows, [], [], []),
        figures_request(catalog, EDZ_NAME, EDZ, [], [], []),
        comparison_request(comparison, []),
        ExportRequest("plain", {}),
    ]
    for request in requests:
        assert request is not None
        words = [request.file_name, *request.scope_notes.values()]
        if request.what != "plain":
            words.append(request.what)
        assert all(marked_in_context(w) for w in words), words


def test_the_window_translates_title_and_file_name_as_a_whole(rows: Rows) -> None:
    chinese = {
        "items related to {name}": "{name}的相关条目",
        "related-{item}.csv": "相关-{item}.csv",
        "item": "条目",
    }

    def translate(context: str, text: str) -> str:
        assert context == CONTEXT
        return chinese.get(text, text)

    request = related_request(rows, EDZ_NAME, None, [], [], [])
    assert translate_with(translate, request.what) == f"{EDZ_NAME}的相关条目"
    assert translate_with(translate, request.file_name) == "相关-条目.csv"
    named = related_request(rows, EDZ_NAME, EDZ, [], [], [])
    assert translate_with(translate, named.file_name) == "相关-jimo-edz.csv"  # ids stay


def test_a_search_with_a_broken_paste_still_names_its_export(rows: Rows) -> None:
    request = search_request(rows, "blue\ud800" + "x" * 5000, [], [BLUE])
    assert "\ud800" not in request.what and len(request.what) < 300
    request.what.encode("utf-8")
