"""The rules every view of the published figures shares.

The detail pane, the charts, the comparison and the exports all ask the same questions
of a list of ``Figure`` records: which is the latest, which disagree, in what order their
sources are listed, which sources they cite. Each rule is written once, here, so that the
comparison table and its bar chart can never pick different "latest" figures.
Nothing here imports Qt or SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from jimo_desktop.items import Figure, Source

# Sources are listed by their number: S2 before S10. The same order in SQL, for `s.id`.
SOURCE_ORDER_SQL = "cast(substr({column}, 2) as integer), {column}"


def source_key(source: Source) -> tuple[int, str]:
    """The sort key of a source: its number, then its id (S2 before S10)."""
    digits = source.id[1:]
    return (int(digits) if digits.isdigit() else 0, source.id)


def sorted_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once, in source order."""
    return tuple(sorted(unique_sources(sources), key=source_key))


def unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once, in the order first met."""
    seen: dict[str, Source] = {}
    for source in sources:
        seen.setdefault(source.id, source)
    return tuple(seen.values())


def cited_sources(figures: Iterable[Figure]) -> tuple[Source, ...]:
    """The sources of ``figures`` (all of each), once each, in the order first met."""
    return unique_sources(s for f in figures for s in f.sources)


def latest(figures: Sequence[Figure], metric: str | None = None) -> tuple[Figure, ...]:
    """The figures (of ``metric``, when given) of the latest period published, several
    when more than one source gives that period, in source order. Undated figures count
    only when none is dated, doubtful ones only when all are."""
    if metric is not None:
        figures = [f for f in figures if f.metric == metric]
    figures = [f for f in figures if not f.doubtful] or list(figures)
    dated = [f for f in figures if f.period]
    pool = dated or list(figures)
    if not pool:
        return ()
    last = max(pool, key=_period_key).period
    chosen = [f for f in pool if f.period == last]
    return tuple(sorted(chosen, key=lambda f: (source_key(f.source), f.id)))


def _period_key(figure: Figure) -> tuple[str, str, str]:
    return (figure.period_end or figure.period_start, figure.period_start, figure.period)


def disagree(figures: Iterable[Figure]) -> bool:
    """More than one value among ``figures``: value, qualifier or unit differ (the same
    value written two ways is one value)."""
    return len({(f.value, f.qualifier, f.unit) for f in figures}) > 1


def flag_conflicts(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with ``conflict`` set where the same subject, metric and period carry
    more than one value."""
    groups: dict[tuple[Any, ...], list[Figure]] = {}
    for f in figures:
        groups.setdefault((f.subject, f.metric, f.period), []).append(f)
    disputed = {key for key, group in groups.items() if disagree(group)}
    return [
        replace(f, conflict=True) if (f.subject, f.metric, f.period) in disputed else f
        for f in figures
    ]
