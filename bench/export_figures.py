"""CSV export of every figure, its throughput against ``sqlite3 -csv`` of the table.

    python bench/export_figures.py [--scale N] [--runs N] [--json]

Each run opens the catalog and writes the figures table as ``jimo-explorer export
figures`` does (``kind_table(…).write``: the columns users get, sources and subjects
named); the baseline, in the same run, is the sqlite3 command line writing the bare table
as CSV. Reports rows per second of the app ÷ rows per second of sqlite3 (both write the
same rows). The goal: at least 0.3.
"""

from __future__ import annotations

from export_common import export_ratio
from harness import options


def main() -> None:
    args = options(__doc__ or "", runs=5)
    export_ratio(
        "export_figures",
        "CSV export ÷ `sqlite3 -csv` (figures)",
        ("figures",),
        args.scale,
        args.runs,
        args.json,
    )


if __name__ == "__main__":
    main()
