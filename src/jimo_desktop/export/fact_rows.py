"""The row of one figure, event, source or claim, and the provenance cells of any row.

Each function is given one catalog record (``Figure``, ``Event``, ``Source``, ``Claim``)
and returns its row: a dict keyed by column key (``columns``), with the cells the items
table reads under its own keys too ("name_en" for a title, "summary" for a
description). Keys starting with "_" are for filtering only and are never written.

Every fact row carries its provenance (``provenance``): the ids, titles and addresses of
its sources joined with "; " (a figure: its one source's id, title and address). Nothing
here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jimo_desktop.catalog import Claim, Event, Figure, ItemKind, RelatedItem, Source
from jimo_desktop.chart_series.units import QUALIFIER_WORDS, qualifier_words
from jimo_desktop.comparison import figure_value
from jimo_desktop.translatable import QT_TRANSLATE_NOOP

SEP = "; "
# The marked words a figure row's cells may hold (the UI translates them for the header
# row's language).
FIGURE_WORDS = tuple(dict.fromkeys(QUALIFIER_WORDS.values()))

# Written where a source has no address (a printed yearbook, a notice on paper).
NO_ADDRESS = QT_TRANSLATE_NOOP("ExportColumn", "(no address)")


def provenance(sources: Iterable[Source]) -> dict[str, str]:
    """The provenance cells of a row: ids, titles and addresses joined with "; "."""
    unique: dict[str, Source] = {}
    for source in sources:
        unique.setdefault(source.id, source)
    chosen = list(unique.values())
    return {
        "source_ids": SEP.join(s.id for s in chosen),
        "source_titles": SEP.join(s.title for s in chosen),
        "source_addresses": SEP.join(s.address or NO_ADDRESS for s in chosen),
    }


def _joined_names(items: Iterable[RelatedItem]) -> str:
    return SEP.join(i.name or i.ref.id for i in items)


def figure_row(figure: Figure, subject_zh: str = "") -> dict[str, Any]:
    """The row of one figure, with its sources (joined with "; " in the data's order); the
    qualifier in words (``more than``, marked for translation), so that no cell is a bare
    ``=`` that Excel reads as a formula; ``disputed`` says ``disputed``, ``not comparable``
    or ``doubtful``, and the note the doubt's reason."""
    cited = figure.sources
    return {
        "id": figure.id,
        "subject": figure.subject_name,
        "subject_zh": subject_zh,
        "subject_type": figure.subject.kind.value,
        "subject_id": figure.subject.id,
        "metric": figure.metric,
        "period": figure.period_label,
        "period_start": figure.period_start,
        "period_end": figure.period_end,
        "value_as_published": figure_value(figure),
        "value": figure.value,
        "qualifier": qualifier_words(figure.qualifier),
        "unit": figure.unit,
        "currency": figure.currency,
        "source": SEP.join(f"{s.id} · {s.grade}" for s in cited),
        "source_grade": SEP.join(s.grade for s in cited),
        "confidence": figure.confidence,
        "disputed": _disputed_cell(figure),
        "note": SEP.join(
            n for n in (figure.note, figure.doubt and f"doubtful: {figure.doubt}") if n
        ),
        "source_id": SEP.join(s.id for s in cited),
        "source_title": SEP.join(s.title for s in cited),
        "source_address": SEP.join(s.address or NO_ADDRESS for s in cited),
        "_subject": figure.subject,
        "_kinds": {figure.subject.kind.value},
    }


def _disputed_cell(figure: Figure) -> str:
    """What the ``disputed`` cell says of a figure: ``disputed`` (another value for its
    period, or a dispute of that kind), ``not comparable``, ``doubtful``, or nothing."""
    words = []
    if figure.conflict or (figure.dispute is not None and figure.dispute.kind == "disputed"):
        words.append("disputed")
    elif figure.dispute is not None:
        words.append(figure.dispute.kind)
    if figure.doubtful:
        words.append("doubtful")
    return SEP.join(words)


def event_row(event: Event) -> dict[str, Any]:
    """The row of one event: the parks, organizations and projects it is about."""
    by_kind: dict[ItemKind, list[RelatedItem]] = {}
    for related in event.related:
        by_kind.setdefault(related.ref.kind, []).append(related)
    return {
        "type": ItemKind.EVENT.value,
        "id": event.id,
        "date": event.date,
        "founded": event.date,
        "date_note": event.date_note,
        "title_en": event.title_en,
        "name_en": event.title_en,
        "title_zh": event.title_zh,
        "name_zh": event.title_zh,
        "description": event.description,
        "summary": event.description,
        "parks": _joined_names(by_kind.get(ItemKind.PARK, [])),
        "organizations": _joined_names(by_kind.get(ItemKind.ORGANIZATION, [])),
        "projects": _joined_names(by_kind.get(ItemKind.PROJECT, [])),
        "confidence": event.confidence,
        **provenance(event.sources),
        "_parks": {r.ref.id for r in by_kind.get(ItemKind.PARK, [])},
    }


def source_row(source: Source) -> dict[str, Any]:
    """The row of one source, which is its own provenance."""
    return {
        "type": ItemKind.SOURCE.value,
        "id": source.id,
        "title": source.title,
        "name_en": source.title,
        "publisher": source.publisher,
        "date": source.date,
        "founded": source.date,
        "grade": source.grade,
        "kind": f"grade {source.grade}",
        "address": source.address,
        "location": source.address,
        "note": source.note,
        **provenance([source]),
    }


def claim_row(claim: Claim, claimed_in: str | None, seed: Source | None) -> dict[str, Any]:
    """The row of one claim: ``claimed_in`` is the id of the source that makes the claim,
    ``seed`` that source (cited first, before the evidence) when it is in the database."""
    cited = [*([seed] if seed else []), *claim.evidence_sources]
    return {
        "type": ItemKind.CLAIM.value,
        "id": claim.id,
        "number": claim.number,
        "claim": claim.claim,
        "name_en": claim.claim,
        "status": claim.status,
        "kind": claim.status,
        "status_note": claim.status_note,
        "evidence": claim.evidence,
        "summary": claim.evidence,
        "claimed_in": claimed_in,
        "about": _joined_names(claim.related),
        **provenance(cited),
    }
