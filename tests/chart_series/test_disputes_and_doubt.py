"""A series draws a dispute's values as separate points, unjoined, and leaves doubtful
figures out (counting them)."""

from __future__ import annotations

from dataclasses import replace

from jimo_desktop.chart_series import time_series
from jimo_desktop.items import Dispute
from tests.chart_series.factories import fig, source


def test_a_dispute_is_not_joined_by_the_line() -> None:
    figures = [fig("2008", 1780, metric="Area", unit="km²"),
               fig("2010", 1780, metric="Area", unit="km²", sid="S4"),
               fig("2024", 1920.92, metric="Area", unit="km²", sid="S8")]  # fmt: skip
    (plain,) = time_series(figures)
    assert len(plain.line("year")) == 3 and not plain.has_disputes
    dispute = Dispute("D01", "disputed", "one area", "research", tuple(f.id for f in figures))
    (disputed,) = time_series([replace(f, dispute=dispute) for f in figures])
    assert [p.value for p in disputed.points] == [1780, 1780, 1920.92]
    assert all(p.disputed and p.dispute == dispute for p in disputed.points)
    assert disputed.line("year") == () and disputed.has_disputes


def test_only_the_disputed_points_leave_the_line() -> None:
    figures = [fig(str(year), value) for year, value in ((2018, 1), (2019, 2), (2020, 3))]
    dispute = Dispute("D02", "not comparable", "a drop", "audit", (figures[2].id,))
    (series,) = time_series([*figures[:2], replace(figures[2], dispute=dispute)])
    assert [p.period for p in series.line("year")] == ["2018", "2019"]


def test_a_doubtful_figure_is_left_out_and_counted() -> None:
    figures = [fig("2021", 1400), fig("2022", 1513.33, sid="S13"),
               replace(fig("2023", 1513.33, sid="S8"), doubt="looks mis-dated")]  # fmt: skip
    (series,) = time_series(figures)
    assert [p.period for p in series.points] == ["2021", "2022"]
    assert [f.period for f in series.doubtful] == ["2023"]


def test_a_series_cites_every_source_of_its_figures() -> None:
    figure = replace(fig("2012", 443), other_sources=(source("S75"), source("S76")))
    (series,) = time_series([figure, fig("2013", 450, sid="S2")])
    assert [s.id for s in series.sources] == ["S1", "S2", "S75", "S76"]
    assert [s.id for s in series.points[0].sources] == ["S1", "S75", "S76"]
