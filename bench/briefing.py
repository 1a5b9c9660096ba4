"""Time to build the briefing pack of 5 parks, against an empty PDF page, in one process.

    python bench/briefing.py [RUNS] [--lang zh|en]

Each run builds the whole pack in memory (the items read from the catalog, the document
laid out twice for the contents' page numbers, every page painted with its charts and QR
codes, the bookmarks added) and, as the baseline, a QPdfWriter with one empty page, both
measured in the same run. Prints the medians in milliseconds, their ratio, the page count
and the file size.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.briefing.pack_words import PackRequest
from jimo_desktop.ui.briefing.pack_writer import PackBuild

PARKS = ("jimo-edz", "blue-valley", "intl-land-port", "auto-new-city", "jimo-bonded-zone")


def empty_page() -> float:
    start = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.end()
    buffer.close()
    return time.perf_counter() - start


def pack(catalog: Catalog, language: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    build = PackBuild(
        catalog, PackRequest(tuple(ItemRef(ItemKind.PARK, p) for p in PARKS), language)
    )
    data = build.finish()
    return time.perf_counter() - start, build.page_count, len(data)


def main() -> None:
    args = sys.argv[1:]
    language = "en"
    if "--lang" in args:
        language = args[args.index("--lang") + 1]
        del args[args.index("--lang") : args.index("--lang") + 2]
    runs = int(args[0]) if args else 5
    _app = QApplication([])
    baselines, packs = [], []
    pages = size = 0
    with Catalog.open() as catalog:
        pack(catalog, language)  # warm-up: fonts, the chart widget's first use
        for _run in range(runs):
            baselines.append(empty_page())
            seconds, pages, size = pack(catalog, language)
            packs.append(seconds)
    base = statistics.median(baselines) * 1000
    built = statistics.median(packs) * 1000
    print(f"empty PDF page (baseline): {base:.1f} ms")
    print(f"5-park pack ({language}): {built:.0f} ms, {pages} pages, {size / 1024:.0f} KiB")
    print(f"ratio pack / empty page: {built / base:.0f}x  (median of {runs} runs)")


if __name__ == "__main__":
    main()
