"""Items compared on one metric: the latest value of each, as bars (Qt-free)."""

from __future__ import annotations

import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.chart_series.bars import comparison, comparisons_for, peer_figures
from jimo_desktop.chart_series.units import ABOUT
from jimo_desktop.items import Figure, ItemKind, ItemRef
from tests.chart_series.factories import PARK_A, PARK_B, PARK_C, PLACE, fig, park_detail


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
    (chart,) = comparison(details)
    assert chart.metric == "Area" and chart.unit == "km²"
    assert [(b.label, b.value, b.period) for b in chart.bars] == [
        ("Alpha", 93.0, "2015"),
        ("Beta", 35.0, "2017"),
        ("Gamma", pytest.approx(4 / 3), "2013"),
    ]
    alpha, beta, gamma = chart.bars
    assert alpha.source_label == "S28 · B" and alpha.label_zh == "Alpha园"
    assert alpha.ref == PARK_A
    assert beta.qualifier_class == ABOUT
    assert gamma.converted and gamma.published == "2000.0 亩"
    assert chart.converted


def test_comparison_needs_a_metric_shared_by_two_items() -> None:
    details = [
        park_detail(
            PARK_A, "Alpha", [fig("2015", 1.0, metric="Jobs", unit="jobs", subject=PARK_A)]
        ),
        park_detail(PARK_B, "Beta", [fig("2015", 1.0, metric="Area", unit="km²", subject=PARK_B)]),
    ]
    assert comparison(details) == []


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
    (chart,) = comparison(details)
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
    (chart,) = comparisons_for(PARK_A, own, peers)
    assert [(b.label, b.highlight) for b in chart.bars] == [("Beta", False), ("Alpha", True)]
    assert "parks" in chart.note


def test_peer_figures_asks_once_per_metric() -> None:
    asked: list[str] = []

    def figures_for_metric(metric: str) -> list[Figure]:
        asked.append(metric)
        return [fig("2020", 1.0, metric=metric, subject=PARK_B)]

    own = [fig("2019", 1.0, metric="Area"), fig("2020", 2.0, metric="Area"), fig("2020", 1.0)]
    peers = peer_figures(own, figures_for_metric)
    assert asked == ["Area", "GDP"]
    assert len(peers) == 2


def test_comparison_of_real_parks_areas(catalog: Catalog) -> None:
    refs = {
        f.subject for f in catalog.figures_for_metric("Area") if f.subject.kind is ItemKind.PARK
    }
    details = [catalog.detail(r) for r in sorted(refs, key=str)]
    charts = {c.metric: c for c in comparison([d for d in details if d])}
    area = charts["Area"]
    assert {b.ref for b in area.bars} == refs
    values = [b.value for b in area.bars]
    assert values == sorted(values, reverse=True)
    edz = next(b for b in area.bars if b.ref == ItemRef(ItemKind.PARK, "jimo-edz"))
    assert (edz.value, edz.period, edz.source_label) == (
        13.2,
        "1999",
        "S21 · A/B, S22 · A/B, S23 · B, S24 · B, S26 · B",
    )


def test_one_unit_per_axis_values_converted_with_the_published_text_kept() -> None:
    a = fig(
        "2020", 10.0, metric="Investment", unit="bn yuan", qualifier="~", text="~10bn",
        subject=PARK_A, name="A",
    )  # fmt: skip
    b = fig("2020", 100.0, metric="Investment", subject=PARK_B, name="B", text="100")
    c = fig("2021", 80.0, metric="Investment", subject=PARK_C, name="C", text="80")
    (chart,) = comparison(
        [
            park_detail(PARK_A, "A", [a]),
            park_detail(PARK_B, "B", [b]),
            park_detail(PARK_C, "C", [c]),
        ]
    )
    assert chart.unit == "亿元"
    labels = {bar.label: bar.value_in(chart.unit) for bar in chart.bars}
    assert labels == {"A": "~100 亿元", "B": "100 亿元", "C": "80 亿元"}
    converted = next(bar for bar in chart.bars if bar.label == "A")
    assert converted.converted and converted.published == "~10bn bn yuan"
    assert all(bar.value_in(chart.unit).endswith(" 亿元") for bar in chart.bars)


def test_whole_numbers_by_the_metric_vocabulary() -> None:
    from dataclasses import replace

    from jimo_desktop.items import Metric

    counted = Metric("Universities", integer=True, label_en="Universities")
    figures = [
        replace(
            fig("2020", 3.0, metric="Universities", unit="universities", subject=PARK_A),
            definition=counted,
        ),
        replace(
            fig("2020", 5.0, metric="Universities", unit="universities", subject=PARK_B),
            definition=counted,
        ),
    ]
    details = [park_detail(PARK_A, "A", figures[:1]), park_detail(PARK_B, "B", figures[1:])]
    (chart,) = comparison(details)
    assert chart.integer and chart.measure == counted
    scaled = [replace(f, unit="万 universities") for f in figures]
    (chart,) = comparison(
        [park_detail(PARK_A, "A", scaled[:1]), park_detail(PARK_B, "B", scaled[1:])]
    )
    assert not chart.integer  # 1.5 万 is a whole number of universities
    (gdp,) = comparison(
        [
            park_detail(PARK_A, "A", [fig("2020", 1.0)]),
            park_detail(PARK_B, "B", [fig("2020", 2.0, subject=PARK_B)]),
        ]
    )
    assert not gdp.integer
