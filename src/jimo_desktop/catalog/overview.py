"""What the home page says of the whole database: counts, the district, the sources by
grade, and the article whose claims the fact check checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from jimo_desktop.catalog import details, fact_check
from jimo_desktop.catalog.cells import Cells
from jimo_desktop.catalog.database import Database
from jimo_desktop.items import Place, Source

# The tables counted, in the order the home page lists them.
COUNTED = (
    "parks",
    "organizations",
    "projects",
    "industries",
    "figures",
    "events",
    "sources",
    "claims",
    "places",
)


@dataclass(frozen=True, slots=True)
class Overview:
    data_as_of: str
    counts: dict[str, int]
    district: Place | None
    sources_by_grade: dict[str, int] = field(default_factory=dict)
    article: Source | None = None  # the seed article, whose claims are checked


def counts(db: Database) -> dict[str, int]:
    """The number of rows of each counted table."""
    sql = " union all ".join(f"select '{t}', count(*) from {t}" for t in COUNTED)
    return {name: count for name, count in db.rows(sql)}


def overview(db: Database) -> Overview:
    # The district the data is about: the one whose sub-districts are places too (Qingdao's
    # other districts are there only as the map's context).
    district_row = db.one(
        """select id from places d where kind = 'district'
        order by not exists (select 1 from places c where c.parent_id = d.id), id limit 1"""
    )
    district_id = Cells(db.path, "places", district_row).ident("id") if district_row else ""
    district = details.place(db, district_id) if district_id else None
    rows = db.rows("select grade, count(*) from sources group by grade order by grade")
    grades = {
        cells.text(0): cells.integer(1) for cells in (Cells(db.path, "sources", r) for r in rows)
    }
    return Overview(
        db.meta.get("data_as_of", ""), counts(db), district, grades, fact_check.article(db)
    )
