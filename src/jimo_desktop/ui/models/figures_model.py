"""The figures of an item, as published, with their sources: a table model.

A thin model over ``catalog.Figure`` objects. Figures whose sources disagree for the
same metric and period (``figure.conflict``), figures of a dispute (``figure.dispute``:
"Disputed" or "Not comparable") and doubtful ones are marked in their own column, with a
warning icon, a tinted row and a tooltip listing the other values, the dispute and the
doubt: the app shows the conflict instead of picking a winner. The source column lists
every source of a figure. ``FIGURE_ROLE`` gives the row's Figure (for export),
``SOURCES_ROLE`` its sources (for copying).
The confidence of a figure ("stated", "inferred") is said in the user's words
(``kind_labels.data_word``). The column titles are translated once per language, not each
time a view asks for the header (``forget_words`` when a translation is installed).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon

from jimo_desktop.items import Figure
from jimo_desktop.ui.kind_labels import data_word
from jimo_desktop.ui.models.roles import ITEM_REF_ROLE
from jimo_desktop.ui.models.row_copy import SOURCES_ROLE
from jimo_desktop.ui.models.row_table import SORT_ROLE, RowTableModel
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Language, core_text, current_language

# The catalog.Figure of the row.
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 21


# A translucent amber that tints a row on light and dark palettes alike.
CONFLICT_TINT = QColor(255, 179, 0, 56)


def value_text(figure: Figure) -> str:
    """The value as published with its unit, without repeating a unit already written."""
    if figure.unit and figure.value_text.rstrip().endswith(figure.unit):
        return figure.value_text
    return figure.display_value


def source_label(figure: Figure) -> str:
    """``S15 · B``: the source id and its grade (each source's, comma separated)."""
    return ", ".join(f"{s.id} · {s.grade}" for s in figure.sources)


def _source_number(source_id: str) -> int:
    digits = source_id[1:]
    return int(digits) if digits.isdigit() else 0


class FiguresModel(RowTableModel):
    """Rows of figures: conflict flag, metric, period, value, source, confidence."""

    CONFLICT, METRIC, PERIOD, VALUE, SOURCE, CONFIDENCE = range(6)
    # The export column (``export.columns``) each column stands for.
    EXPORT_KEYS: ClassVar[dict[int, str]] = {
        CONFLICT: "disputed",
        METRIC: "metric",
        PERIOD: "period",
        VALUE: "value_as_published",
        SOURCE: "source",
        CONFIDENCE: "confidence",
    }

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._warning_icon = QIcon()
        self._titles: tuple[Language, tuple[str, ...]] | None = None  # in that language

    def titles(self) -> Sequence[str]:
        language = current_language()
        if self._titles is None or self._titles[0] is not language:
            self._titles = language, (
                self.tr("Conflict"), self.tr("Metric"), self.tr("Period"),
                self.tr("Value as published"), self.tr("Source · grade"), self.tr("Confidence"),
            )  # fmt: skip
        return self._titles[1]

    def forget_words(self) -> None:
        """Translate the titles again (a translation was installed or removed)."""
        self._titles = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_figures(self, figures: Sequence[Figure]) -> None:
        self.set_rows(figures)

    def set_warning_icon(self, icon: QIcon) -> None:
        self._warning_icon = icon

    def figures(self) -> list[Figure]:
        return self.rows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.SOURCE
        ):
            return self.tr(
                "Grades: A official body, major outlet or exchange filing; "
                "B regional news or a repost of it; C forum or aggregator, used only "
                "with corroboration."
            )
        return super().headerData(section, orientation, role)

    def cell(self, figure: Figure, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(figure, column)
        if role == SORT_ROLE:
            return self._sort_key(figure, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(figure)
        marked = bool(figure.status_labels)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CONFLICT and marked:
            return self._warning_icon
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return CONFLICT_TINT
        if role == FIGURE_ROLE:
            return figure
        if role == SOURCES_ROLE:
            return figure.sources
        if role == ITEM_REF_ROLE:
            return figure.subject
        return None

    def _display(self, figure: Figure, column: int) -> str | None:
        if column == self.METRIC:
            return figure.metric
        if column == self.PERIOD:
            return core_text(figure.period_label) or self.tr("no period given")
        if column == self.VALUE:
            return value_text(figure)
        if column == self.SOURCE:
            return source_label(figure)
        if column == self.CONFIDENCE:
            return data_word(figure.confidence)
        if column == self.CONFLICT:
            return " · ".join(core_text(label) for label in figure.status_labels)
        return None

    def _sort_key(self, figure: Figure, column: int) -> Any:
        if column == self.METRIC:
            return f"{figure.metric.casefold()}\x00{figure.period_start}\x00{figure.period_end}"
        if column == self.PERIOD:
            return f"{figure.period_start}\x00{figure.period_end}\x00{figure.metric.casefold()}"
        if column == self.VALUE:
            return float("-inf") if figure.value is None else float(figure.value)
        if column == self.SOURCE:
            return _source_number(figure.source.id)
        if column == self.CONFIDENCE:
            return figure.confidence
        if column == self.CONFLICT:
            return 0 if figure.disputed else 1 if figure.doubtful else 2
        return None

    def disagreeing(self, figure: Figure) -> list[Figure]:
        """The other figures of the same subject, metric and period with another value."""
        return [
            other
            for other in self.rows()
            if other is not figure
            and (other.subject, other.metric, other.period)
            == (figure.subject, figure.metric, figure.period)
            and (other.value, other.qualifier, other.unit)
            != (figure.value, figure.qualifier, figure.unit)
        ]

    def in_dispute(self, figure: Figure) -> list[Figure]:
        """The other figures of its dispute that the table holds, in the dispute's order."""
        if figure.dispute is None:
            return []
        rows = {f.id: f for f in self.rows() if f is not figure}
        return [rows[i] for i in figure.dispute.figure_ids if i in rows]

    def tooltip(self, figure: Figure) -> str:
        """Rich-text tooltip: source title, qualifier in words, note, and any conflict."""
        lines = [
            "<b>{}</b>".format(
                html.escape(
                    self.tr("{metric}, {period}: {value}").format(
                        metric=elided(figure.metric),
                        period=elided(core_text(figure.period_label)) or self.tr("no period given"),
                        value=elided(value_text(figure)),
                    )
                )
            )
        ]
        qualifier = {
            ">": self.tr("Published as “more than” this value."),
            "<": self.tr("Published as “less than” this value."),
            ">=": self.tr("Published as “at least” this value."),
            "<=": self.tr("Published as “at most” this value."),
            "~": self.tr("Published as “about” this value."),
        }.get(figure.qualifier)
        if qualifier:
            lines.append(html.escape(qualifier))
        for source in figure.sources:
            published = ", ".join(elided(p) for p in (source.publisher, source.date) if p)
            lines.append(
                html.escape(
                    self.tr("Source {id} (grade {grade}): {title}").format(
                        id=elided(source.id), grade=elided(source.grade), title=elided(source.title)
                    )
                    + (f" — {published}" if published else "")
                )
            )
        if figure.note:
            lines.append(
                html.escape(self.tr("Note: {note}").format(note=elided(figure.note, TEXT_LIMIT)))
            )
        if figure.conflict:
            others = self.disagreeing(figure)
            listed = elided(
                "; ".join(f"{value_text(o)} ({o.source.id} · {o.source.grade})" for o in others),
                TEXT_LIMIT,
            )
            lines.append(
                "<span style='color:#b26a00'><b>{}</b></span>".format(
                    html.escape(
                        self.tr("Sources disagree for this metric and period: {others}").format(
                            others=listed or self.tr("see the other flagged rows")
                        )
                    )
                )
            )
        lines += self._dispute_lines(figure)
        return "<p>" + "<br>".join(lines) + "</p>"

    def _dispute_lines(self, figure: Figure) -> list[str]:
        """The tooltip's lines on a figure's dispute (with the other values) and doubt."""
        lines = []
        if figure.dispute is not None:
            others = elided(
                "; ".join(f"{value_text(o)}, {core_text(o.period_label) or self.tr('no period given')} "
                          f"({source_label(o)})" for o in self.in_dispute(figure)),
                TEXT_LIMIT,
            )  # fmt: skip
            text = (
                self.tr("Disputed: {why} Other values: {others}")
                if figure.dispute.kind == "disputed"
                else self.tr("Not comparable: {why} Other values: {others}")
            )
            lines.append(
                "<span style='color:#b26a00'><b>{}</b></span>".format(
                    html.escape(
                        text.format(
                            why=elided(figure.dispute.description, TEXT_LIMIT),
                            others=others or self.tr("none in this table"),
                        )
                    )
                )
            )
        if figure.doubtful:
            lines.append(
                "<span style='color:#b26a00'><b>{}</b></span>".format(
                    html.escape(
                        self.tr("Doubtful, not drawn in charts: {why}").format(
                            why=elided(figure.doubt, TEXT_LIMIT)
                        )
                    )
                )
            )
        return lines
