"""The rules every view of the figures shares: latest, conflicts, source order."""

from __future__ import annotations

from dataclasses import replace

from jimo_desktop import figures
from jimo_desktop.catalog import Catalog
from jimo_desktop.items import Figure, ItemKind, ItemRef, Source

PARK = ItemRef(ItemKind.PARK, "p")


def source(number: int, grade: str = "B") -> Source:
    return Source(f"S{number}", f"Source {number}", "", "", "", grade, "")


def figure(fid: str, period: str, start: str, end: str, value: float, src: int = 1) -> Figure:
    return Figure(
        fid, PARK, "P", "Output", period, start, end, value, str(value), "=", "亿元", "",
        source(src), "stated", "",
    )  # fmt: skip


def test_sources_are_ordered_by_number_not_text() -> None:
    ordered = figures.sorted_sources([source(10), source(2), source(2), source(1)])
    assert [s.id for s in ordered] == ["S1", "S2", "S10"]


def test_latest_is_the_last_period_with_every_source_of_it() -> None:
    pool = [
        figure("a", "2019", "2019-01-01", "2019-12-31", 1, src=3),
        figure("b", "2021", "2021-01-01", "2021-12-31", 2, src=10),
        figure("c", "2021", "2021-01-01", "2021-12-31", 3, src=2),
        figure("d", "2020-H2", "2020-07-01", "2020-12-31", 4),
    ]
    assert [f.id for f in figures.latest(pool)] == ["c", "b"]


def test_a_half_year_ending_later_beats_a_whole_year() -> None:
    pool = [
        figure("y", "2020", "2020-01-01", "2020-12-31", 1),
        figure("h", "2021-H1", "2021-01-01", "2021-06-30", 2),
    ]
    assert [f.id for f in figures.latest(pool)] == ["h"]


def test_undated_figures_count_only_when_nothing_is_dated() -> None:
    undated = figure("u", "", "", "", 9)
    dated = figure("d", "2019", "2019-01-01", "2019-12-31", 1)
    assert figures.latest([undated, dated]) == (dated,)
    assert figures.latest([undated]) == (undated,)
    assert figures.latest([]) == ()


def test_latest_of_one_metric() -> None:
    output = figure("o", "2019", "2019-01-01", "2019-12-31", 1)
    area = replace(figure("a", "2022", "2022-01-01", "2022-12-31", 5), metric="Area")
    assert figures.latest([output, area], "Output") == (output,)
    assert figures.latest([output, area], "Jobs") == ()


def test_conflicts_are_different_values_for_one_period() -> None:
    one = figure("a", "2019", "2019-01-01", "2019-12-31", 1, src=1)
    other = figure("b", "2019", "2019-01-01", "2019-12-31", 2, src=2)
    again = replace(figure("c", "2019", "2019-01-01", "2019-12-31", 1, src=3), value_text="1.0")
    later = figure("d", "2020", "2020-01-01", "2020-12-31", 7)
    flagged = {f.id: f.conflict for f in figures.flag_conflicts([one, other, again, later])}
    assert flagged == {"a": True, "b": True, "c": True, "d": False}
    assert not figures.disagree([one, again])  # the same value written two ways
    assert figures.disagree([one, other])


def test_every_latest_figure_in_the_database_is_of_one_period(catalog: Catalog) -> None:
    by_group: dict[tuple[ItemRef, str], list[Figure]] = {}
    for f in catalog.all_figures():
        by_group.setdefault((f.subject, f.metric), []).append(f)
    assert len(by_group) > 200
    for group in by_group.values():
        chosen = figures.latest(group)
        assert chosen and len({f.period for f in chosen}) == 1
        assert all(f.period_end <= chosen[0].period_end for f in group if f.period)
