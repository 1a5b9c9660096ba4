"""The district at a glance, on the first screen: its figures over time (GDP first), the
parks by kind and by industry, and the recorded events per year. Built from a
``chart_series.DashboardData``; every chart exports like any other chart panel.

Clicking through: a point opens its source, an industry bar the industry, a kind bar or
a year bar offers the parks or events it counts. When the language changes, the hint and
the district's name (its two names in the order of the language) are worded again; each
panel words its own chart.

Signals:
    linkActivated(ItemRef): the user clicked through to an item or a source.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from jimo_desktop.chart_series import DashboardData, main_series_index
from jimo_desktop.ui.charts.chart_panel import ChartPanel
from jimo_desktop.ui.translations import Retranslating, ordered_names

CHART_HEIGHT = 300


class Dashboard(Retranslating, QWidget):
    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._data: DashboardData | None = None
        self.district_panel = self._panel("districtChart", CHART_HEIGHT + 40)
        self.kind_panel = self._panel("parksByKindChart", CHART_HEIGHT + 100)
        self.industry_panel = self._panel("parksByIndustryChart", CHART_HEIGHT + 100)
        self.events_panel = self._panel("eventsPerYearChart", CHART_HEIGHT - 40)
        for panel in self.panels():
            panel.set_hint_visible(False)
        self.hint = QLabel(self)
        self.hint.setObjectName("dashboardHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(self.fontMetrics().height())
        grid.addWidget(self.hint, 0, 0, 1, 2)
        grid.addWidget(self.district_panel, 1, 0, 1, 2)
        grid.addWidget(self.kind_panel, 2, 0)
        grid.addWidget(self.industry_panel, 2, 1)
        grid.addWidget(self.events_panel, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The hint, the district chart's empty text and its subject, in the language."""
        self.hint.setText(
            self.tr(
                "Rest the pointer on a point or a bar for its value and source; click it to "
                "open what it shows. Drag to pan, scroll to zoom, “Reset view” to go back."
            )
        )
        self.district_panel.set_empty_text(
            self.tr("No figure of the district is published for two or more periods.")
        )
        district = self._data.district if self._data is not None else None
        names = ordered_names(district.name, district.name_zh) if district else ("", "")
        self.district_panel.set_subject_title(" ".join(names).strip())

    def _panel(self, name: str, height: int) -> ChartPanel:
        panel = ChartPanel(self)
        panel.setObjectName(name)
        panel.setMinimumHeight(height)
        panel.linkActivated.connect(self.linkActivated)
        return panel

    def set_data(self, data: DashboardData) -> None:
        self._data = data
        self.retranslate()
        self.district_panel.set_charts(
            list(data.series), current=max(main_series_index(list(data.series)), 0)
        )
        self.kind_panel.set_charts([data.parks_by_kind])
        self.industry_panel.set_charts([data.parks_by_industry])
        self.events_panel.set_charts([data.events_per_year])

    def data(self) -> DashboardData | None:
        return self._data

    def panels(self) -> list[ChartPanel]:
        return [self.district_panel, self.kind_panel, self.industry_panel, self.events_panel]
