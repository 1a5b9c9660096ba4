"""The columns of every CSV export: the key a column is chosen by and the header it gets.

Declarations only: one ``ExportColumn`` tuple per kind of record (``KIND_COLUMNS``, named
by ``KINDS``), the columns of a table of any mix of items (``ITEM_COLUMNS``) and the
provenance columns every fact row carries. Headers are English; the UI translates them.
Where the cells come from is ``rows``; the tables that pair columns with rows are
``tables``. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

# What ``jimo-desktop export KIND`` takes, in the order the help lists them.
KINDS = (
    "parks",
    "organizations",
    "projects",
    "figures",
    "events",
    "sources",
    "claims",
    "shortlist",
)


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One column of an export file."""

    key: str  # stable name, used by ``--columns``
    label: str  # the header written in the file (English; the UI translates it)


def _columns(*pairs: tuple[str, str]) -> tuple[ExportColumn, ...]:
    return tuple(ExportColumn(key, label) for key, label in pairs)


# Where a fact row's sources are cited: ids, titles and addresses joined with "; ".
PROVENANCE = _columns(
    ("source_ids", "Source ids"),
    ("source_titles", "Source titles"),
    ("source_addresses", "Source addresses"),
)
# A figure has exactly one source.
FIGURE_PROVENANCE = _columns(
    ("source_id", "Source id"),
    ("source_title", "Source title"),
    ("source_address", "Source address"),
)
PROVENANCE_KEYS = tuple(c.key for c in PROVENANCE)
FIGURE_PROVENANCE_KEYS = tuple(c.key for c in FIGURE_PROVENANCE)

PARK_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("name_en", "Name"),
        ("name_zh", "Chinese name"),
        ("aliases", "Other names"),
        ("kind", "Kind"),
        ("category", "Category"),
        ("level", "Level"),
        ("parent", "Part of"),
        ("founded", "Founded"),
        ("founded_note", "Founded (note)"),
        ("location", "Location"),
        ("places", "Places"),
        ("admin_code", "Administrative code"),
        ("industries", "Industries"),
        ("summary", "Summary"),
    ),
    *PROVENANCE,
)
ORGANIZATION_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("name_en", "Name"),
        ("name_zh", "Chinese name"),
        ("aliases", "Other names"),
        ("kind", "Kind"),
        ("stock_code", "Stock code"),
        ("founded", "Founded"),
        ("address", "Address"),
        ("parent", "Parent organization"),
        ("park", "Park"),
        ("place", "Place"),
        ("summary", "Summary"),
    ),
    *PROVENANCE,
)
PROJECT_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("name_en", "Name"),
        ("name_zh", "Chinese name"),
        ("aliases", "Other names"),
        ("kind", "Kind"),
        ("park", "Park"),
        ("place", "Place"),
        ("started", "Started"),
        ("opened", "Opened"),
        ("location", "Location"),
        ("organizations", "Organizations (role)"),
        ("summary", "Summary"),
    ),
    *PROVENANCE,
)
FIGURE_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("subject", "Subject"),
        ("subject_type", "Subject type"),
        ("subject_id", "Subject id"),
        ("metric", "Metric"),
        ("period", "Period"),
        ("period_start", "Period start"),
        ("period_end", "Period end"),
        ("value_as_published", "Value as published"),
        ("value", "Value"),
        ("qualifier", "Qualifier"),
        ("unit", "Unit"),
        ("currency", "Currency"),
        ("source", "Source · grade"),
        ("source_grade", "Source grade"),
        ("confidence", "Confidence"),
        ("disputed", "Disputed"),
        ("note", "Note"),
    ),
    *FIGURE_PROVENANCE,
)
EVENT_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("date", "Date"),
        ("date_note", "Date (note)"),
        ("title_en", "Title"),
        ("title_zh", "Chinese title"),
        ("description", "Description"),
        ("parks", "Parks"),
        ("organizations", "Organizations"),
        ("projects", "Projects"),
        ("confidence", "Confidence"),
    ),
    *PROVENANCE,
)
SOURCE_COLUMNS = _columns(
    ("id", "Id"),
    ("title", "Title"),
    ("publisher", "Publisher"),
    ("date", "Date"),
    ("grade", "Grade"),
    ("address", "Address"),
    ("note", "Note"),
)
CLAIM_COLUMNS = (
    *_columns(
        ("id", "Id"),
        ("number", "Number"),
        ("claim", "Claim"),
        ("status", "Status"),
        ("status_note", "Status (note)"),
        ("evidence", "Evidence"),
        ("claimed_in", "Claimed in (source id)"),
        ("about", "About"),
    ),
    *PROVENANCE,
)
# Any mix of items (tree, search results, Related tab, shortlist).
ITEM_COLUMNS = (
    *_columns(
        ("type", "Type"),
        ("id", "Id"),
        ("name_en", "Name"),
        ("name_zh", "Chinese name"),
        ("kind", "Kind"),
        ("level", "Level"),
        ("founded", "Founded or started"),
        ("park", "Park"),
        ("location", "Location or address"),
        ("industries", "Industries"),
        ("summary", "Summary"),
        ("starred_at", "Starred on"),
        ("note", "Your note"),
    ),
    *PROVENANCE,
)

# The columns of each of ``KINDS`` but the shortlist (which has ``ITEM_COLUMNS``).
KIND_COLUMNS = {
    "parks": PARK_COLUMNS,
    "organizations": ORGANIZATION_COLUMNS,
    "projects": PROJECT_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "events": EVENT_COLUMNS,
    "sources": SOURCE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}
