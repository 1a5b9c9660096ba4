"""The search pane's facets: chips with the catalog's counts, narrowing the results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jimo_desktop.catalog import Catalog
from jimo_desktop.catalog.search import GRADE, INDUSTRY, KIND
from jimo_desktop.items import ItemKind
from jimo_desktop.ui.models.roles import COUNT_ROLE
from jimo_desktop.ui.models.search_results_model import kind_title
from jimo_desktop.ui.panes.search_panel import SearchPanel


def shown_groups(panel: SearchPanel) -> dict[str, int]:
    model = panel.model
    return {
        str(model.index(row, 0).data()): model.index(row, 0).data(COUNT_ROLE)
        for row in range(model.rowCount())
    }


def searched(catalog: Catalog, qtbot, text: str) -> SearchPanel:
    panel = SearchPanel(catalog.search)
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.box.setText(text)
    panel.run_query()
    counted(panel, qtbot)
    return panel


def counted(panel: SearchPanel, qtbot) -> None:
    """Wait for the facets, which the pane counts after it shows the hits."""
    qtbot.waitUntil(lambda: not panel.counting_facets())


def test_the_chips_count_the_results_kinds_and_a_click_narrows(catalog: Catalog, qtbot) -> None:
    panel = searched(catalog, qtbot, "blue")
    kind_chips = {f.value: chip for f, chip in panel.facets.chips if f.facet == KIND}
    assert panel.facets.isVisible() and len(kind_chips) >= 2
    # Each chip says what its kind's heading in the results says.
    assert sorted(chip.text() for chip in kind_chips.values()) == sorted(shown_groups(panel))
    total = panel.model.hit_count()

    chip = kind_chips[ItemKind.SOURCE.value]
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    counted(panel, qtbot)
    groups = shown_groups(panel)
    assert list(groups) == [chip.text()]  # only the sources are left
    assert panel.model.hit_count() == groups[chip.text()] < total
    checked = [c for f, c in panel.facets.chips if c.isChecked()]
    assert [c.text() for c in checked] == [kind_title(ItemKind.SOURCE, groups[chip.text()])]
    assert panel.status.text().startswith(f"{groups[chip.text()]} result")

    again = next(c for f, c in panel.facets.chips if f.value == ItemKind.SOURCE.value)
    QTest.mouseClick(again, Qt.MouseButton.LeftButton)  # widened again
    counted(panel, qtbot)
    assert panel.model.hit_count() == total


def test_grade_chips_narrow_to_the_sources_of_a_grade(catalog: Catalog, qtbot) -> None:
    panel = searched(catalog, qtbot, "S10")  # source ids only (no zone code has S10)
    assert not [f for f, _chip in panel.facets.chips if f.facet == KIND]  # one kind only
    grade, chip = next((f, c) for f, c in panel.facets.chips if f.facet == GRADE)
    assert chip.text() == f"Grade {grade.value} ({grade.count})"
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert panel.model.hit_count() == grade.count
    panel.box.setText("S2")  # a new query: every match again
    panel.run_query()
    assert not panel.narrowing().grade


def test_an_industry_chip_says_when_its_chinese_label_is_the_projects_own(
    catalog: Catalog, qtbot
) -> None:
    panel = searched(catalog, qtbot, "即墨经济开发区")
    industry = {f.value: (f, c) for f, c in panel.facets.chips if f.facet == INDUSTRY}
    own_facet, own_chip = industry["health-biomedicine"]
    assert own_facet.own_name_zh == "own translation"
    assert "own translation" in own_chip.toolTip()
    published_facet, published_chip = industry["information-security"]
    assert published_facet.own_name_zh == "" and published_chip.toolTip() == ""


def test_the_hits_show_before_the_facets_are_counted_and_a_newer_query_wins(
    catalog: Catalog, qtbot
) -> None:
    panel = searched(catalog, qtbot, "blue")
    panel.box.setText("S1")
    panel.run_query()
    panel.box.setText("Qingdao")
    panel.run_query()  # the count for "S1" is cancelled: its chips never show
    assert panel.model.hit_count() > 0  # the hits are there before any count
    counted(panel, qtbot)
    shown = [(f.facet, f.value, f.count) for f, _chip in panel.facets.chips]
    every = [(f.facet, f.value, f.count) for f in catalog.search("Qingdao").facets]
    assert shown and set(shown) <= set(every)  # the counts of "Qingdao", not of "S1"
    assert {value for facet, value, _n in shown if facet == KIND} == {
        value for facet, value, _n in every if facet == KIND
    }
