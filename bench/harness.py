"""What every benchmark of the suite shares: its options, timing, a paint probe, the table.

A benchmark script measures one row of the table. It is run as

    python bench/<script>.py [--scale N] [--runs N] [--json]

``--scale`` picks the database (``scaled_db``: 1 is ``data/jimo.db`` itself), ``--runs``
how many timed runs (after a warm-up), ``--json`` prints one machine-readable line for the
suite (``suite.py``) instead of the sentence a person reads. Each script measures a
baseline in the same process and run (a bare window, a plain page, raw SQL …) so that the
figure it reports says as little as possible about the machine: a ratio to the baseline,
or a time next to it.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import scaled_db  # noqa: E402


@dataclass(frozen=True)
class Stats:
    """The median and the 95th percentile of timed runs, in milliseconds."""

    median: float
    p95: float
    runs: int

    @classmethod
    def of(cls, samples: list[float]) -> Stats:
        ordered = sorted(samples)
        rank = max(0, math.ceil(0.95 * len(ordered)) - 1)
        return cls(statistics.median(ordered), ordered[rank], len(ordered))


@dataclass
class Result:
    """One row of the table at one scale: what the cell says, and the numbers behind it."""

    key: str
    what: str
    goal: str
    cell: str
    scale: int
    met: bool | None = None
    numbers: dict[str, float] = field(default_factory=dict)


def options(description: str, runs: int) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--scale", type=int, default=1, help="1, 10, 100 or 1000 (default 1)")
    parser.add_argument("--runs", type=int, default=runs, help=f"timed runs (default {runs})")
    parser.add_argument("--json", action="store_true", help="one line for the suite")
    return parser.parse_args()


def database(scale: int) -> Path:
    """The database of ``scale``× the data (made on first use)."""
    return scaled_db.scaled(scale)


def timed(run: Callable[[], Any], runs: int, warmup: int = 1) -> list[float]:
    """Milliseconds of ``runs`` calls of ``run`` (after ``warmup`` untimed ones)."""
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def ms(stats: Stats, *, p95: bool = False) -> str:
    """``7.9 ms`` or ``7.9 / 13.6 ms`` (median / p95)."""
    if p95:
        return f"{_num(stats.median)} / {_num(stats.p95)} ms"
    return f"{_num(stats.median)} ms"


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}"


def report(result: Result, as_json: bool, note: str = "") -> None:
    """Print the result: a line for the suite, or sentences for a person."""
    if as_json:
        print("RESULT " + json.dumps(asdict(result), ensure_ascii=False), flush=True)
        return
    verdict = {True: "met", False: "NOT met", None: "no goal"}[result.met]
    print(f"{result.what} at {result.scale}×: {result.cell} (goal {result.goal}: {verdict})")
    for name, value in result.numbers.items():
        print(f"  {name}: {value:.2f}")
    if note:
        print(f"  {note}")


# -- Qt ---------------------------------------------------------------------------------


def qt_app() -> Any:
    """The QApplication (offscreen unless a platform is set)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from jimo_desktop.app import application

    return application()


class PaintProbe:
    """When a widget next paints: ``arm()`` before asking, ``wait()`` for the paint."""

    def __init__(self, widget: Any):
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class _Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and probe.at is None:
                    probe.at = time.perf_counter()
                return False

        self.at: float | None = None
        self._filter = _Filter()
        widget.installEventFilter(self._filter)
        self.widget = widget

    def arm(self) -> None:
        self.at = None

    def wait(self, timeout: float = 30.0) -> float:
        """Process events until the widget painted; the time it did (perf_counter)."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        deadline = time.perf_counter() + timeout
        while self.at is None:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the widget never painted")
        return self.at


def settle(rounds: int = 20) -> None:
    """Let the event loop run what is queued (layouts, deferred paints, timers at 0)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    app = QCoreApplication.instance()
    for _ in range(rounds):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        app.processEvents()


def plain_page_ms(parent: Any, runs: int) -> Stats:
    """The baseline of the in-window benchmarks: a label's text changed until painted."""
    from PySide6.QtWidgets import QLabel

    label = QLabel("A plain page", parent)
    label.resize(300, 40)
    label.show()
    settle(3)
    probe = PaintProbe(label)
    samples = []
    for i in range(runs + 1):
        probe.arm()
        start = time.perf_counter()
        label.setText(f"A plain page {i}")
        samples.append((probe.wait() - start) * 1000)
    label.hide()
    label.deleteLater()
    return Stats.of(samples[1:])


def window_over(db: Path) -> Any:
    """The app's main window over ``db``, in a fresh profile folder, shown and settled."""
    qt_app()
    from jimo_desktop.app import create_window

    profile = tempfile.mkdtemp(prefix="jimo-bench-profile-")
    window = create_window(db, profile_dir=Path(profile), language="en")
    window.resize(1200, 780)
    window.show()
    settle()
    return window
