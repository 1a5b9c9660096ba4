"""The export benchmarks' shared step: the app's CSV export against ``sqlite3 -csv``."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from harness import Result, Stats, database, report


def sqlite_csv_ms(db: Path, table: str, out: Path) -> float:
    """Milliseconds of ``sqlite3 -csv -header DB "select * from TABLE" > out`` (the CLI;
    Python's csv module over the same select when the CLI is not installed)."""
    start = time.perf_counter()
    cli = shutil.which("sqlite3")
    if cli:
        with out.open("wb") as handle:
            subprocess.run(
                [cli, "-csv", "-header", str(db), f"select * from {table}"],
                stdout=handle,
                check=True,
            )
    else:
        import csv
        import sqlite3

        conn = sqlite3.connect(db)
        cursor = conn.execute(f"select * from {table}")
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([c[0] for c in cursor.description])
            writer.writerows(cursor)
        conn.close()
    return (time.perf_counter() - start) * 1000


def export_ratio(
    key: str, what: str, kinds: tuple[str, ...], scale: int, runs: int, as_json: bool
) -> None:
    """Time the app's export of ``kinds`` (each opened afresh, as the command line does)
    and ``sqlite3 -csv`` of the same tables; report the ratio of their rows per second."""
    from jimo_desktop.catalog import Catalog
    from jimo_desktop.export.tables import kind_table

    db = database(scale)
    app_ms, cli_ms = [], []
    rows = 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for run in range(runs + 1):
            start = time.perf_counter()
            written = 0
            with Catalog.open(db) as catalog:
                for kind in kinds:
                    written += kind_table(catalog, kind).write(out / f"{kind}.csv")
            took = (time.perf_counter() - start) * 1000
            cli = sum(sqlite_csv_ms(db, kind, out / f"{kind}-cli.csv") for kind in kinds)
            if run:
                app_ms.append(took)
                cli_ms.append(cli)
            rows = written
    app, cli = Stats.of(app_ms), Stats.of(cli_ms)
    ratio = cli.median / app.median  # (rows / app time) ÷ (rows / CLI time)
    result = Result(
        key,
        what,
        "≥ 0.3×",
        f"{ratio:.2f}×",
        scale,
        ratio >= 0.3,
        {"ratio": ratio, "app_ms": app.median, "sqlite3_ms": cli.median, "rows": rows},
    )
    report(
        result, as_json, f"{rows:,} rows: app {app.median:.0f} ms, sqlite3 -csv {cli.median:.0f} ms"
    )
