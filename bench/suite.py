"""The benchmark suite: every measurement at every scale, as one table.

    python bench/suite.py [--scales "1 10 100"] [--runs N] [--only KEY,KEY]

Makes the scaled databases it needs (``scaled_db``), then runs each benchmark script in a
process of its own at each scale (``--json``) and prints the table: one row per
measurement, its goal, and one column per scale. ``--runs`` overrides each script's own
number of runs (fewer for a quick look, more for steadier figures); ``--only`` runs the
named rows only (the keys are the script names).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import scaled_db  # noqa: E402

# The rows of the table, in order: each the script that measures it.
SCRIPTS = (
    "first_paint",
    "tree_first_frame",
    "tree_expand_group",
    "tree_expand_park",
    "tree_expand_province",
    "search_query",
    "search_short",
    "search_keystroke",
    "chart_selection",
    "detail_selection",
    "export_figures",
    "export_parks_events",
    "window_shown",
    "memory",
)


def run(script: str, scale: int, runs: int | None) -> dict | None:
    command = [sys.executable, str(BENCH / f"{script}.py"), "--scale", str(scale), "--json"]
    if runs:
        command += ["--runs", str(runs)]
    done = subprocess.run(command, capture_output=True, text=True)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    print(f"  {script} at {scale}× failed:\n{done.stderr[-1500:]}", file=sys.stderr)
    return None


def table(results: dict[str, dict[int, dict]], scales: list[int]) -> str:
    header = ["What", "Goal", *(f"{scale}×" for scale in scales)]
    lines = []
    for script in SCRIPTS:
        by_scale = results.get(script)
        if not by_scale:
            continue
        first = next(iter(by_scale.values()))
        cells = []
        for scale in scales:
            found = by_scale.get(scale)
            mark = {True: "", False: " ✗", None: ""}[found["met"]] if found else ""
            cells.append(found["cell"] + mark if found else "—")
        lines.append([first["what"], first["goal"], *cells])
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return (
            "| "
            + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            + " |"
        )

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in lines)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1 10 100")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.replace(",", " ").split()]
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    scripts = [s for s in SCRIPTS if not only or s in only]
    for scale in scales:
        started = time.perf_counter()
        scaled_db.scaled(scale)
        if scale > 1:
            print(
                f"database at {scale}×: ready in {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
    results: dict[str, dict[int, dict]] = {}
    for scale in scales:
        for script in scripts:
            print(f"{script} at {scale}×…", file=sys.stderr, flush=True)
            found = run(script, scale, args.runs)
            if found:
                results.setdefault(script, {})[scale] = found
    print(table(results, scales))
    print("✗: goal not met. Medians (median / p95 where two figures); see README.md › Performance.")


if __name__ == "__main__":
    main()
