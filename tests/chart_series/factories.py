"""Made-up catalog objects for the chart tests: ``fig(period, value, …)`` is one figure,
``park_detail(ref, name, figures)`` a park's detail."""

from __future__ import annotations

import itertools

from jimo_desktop import dates
from jimo_desktop.items import Detail, Figure, ItemKind, ItemRef, Park, Source

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
