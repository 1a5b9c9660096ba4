"""``jimo-desktop --self-test``: prove a build works, offscreen, in about a second."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMainWindow


def run_self_test(window: QMainWindow) -> int:
    """Check the window and its catalog; print one line; 0 when everything holds."""
    catalog = window.catalog  # type: ignore[attr-defined]
    failures = []
    counts = catalog.counts()
    if counts["parks"] == 0:
        failures.append("the database holds no parks")
    english = catalog.search("FAW")
    chinese = catalog.search("即墨")
    if not english.hits:
        failures.append("searching 'FAW' found nothing")
    if not chinese.hits:
        failures.append("searching '即墨' found nothing")
    window.show()
    image = window.grab()
    if image.isNull() or image.width() == 0:
        failures.append("the window did not render")
    window.close()
    if failures:
        print("self-test FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(
        f"self-test ok: {counts['parks']} parks, {counts['figures']} figures, "
        f"'FAW' {len(english.hits)} hits, '即墨' {len(chinese.hits)} hits, "
        f"window {image.width()}x{image.height()}"
    )
    return 0
