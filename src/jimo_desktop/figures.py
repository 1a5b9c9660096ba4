"""The rules every view of the published figures shares.

The detail pane, the charts, the comparison and the exports all ask the same questions
of a list of ``Figure`` records: which is the latest, which disagree, in what order their
sources are listed, which sources they cite, in what base unit a value is counted (``unit_scale``). Each rule
is written once, here, so that the comparison table and its bar chart can never pick
different "latest" figures. ``Peers`` is what the catalog answers when a chart asks how
an item compares with the others of its kind. Nothing here imports Qt or SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from jimo_desktop.items import Figure, Source

# -- units --------------------------------------------------------------------------------

_CJK_SCALES = {"万": 1e4, "亿": 1e8}
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9}
# Units of the same quantity with an exact factor between them (to the first unit).
_BASE_UNITS = {
    "km²": (1e6, "m²"),
    "ha": (1e4, "m²"),
    "亩": (1e4 / 15, "m²"),  # 15 亩 = 1 ha exactly
    "m²": (1.0, "m²"),
    "元": (1.0, "yuan"),
}


@lru_cache(maxsize=1024)
def unit_scale(unit: str) -> tuple[float, str]:
    """The factor and base of a unit: ``亿元`` -> (1e8, 'yuan'), ``km²`` -> (1e6, 'm²')."""
    text = " ".join(unit.split())
    factor = 1.0
    if text[:1] in _CJK_SCALES and len(text) > 1:
        factor, text = _CJK_SCALES[text[0]], text[1:].strip()
    else:
        word, _, rest = text.partition(" ")
        if word in _WORD_SCALES and rest:
            factor, text = _WORD_SCALES[word], rest
    head, slash, tail = text.partition("/")
    if head in _BASE_UNITS:
        base_factor, head = _BASE_UNITS[head]
        factor *= base_factor
    return factor, head + slash + tail


# -- peers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Peers:
    """How an item compares with the other items of its kind, as much as a chart shows.

    For each metric the item publishes (and each base unit of it, ``unit_scale``): every
    figure of the latest periods of at most a few other items, those with the largest
    values (``figures``), and how many other items publish a value in all
    (``counts[(metric, base)]``), so that a chart can say how many it leaves out."""

    figures: tuple[Figure, ...] = ()
    counts: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures)

    def __len__(self) -> int:
        return len(self.figures)


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
