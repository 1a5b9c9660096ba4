"""The catalog's questions whose work must not grow with the number of items: counted in
SQL statements, over the database and a copy three times as large."""

from __future__ import annotations

from jimo_desktop.catalog import Catalog, ItemKind, ItemRef
from tests.work_counts import statements


def test_every_event_is_read_in_a_fixed_number_of_queries(
    single: Catalog, tripled: Catalog
) -> None:
    with statements(single) as once:
        events = single.events()
    with statements(tripled) as thrice:
        more = tripled.events()
    assert len(more) == 3 * len(events) > 0
    assert len(once) == len(thrice) <= 5


def test_the_events_read_together_are_those_read_one_by_one(single: Catalog) -> None:
    events = single.events()
    assert any(e.sources for e in events) and any(e.related for e in events)
    assert events == [single.event(e.id) for e in events]


def test_an_items_events_take_as_many_queries_at_any_size(
    single: Catalog, tripled: Catalog
) -> None:
    ref = next(
        ItemRef(ItemKind.PARK, e.related[0].ref.id)
        for e in single.events()
        if e.related and e.related[0].ref.kind is ItemKind.PARK
    )
    with statements(single) as once:
        single.detail(ref)
    with statements(tripled) as thrice:
        tripled.detail(ref)
    assert len(once) == len(thrice)
