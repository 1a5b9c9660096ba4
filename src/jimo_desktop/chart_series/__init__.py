"""The numbers behind the charts, computed from catalog objects. Nothing here imports Qt.

Charts never read the database: they are given the plain values computed here, by subject:

- ``units``: unit scales and conversion, qualifiers, number formatting;
- ``periods``: the kind of each period and where it lies on the time axis (fractional years);
- ``time_series``: ``time_series(figures)``, one ``Series`` of ``Point`` objects per subject
  and metric with two or more periods, each point at the middle of its period;
- ``bars``: ``comparison(details)`` and ``comparisons_for(subject, figures, peers)``, one
  ``BarSeries`` per metric shared by several items, a ``Bar`` for each item's latest value;
- ``dashboard``: ``dashboard_data(catalog)``, the district at a glance (figures over time,
  parks by kind and by industry, events per year);
- ``chart_csv``: the CSV file behind a chart and its file name.

Units are kept as published. Where one series mixes units that differ only by an exact
factor (``bn yuan`` and ``亿元``, ``万 persons`` and ``persons``, ``亩`` and ``km²``),
values are shown in the series' most common unit and the point says so (``converted``);
hover text and CSV files always carry the value and unit as published. The words shown with
a chart (hover text, chooser labels, footers) are built in the ui, through ``tr()``
(``ui.charts.hover_text``).

Every public name is re-exported here (``from jimo_desktop.chart_series import Series``), as
when this was one module. ``chart_series.time_series`` is therefore the function, not its
module: import the module's names with ``from jimo_desktop.chart_series.time_series import``.
"""

from __future__ import annotations

from jimo_desktop.chart_series.bars import (
    COUNTS,
    FIGURES,
    Bar,
    BarSeries,
    Chart,
    comparison,
    comparisons_for,
    peer_figures,
)
from jimo_desktop.chart_series.chart_csv import (
    COUNT_COLUMNS,
    FIGURE_COLUMNS,
    csv_table,
    figure_rows,
    file_stem,
)
from jimo_desktop.chart_series.dashboard import (
    DashboardData,
    dashboard_data,
    events_per_year,
    parks_by_industry,
    parks_by_kind,
)
from jimo_desktop.chart_series.periods import BASIS_LABELS, basis_label, period_basis
from jimo_desktop.chart_series.time_series import (
    Point,
    Series,
    main_series_index,
    source_label,
    time_series,
)
from jimo_desktop.chart_series.units import (
    ABOUT,
    CLASS_LABELS,
    EXACT,
    LESS,
    MORE,
    QUALIFIER_CLASSES,
    QUALIFIER_WORDS,
    convert,
    format_number,
    qualifier_class,
    qualifier_words,
    unit_label,
    unit_meaning,
    unit_scale,
    whole_tick_spacing,
    with_unit,
)

__all__ = [
    "ABOUT",
    "BASIS_LABELS",
    "CLASS_LABELS",
    "COUNTS",
    "COUNT_COLUMNS",
    "EXACT",
    "FIGURES",
    "FIGURE_COLUMNS",
    "LESS",
    "MORE",
    "QUALIFIER_CLASSES",
    "QUALIFIER_WORDS",
    "Bar",
    "BarSeries",
    "Chart",
    "DashboardData",
    "Point",
    "Series",
    "basis_label",
    "comparison",
    "comparisons_for",
    "convert",
    "csv_table",
    "dashboard_data",
    "events_per_year",
    "figure_rows",
    "file_stem",
    "format_number",
    "main_series_index",
    "parks_by_industry",
    "parks_by_kind",
    "peer_figures",
    "period_basis",
    "qualifier_class",
    "qualifier_words",
    "source_label",
    "time_series",
    "unit_label",
    "unit_meaning",
    "unit_scale",
    "whole_tick_spacing",
    "with_unit",
]
