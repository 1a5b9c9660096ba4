"""Scaled copies of ``data/jimo.db`` for the benchmarks: 10×, 100×, 1000× the items.

    python bench/scaled_db.py SCALE [SCALE …]

Each copy holds the parks, organizations, projects, events and the figures about parks,
organizations and projects ``SCALE`` times: the originals, then ``SCALE - 1`` synthetic
copies with fresh ids (``<id>~s<k>``), every name and title marked as synthetic in both
languages, every link row between them (a park's places, industries and sources, an
event's parks, organizations, projects and sources, a project's organizations …) copied
with its ends renamed the same way. Sources, places, industries, metrics, claims and the
map's outlines are kept once: they are the shared vocabulary the copies cite. The search
index is rebuilt over the result by the same code the build uses (``create_search_index``),
then the file is analysed and compacted, so that its query plans are those of a real file
of that size.

The files are written to a folder of the system's temporary folder (``jimo-bench``), named
by the scale and the fingerprint of the database they were made from, and reused while
they exist: they are never shipped, and their ``meta`` title says they are synthetic.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import sqlite_utils  # noqa: E402

from jimo_desktop.build.search_index import create_search_index  # noqa: E402
from jimo_desktop.schema import (  # noqa: E402
    SEARCH_GRAMS_TABLE,
    SEARCH_TABLE,
    SEARCH_VARIANTS_TABLE,
)

SOURCE = ROOT / "data" / "jimo.db"
FOLDER = Path(tempfile.gettempdir()) / "jimo-bench"

# The kinds of item replicated, by the table of each and the subject_type of its figures.
REPLICATED = {"parks": "park", "organizations": "organization", "projects": "project"}
# Every column that names a replicated row (its own id or a reference to one), by table.
RENAMED: dict[str, tuple[str, ...]] = {
    "parks": ("id", "parent_id"),
    "organizations": ("id", "parent_id", "park_id"),
    "projects": ("id", "park_id"),
    "events": ("id",),
    "figures": ("id", "subject_id"),
    "park_places": ("park_id",),
    "park_industries": ("park_id",),
    "park_place_ids": ("park_id",),
    "park_sources": ("park_id",),
    "organization_sources": ("organization_id",),
    "project_sources": ("project_id",),
    "project_organizations": ("project_id", "organization_id"),
    "event_parks": ("event_id", "park_id"),
    "event_organizations": ("event_id", "organization_id"),
    "event_projects": ("event_id", "project_id"),
    "event_sources": ("event_id",),
}
# The name columns marked as synthetic: English ones, then Chinese ones.
NAMES_EN = ("name_en", "title_en")
NAMES_ZH = ("name_zh", "title_zh")


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def scaled_path(scale: int, source: Path = SOURCE) -> Path:
    return FOLDER / f"jimo-x{scale}-{fingerprint(source)}.db"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _copy_sql(conn: sqlite3.Connection, table: str) -> str:
    """The insert … select that adds copy ``:k`` of the original rows of ``table``."""
    renamed = RENAMED[table]
    cells = []
    for column in _columns(conn, table):
        if column in renamed:
            cell = f"[{column}] || '~s' || :k"
        elif column in NAMES_EN:
            cell = f"[{column}] || ' (synthetic ' || :k || ')'"
        elif column in NAMES_ZH:
            cell = f"[{column}] || '（合成' || :k || '）'"
        else:
            cell = f"[{column}]"
        cells.append(cell)
    where = "[id] not like '%~s%'" if "id" in renamed else f"[{renamed[0]}] not like '%~s%'"
    if table == "figures":
        kinds = ", ".join(f"'{kind}'" for kind in REPLICATED.values())
        where += f" and subject_type in ({kinds})"
    return f"insert into [{table}] select {', '.join(cells)} from [{table}] where {where}"


def make_scaled(scale: int, output: Path, source: Path = SOURCE) -> Path:
    """Write the ``scale``× copy of ``source`` to ``output`` (replaced if it exists)."""
    if scale < 1:
        raise ValueError("the scale is a whole number from 1")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".partial")
    shutil.copyfile(source, partial)
    conn = sqlite3.connect(partial)
    try:
        with conn:
            statements = {table: _copy_sql(conn, table) for table in RENAMED}
            for k in range(1, scale):
                for sql in statements.values():
                    conn.execute(sql, {"k": k})
            for table in (
                f"{SEARCH_TABLE}_fts",
                SEARCH_TABLE,
                SEARCH_VARIANTS_TABLE,
                SEARCH_GRAMS_TABLE,
            ):
                conn.execute(f"drop table if exists [{table}]")
            create_search_index(sqlite_utils.Database(conn))
            title = conn.execute("select value from meta where key = 'title'").fetchone()
            conn.execute(
                "update meta set value = ? where key = 'title'",
                (f"{title[0] if title else 'Jimo Explorer data'} (synthetic, {scale}×)",),
            )
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed: {problems[:5]}")
        conn.execute("ANALYZE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    partial.replace(output)
    return output


def scaled(scale: int, source: Path = SOURCE) -> Path:
    """The ``scale``× copy of ``source`` (the file itself at 1×), made on first use."""
    if scale == 1:
        return source
    path = scaled_path(scale, source)
    if not path.exists():
        make_scaled(scale, path, source)
    return path


def main() -> None:
    for scale in [int(arg) for arg in sys.argv[1:]] or [10, 100]:
        path = scaled(scale)
        with sqlite3.connect(path) as conn:
            parks = conn.execute("select count(*) from parks").fetchone()[0]
            figures = conn.execute("select count(*) from figures").fetchone()[0]
        size = path.stat().st_size / 1e6
        print(f"{scale}×: {path} ({size:.1f} MB, {parks:,} parks, {figures:,} figures)")


if __name__ == "__main__":
    main()
