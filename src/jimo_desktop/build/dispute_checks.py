"""Rules that keep figures honest as a series: disputes declared, doubt and sources said.

- Figures of the same subject, metric and period with different values are a dispute, and
  ``disputes.csv`` must say so (``undeclared_conflicts``); otherwise a chart would show one
  of them as the value. A period coarsened from the source ("end 2017" written ``2017``)
  makes such a false conflict: write it as finely as the source gives it (``2017-12``).
- A dispute groups two or more figures of one subject, each in one dispute only; a
  ``disputed`` one has figures that disagree (``dispute_problems``).
- A note that calls a figure doubtful or mis-dated needs the reason in ``doubt``, which
  keeps it out of the charts (``doubt_problems``).
- A figure cites every source its research row gives (``source_ids``), never one of them
  "attributed" by guess (``attribution_problems``).

Each function is given the figure rows (and the dispute rows) as ``(line, values)`` and
yields ``(line, message)``. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

Row = tuple[int, Mapping[str, Any]]

# Words of a note that say the figure itself is in doubt.
_DOUBT_WORDS = re.compile(r"\b(doubtful|mis-?dated|not preferred|looks wrong)\b", re.IGNORECASE)
_ATTRIBUTED = re.compile(r"\battributed to\b", re.IGNORECASE)


def _published(values: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a figure publishes: equal ones agree (as ``figures.disagree`` compares them)."""
    return (values.get("value"), values.get("qualifier"), values.get("unit"))


def _dispute_of(disputes: Iterable[Row]) -> dict[str, str]:
    """The dispute each figure is in (the first one, when a figure is in two)."""
    found: dict[str, str] = {}
    for _line, dispute in disputes:
        for figure_id in dispute.get("figure_ids") or []:
            found.setdefault(figure_id, dispute["id"])
    return found


def undeclared_conflicts(
    figures: Sequence[Row], disputes: Sequence[Row]
) -> Iterator[tuple[int, str]]:
    """Each group of figures that disagree for one subject, metric and period without
    being one dispute, reported on the line of its first figure."""
    groups: dict[tuple[Any, ...], list[Row]] = {}
    for row in figures:
        values = row[1]
        key = (values["subject_type"], values["subject_id"], values["metric"], values["period"])
        groups.setdefault(key, []).append(row)
    dispute_of = _dispute_of(disputes)
    for (_kind, subject, metric, period), group in groups.items():
        if len({_published(values) for _line, values in group}) < 2:
            continue
        ids = [values["id"] for _line, values in group]
        if None not in (d := {dispute_of.get(i) for i in ids}) and len(d) == 1:
            continue
        yield (
            group[0][0],
            f"figures {', '.join(ids)} give different values of {metric!r} for {subject!r}, "
            f"period {period or '(none)'!r}, and no dispute in disputes.csv holds them all: "
            "record the dispute, or write each period as finely as its source gives it "
            "('2017-12' for 'end 2017')",
        )


def dispute_problems(figures: Sequence[Row], disputes: Sequence[Row]) -> Iterator[tuple[int, str]]:
    """A dispute of fewer than two figures, of several subjects, a figure in two disputes,
    and a ``disputed`` one whose figures all agree."""
    by_id = {values["id"]: values for _line, values in figures}
    seen: dict[str, str] = {}
    for line, dispute in disputes:
        ids = list(dispute.get("figure_ids") or [])
        name = f"dispute {dispute['id']}"
        if len(ids) < 2:
            yield line, f"{name} names {len(ids)} figure(s): a dispute is between two or more"
        for figure_id in ids:
            if figure_id in seen:
                yield line, f"{name}: figure {figure_id} is already in dispute {seen[figure_id]}"
            seen.setdefault(figure_id, dispute["id"])
        known = [by_id[i] for i in ids if i in by_id]
        subjects = {(f["subject_type"], f["subject_id"]) for f in known}
        if len(subjects) > 1:
            listed = ", ".join(f"{kind} {subject}" for kind, subject in sorted(subjects))
            yield line, f"{name} mixes the figures of several subjects ({listed})"
        agree = len(known) >= 2 and len({_published(f) for f in known}) < 2
        if dispute.get("kind") == "disputed" and agree:
            yield line, f"{name}: its figures all give the same value, so nothing is disputed"


def doubt_problems(figures: Iterable[Row]) -> Iterator[tuple[int, str]]:
    """A figure whose note calls it doubtful while ``doubt`` is empty."""
    for line, values in figures:
        note = str(values.get("note") or "")
        found = _DOUBT_WORDS.search(note)
        if found and not values.get("doubt"):
            yield (
                line,
                f"figure {values['id']}: the note says {found.group(0)!r} but doubt is empty; "
                "write why the figure is doubtful in doubt (the charts then leave it out)",
            )


def attribution_problems(figures: Iterable[Row]) -> Iterator[tuple[int, str]]:
    """A figure whose note says its source was attributed (picked from several)."""
    for line, values in figures:
        if _ATTRIBUTED.search(str(values.get("note") or "")):
            yield (
                line,
                f"figure {values['id']}: the note says the source was attributed; cite every "
                "source of the research row in source_ids (in order) instead of picking one",
            )


def figure_series_problems(
    figures: Sequence[Row], disputes: Sequence[Row]
) -> Iterator[tuple[str, int, str]]:
    """(file, line, message) for every rule above: ``figures`` or ``disputes``."""
    for line, message in dispute_problems(figures, disputes):
        yield "disputes", line, message
    for check in (doubt_problems, attribution_problems):
        for line, message in check(figures):
            yield "figures", line, message
    for line, message in undeclared_conflicts(figures, disputes):
        yield "figures", line, message
