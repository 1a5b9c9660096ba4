"""How an item compares with the other items of its kind, as much as a chart can show.

A bar chart of a metric puts the item among the items of its kind that publish the
metric, each by its latest value, largest first. Read whole, that is every figure of the
metric across the database (tens of thousands in a large one); a chart shows a few dozen
bars. So the question is answered in SQL, and only what is shown is read as figures:

- the ranking of a metric (``_ranking``): for each base unit (``figures.unit_scale``:
  ``亿元`` and ``bn yuan`` are both yuan), how many items publish a value and which
  ``limit`` items have the largest latest value, in the base unit. The latest period and
  the largest value of each item are found in SQL (the rule of ``figures.latest``: dated
  figures first, then the latest end); Python receives at most ``limit`` rows per base.
  The ranking is computed the first time a metric is charted and kept while the file is
  open (``Database.derived``: the file does not change while it is open);
- ``peers(db, ref, limit)``: the figures of the metrics the item publishes, of the items
  at the top of each ranking (the item itself left out), read in one query, their
  conflicts flagged as everywhere (``records.figures``), and the counts, so that a chart
  can say how many items it leaves out.

The number of figures read for one chart does not grow with the database: at most
``limit`` items per metric and base, each with the figures it publishes for the metric.
"""

from __future__ import annotations

from dataclasses import dataclass

from jimo_desktop.catalog import records
from jimo_desktop.catalog.database import Database
from jimo_desktop.figures import Peers, unit_scale
from jimo_desktop.items import ItemRef

# Items of the kind a comparison chart shows besides the item itself, at most: bars that
# the chart of the Figures tab (its plot is about a hundred pixels high in a window of
# 1366×768) draws with their names readable, one line each.
PEER_LIMIT = 5


@dataclass(frozen=True, slots=True)
class _Top:
    """The items with the largest latest value of one metric in one base unit."""

    subjects: tuple[str, ...]  # largest first, at most the ranking's limit
    total: int  # items that publish a value in that base unit


def _units(db: Database, metric: str) -> list[str]:
    return [row[0] for row in db.rows(_UNITS_SQL, (metric,))]


_UNITS_SQL = (
    "select distinct coalesce(unit, '') from figures where metric = ? and value is not null"
)

# Each item's latest valued figures of the metric (``figures.latest``: dated ones first,
# then by end, start and period), their largest value in the base unit, then the items
# ranked by it within each base unit. ``units(unit, factor, base)`` is given as values.
_RANKING_SQL = """
with units(unit, factor, base) as (values {units}),
latest as (
    select f.subject_id, u.base, f.value * u.factor as amount,
        rank() over (
            partition by f.subject_id, u.base
            order by coalesce(f.period, '') = '',
                coalesce(nullif(f.period_end, ''), f.period_start, '') desc,
                coalesce(f.period_start, '') desc, coalesce(f.period, '') desc
        ) as age
    from figures f join units u on u.unit = coalesce(f.unit, '')
    where f.metric = ? and f.subject_type = ? and f.value is not null
        and coalesce(f.doubt, '') = ''  -- a doubtful figure is no item's latest (figures.latest)
),
items as (
    select subject_id, base, max(amount) as high from latest where age = 1
    group by subject_id, base
),
ranked as (
    select subject_id, base,
        row_number() over (partition by base order by high desc, subject_id) as place,
        count(*) over (partition by base) as total
    from items
)
select base, subject_id, total from ranked where place <= ? order by base, place
"""


def _ranking(db: Database, kind: str, metric: str, limit: int) -> dict[str, _Top]:
    """The top ``limit`` items of ``kind`` publishing ``metric``, by base unit (kept while
    the file is open)."""
    return db.derived(
        f"peer_ranking/{kind}/{metric}/{limit}",
        lambda db: _read_ranking(db, kind, metric, limit),
    )


def _read_ranking(db: Database, kind: str, metric: str, limit: int) -> dict[str, _Top]:
    units = _units(db, metric)
    if not units:
        return {}
    params: list[object] = []
    for unit in units:
        factor, base = unit_scale(unit)
        params += [unit, factor, base]
    sql = _RANKING_SQL.format(units=", ".join("(?, ?, ?)" for _ in units))
    found: dict[str, tuple[list[str], int]] = {}
    for base, subject_id, total in db.rows(sql, [*params, metric, kind, limit]):
        found.setdefault(base, ([], total))[0].append(subject_id)
    return {base: _Top(tuple(ids), total) for base, (ids, total) in found.items()}


def peers(db: Database, ref: ItemRef, limit: int = PEER_LIMIT) -> Peers:
    """For each metric (and base unit) ``ref`` publishes a value of: the figures of the
    ``limit`` other items of its kind with the largest latest values, and how many items
    of its kind (``ref`` included) publish one."""
    kind = ref.kind.value
    own: set[tuple[str, str]] = set()
    for metric, unit in db.rows(
        """select distinct metric, coalesce(unit, '') from figures
        where subject_type = ? and subject_id = ? and value is not null""",
        (kind, ref.id),
    ):
        own.add((metric, unit_scale(unit)[1]))
    counts: dict[tuple[str, str], int] = {}
    wanted: set[tuple[str, str, str]] = set()  # metric, base, item
    for metric in sorted({metric for metric, _base in own}):
        # One more than shown: the item itself may be among the largest.
        for base, top in _ranking(db, kind, metric, limit + 1).items():
            if (metric, base) not in own:
                continue
            counts[(metric, base)] = top.total
            shown = [s for s in top.subjects if s != ref.id][:limit]
            wanted.update((metric, base, subject) for subject in shown)
    if not wanted:
        return Peers((), counts)
    metrics = sorted({metric for metric, _base, _item in wanted})
    subjects = sorted({subject for _metric, _base, subject in wanted})
    figures = records.figures(
        db,
        f"""f.subject_type = ? and f.subject_id in ({", ".join("?" * len(subjects))})
        and f.metric in ({", ".join("?" * len(metrics))})""",
        (kind, *subjects, *metrics),
    )
    chosen = tuple(f for f in figures if (f.metric, unit_scale(f.unit)[1], f.subject.id) in wanted)
    return Peers(chosen, counts)
