"""CSV export of the parks and the events, their throughput against ``sqlite3 -csv``.

    python bench/export_parks_events.py [--scale N] [--runs N] [--json]

As ``export_figures.py``, for the parks table (with its places, industries and sources)
and the events table (with their links and sources), each written as the command line's
``export parks`` and ``export events`` write them. The goal: at least 0.3.
"""

from __future__ import annotations

from export_common import export_ratio
from harness import options


def main() -> None:
    args = options(__doc__ or "", runs=5)
    export_ratio(
        "export_parks_events",
        "CSV export ÷ `sqlite3 -csv` (parks, events)",
        ("parks", "events"),
        args.scale,
        args.runs,
        args.json,
    )


if __name__ == "__main__":
    main()
