"""The numbers behind the charts (Qt-free): series, points, bars, units, words, CSV."""

from __future__ import annotations

import itertools
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jimo_desktop import chart_series as cs
from jimo_desktop import dates
from jimo_desktop.catalog import (
    Catalog,
    Detail,
    Figure,
    Grouping,
    ItemKind,
    ItemRef,
    Park,
    Source,
)

PLACE = ItemRef(ItemKind.PLACE, "jimo")
PARK_A = ItemRef(ItemKind.PARK, "a")
PARK_B = ItemRef(ItemKind.PARK, "b")
PARK_C = ItemRef(ItemKind.PARK, "c")
_ids = itertools.count(1)


def source(sid: str = "S1", grade: str = "B") -> Source:
    return Source(sid, f"Report {sid} 即墨", "Publisher", "", "2020", grade, "")


def fig(
    period: str,
    value: float | None,
    *,
    metric: str = "GDP",
    unit: str = "亿元",
    qualifier: str = "=",
    sid: str = "S1",
    grade: str = "B",
    subject: ItemRef = PLACE,
    name: str = "Jimo District",
    text: str | None = None,
) -> Figure:
    span = dates.period(period) if period else dates.Span("", "")
    return Figure(
        id=f"F{next(_ids)}",
        subject=subject,
        subject_name=name,
        metric=metric,
        period=period,
        period_start=span.start,
        period_end=span.end,
        value=value,
        value_text=text if text is not None else f"{value}",
        qualifier=qualifier,
        unit=unit,
        currency="CNY" if "元" in unit or "yuan" in unit else "",
        source=source(sid, grade),
        confidence="stated",
        note="",
    )


def park_detail(ref: ItemRef, name: str, figures: list[Figure]) -> Detail:
    park = Park(ref, name, name + "园", (), "zone", "", "", "", "", "", "", None, (), ())
    return Detail(park, tuple(figures), (), (), ())


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("unit", "label"),
    [
        ("亿元", "亿元 (100 million yuan)"),
        ("亿元/yr", "亿元/yr (100 million yuan per year)"),
        ("万 m²", "万 m² (10,000 m²)"),
        ("万 persons", "万 persons (10,000 persons)"),
        ("亿 US$", "亿 US$ (100 million US$)"),
        ("km²", "km²"),
        ("vehicles/yr", "vehicles/yr"),
        ("", ""),
    ],
)
def test_unit_labels_explain_large_chinese_units(unit, label) -> None:
    assert cs.unit_label(unit) == label


def test_mu_and_billions_are_explained() -> None:
    assert "15 亩 = 1 hectare" in cs.unit_label("亩")
    assert "10 亿元" in cs.unit_label("bn yuan")


@pytest.mark.parametrize(
    ("value", "source_unit", "target_unit", "expected"),
    [
        (55.58, "bn yuan", "亿元", 555.8),
        (1_238_300, "persons", "万 persons", 123.83),
        (2000, "亩", "km²", 4 / 3),
        (26, "ha", "km²", 0.26),
        (1.6, "万 m²", "m²", 16_000),
        (7, "亿元", "亿元", 7),
    ],
)
def test_units_convert_only_by_exact_factors(value, source_unit, target_unit, expected) -> None:
    assert cs.convert(value, source_unit, target_unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("source_unit", "target_unit"),
    [("km²", "persons"), ("亿元", "亿元/yr"), ("million US$", "亿元"), ("rank", "%")],
)
def test_different_quantities_do_not_convert(source_unit, target_unit) -> None:
    assert cs.convert(1.0, source_unit, target_unit) is None


@pytest.mark.parametrize(
    ("qualifier", "cls", "words"),
    [
        ("=", cs.EXACT, "exact"),
        ("", cs.EXACT, "exact"),
        (">", cs.MORE, "more than"),
        (">=", cs.MORE, "at least"),
        ("<", cs.LESS, "less than"),
        ("<=", cs.LESS, "up to"),
        ("~", cs.ABOUT, "about"),
    ],
)
def test_qualifier_classes_and_words(qualifier, cls, words) -> None:
    assert cs.qualifier_class(qualifier) == cls
    assert cs.qualifier_words(qualifier) == words


@pytest.mark.parametrize(
    ("value", "text"),
    [(1278.36, "1,278.36"), (160.0, "160"), (4 / 3, "1.333"), (1_336_077, "1,336,077")],
)
def test_numbers_are_formatted_for_reading(value, text) -> None:
    assert cs.format_number(value) == text


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("period", "basis"),
    [
        ("2020", "year"),
        ("2019-H1", "half-year"),
        ("2019-Q3", "quarter"),
        ("2020-07", "month"),
        ("2020-11-01", "day"),
        ("2024-Q1/2024-Q3", "months:01-09"),
        ("2022/2024", "years"),
        ("/2020-09", "to-date"),
        ("2018/", "from-date"),
    ],
)
def test_period_basis(period, basis) -> None:
    assert cs.period_basis(dates.period(period)) == basis


def test_basis_labels_read_as_words() -> None:
    assert cs.basis_label("months:01-09") == "Jan–Sep periods"
    assert cs.basis_label("half-year") == "half-years"


def test_points_are_ordered_by_period_middle_incl_halves_quarters_and_ranges() -> None:
    periods = ["2021", "2019-H2", "2019-Q1", "2018/2019", "/2020-09", "2020-H1", "2019"]
    figures = [fig(p, float(i + 1)) for i, p in enumerate(periods)]
    (series,) = cs.time_series(figures)

    xs = [p.x for p in series.points]
    assert xs == sorted(xs)
    by_period = {p.period: p for p in series.points}
    for period in periods:
        expected = dates.period(period).middle_year
        assert by_period[period].x == pytest.approx(expected)
    # An open range sits at its known end.
    assert by_period["/2020-09"].x == pytest.approx(dates.Span("", "2020-09-30").middle_year)
    assert by_period["/2020-09"].x_start is None
    # The order, by the middle of each period.
    assert [p.period for p in series.points] == [
        "2018/2019",
        "2019-Q1",
        "2019",
        "2019-H2",
        "2020-H1",
        "/2020-09",
        "2021",
    ]
    # The span bar covers the whole period: a year from 1 Jan to the next 1 Jan.
    assert (by_period["2021"].x_start, by_period["2021"].x_end) == (2021.0, 2022.0)


def test_points_carry_value_qualifier_period_and_source() -> None:
    figures = [
        fig("2019", 100.0, sid="S7", grade="A"),
        fig("2020", 120.0, qualifier=">", sid="S8", grade="C", text=">120"),
    ]
    (series,) = cs.time_series(figures)
    first, second = series.points
    assert (first.value, first.qualifier_class, first.period_label) == (100.0, cs.EXACT, "2019")
    assert (first.source_id, first.source_title, first.grade) == ("S7", "Report S7 即墨", "A")
    assert second.qualifier == ">" and second.qualifier_class == cs.MORE
    assert second.published == ">120 亿元"
    assert not first.conflict and not second.conflict
    assert series.unit == "亿元" and series.unit_label == "亿元 (100 million yuan)"


def test_a_metric_needs_two_periods_to_be_a_series() -> None:
    figures = [
        fig("2019", 1.0, metric="Towns", unit="towns"),
        fig("2019", 1.0, metric="Towns", unit="towns", sid="S2"),
        fig("2019", 5.0, metric="GDP"),
        fig("2020", 6.0, metric="GDP"),
    ]
    assert [s.metric for s in cs.time_series(figures)] == ["GDP"]


def test_conflicting_values_are_separate_points_labelled_by_source() -> None:
    figures = [
        fig("2016", 16.0, metric="Universities", unit="universities", sid="S75"),
        fig("2016", 16.0, metric="Universities", unit="universities", sid="S78", grade="A"),
        fig("2017", 18.0, metric="Universities", unit="universities", sid="S17"),
        fig("2017", 22.0, metric="Universities", unit="universities", sid="S80"),
    ]
    (series,) = cs.time_series(figures)
    agreed, *disputed = series.points
    # Agreeing sources share one point and keep both sources.
    assert agreed.period == "2016" and not agreed.conflict
    assert [s.id for s in agreed.sources] == ["S75", "S78"]
    assert agreed.source_label == "S75 · B, S78 · A"
    # Disagreeing sources stay apart, flagged, each with its own source.
    assert [(p.value, p.source_label, p.conflict) for p in disputed] == [
        (18.0, "S17 · B", True),
        (22.0, "S80 · B", True),
    ]
    # The line does not pick a winner: it skips the disputed period.
    assert series.line("year") == (agreed,)
    assert series.has_conflicts


def test_series_mixing_units_of_one_quantity_use_the_common_unit() -> None:
    figures = [
        fig("2019-H1", 765.3),
        fig("2020-H1", 55.58, unit="bn yuan"),
        fig("2020", 1278.36),
    ]
    (series,) = cs.time_series(figures)
    assert series.unit == "亿元"
    converted = [p for p in series.points if p.converted]
    assert [(p.period, p.value, p.published) for p in converted] == [
        ("2020-H1", pytest.approx(555.8), "55.58 bn yuan")
    ]
    assert series.converted
    assert "converted" in cs.sources_note(series)


def test_lines_join_only_periods_of_one_kind() -> None:
    figures = [fig(p, float(i)) for i, p in enumerate(["2019", "2019-H1", "2020", "2020-H1"])]
    (series,) = cs.time_series(figures)
    assert [p.period for p in series.line("year")] == ["2019", "2020"]
    assert [p.period for p in series.line("half-year")] == ["2019-H1", "2020-H1"]
    assert set(series.bases) == {"year", "half-year"}


def test_figures_without_period_or_value_are_reported_not_plotted() -> None:
    figures = [fig("2019", 1.0), fig("2020", 2.0), fig("", 3.0), fig("2021", None, text="n/a")]
    (series,) = cs.time_series(figures)
    assert len(series.points) == 2
    assert len(series.not_plotted) == 2
    assert "2 figures without period or value not plotted" in cs.sources_note(series)


def test_main_series_prefers_gdp_then_the_longest() -> None:
    a = cs.time_series([fig(p, 1.0, metric="Towns", unit="t") for p in ("2001", "2002", "2003")])
    b = cs.time_series([fig(p, 1.0) for p in ("2001", "2002")])
    assert cs.main_series_index(a + b) == 1
    assert cs.main_series_index(a) == 0
    assert cs.main_series_index([]) == -1


# --------------------------------------------------------------------------- comparisons


def test_comparison_picks_the_latest_value_per_item_and_keeps_its_source() -> None:
    details = [
        park_detail(
            PARK_A,
            "Alpha",
            [
                fig("2009", 3.8, metric="Area", unit="km²", subject=PARK_A, sid="S29"),
                fig("2015", 93.0, metric="Area", unit="km²", subject=PARK_A, sid="S28"),
            ],
        ),
        park_detail(
            PARK_B,
            "Beta",
            [
                fig(
                    "2017",
                    35.0,
                    metric="Area",
                    unit="km²",
                    qualifier="~",
                    subject=PARK_B,
                    sid="S85",
                )
            ],
        ),
        park_detail(
            PARK_C,
            "Gamma",
            [fig("2013", 2000.0, metric="Area", unit="亩", subject=PARK_C, sid="S91")],
        ),
    ]
    (chart,) = cs.comparison(details)
    assert chart.metric == "Area" and chart.unit == "km²"
    assert [(b.label, b.value, b.period) for b in chart.bars] == [
        ("Alpha", 93.0, "2015"),
        ("Beta", 35.0, "2017"),
        ("Gamma", pytest.approx(4 / 3), "2013"),
    ]
    alpha, beta, gamma = chart.bars
    assert alpha.source_label == "S28 · B" and alpha.label_zh == "Alpha园"
    assert alpha.ref == PARK_A
    assert beta.qualifier_class == cs.ABOUT
    assert gamma.converted and gamma.published == "2000.0 亩"
    assert chart.converted


def test_comparison_needs_a_metric_shared_by_two_items() -> None:
    details = [
        park_detail(
            PARK_A, "Alpha", [fig("2015", 1.0, metric="Jobs", unit="jobs", subject=PARK_A)]
        ),
        park_detail(PARK_B, "Beta", [fig("2015", 1.0, metric="Area", unit="km²", subject=PARK_B)]),
    ]
    assert cs.comparison(details) == []


def test_comparison_keeps_disputed_latest_values_as_separate_bars() -> None:
    details = [
        park_detail(
            PARK_A,
            "Alpha",
            [
                fig("2017", 18.0, metric="Universities", unit="u", subject=PARK_A, sid="S17"),
                fig("2017", 22.0, metric="Universities", unit="u", subject=PARK_A, sid="S80"),
            ],
        ),
        park_detail(
            PARK_B, "Beta", [fig("2016", 5.0, metric="Universities", unit="u", subject=PARK_B)]
        ),
    ]
    (chart,) = cs.comparison(details)
    labels = [b.label for b in chart.bars]
    assert labels == ["Alpha (S80 · B)", "Alpha (S17 · B)", "Beta"]
    assert [b.conflict for b in chart.bars] == [True, True, False]


def test_comparisons_for_an_item_highlight_it_among_items_of_its_kind() -> None:
    own = [fig("2019", 13.2, metric="Area", unit="km²", subject=PARK_A, name="Alpha")]
    peers = [
        fig("2014", 108.0, metric="Area", unit="km²", subject=PARK_B, name="Beta"),
        fig("2010", 1780.0, metric="Area", unit="km²", subject=PLACE),  # a place: not a peer
        fig("2010", 5.0, metric="Jobs", unit="jobs", subject=PARK_C),  # another metric
    ]
    (chart,) = cs.comparisons_for(PARK_A, own, peers)
    assert [(b.label, b.highlight) for b in chart.bars] == [("Beta", False), ("Alpha", True)]
    assert "parks" in chart.note


def test_peer_figures_asks_once_per_metric() -> None:
    asked: list[str] = []

    def figures_for_metric(metric: str) -> list[Figure]:
        asked.append(metric)
        return [fig("2020", 1.0, metric=metric, subject=PARK_B)]

    own = [fig("2019", 1.0, metric="Area"), fig("2020", 2.0, metric="Area"), fig("2020", 1.0)]
    peers = cs.peer_figures(own, figures_for_metric)
    assert asked == ["Area", "GDP"]
    assert len(peers) == 2


def test_comparison_of_real_parks_areas(catalog: Catalog) -> None:
    refs = {
        f.subject for f in catalog.figures_for_metric("Area") if f.subject.kind is ItemKind.PARK
    }
    details = [catalog.detail(r) for r in sorted(refs, key=str)]
    charts = {c.metric: c for c in cs.comparison([d for d in details if d])}
    area = charts["Area"]
    assert {b.ref for b in area.bars} == refs
    values = [b.value for b in area.bars]
    assert values == sorted(values, reverse=True)
    edz = next(b for b in area.bars if b.ref == ItemRef(ItemKind.PARK, "jimo-edz"))
    assert (edz.value, edz.period, edz.source_label) == (13.2, "1999", "S21 · A/B")


# --------------------------------------------------------------------------- dashboard


def test_dashboard_data_from_the_catalog(catalog: Catalog) -> None:
    data = cs.dashboard_data(catalog)
    assert data.district is not None and data.district.ref == PLACE
    metrics = [s.metric for s in data.series]
    assert "GDP" in metrics
    gdp = data.series[cs.main_series_index(list(data.series))]
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
    chart = cs.events_per_year(events)
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


# --------------------------------------------------------------------------- words and CSV


def test_hover_words_for_a_point_say_value_unit_period_qualifier_and_source() -> None:
    figures = [fig("2019", 900.0), fig("2021", 1000.0, qualifier=">", sid="S52", grade="C")]
    (series,) = cs.time_series(figures)
    text = "\n".join(cs.describe_point(series, series.points[1]))
    for part in ("GDP", "2021", "more than 1,000 亿元", "亿元 = 100 million yuan", "S52"):
        assert part in text
    assert "grade C" in text and "Report S52 即墨" in text


def test_hover_words_for_count_bars_list_what_is_counted(catalog: Catalog) -> None:
    chart = cs.dashboard_data(catalog).parks_by_kind
    lines = cs.describe_bar(chart, chart.bars[0], limit=2)
    assert lines[0] == "Development zones: 6 parks"
    assert lines[-2] == "… and 4 more"


def test_csv_table_holds_the_figures_as_published() -> None:
    figures = [fig("2020-H1", 55.58, unit="bn yuan", sid="S14", grade="A"), fig("2020", 1278.36)]
    (series,) = cs.time_series(figures)
    columns, rows = cs.csv_table(series)
    assert columns == cs.FIGURE_COLUMNS
    assert rows[0][:7] == ("Jimo District", "GDP", "2020-H1", 55.58, "55.58", "exact", "bn yuan")
    assert rows[0][7:] == ("S14", "Report S14 即墨", "A")


def test_csv_table_of_counts() -> None:
    chart = cs.events_per_year([])
    assert cs.csv_table(chart) == (cs.COUNT_COLUMNS, [])


def test_file_stem() -> None:
    assert cs.file_stem("Jimo District 即墨区", "GDP") == "jimo-district-即墨区-gdp"
    assert cs.file_stem("", "") == "chart"


# --------------------------------------------------------------------------- properties

_PERIODS = st.sampled_from(
    ["2019", "2020", "2019-H1", "2020-H2", "2021-Q3", "2018/2020", "/2020-09", "2017-05", ""]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _PERIODS,
            st.one_of(st.none(), st.floats(-1e9, 1e9, allow_nan=False)),
            st.sampled_from(["=", ">", "~", "<="]),
            st.sampled_from(["亿元", "bn yuan", "km²", "亩"]),
        ),
        max_size=12,
    )
)
def test_any_figures_give_ordered_series_using_each_figure_once(entries) -> None:
    figures = [
        fig(p, v, qualifier=q, unit=u, sid=f"S{i}") for i, (p, v, q, u) in enumerate(entries)
    ]
    for series in cs.time_series(figures):
        xs = [p.x for p in series.points]
        assert xs == sorted(xs)
        used = [f.id for p in series.points for f in p.figures] + [f.id for f in series.not_plotted]
        assert len(used) == len(set(used))
        assert len(series.periods) >= 2
        assert all(sys.float_info.max > abs(p.value) for p in series.points)
