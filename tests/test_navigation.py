"""Pages and routing, without Qt: where an item opens, and what the settings remember."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from jimo_desktop.catalog import Catalog, Overview
from jimo_desktop.items import Event, ItemKind, ItemRef, RelatedItem
from jimo_desktop.navigation import History, Page, Screen, page_for, remembered, restored

PARK = ItemRef(ItemKind.PARK, "jimo-edz")
JIMO = ItemRef(ItemKind.PLACE, "jimo")


class FakeCatalog:
    """Answers ``event`` and ``overview`` from what a test gives it."""

    def __init__(self, events: dict[str, Event], overview: Overview) -> None:
        self.events = events
        self._overview = overview
        self.asked: list[str] = []

    def event(self, event_id: str) -> Event | None:
        self.asked.append(event_id)
        return self.events.get(event_id)

    def overview(self) -> Overview:
        return self._overview


@pytest.fixture
def real_event(catalog: Catalog) -> Event:
    return next(event for event in catalog.events() if event.related)


def test_items_open_on_their_own_page(catalog: Catalog) -> None:
    for kind in (ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PLACE, ItemKind.SOURCE):
        ref = ItemRef(kind, "anything")
        assert page_for(ref, catalog) == ref


def test_a_claim_opens_the_fact_check(catalog: Catalog) -> None:
    assert page_for(ItemRef(ItemKind.CLAIM, "C05"), catalog) is Screen.FACT_CHECK


def test_an_event_opens_on_the_first_item_it_concerns(catalog: Catalog, real_event) -> None:
    ref = ItemRef(ItemKind.EVENT, real_event.id)
    assert page_for(ref, catalog) == real_event.related[0].ref


def test_an_event_without_items_opens_on_the_district(catalog: Catalog, real_event) -> None:
    lonely = replace(real_event, related=())
    fake = FakeCatalog({lonely.id: lonely}, catalog.overview())
    assert page_for(ItemRef(ItemKind.EVENT, lonely.id), fake) == JIMO
    assert fake.asked == [lonely.id]


def test_an_unknown_event_without_a_district_opens_the_first_screen(catalog: Catalog) -> None:
    overview = replace(catalog.overview(), district=None)
    fake = FakeCatalog({}, overview)
    assert page_for(ItemRef(ItemKind.EVENT, "E999"), fake) is Screen.HOME


def test_the_first_item_of_an_event_is_taken_as_given(real_event: Event) -> None:
    first = RelatedItem(PARK, "Jimo EDZ")
    event = replace(real_event, related=(first, RelatedItem(JIMO, "Jimo")))
    fake = FakeCatalog({event.id: event}, Overview("2024", {}, None))
    assert page_for(ItemRef(ItemKind.EVENT, event.id), fake) == PARK


@pytest.mark.parametrize("page", [PARK, Screen.FACT_CHECK, Screen.HOME], ids=str)
def test_pages_the_settings_keep_come_back(page: Page) -> None:
    assert restored(remembered(page)) == page


def test_only_items_and_the_fact_check_are_remembered() -> None:
    assert remembered(PARK) == "park:jimo-edz"
    assert remembered(Screen.FACT_CHECK) == "fact-check"
    assert remembered(Screen.HOME) == remembered(Screen.COMPARE) == remembered(None) == ""
    assert remembered(Screen.MAP) == ""


@pytest.mark.parametrize("text", ["", "compare", "home", "no colon", "planet:mars"])
def test_anything_else_restores_the_first_screen(text: str) -> None:
    assert restored(text) is Screen.HOME


def test_screens_are_their_setting_text() -> None:
    assert [s.value for s in Screen] == ["home", "fact-check", "compare", "map"]
    assert Screen.COMPARE == "compare"


def test_history_goes_back_and_forward_through_pages() -> None:
    history: History[Page] = History()
    for page in (Screen.HOME, PARK, Screen.FACT_CHECK):
        history.visit(page)
    assert history.back() == PARK
    assert history.back() is Screen.HOME
    history.visit(JIMO)
    assert not history.can_go_forward()
    assert history.back() is Screen.HOME


def test_navigation_imports_no_qt() -> None:
    code = (
        "import sys, jimo_desktop.navigation; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
