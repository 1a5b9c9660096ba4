"""``jimo-desktop --self-test``: prove an installation or a build works, offscreen.

Opens the database (already done by the caller), reads every record once (so that a
damaged row anywhere is found), shows the window, selects a park in the tree, runs an
English and a Chinese search through the search box, renders the window, and prints one
line. Exit code 0 when every check holds, 1 with the reasons otherwise, 2 with one line
naming the file when the database cannot be read (at any step, also inside a slot: the
error hook's ``errors`` are checked at the end).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from jimo_desktop.catalog import DatabaseError, Grouping
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.main_window import MainWindow

EXIT_DATABASE = 2  # as at start-up


def run_self_test(window: MainWindow, reported: Sequence[BaseException] = ()) -> int:
    """Run the checks; ``reported`` is the error hook's list of the errors it was given."""
    try:
        return _run_checks(window, reported)
    except DatabaseError as error:
        return _database_failure(error)


def _database_failure(error: DatabaseError) -> int:
    print(f"jimo-desktop: {error}", file=sys.stderr)
    return EXIT_DATABASE


def _run_checks(window: MainWindow, reported: Sequence[BaseException]) -> int:
    started = time.perf_counter()
    failures: list[str] = []
    read = window.catalog.read_everything()
    counts = window.catalog.counts()
    if counts["parks"] == 0:
        failures.append("the database holds no parks")

    window.show()
    QApplication.processEvents()

    # In Chinese, the interface's own translation must have loaded (it ships in resources/).
    from jimo_desktop.ui.translations import Language, current_language

    chinese = current_language() is Language.CHINESE
    if chinese and QApplication.translate("MainWindow", "&File") == "&File":
        failures.append("the Chinese translation of the interface did not load")

    # Select the first park under the first group of the tree.
    park = _first_park(window)
    if park is None:
        failures.append("the park tree is empty")
    else:
        window.tree_panel.reveal(park)
        QApplication.processEvents()
        if window.detail_pane.current_ref() != park:
            failures.append(f"selecting {park} did not show its details")

    # Chart the figures of the first item that has a chart (this loads pyqtgraph).
    charted = _chart_first_figures(window)
    if charted is None:
        failures.append("no item's figures could be charted")

    # A QR code of a source's address, as presentation mode and the briefing pack draw them
    # (this loads segno).
    from jimo_desktop.ui import qr_code

    if not qr_code.modules("Jimo Explorer self-test"):
        failures.append("a QR code could not be made")

    hits = {}
    for query in ("FAW", "即墨"):
        window.search_panel.box.setText(query)
        window.search_panel.run_query()
        hits[query] = window.search_panel.model.hit_count()
        if not hits[query]:
            failures.append(f"searching {query!r} found nothing")
    window.search_panel.clear()

    image = window.grab()
    if image.isNull() or image.width() < 200:
        failures.append("the window did not render")
    window.close()
    QApplication.processEvents()  # errors raised in slots reach the hook
    database_errors = [e for e in reported if isinstance(e, DatabaseError)]
    if database_errors:
        return _database_failure(database_errors[0])
    failures += [f"unexpected error {type(e).__name__}: {e}" for e in reported]
    elapsed = (time.perf_counter() - started) * 1000
    if failures:
        print("self-test FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(
        f"self-test ok: {counts['parks']} parks, {counts['figures']} figures, {read} items read, "
        f"selected {park}, charted {charted}, 'FAW' {hits['FAW']} hits, "
        f"'即墨' {hits['即墨']} hits, "
        f"window {image.width()}x{image.height()}, {elapsed:.0f} ms"
    )
    return 0


def _first_park(window: MainWindow) -> ItemRef | None:
    catalog = window.catalog
    for group in catalog.tree_groups(Grouping.KIND):
        for node in catalog.tree_parks(Grouping.KIND, group.key):
            if node.ref is not None and node.ref.kind is ItemKind.PARK:
                return node.ref
    return None


def _chart_first_figures(window: MainWindow) -> ItemRef | None:
    """Open parks in tree order until one shows a chart panel; render it once."""
    catalog = window.catalog
    for group in catalog.tree_groups(Grouping.KIND):
        for node in catalog.tree_parks(Grouping.KIND, group.key):
            if node.ref is None or not catalog.figures_for(node.ref):
                continue
            window.navigate(node.ref)
            pane = window.detail_pane
            pane.show_tab(pane.FIGURES)
            QApplication.processEvents()
            panel = pane.chart_panel
            if panel is not None and not panel.grab().isNull():
                return node.ref
    return None
