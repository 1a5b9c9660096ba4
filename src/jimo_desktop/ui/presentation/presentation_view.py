"""One item at a time, large, for a room: its names in both languages, its kind and key
facts, its main chart and its sources, each with a QR code of its address.

Given the items to show (``set_items``) and a function that reads an item's ``Detail``,
the view shows one and steps through them from the keyboard alone: Page Down, Right,
Down or Space the next; Page Up, Left, Up or Backspace the one before; Home and End the
first and last; Esc asks to leave (``leaveRequested``). "3 / 7" says where it is.

It is drawn in a high-contrast palette of its own (``PALETTE``: black text on white, a
dark blue for headings, the chart's colours), whatever the system's, each colour checked
against WCAG AA in the tests (``contrast``); the amber highlight of other charts, 2.7 to
1 on white, is not used. Both names are shown in every language (Chinese first in
Chinese); the facts' labels follow the interface's language.

Signals:
    leaveRequested(): the user pressed Esc.
    currentChanged(ItemRef): another item is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import dates
from jimo_desktop.chart_series import main_series_index, time_series
from jimo_desktop.items import (
    Detail,
    Industry,
    ItemRef,
    Organization,
    Park,
    Place,
    Project,
    Source,
)
from jimo_desktop.ui import qr_code
from jimo_desktop.ui.kind_labels import data_word, kind_label
from jimo_desktop.ui.models.name_origin import marked_name_zh
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text, ordered_names
from jimo_desktop.ui.zoom import scaled

# Black on white, and colours that keep at least AA's 4.5 : 1 on white.
PALETTE = {
    "background": "#ffffff",
    "text": "#000000",
    "secondary": "#303030",  # 13.2 : 1
    "heading": "#0a3a7a",  # 11.06 : 1
}
CHART_SPAN = "#595959"  # the period bars: 7.0 : 1 (the usual translucent grey is 3.1)

BODY_SCALE = 1.6  # the view's text, times the interface's (already zoomed)...
SCREEN_HEIGHT = 768  # ...on a screen this high, and in proportion on higher ones
NAME_SCALE = 1.9  # the names, times the body text
SOURCE_SCALE = 0.85  # the sources and the key hint: the smallest text shown
CHART_TEXT_SCALE = 1.6  # the chart's words, lines and markers
MAX_SOURCES = 4  # sources listed with their codes (fewer on a narrow screen)
SOURCE_WIDTH = 18  # a source's column, in lines of the body text
FACT_LIMIT = 100  # characters of a fact's value; the item's page has it whole
MAX_INDUSTRIES = 5
QR_SIDE = 8.0  # a code's side, in lines of the body text

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


def key_facts(detail: Detail) -> list[tuple[str, str]]:
    """The facts the item card has for the item's kind, short: (label, value), only those
    the sources give."""
    item = detail.item
    facts: list[tuple[str, str]] = []

    def add(label: str, value: str, limit: int = FACT_LIMIT) -> None:
        if value:
            facts.append((label, elided(value, limit)))

    def when(text: str) -> str:
        return elided(core_text(dates.describe(text)))

    if isinstance(item, Park):
        founded = when(item.founded)
        if founded and item.founded_note:
            founded = f"{founded} — {elided(item.founded_note, 90)}"
        add(QCoreApplication.translate("PresentationView", "Kind"), data_word(item.kind))
        add(QCoreApplication.translate("PresentationView", "Level"), data_word(item.level))
        add(QCoreApplication.translate("PresentationView", "Founded"), founded)
        add(QCoreApplication.translate("PresentationView", "Area"), _area(detail))
        add(
            QCoreApplication.translate("PresentationView", "Location"),
            elided(item.location, TEXT_LIMIT),
        )
        industries = [
            _both_names(i.name, marked_name_zh(i.name_zh, i.own_name_zh)) for i in item.industries
        ]  # `` *``: a label of the project's own, as on the item's page
        if len(industries) > MAX_INDUSTRIES:
            more = len(industries) - MAX_INDUSTRIES + 1
            industries[MAX_INDUSTRIES - 1 :] = [
                QCoreApplication.translate("PresentationView", "{n} more").format(n=more)
            ]
        add(
            QCoreApplication.translate("PresentationView", "Industries"),
            " · ".join(industries),
            limit=TEXT_LIMIT,
        )
    elif isinstance(item, Organization):
        add(QCoreApplication.translate("PresentationView", "Kind"), data_word(item.kind))
        add(QCoreApplication.translate("PresentationView", "Stock code"), item.stock_code)
        add(QCoreApplication.translate("PresentationView", "Founded"), when(item.founded))
        add(
            QCoreApplication.translate("PresentationView", "Registered address"),
            elided(item.address, TEXT_LIMIT),
        )
        if item.park is not None:
            add(
                QCoreApplication.translate("PresentationView", "Park"),
                _both_names(item.park.name, item.park.name_zh),
            )
    elif isinstance(item, Project):
        add(QCoreApplication.translate("PresentationView", "Kind"), data_word(item.kind))
        if item.park is not None:
            add(
                QCoreApplication.translate("PresentationView", "Park"),
                _both_names(item.park.name, item.park.name_zh),
            )
        add(QCoreApplication.translate("PresentationView", "Started"), when(item.started))
        add(QCoreApplication.translate("PresentationView", "Opened"), when(item.opened))
        add(
            QCoreApplication.translate("PresentationView", "Location"),
            elided(item.location, TEXT_LIMIT),
        )
    elif isinstance(item, Place):
        add(QCoreApplication.translate("PresentationView", "Kind"), data_word(item.kind))
        add(QCoreApplication.translate("PresentationView", "Area"), _area(detail))
    elif isinstance(item, Industry):
        add(
            QCoreApplication.translate("PresentationView", "Description"),
            elided(item.description, 160),
        )
    elif isinstance(item, Source):
        add(QCoreApplication.translate("PresentationView", "Publisher"), item.publisher)
        add(QCoreApplication.translate("PresentationView", "Date"), item.date)
        add(QCoreApplication.translate("PresentationView", "Reliability grade"), item.grade)
    return facts


def _both_names(name: str, name_zh: str) -> str:
    first, second = ordered_names(elided(name), elided(name_zh))
    return f"{first} {second}".strip()


def _area(detail: Detail) -> str:
    area = detail.area
    if area is None:
        return ""
    period = elided(core_text(area.period_label))
    source = QCoreApplication.translate("PresentationView", "source {source}").format(
        source=area.source.id
    )
    return (
        f"{elided(area.display_value)} ({period}; {source})"
        if period
        else (f"{elided(area.display_value)} ({source})")
    )


def names(detail: Detail) -> tuple[str, str]:
    """The item's two names, the interface's language's first (a source: its title)."""
    item = detail.item
    if isinstance(item, Source):
        return elided(item.title or item.id, TEXT_LIMIT), ""
    return ordered_names(elided(item.name_en), elided(item.name_zh))


def shown_sources(detail: Detail, metric: str) -> list[Source]:
    """The item's sources, those of the chart's metric and of the area first."""
    first = {f.source.id for f in detail.figures if f.metric in (metric, "Area")}
    return sorted(detail.sources, key=lambda s: (s.id not in first, detail.sources.index(s)))


class SourceLine(QWidget):
    """A source in short form (id, publisher, date, title) beside the code of its address."""

    def __init__(self, source: Source, qr_side: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presentationSource")
        self.source = source
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.code = qr_code.QrCodeWidget(source.address if source.is_online else "", self)
        self.code.setObjectName("sourceCode")
        self.code.setFixedSize(qr_side, qr_side)
        self.code.setVisible(source.is_online)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        head = " · ".join(
            part for part in (source.id, elided(source.publisher, 30), source.date) if part
        )
        self.label = QLabel(f"{head}\n{elided(source.title, 60)}", self)
        self.label.setObjectName("sourceText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.label, 1)


class PresentationView(Retranslating, QFrame):
    leaveRequested = Signal()
    currentChanged = Signal(object)  # ItemRef

    def __init__(
        self,
        detail_of: Callable[[ItemRef], Detail | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._detail_of = detail_of
        self._refs: list[ItemRef] = []
        self._index = -1
        self._detail: Detail | None = None
        self._source_columns = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setPalette(presentation_palette(self.palette()))
        self.setFont(scaled(self.font(), BODY_SCALE * screen_scale(self.screen().size().height())))
        body = self.font()

        self.position = QLabel(self)
        self.position.setObjectName("presentationPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.kind = QLabel(self)
        self.kind.setObjectName("presentationKind")
        self.kind.setFont(_bold(body, 0.9))
        self.first_name = QLabel(self)
        self.first_name.setObjectName("presentationName")
        self.second_name = QLabel(self)
        self.second_name.setObjectName("presentationSecondName")
        for label in (self.first_name, self.second_name):
            label.setFont(_bold(body, NAME_SCALE))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.second_name.setFont(_bold(body, NAME_SCALE * 0.85))
        self._colour(self.first_name, "heading")
        self._colour(self.second_name, "heading")

        self.facts = QWidget(self)
        self.facts.setObjectName("presentationFacts")
        self._facts_grid = QGridLayout(self.facts)
        self._facts_grid.setContentsMargins(0, 0, 0, 0)
        self._facts_grid.setColumnStretch(1, 1)
        self._facts_grid.setVerticalSpacing(body.pointSize() // 2 if body.pointSize() > 0 else 6)

        from jimo_desktop.ui.charts.indicator_chart import IndicatorChart

        self.chart = IndicatorChart(self)
        self.chart.setObjectName("presentationChart")
        self.chart.span_colour = QColor(CHART_SPAN)
        self.chart.set_text_scale(CHART_TEXT_SCALE * screen_scale(self.screen().size().height()))
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_chart = QLabel(self)
        self.no_chart.setObjectName("presentationNoChart")
        self.no_chart.setWordWrap(True)
        self._colour(self.no_chart, "secondary")

        self.sources = QWidget(self)
        self.sources.setObjectName("presentationSources")
        self._sources_layout = QGridLayout(self.sources)
        self._sources_layout.setContentsMargins(0, 0, 0, 0)
        self.more_sources = QLabel(self)
        self.more_sources.setObjectName("presentationMoreSources")
        self.hint = QLabel(self)
        self.hint.setObjectName("presentationHint")
        for label in (self.more_sources, self.hint):
            label.setFont(scaled(body, SOURCE_SCALE))
            self._colour(label, "secondary")

        head = QGridLayout()
        head.addWidget(self.kind, 0, 0)
        head.addWidget(self.position, 0, 1)
        head.addWidget(self.first_name, 1, 0, 1, 2)
        head.addWidget(self.second_name, 2, 0, 1, 2)
        head.setColumnStretch(0, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.facts, 1)
        middle.addWidget(self.chart, 1)
        middle.addWidget(self.no_chart, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.more_sources, 1)
        foot.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        margin = round(body.pointSizeF() * 2) if body.pointSizeF() > 0 else 24
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.sources)
        layout.addLayout(foot)
        self.retranslate()

    # -- public -------------------------------------------------------------------------

    def set_items(self, refs: Sequence[ItemRef], current: int = 0) -> None:
        """The items to step through, and the one to show first."""
        self._refs = list(refs)
        self._index = -1
        if self._refs:
            self.go_to(current)

    def items(self) -> list[ItemRef]:
        return list(self._refs)

    def current_index(self) -> int:
        return self._index

    def current_ref(self) -> ItemRef | None:
        return self._refs[self._index] if 0 <= self._index < len(self._refs) else None

    def position_text(self) -> str:
        return self.position.text()

    def go_to(self, index: int) -> None:
        """Show the item at ``index`` (kept within the items)."""
        if not self._refs:
            return
        index = min(max(index, 0), len(self._refs) - 1)
        if index == self._index:
            return
        self._index = index
        self._detail = self._detail_of(self._refs[index])
        self._show()
        self.currentChanged.emit(self._refs[index])

    def step(self, steps: int) -> None:
        self.go_to(self._index + steps)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Page Down: next · Page Up: previous · Esc: leave the presentation")
        )
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        line_height = self.fontMetrics().height()
        wanted = max(2, min(MAX_SOURCES, self.width() // (line_height * SOURCE_WIDTH)))
        if wanted != self._source_columns and self._detail is not None:
            series = self.chart.series()
            self._fill_sources(self._detail, series.metric if series is not None else "")

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._refs) - 1)
        elif key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- building -----------------------------------------------------------------------

    def _show(self) -> None:
        count = len(self._refs)
        self.position.setText(
            self.tr("{n} / {count}").format(n=self._index + 1, count=count) if count else ""
        )
        detail = self._detail
        if detail is None:
            self.kind.setText("")
            self.first_name.setText(self.tr("This item is not in the database.") if count else "")
            self.second_name.hide()
            self._fill_facts([])
            self._fill_chart(None)
            self._fill_sources(None, "")
            return
        self.kind.setText(kind_label(detail.item.ref.kind).upper())
        first, second = names(detail)
        self.first_name.setText(first)
        self.second_name.setText(second)
        self.second_name.setVisible(bool(second))
        self._fill_facts(key_facts(detail))
        metric = self._fill_chart(detail)
        self._fill_sources(detail, metric)

    def _fill_facts(self, facts: list[tuple[str, str]]) -> None:
        grid = self._facts_grid
        while grid.count():
            taken = grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for row, (label, value) in enumerate(facts):
            name = QLabel(label, self.facts)
            name.setObjectName("factLabel")
            name.setFont(_bold(self.font(), 1.0))
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._colour(name, "heading")
            text = QLabel(value, self.facts)
            text.setObjectName("factValue")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)  # as high as its lines at its width, no higher
            text.setSizePolicy(policy)
            grid.addWidget(name, row, 0)
            grid.addWidget(text, row, 1)
        grid.setRowStretch(len(facts), 1)

    def _fill_chart(self, detail: Detail | None) -> str:
        """The item's main series (GDP, else the longest); the metric shown, or ""."""
        series = time_series(detail.figures) if detail is not None else []
        index = main_series_index(series)
        if index < 0:
            self.chart.set_series(None)
            self.chart.hide()
            self.no_chart.setText(
                self.tr("No figure of this item is published for two or more periods.")
                if detail is not None
                else ""
            )
            self.no_chart.show()
            return ""
        self.no_chart.hide()
        self.chart.show()
        self.chart.set_series(series[index])
        return series[index].metric

    def _fill_sources(self, detail: Detail | None, metric: str) -> None:
        layout = self._sources_layout
        while layout.count():
            taken = layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        sources = shown_sources(detail, metric) if detail is not None else []
        small = scaled(self.font(), SOURCE_SCALE)
        line_height = self.fontMetrics().height()
        side = round(line_height * QR_SIDE / 2)
        room = self.width() if self.isVisible() else self.screen().availableGeometry().width()
        shown = max(2, min(MAX_SOURCES, room // (line_height * SOURCE_WIDTH)))
        self._source_columns = shown
        for column, source in enumerate(sources[:shown]):
            line = SourceLine(source, side, self.sources)
            line.label.setFont(small)
            self._colour(line.label, "secondary")
            layout.addWidget(line, 0, column)
            layout.setColumnStretch(column, 1)
        rest = len(sources) - shown
        self.more_sources.setText(
            self.tr("{n} more sources on the item's page").format(n=rest) if rest > 0 else ""
        )
        self.sources.setVisible(bool(sources))

    @staticmethod
    def _colour(label: QLabel, role: str) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(PALETTE[role]))
        label.setPalette(palette)


def screen_scale(height: int) -> float:
    """How much larger than on a 768-pixel-high screen the view's text is on a screen
    ``height`` pixels high (never smaller): as large from the back of the room."""
    return max(1.0, height / SCREEN_HEIGHT)


def _bold(font: QFont, by: float) -> QFont:
    copy = scaled(font, by)
    copy.setBold(True)
    return copy


def presentation_palette(base: QPalette) -> QPalette:
    """``base`` with black text on white (windows, fields and buttons alike)."""
    palette = QPalette(base)
    white, black = QColor(PALETTE["background"]), QColor(PALETTE["text"])
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
    ):
        palette.setColor(role, white)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, black)
    return palette
