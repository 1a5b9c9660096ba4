"""The columns of every CSV export: the key a column is chosen by and the header it gets.

Declarations only: one ``ExportColumn`` tuple per kind of record (``KIND_COLUMNS``, named
by ``KINDS``), the columns of a table of any mix of items (``ITEM_COLUMNS``) and the
provenance columns every fact row carries. Headers are English; the UI translates them.
Where the cells come from is ``rows``; the tables that pair columns with rows are
``tables``. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from jimo_desktop.translatable import QT_TRANSLATE_NOOP

# What ``jimo-desktop export KIND`` takes, in the order the help lists them.
KINDS = (
    "parks",
    "organizations",
    "projects",
    "figures",
    "events",
    "sources",
    "claims",
    "zones",
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
    ("source_ids", QT_TRANSLATE_NOOP("ExportColumn", "Source ids")),
    ("source_titles", QT_TRANSLATE_NOOP("ExportColumn", "Source titles")),
    ("source_addresses", QT_TRANSLATE_NOOP("ExportColumn", "Source addresses")),
)
# A figure's sources: ids, titles and addresses joined with "; " in the data's order.
FIGURE_PROVENANCE = _columns(
    ("source_id", QT_TRANSLATE_NOOP("ExportColumn", "Source id")),
    ("source_title", QT_TRANSLATE_NOOP("ExportColumn", "Source title")),
    ("source_address", QT_TRANSLATE_NOOP("ExportColumn", "Source address")),
)
PROVENANCE_KEYS = tuple(c.key for c in PROVENANCE)
FIGURE_PROVENANCE_KEYS = tuple(c.key for c in FIGURE_PROVENANCE)
# What a figure is about, in both names: first when the rows are about more than one item.
FIGURE_SUBJECT_KEYS = ("subject", "subject_zh")

PARK_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("name_en", QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        ("name_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name")),
        ("aliases", QT_TRANSLATE_NOOP("ExportColumn", "Other names")),
        ("kind", QT_TRANSLATE_NOOP("ExportColumn", "Kind")),
        ("category", QT_TRANSLATE_NOOP("ExportColumn", "Category")),
        ("level", QT_TRANSLATE_NOOP("ExportColumn", "Level")),
        ("parent", QT_TRANSLATE_NOOP("ExportColumn", "Part of")),
        ("founded", QT_TRANSLATE_NOOP("ExportColumn", "Founded")),
        ("founded_note", QT_TRANSLATE_NOOP("ExportColumn", "Founded (note)")),
        ("location", QT_TRANSLATE_NOOP("ExportColumn", "Location")),
        ("places", QT_TRANSLATE_NOOP("ExportColumn", "Places")),
        ("admin_code", QT_TRANSLATE_NOOP("ExportColumn", "Administrative code")),
        ("industries", QT_TRANSLATE_NOOP("ExportColumn", "Industries")),
        ("summary", QT_TRANSLATE_NOOP("ExportColumn", "Summary")),
    ),
    *PROVENANCE,
)
ORGANIZATION_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("name_en", QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        ("name_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name")),
        # published, own translation or own shortening (the project's, not a source's)
        ("name_zh_origin", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name origin")),
        ("aliases", QT_TRANSLATE_NOOP("ExportColumn", "Other names")),
        ("kind", QT_TRANSLATE_NOOP("ExportColumn", "Kind")),
        ("stock_code", QT_TRANSLATE_NOOP("ExportColumn", "Stock code")),
        ("founded", QT_TRANSLATE_NOOP("ExportColumn", "Founded")),
        ("address", QT_TRANSLATE_NOOP("ExportColumn", "Address")),
        ("parent", QT_TRANSLATE_NOOP("ExportColumn", "Parent organization")),
        ("park", QT_TRANSLATE_NOOP("ExportColumn", "Park")),
        ("place", QT_TRANSLATE_NOOP("ExportColumn", "Place")),
        ("summary", QT_TRANSLATE_NOOP("ExportColumn", "Summary")),
    ),
    *PROVENANCE,
)
PROJECT_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("name_en", QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        ("name_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name")),
        ("aliases", QT_TRANSLATE_NOOP("ExportColumn", "Other names")),
        ("kind", QT_TRANSLATE_NOOP("ExportColumn", "Kind")),
        ("park", QT_TRANSLATE_NOOP("ExportColumn", "Park")),
        ("place", QT_TRANSLATE_NOOP("ExportColumn", "Place")),
        ("started", QT_TRANSLATE_NOOP("ExportColumn", "Started")),
        ("opened", QT_TRANSLATE_NOOP("ExportColumn", "Opened")),
        ("location", QT_TRANSLATE_NOOP("ExportColumn", "Location")),
        ("organizations", QT_TRANSLATE_NOOP("ExportColumn", "Organizations (role)")),
        ("summary", QT_TRANSLATE_NOOP("ExportColumn", "Summary")),
    ),
    *PROVENANCE,
)
FIGURE_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("subject", QT_TRANSLATE_NOOP("ExportColumn", "Subject")),
        ("subject_zh", QT_TRANSLATE_NOOP("ExportColumn", "Subject (Chinese name)")),
        ("subject_type", QT_TRANSLATE_NOOP("ExportColumn", "Subject type")),
        ("subject_id", QT_TRANSLATE_NOOP("ExportColumn", "Subject id")),
        ("metric", QT_TRANSLATE_NOOP("ExportColumn", "Metric")),
        ("period", QT_TRANSLATE_NOOP("ExportColumn", "Period")),
        ("period_start", QT_TRANSLATE_NOOP("ExportColumn", "Period start")),
        ("period_end", QT_TRANSLATE_NOOP("ExportColumn", "Period end")),
        ("value_as_published", QT_TRANSLATE_NOOP("ExportColumn", "Value as published")),
        ("value", QT_TRANSLATE_NOOP("ExportColumn", "Value")),
        ("qualifier", QT_TRANSLATE_NOOP("ExportColumn", "Qualifier")),
        ("unit", QT_TRANSLATE_NOOP("ExportColumn", "Unit")),
        ("currency", QT_TRANSLATE_NOOP("ExportColumn", "Currency")),
        ("source", QT_TRANSLATE_NOOP("ExportColumn", "Source · grade")),
        ("source_grade", QT_TRANSLATE_NOOP("ExportColumn", "Source grade")),
        ("confidence", QT_TRANSLATE_NOOP("ExportColumn", "Confidence")),
        ("disputed", QT_TRANSLATE_NOOP("ExportColumn", "Disputed")),
        ("note", QT_TRANSLATE_NOOP("ExportColumn", "Note")),
    ),
    *FIGURE_PROVENANCE,
)
EVENT_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("date", QT_TRANSLATE_NOOP("ExportColumn", "Date")),
        ("date_note", QT_TRANSLATE_NOOP("ExportColumn", "Date (note)")),
        ("title_en", QT_TRANSLATE_NOOP("ExportColumn", "Title")),
        ("title_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese title")),
        ("description", QT_TRANSLATE_NOOP("ExportColumn", "Description")),
        ("parks", QT_TRANSLATE_NOOP("ExportColumn", "Parks")),
        ("organizations", QT_TRANSLATE_NOOP("ExportColumn", "Organizations")),
        ("projects", QT_TRANSLATE_NOOP("ExportColumn", "Projects")),
        ("confidence", QT_TRANSLATE_NOOP("ExportColumn", "Confidence")),
    ),
    *PROVENANCE,
)
SOURCE_COLUMNS = _columns(
    ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
    ("title", QT_TRANSLATE_NOOP("ExportColumn", "Title")),
    ("publisher", QT_TRANSLATE_NOOP("ExportColumn", "Publisher")),
    ("date", QT_TRANSLATE_NOOP("ExportColumn", "Date")),
    ("grade", QT_TRANSLATE_NOOP("ExportColumn", "Grade")),
    ("address", QT_TRANSLATE_NOOP("ExportColumn", "Address")),
    ("note", QT_TRANSLATE_NOOP("ExportColumn", "Note")),
)
CLAIM_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("number", QT_TRANSLATE_NOOP("ExportColumn", "Number")),
        ("claim", QT_TRANSLATE_NOOP("ExportColumn", "Claim")),
        ("status", QT_TRANSLATE_NOOP("ExportColumn", "Status")),
        ("status_note", QT_TRANSLATE_NOOP("ExportColumn", "Status (note)")),
        ("evidence", QT_TRANSLATE_NOOP("ExportColumn", "Evidence")),
        ("claimed_in", QT_TRANSLATE_NOOP("ExportColumn", "Claimed in (source id)")),
        ("about", QT_TRANSLATE_NOOP("ExportColumn", "About")),
    ),
    *PROVENANCE,
)
# China's catalogue of development zones (2018), as published (named in Chinese only).
ZONE_COLUMNS = (
    *_columns(
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("code", QT_TRANSLATE_NOOP("ExportColumn", "Code")),
        ("number", QT_TRANSLATE_NOOP("ExportColumn", "Number in the catalogue")),
        ("name_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name")),
        ("province", QT_TRANSLATE_NOOP("ExportColumn", "Province")),
        ("place_as_published", QT_TRANSLATE_NOOP("ExportColumn", "Place in the catalogue")),
        ("place", QT_TRANSLATE_NOOP("ExportColumn", "Place")),
        ("approver", QT_TRANSLATE_NOOP("ExportColumn", "Approved by")),
        ("zone_type", QT_TRANSLATE_NOOP("ExportColumn", "Type of zone")),
        ("approved", QT_TRANSLATE_NOOP("ExportColumn", "Approved")),
        ("area_ha", QT_TRANSLATE_NOOP("ExportColumn", "Approved area (ha)")),
        ("industries", QT_TRANSLATE_NOOP("ExportColumn", "Leading industries")),
        ("park", QT_TRANSLATE_NOOP("ExportColumn", "Park")),
        ("park_confidence", QT_TRANSLATE_NOOP("ExportColumn", "Park (stated or inferred)")),
    ),
    *PROVENANCE,
)
# Any mix of items (tree, search results, Related tab, shortlist).
ITEM_COLUMNS = (
    *_columns(
        ("type", QT_TRANSLATE_NOOP("ExportColumn", "Type")),
        ("id", QT_TRANSLATE_NOOP("ExportColumn", "Id")),
        ("name_en", QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        ("name_zh", QT_TRANSLATE_NOOP("ExportColumn", "Chinese name")),
        ("kind", QT_TRANSLATE_NOOP("ExportColumn", "Kind")),
        ("level", QT_TRANSLATE_NOOP("ExportColumn", "Level")),
        ("founded", QT_TRANSLATE_NOOP("ExportColumn", "Founded or started")),
        ("park", QT_TRANSLATE_NOOP("ExportColumn", "Park")),
        ("location", QT_TRANSLATE_NOOP("ExportColumn", "Location or address")),
        ("industries", QT_TRANSLATE_NOOP("ExportColumn", "Industries")),
        ("summary", QT_TRANSLATE_NOOP("ExportColumn", "Summary")),
        ("starred_at", QT_TRANSLATE_NOOP("ExportColumn", "Starred on")),
        ("note", QT_TRANSLATE_NOOP("ExportColumn", "Your note")),
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
    "zones": ZONE_COLUMNS,
}
