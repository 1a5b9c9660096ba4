"""The search pane's "Did you mean …?": shown for a misspelt query, a click searches it."""

from __future__ import annotations

from pathlib import Path

from jimo_desktop.catalog import Catalog
from jimo_desktop.ui.panes.search_panel import SearchPanel
from tests.ui.translators import tiny_translator


def test_a_misspelt_query_offers_a_suggestion_that_a_click_searches(
    catalog: Catalog, qtbot
) -> None:
    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.show()
    panel.box.setText("Volkswagon")
    panel.run_query()
    assert panel.suggestion.isVisible()
    assert "Did you mean" in panel.suggestion.text()
    assert ">Volkswagen</a>" in panel.suggestion.text()
    panel.suggestion.linkActivated.emit("#suggestion")
    assert panel.box.text() == "Volkswagen"
    assert panel.model.hit_count() > 0
    assert not panel.suggestion.isVisible()


def test_no_suggestion_when_something_is_found_or_nothing_is_close(catalog: Catalog, qtbot) -> None:
    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.show()
    for query in ("FAW", "xyzzyq", ""):
        panel.box.setText(query)
        panel.run_query()
        assert not panel.suggestion.isVisible(), query
        assert panel.suggestion.text() == ""


def test_the_suggestion_is_said_in_the_language_of_the_interface(
    catalog: Catalog, qapp, qtbot, tmp_path: Path
) -> None:
    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.box.setText("helicoptor")
    panel.run_query()
    translator = tiny_translator(
        tmp_path, {"SearchPanel": {"Did you mean {query}?": "您是不是要找 {query}？"}}
    )
    qapp.installTranslator(translator)
    try:
        panel.show_suggestion()
        assert panel.suggestion.text().startswith("您是不是要找 <a")
        assert ">helicopter</a>" in panel.suggestion.text()
    finally:
        qapp.removeTranslator(translator)
