"""Many damaged database files through the catalog and the exports, and a sample through
the command line: how many end in a traceback, a signal, a hang or a write beside them.

    python bench/damaged_databases.py [FILES] [SAMPLE]

Makes FILES damaged copies of ``data/jimo.db`` (default 1,200: the named corpus of the
tests, then random byte flips, page swaps, truncations, zeroed pages, hostile cells and
dropped columns, see ``tests/reliability/damaged_files.py``), each in a folder of its own.
In-process, each is opened (``Catalog.open``), read in full (``read_everything``) and
exported as every kind of table; a ``KnownError`` is a clean refusal, any other exception
a traceback, more than 20 s a hang. Then SAMPLE of them (default 60) go through
``--self-test`` and ``export figures`` in subprocesses (a negative exit code is a signal,
"Traceback" on stderr a traceback, the timeout a hang). After each, the folder holding
the input must hold the same files with the same bytes. Prints the counts.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.reliability.damaged_files import CORPUS, random_case  # noqa: E402

from jimo_desktop.catalog import Catalog  # noqa: E402
from jimo_desktop.export.columns import KINDS  # noqa: E402
from jimo_desktop.export.tables import kind_table  # noqa: E402
from jimo_desktop.translatable import KnownError  # noqa: E402

HANG_SECONDS = 20
SUBPROCESS_TIMEOUT = 60


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _in_process(db: Path, out: Path) -> str:
    """ "ok", "refused" (a KnownError), "traceback" or "hang"."""
    signal.alarm(HANG_SECONDS)
    try:
        with Catalog.open(db) as catalog:
            catalog.read_everything()
            for kind in KINDS:
                if kind != "shortlist":
                    kind_table(catalog, kind).write(out / f"{kind}.csv", None)
        return "ok"
    except KnownError:
        return "refused"
    except Hang:
        return "hang"
    except Exception as error:  # what the bench is looking for
        print(f"  traceback in {db.name}: {type(error).__name__}: {error}", file=sys.stderr)
        return "traceback"
    finally:
        signal.alarm(0)


def _subprocess(db: Path, out: Path, profile: Path) -> list[str]:
    app = [sys.executable, "-m", "jimo_desktop"]
    commands = [
        [*app, "--db", str(db), "--self-test", "--profile-dir", str(profile)],
        [*app, "export", "figures", "-o", str(out / "figures.csv"), "--db", str(db)],
    ]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    found = []
    for command in commands:
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, env=env
            )
        except subprocess.TimeoutExpired:
            found.append("hang")
            continue
        if done.returncode < 0:
            found.append("signal")
        elif "Traceback" in done.stderr:
            print(f"  traceback in {db.name}: {done.stderr[-400:]}", file=sys.stderr)
            found.append("traceback")
        elif done.returncode not in (0, 2):
            found.append(f"exit {done.returncode}")
        else:
            found.append("ok" if done.returncode == 0 else "refused")
    return found


def main(files: int = 1200, sample: int = 60) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    makers = [(case.name, case.make) for case in CORPUS]
    makers += [(f"random-{seed}", random_case(seed)) for seed in range(files - len(makers))]
    counts: Counter[str] = Counter()
    sub: Counter[str] = Counter()
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="jimo-damaged-") as temp:
        base = Path(temp)
        for number, (name, make) in enumerate(makers):
            inputs, out = base / f"{number:05d}" / "inputs", base / f"{number:05d}" / "out"
            inputs.mkdir(parents=True)
            out.mkdir()
            db = inputs / f"{name}.db"
            make(db)
            before = _state(inputs)
            counts[_in_process(db, out)] += 1
            counts["files tried"] += 1
            if _state(inputs) != before:
                counts["writes beside inputs"] += 1
            made.append(db)
        in_process_time = time.perf_counter() - started
        chosen = made[: len(CORPUS)] + random.Random(0).sample(made[len(CORPUS) :], sample)
        for db in chosen[:sample]:
            before = _state(db.parent)
            for outcome in _subprocess(db, db.parent.parent / "out", db.parent.parent / "p"):
                sub[outcome] += 1
            sub["files tried"] += 1
            if _state(db.parent) != before:
                sub["writes beside inputs"] += 1
    total = time.perf_counter() - started
    print(f"in-process, catalog + read_everything + every export ({in_process_time:.0f} s):")
    for key in ("files tried", "ok", "refused", "traceback", "hang", "writes beside inputs"):
        print(f"  {key:22} {counts[key]}")
    print(f"subprocesses, --self-test and export figures ({total - in_process_time:.0f} s):")
    for key in ("files tried", "ok", "refused", "traceback", "signal", "hang"):
        print(f"  {key:22} {sub[key]}")
    print(f"  {'writes beside inputs':22} {sub['writes beside inputs']}")
    others = {k: v for k, v in sub.items() if k.startswith("exit ")}
    if others:
        print(f"  other exit codes       {others}")


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    main(*arguments)
