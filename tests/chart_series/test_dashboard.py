"""The first screen's charts as plain values: parks by kind and industry, events per year."""

from __future__ import annotations

from jimo_desktop.catalog import Catalog, Grouping
from jimo_desktop.chart_series.dashboard import dashboard_data, events_per_year
from jimo_desktop.chart_series.time_series import main_series_index
from jimo_desktop.items import ItemKind, ItemRef
from tests.chart_series.factories import PLACE


def test_dashboard_data_from_the_catalog(catalog: Catalog) -> None:
    data = dashboard_data(catalog)
    assert data.district is not None and data.district.ref == PLACE
    metrics = [s.metric for s in data.series]
    assert "GDP" in metrics
    gdp = data.series[main_series_index(list(data.series))]
    assert gdp.metric == "GDP" and len(gdp.points) >= 2
    assert all(len(s.periods) >= 2 for s in data.series)

    kinds = catalog.tree_groups(Grouping.KIND)
    assert [b.label for b in data.parks_by_kind.bars] == [g.label for g in kinds]
    assert sum(b.value for b in data.parks_by_kind.bars) == catalog.counts()["parks"]
    first = data.parks_by_kind.bars[0]
    assert len(first.items) == first.value
    assert all(i.ref.kind is ItemKind.PARK for i in first.items)

    industries = [b for b in data.parks_by_industry.bars if b.ref is not None]
    assert all(b.ref.kind is ItemKind.INDUSTRY for b in industries)
    assert industries[0].label_zh  # Chinese names travel with the bars

    events = data.events_per_year
    assert sum(b.value for b in events.bars) == len(catalog.events())
    assert not events.horizontal


def test_events_per_year_folds_the_distant_past_into_one_bar() -> None:
    from jimo_desktop.catalog import Event

    def event(eid: str, day: str) -> Event:
        return Event(eid, day, day, "", f"Event {eid}", "", "", "stated", (), ())

    events = [event("E1", "0596-01-01"), event("E2", "1898-03-06")] + [
        event(f"E{i}", f"{year}-01-01") for i, year in enumerate((1984, 1987, 2001, 2001), 3)
    ]
    chart = events_per_year(events)
    assert [(b.label, b.value) for b in chart.bars] == [
        ("596–1898", 2.0),
        ("1984", 1.0),
        ("1987", 1.0),
        ("2001", 2.0),
    ]
    earlier = chart.bars[0]
    assert earlier.position is not None and earlier.position < 1984
    assert (earlier.position, "earlier") in chart.ticks
    assert [i.ref for i in chart.bars[-1].items] == [
        ItemRef(ItemKind.EVENT, "E5"),
        ItemRef(ItemKind.EVENT, "E6"),
    ]
