"""Build ``data/jimo.db`` from the CSV files under ``data/sources/``.

    python -m jimo_desktop.build [--sources DIR] [--output PATH]

``build`` is given the sources folder and the database to write. The sources are checked
first (``read_sources``, each cell by ``cells``); every problem is reported with its file
and line, and a database is written only when there are none (``write_database``, with the
search index from ``search_index``, its pinyin and Traditional characters from
``search_forms``). The database is built in a temporary file beside the
output and moved into place at the end, so a failure never leaves a half-built file where
the app looks for one. Building twice from the same sources gives the same content. Nothing
here imports Qt.
"""

from __future__ import annotations

from pathlib import Path

# The package's names read_sources and write_database are its modules (tests patch them),
# so their functions of the same name are called through them.
from jimo_desktop.build import read_sources, write_database
from jimo_desktop.build.read_sources import (
    Problem,
    Record,
    SourceError,
    SourceRow,
    read_table,
    sources_digest,
)

__all__ = [
    "Problem",
    "Record",
    "SourceError",
    "SourceRow",
    "build",
    "read_sources",
    "read_table",
    "sources_digest",
    "write_database",
]


def build(sources_dir: Path, output: Path) -> dict[str, int]:
    """Check the sources and write the database to ``output``; return row counts.

    Raises SourceError (nothing written) when the sources break a rule.
    """
    data = read_sources.read_sources(sources_dir)
    digest = sources_digest(sources_dir)
    return write_database.write_database(data, digest, output)
