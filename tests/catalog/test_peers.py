"""The peers a chart of an item asks for: as many figures at any size of the database, and
the same bars, largest first, as the chart of every figure would begin with."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jimo_desktop.catalog import Catalog, ItemKind, ItemRef
from jimo_desktop.catalog.peers import PEER_LIMIT
from jimo_desktop.chart_series import comparisons_for
from tests.work_counts import make_scaled, statements

EDZ = ItemRef(ItemKind.PARK, "jimo-edz")


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Catalog]]:
    folder = tmp_path_factory.mktemp("scaled")
    catalogs = {
        scale: Catalog.open(make_scaled(scale, folder / f"x{scale}.db")) for scale in (20, 40)
    }
    yield catalogs
    for catalog in catalogs.values():
        catalog.close()


def charted_parks(catalog: Catalog) -> list[ItemRef]:
    rows = catalog._db.rows(
        "select distinct subject_id from figures where subject_type = 'park' "
        "and subject_id not like '%~s%' order by subject_id"
    )
    return [ItemRef(ItemKind.PARK, row[0]) for row in rows]


def test_the_peers_of_a_chart_are_as_many_figures_at_any_size(
    catalog: Catalog, scaled: dict[int, Catalog]
) -> None:
    for ref in charted_parks(catalog):
        twenty, forty = scaled[20].peers(ref), scaled[40].peers(ref)
        # (20 copies of each park: every metric has more items than a chart shows.)
        assert len(twenty.figures) == len(forty.figures), ref
        assert {f.metric for f in forty.figures} <= {f.metric for f in catalog.figures_for(ref)}
        # At most PEER_LIMIT items per metric (and base unit), the item itself left out.
        per_metric: dict[str, set[str]] = {}
        for figure in forty.figures:
            per_metric.setdefault(figure.metric, set()).add(figure.subject.id)
        assert all(len(items) <= PEER_LIMIT for items in per_metric.values()), ref
        assert all(ref.id not in items for items in per_metric.values())
        # … while how many items publish each metric grows with the data.
        assert {key: 2 * n for key, n in twenty.counts.items()} == forty.counts


def test_a_second_chart_of_a_metric_takes_two_queries(scaled: dict[int, Catalog]) -> None:
    catalog = scaled[40]
    catalog.peers(EDZ)  # the rankings of its metrics, read once
    with statements(catalog) as asked:
        catalog.peers(EDZ)
    assert len(asked) == 4  # the item's metrics, then the peers' figures, their sources, disputes


def test_the_bars_are_the_largest_of_the_whole_chart(
    catalog: Catalog, scaled: dict[int, Catalog]
) -> None:
    big = scaled[20]
    for ref in charted_parks(catalog):
        own = big.figures_for(ref)
        every = [f for metric in {f.metric for f in own} for f in big.figures_for_metric(metric)]
        whole = {c.metric + c.unit: c for c in comparisons_for(ref, own, every)}
        shown = comparisons_for(ref, own, big.peers(ref))
        assert len(shown) == len(whole), ref
        for chart in shown:
            full = whole[chart.metric + chart.unit]
            items = {b.ref for b in chart.bars}
            assert ref in items and len(items) <= PEER_LIMIT + 1
            # The peers drawn are those with the largest values: the whole chart's first.
            peers = [b.ref for b in full.bars if b.ref != ref]
            assert set(list(dict.fromkeys(peers))[: len(items) - 1]) == items - {ref}
            assert [b.highlight for b in chart.bars if b.ref == ref] == [
                b.highlight for b in full.bars if b.ref == ref
            ]
            assert chart.left_out == len({b.ref for b in full.bars}) - len(items)


def test_at_its_own_size_the_chart_leaves_nothing_out(catalog: Catalog) -> None:
    for ref in charted_parks(catalog):
        own = catalog.figures_for(ref)
        every = [
            f for metric in {f.metric for f in own} for f in catalog.figures_for_metric(metric)
        ]
        assert comparisons_for(ref, own, catalog.peers(ref)) == comparisons_for(ref, own, every)


def test_a_doubtful_figure_does_not_rank_a_peer(tmp_path: Path) -> None:
    """A peer's doubtful figure (left out of its charts) is not its latest value either:
    a huge doubtful value does not put an item among the largest."""
    path = make_scaled(20, tmp_path / "x20.db")
    with Catalog.open(path) as catalog:
        shown = catalog.peers(EDZ).figures
    metric = shown[0].metric
    shown_ids = {f.subject.id for f in shown if f.metric == metric}
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        f"select * from figures where metric = ? and subject_type = 'park' and subject_id "
        f"not in ({', '.join('?' * len(shown_ids))}) and subject_id != ? "
        "and value is not null limit 1",
        (metric, *shown_ids, EDZ.id),
    ).fetchone()
    assert row is not None  # 20 copies: more items publish the metric than a chart shows
    added = dict(row) | {
        "id": "F-doubtful",
        "period": "2099",
        "period_start": "2099-01-01",
        "period_end": "2099-12-31",
        "value": 1e12,
        "doubt": "a test's doubtful value",
    }
    columns = ", ".join(added)
    conn.execute(
        f"insert into figures ({columns}) values ({', '.join('?' * len(added))})",
        tuple(added.values()),
    )
    conn.commit()
    conn.close()
    with Catalog.open(path) as catalog:
        again = {f.subject.id for f in catalog.peers(EDZ).figures if f.metric == metric}
    assert row["subject_id"] not in again
    assert again == shown_ids
