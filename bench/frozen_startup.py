"""Time to first paint of the frozen Jimo Explorer against the same program from source.

    make package                      # builds dist/jimo-explorer/ (and make package-onefile)
    python bench/frozen_startup.py [RUNS] [--onedir PATH] [--onefile PATH]

Every run is a fresh process started with ``JIMO_EXPLORER_PAINT_PROBE=1``: the program's
entry script (packaging/launcher.py, the same file from source and frozen) then prints a
line when the main window first paints, and quits. The parent measures from process
start to that line. Source and frozen runs are interleaved so that machine noise hits
them alike; the source run keeps bytecode caching on, as an installed app has it.
Prints the medians and the ratio frozen / source (the goal is at most 1.15, and the
frozen start should be no slower than from source). The one-file build, when there is
one, unpacks itself on every launch and is measured the same way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "packaging" / "launcher.py"
PROGRAM = "jimo-explorer.exe" if sys.platform == "win32" else "jimo-explorer"
DEFAULT_ONEDIR = ROOT / "dist" / "jimo-explorer" / PROGRAM
DEFAULT_ONEFILE = ROOT / "dist" / "onefile" / PROGRAM


def time_to_paint(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("painted"):
                elapsed = time.perf_counter() - start
                heavy = line.split()[1]
                break
        else:
            raise RuntimeError(f"{command[0]}: the window never painted")
        process.wait(timeout=60)
    return elapsed * 1000, heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=9)
    parser.add_argument(
        "--onedir", type=Path, default=DEFAULT_ONEDIR, help="the folder build's program"
    )
    parser.add_argument(
        "--onefile", type=Path, default=DEFAULT_ONEFILE, help="the one-file program"
    )
    args = parser.parse_args()
    if not args.onedir.is_file():
        raise SystemExit(f"no frozen program at {args.onedir}: run make package first")

    commands = {
        "source": [sys.executable, str(LAUNCHER)],
        "frozen (folder)": [str(args.onedir)],
    }
    if args.onefile.is_file():
        commands["frozen (one-file)"] = [str(args.onefile)]
    timings: dict[str, list[float]] = {name: [] for name in commands}
    heavy: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as profile:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "JIMO_EXPLORER_PROFILE": profile,
            "JIMO_EXPLORER_PAINT_PROBE": "1",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
        for name, command in commands.items():  # warm the OS file cache and __pycache__ once
            heavy[name] = time_to_paint(command, env)[1]
        for _ in range(args.runs):
            for name, command in commands.items():
                timings[name].append(time_to_paint(command, env)[0])

    medians = {name: statistics.median(values) for name, values in timings.items()}
    source = medians["source"]
    print(f"runs: {args.runs} each, interleaved, fresh processes, offscreen")
    for name, values in timings.items():
        print(
            f"{name + ' first paint:':32} median {medians[name]:5.0f} ms "
            f"(min {min(values):.0f}, max {max(values):.0f})  ratio / source "
            f"{medians[name] / source:.2f}  heavy modules before paint: {heavy[name]}"
        )
    print(
        f"ratio frozen (folder) / source: {medians['frozen (folder)'] / source:.2f} (goal <= 1.15)"
    )


if __name__ == "__main__":
    main()
