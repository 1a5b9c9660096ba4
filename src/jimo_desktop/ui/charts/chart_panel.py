"""A chart panel: a chooser over a few charts, the chart, "Reset view" and "Export".

The panel is given plain chart data (``chart_series.Series`` for a metric over time,
``chart_series.BarSeries`` for bars) and shows one at a time in a reused chart widget:
an ``IndicatorChart`` for series, a ``BarChart`` for bars, each created on first
use. Export writes the chart as PNG or SVG, and the figures behind it as CSV (through
``export.csv_file.write_csv``); a file that cannot be written is one message
(``report_error``). The save dialog is asked for in ``ask_save_path`` and a choice
between several items in ``choose_item``, so that tests can replace them.

With nothing to chart the panel shows a sentence and no controls. Clicking a point opens
its source; clicking a bar opens its item, or offers the items it counts. Importing this
module imports pyqtgraph (through the chart modules).

When the interface's language changes, the panel words its controls, its chooser, the
chart's title and the line under it again (``retranslate``), from the charts it holds;
the chart shown, its zoom and the chooser's choice stay.

Signals:
    linkActivated(ItemRef): the user clicked through to an item or a source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog import Figure, ItemRef, Peers, RelatedItem
from jimo_desktop.chart_series import (
    COUNTS,
    Bar,
    BarSeries,
    Chart,
    Point,
    Series,
    comparisons_for,
    csv_table,
    file_stem,
    main_series_index,
    time_series,
)
from jimo_desktop.ui.charts.bar_chart import BarChart
from jimo_desktop.ui.charts.chart_canvas import ChartCanvas
from jimo_desktop.ui.charts.hover_text import chart_metric, chooser_label, sources_note
from jimo_desktop.ui.charts.indicator_chart import IndicatorChart
from jimo_desktop.ui.text_limits import NAME_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text, ordered_names


def sentences(parts: list[str]) -> str:
    """Parts of a note joined as sentences, each ending once with its own full stop (an
    English "." or a Chinese "。", whichever it has)."""
    ended = []
    for part in (p.strip() for p in parts):
        if part.endswith(("。", ".", "！", "？")):
            ended.append(part)
        elif part:
            chinese = any("\u4e00" <= c <= "\u9fff" for c in part)
            ended.append(part + ("。" if chinese else "."))
    return " ".join(ended)


class ChartPanel(Retranslating, QFrame):
    """One chart at a time, chosen from a list, with reset and export."""

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self._charts: list[Chart] = []
        self._titles: list[str] = []
        self._subject_title = ""
        self._empty_text = ""  # given by set_empty_text; "" = "Nothing to chart."
        self._show_hint = True
        self._indicator: IndicatorChart | None = None
        self._comparison: BarChart | None = None

        self._chooser = QComboBox(self)
        self._chooser.setObjectName("chartChooser")
        self._chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._chooser.setMinimumContentsLength(24)
        self._chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._chooser.currentIndexChanged.connect(self._show_chart)
        self._chooser_label = QLabel(self)
        self._chooser_label.setBuddy(self._chooser)

        self._reset = QPushButton(self)
        self._reset.setObjectName("resetViewButton")
        self._reset.clicked.connect(self.reset_view)

        self.export_png_action = QAction(self)
        self.export_png_action.triggered.connect(self._export_png_clicked)
        self.export_svg_action = QAction(self)
        self.export_svg_action.triggered.connect(self._export_svg_clicked)
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(self._export_csv_clicked)
        menu = QMenu(self)
        menu.addActions([self.export_png_action, self.export_svg_action, self.export_csv_action])
        self._export = QToolButton(self)
        self._export.setObjectName("exportButton")
        self._export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._export.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._export.setMenu(menu)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._chooser_label)
        header.addWidget(self._chooser, 1)
        header.addStretch(0)
        header.addWidget(self._reset)
        header.addWidget(self._export)

        self._stack = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setObjectName("chartEmpty")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self._empty)

        # Under the chart: its sources, and how to use it.
        self._notes = QLabel(self)
        self._notes.setObjectName("chartNotes")
        self._notes.setWordWrap(True)
        self._notes.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._notes)
        self.retranslate()
        self._update_controls()

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """The panel's words in the interface's language, and those of the charts it holds
        (chooser labels, title, the line under the chart); nothing is charted again."""
        self._chooser.setToolTip(self.tr("Choose the figure to chart"))
        self._chooser_label.setText(self.tr("&Chart:"))
        self._reset.setText(self.tr("Reset view"))
        self._reset.setToolTip(self.tr("Back to the whole chart after zooming or panning"))
        self.export_png_action.setText(self.tr("Picture (PNG)…"))
        self.export_svg_action.setText(self.tr("Vector picture (SVG)…"))
        self.export_csv_action.setText(self.tr("Data behind the chart (CSV)…"))
        self._export.setText(self.tr("Export chart"))
        self._export.setToolTip(self.tr("Save the chart as a picture, or its data as CSV"))
        self._empty.setText(self._empty_text or self.tr("Nothing to chart."))
        for index, chart in enumerate(self._charts):
            self._chooser.setItemText(index, chooser_label(chart))
        self._set_words(self.current_index())

    # -- data ---------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """Room for the notes under the chart as wrapped at the panel's width (a layout
        counts one line of a wrapped label), so that they never cover the legend."""
        hint = super().minimumSizeHint()
        notes = self._notes
        if notes.isVisibleTo(self) and notes.text():
            width = notes.width() if notes.width() > 0 else self.width()
            extra = notes.heightForWidth(width) - notes.minimumSizeHint().height()
            if extra > 0:
                hint.setHeight(hint.height() + extra)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the notes wrap onto another number of lines

    def set_charts(
        self,
        charts: Sequence[Chart],
        *,
        current: int = 0,
        titles: Sequence[str] | None = None,
    ) -> None:
        """Offer ``charts`` in the chooser and show ``charts[current]``; each is titled
        ``titles[i]`` when given, else by its metric and subject."""
        self._charts = list(charts)
        self._titles = list(titles) if titles is not None else []
        index = min(max(current, 0), len(self._charts) - 1)
        self._chooser.blockSignals(True)
        self._chooser.clear()
        for chart in self._charts:
            self._chooser.addItem(chooser_label(chart))
        self._chooser.setCurrentIndex(index)
        self._chooser.blockSignals(False)
        if self._charts:
            self._show_chart(index)
        else:
            self._stack.setCurrentWidget(self._empty)
        self._update_controls()

    def set_figures(
        self,
        figures: Sequence[Figure],
        peers: Sequence[Figure] | Peers = (),
        *,
        subject: ItemRef | None = None,
        subject_title: str = "",
    ) -> None:
        """The charts of one item: its metrics over time, then the metrics it shares with
        other items of its kind (``peers``: ``Catalog.peers``, or their figures)."""
        self._subject_title = subject_title
        series = time_series(figures)
        bars: list[BarSeries] = []
        if subject is not None:
            bars = comparisons_for(subject, figures, peers)
        self.set_charts([*series, *bars], current=max(main_series_index(series), 0))

    def set_subject_title(self, title: str) -> None:
        """The name that titles series charts: ``GDP · Jimo District 即墨区`` (the chart
        shown is titled again when it changes, its view kept)."""
        if title != self._subject_title:
            self._subject_title = title
            self._set_words(self.current_index())

    def set_hint_visible(self, visible: bool) -> None:
        """Show or hide the line under the chart that says how to use it."""
        self._show_hint = visible
        self._set_words(self.current_index())

    def set_empty_text(self, text: str) -> None:
        """What the panel says when there is nothing to chart (translated by the caller,
        who gives it again when the language changes); "" = "Nothing to chart."."""
        self._empty_text = text
        self._empty.setText(text or self.tr("Nothing to chart."))

    def charts(self) -> list[Chart]:
        return list(self._charts)

    def has_charts(self) -> bool:
        return bool(self._charts)

    def current_index(self) -> int:
        return self._chooser.currentIndex() if self._charts else -1

    def current_chart(self) -> Chart | None:
        index = self.current_index()
        return self._charts[index] if 0 <= index < len(self._charts) else None

    def select(self, index: int) -> None:
        """Show the chart at ``index`` of the chooser."""
        self._chooser.setCurrentIndex(index)

    def chart_widget(self) -> ChartCanvas | None:
        """The chart on show, or None when there is nothing to chart."""
        widget = self._stack.currentWidget()
        return widget if isinstance(widget, ChartCanvas) else None

    @property
    def chooser(self) -> QComboBox:
        return self._chooser

    def reset_view(self) -> None:
        chart = self.chart_widget()
        if chart is not None:
            chart.reset_view()

    # -- export -------------------------------------------------------------------------

    def export_png(self, path: Path) -> Path:
        chart = self._require_chart()
        return chart.export_png(Path(path))

    def export_svg(self, path: Path) -> Path:
        chart = self._require_chart()
        return chart.export_svg(Path(path))

    def export_csv(self, path: Path) -> int:
        """Write the figures (or counts) behind the chart; returns the number of rows."""
        from jimo_desktop.export.csv_file import write_csv

        chart = self.current_chart()
        if chart is None:
            raise ValueError("there is no chart to export")
        columns, rows = csv_table(chart)
        return write_csv(Path(path), [core_text(column) for column in columns], rows)

    def suggested_name(self) -> str:
        chart = self.current_chart()
        if chart is None:
            return "chart"
        if isinstance(chart, Series):
            return file_stem(self._subject_title or chart.subject_name, chart.metric)
        return file_stem(
            self._subject_title, chart.title, "compared" if chart.kind != COUNTS else ""
        )

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save (a file dialog); None when the user cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / suggested) if folder else suggested
        name, _selected = QFileDialog.getSaveFileName(self, caption, start, file_filter)
        return Path(name) if name else None

    def choose_item(self, items: Sequence[RelatedItem], at: QPoint) -> RelatedItem | None:
        """Ask which of several items to open (a pop-up list); None when dismissed."""
        menu = QMenu(self)
        menu.setObjectName("chartItemMenu")
        for item in items:
            first, second = ordered_names(item.name, item.name_zh)
            text = elided(f"{first} {second}".strip(), NAME_LIMIT)
            if item.detail:
                text += f" — {item.detail}"
            action = menu.addAction(text)
            action.setData(item)
        chosen = menu.exec(at)
        return chosen.data() if chosen is not None else None

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)

    # -- internals ----------------------------------------------------------------------

    def _require_chart(self) -> ChartCanvas:
        chart = self.chart_widget()
        if chart is None:
            raise ValueError("there is no chart to export")
        return chart

    def _indicator_chart(self) -> IndicatorChart:
        if self._indicator is None:
            self._indicator = IndicatorChart(self)
            self._indicator.itemClicked.connect(self._item_clicked)
            self._stack.addWidget(self._indicator)
        return self._indicator

    def _comparison_chart(self) -> BarChart:
        if self._comparison is None:
            self._comparison = BarChart(self)
            self._comparison.itemClicked.connect(self._item_clicked)
            self._stack.addWidget(self._comparison)
        return self._comparison

    def _title_of(self, index: int) -> str:
        if index < len(self._titles) and self._titles[index]:
            return self._titles[index]
        chart = self._charts[index]
        name = chart_metric(chart)
        if isinstance(chart, Series):
            return f"{name} · {self._subject_title or chart.subject_name}".strip(" ·")
        if chart.note:
            return f"{name} · {core_text(chart.note)}"
        return name

    def _show_chart(self, index: int) -> None:
        if not 0 <= index < len(self._charts):
            return
        chart = self._charts[index]
        view: ChartCanvas
        if isinstance(chart, Series):
            view = self._indicator_chart()
            self._indicator_chart().set_series(chart, self._title_of(index))
        else:
            view = self._comparison_chart()
            self._comparison_chart().set_series(chart, self._title_of(index))
        self._stack.setCurrentWidget(view)
        self._set_words(index)

    def _set_words(self, index: int) -> None:
        """The title of the chart at ``index`` (when shown) and the line under it: its
        sources, and how to use it."""
        if not 0 <= index < len(self._charts):
            self._update_controls()
            return
        chart = self._charts[index]
        shown = self.chart_widget()
        if isinstance(chart, Series):
            if isinstance(shown, IndicatorChart) and shown.series() is chart:
                shown.retitle(self._title_of(index))
            hint = self.tr(
                "Rest the pointer on a point for its value, period and source; click it to "
                "open the source. Drag to pan, scroll to zoom."
            )
        else:
            if isinstance(shown, BarChart) and shown.series() is chart:
                shown.retitle(self._title_of(index))
            if chart.kind == COUNTS:
                hint = self.tr("Rest the pointer on a bar to see what it counts; click to open it.")
            else:
                hint = self.tr(
                    "Each bar is an item's latest published value. Rest the pointer on a bar "
                    "for its period and source; click it to open the item."
                )
        parts = [sources_note(chart), hint if self._show_hint else ""]
        self._notes.setText(sentences(parts))
        self._notes.setToolTip(hint)
        self._update_controls()

    def _update_controls(self) -> None:
        several = len(self._charts) > 1
        self._chooser.setVisible(several)
        self._chooser_label.setVisible(several)
        has = bool(self._charts)  # no chart: the sentence alone, no controls beside it
        chart = self.current_chart()
        # Count bars do not pan or zoom: nothing to reset.
        fixed = isinstance(chart, BarSeries) and chart.kind == COUNTS
        self._reset.setVisible(has and not fixed)
        self._export.setVisible(has)
        self._notes.setVisible(has and bool(self._notes.text()))

    def _item_clicked(self, item: object, at: QPoint) -> None:
        if isinstance(item, Point):
            sources = item.sources
            if len(sources) == 1:
                self.linkActivated.emit(sources[0].ref)
                return
            choice = self.choose_item(
                [
                    RelatedItem(s.ref, s.title, "", self.tr("grade {grade}").format(grade=s.grade))
                    for s in sources
                ],
                at,
            )
            if choice is not None:
                self.linkActivated.emit(choice.ref)
            return
        if not isinstance(item, Bar):
            return
        if item.ref is not None:
            self.linkActivated.emit(item.ref)
            return
        if len(item.items) == 1:
            self.linkActivated.emit(item.items[0].ref)
        elif item.items:
            choice = self.choose_item(item.items, at)
            if choice is not None:
                self.linkActivated.emit(choice.ref)

    def _export_png_clicked(self) -> None:
        path = self.ask_save_path(
            self.tr("Save the chart as a picture"),
            self.suggested_name() + ".png",
            self.tr("PNG pictures (*.png)"),
        )
        if path is not None:
            self._run_export(self.export_png, _with_suffix(path, ".png"))

    def _export_svg_clicked(self) -> None:
        path = self.ask_save_path(
            self.tr("Save the chart as a vector picture"),
            self.suggested_name() + ".svg",
            self.tr("SVG pictures (*.svg)"),
        )
        if path is not None:
            self._run_export(self.export_svg, _with_suffix(path, ".svg"))

    def _export_csv_clicked(self) -> None:
        path = self.ask_save_path(
            self.tr("Save the data behind the chart"),
            self.suggested_name() + ".csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            self._run_export(self.export_csv, _with_suffix(path, ".csv"))

    def _run_export(self, export: Callable[[Path], object], path: Path) -> None:
        """Run one export; an ``OSError`` (a refused target, a full disk …) is one message
        that names the file (``describe_write_error``), never a traceback."""
        from jimo_desktop.export.csv_file import describe_write_error

        try:
            export(path)
        except OSError as error:
            reason = core_text(describe_write_error(path, error))
            self.report_error(self.tr("The chart was not saved: {reason}.").format(reason=reason))


def _with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the user typed a name without it)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
