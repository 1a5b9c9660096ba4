"""Several items side by side: for each metric that two or more of them publish, a bar
per item with its latest value (period and source on hover), and a chooser between the
metrics. Built from ``catalog.Detail`` objects (``set_items``); it never queries, and
words its empty text again when the language changes (``retranslate``).

Signals (from ``ChartPanel``):
    linkActivated(ItemRef): the user clicked an item's bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from jimo_desktop.catalog import Detail
from jimo_desktop.chart_series import comparison
from jimo_desktop.ui.charts.chart_panel import ChartPanel


class ComparisonCharts(ChartPanel):
    """Bars comparing the items given to ``set_items``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonPanel")
        self._details: list[Detail] = []
        self._set_empty_text()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_details"):  # ChartPanel's __init__ words the panel first
            self._set_empty_text()

    def set_items(self, details: Sequence[Detail]) -> None:
        """Compare ``details``: one chart per metric shared by at least two of them."""
        self._details = list(details)
        charts = comparison(self._details)
        self._set_empty_text(charts)
        self.set_charts(charts, current=_most_shared(charts))

    def _set_empty_text(self, charts: Sequence | None = None) -> None:
        """What the panel says with nothing to chart: too few items, or no shared figure."""
        shared = self.has_charts() if charts is None else bool(charts)
        if len(self._details) >= 2 and not shared:
            self.set_empty_text(
                self.tr(
                    "These {n} items publish no figure in common, so there are no bars to "
                    "set side by side; the table below lists every figure each one publishes."
                ).format(n=len(self._details))
            )
        elif len(self._details) < 2:
            self.set_empty_text(self.tr("Select two or more items to compare their figures."))

    def items(self) -> list[Detail]:
        return list(self._details)


def _most_shared(charts: Sequence) -> int:
    """The chart comparing the most items (Area first among equals)."""
    if not charts:
        return 0
    return max(
        range(len(charts)),
        key=lambda i: (len({b.ref for b in charts[i].bars}), charts[i].metric == "Area", -i),
    )
