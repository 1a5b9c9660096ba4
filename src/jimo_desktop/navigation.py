"""Where the user is: the window's pages, where an item opens, and back and forward.

A page is an item (``ItemRef``) or one of the screens that are not items (``Screen``):
the first screen, the fact check, the comparison and the map. ``page_for`` says on which page an
item opens (an event on the first item it concerns, a claim in the fact check);
``remembered``/``restored`` turn a page into the text kept in the settings and back;
``History`` goes back and forward through pages like a browser. Nothing here imports Qt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from jimo_desktop.catalog import Overview
from jimo_desktop.items import Event, ItemKind, ItemRef

T = TypeVar("T")


class Screen(StrEnum):
    """The pages that are not items."""

    HOME = "home"  # the first screen: the district at a glance
    FACT_CHECK = "fact-check"
    COMPARE = "compare"  # the comparison made last
    MAP = "map"  # the map of the district, on a page of its own


Page = ItemRef | Screen


class Lookups(Protocol):
    """What routing asks of the catalog (``Catalog`` answers both)."""

    def event(self, event_id: str) -> Event | None: ...

    def overview(self) -> Overview: ...


def page_for(ref: ItemRef, catalog: Lookups) -> Page:
    """The page on which ``ref`` opens.

    An event opens on the first item it concerns, else on the district, else on the
    first screen; a claim opens the fact check; every other item has its own page.
    """
    if ref.kind is ItemKind.CLAIM:
        return Screen.FACT_CHECK
    if ref.kind is not ItemKind.EVENT:
        return ref
    event = catalog.event(ref.id)
    if event is not None and event.related:
        return event.related[0].ref
    district = catalog.overview().district
    return district.ref if district is not None else Screen.HOME


def remembered(page: Page | None) -> str:
    """The text the settings keep for ``page`` (an item, or the fact check); else ""."""
    if isinstance(page, ItemRef):
        return str(page)
    return page.value if page is Screen.FACT_CHECK else ""


def restored(text: str) -> Page:
    """The page of a ``remembered`` text; the first screen for "" or anything unknown."""
    if text == Screen.FACT_CHECK.value:
        return Screen.FACT_CHECK
    if text:
        try:
            return ItemRef.parse(text)
        except ValueError:
            pass
    return Screen.HOME


class History(Generic[T]):
    """A browser-style history: visiting after going back drops the forward entries."""

    def __init__(self, limit: int = 200):
        self._entries: list[T] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> T | None:
        return self._entries[self._index] if self._index >= 0 else None

    def visit(self, entry: T) -> None:
        if entry == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(entry)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def back(self) -> T | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> T | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
