"""The facets beside the search results: checkable chips with counts, a row (wrapped) for
each facet.

``FacetChips.set_facets(facets, narrowing)`` shows the catalog's counts (``catalog.Facet``:
the widget counts nothing itself): the kinds of the matches, the industries of the parks
found (the most frequent ``MAX_INDUSTRIES``) and the grades of the sources found, each chip
"Name (count)", checked when the results are narrowed to it. Clicking a chip emits
``facetToggled`` (narrow to it, or widen again); the words follow the interface's language.

Signals:
    facetToggled(object): the ``Facet`` whose chip was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QToolButton, QVBoxLayout, QWidget

from jimo_desktop.catalog import Facet, ItemKind, Narrowing
from jimo_desktop.catalog.search import GRADE, INDUSTRY, KIND
from jimo_desktop.ui.models.name_origin import marked_name_zh, origin_note
from jimo_desktop.ui.models.search_results_model import kind_title
from jimo_desktop.ui.translations import Retranslating, ordered_names

MAX_INDUSTRIES = 5


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping to a new row when the width is used."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.isEmpty():  # a hidden chip, kept for the next query
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x, y = rect.x(), y + row_height + gap
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class _Row:
    """The row of one facet: its heading and its chips, kept from query to query (a new
    query words and shows them again rather than building them anew)."""

    def __init__(self, name: str, toggled: SignalInstance):
        self.widget = QWidget()
        self.widget.setObjectName(f"{name}Facets")
        self.flow = FlowLayout(self.widget)
        self.label = QLabel()
        self.label.setObjectName("facetHeading")
        self.flow.addWidget(self.label)
        self.buttons: list[QToolButton] = []
        self.facets: list[Facet] = []
        self._toggled = toggled

    def show(self, heading: str, shown: list[Facet], chosen: list[bool], texts: list[str]) -> None:
        self.label.setText(heading)
        while len(self.buttons) < len(shown):
            self.buttons.append(self._chip(len(self.buttons)))
        self.facets = shown
        for button, facet, checked, text in zip(self.buttons, shown, chosen, texts, strict=False):
            button.setChecked(checked)
            button.setText(text)
            button.setToolTip(origin_note(facet.own_name_zh))  # says when a label is our own
            button.show()
        for button in self.buttons[len(shown) :]:
            button.hide()
        self.label.setFixedHeight(self.buttons[0].sizeHint().height())  # level with them
        self.widget.show()

    def _chip(self, at: int) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName("facetChip")
        chip.setCheckable(True)
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda _checked=False: self._toggled.emit(self.facets[at]))
        self.flow.addWidget(chip)
        return chip


class FacetChips(Retranslating, QWidget):
    """The chips of the facets of one query."""

    facetToggled = Signal(object)  # Facet

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchFacets")
        self._facets: tuple[Facet, ...] = ()
        self._narrowing = Narrowing()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._rows: dict[str, _Row] = {}
        for name in (KIND, INDUSTRY, GRADE):
            self._rows[name] = row = _Row(name, self.facetToggled)
            self._layout.addWidget(row.widget)
            row.widget.hide()
        self.chips: list[tuple[Facet, QToolButton]] = []

    def set_facets(self, facets: tuple[Facet, ...], narrowing: Narrowing) -> None:
        self._facets, self._narrowing = facets, narrowing
        self.retranslate()

    def retranslate(self) -> None:
        """Show the chips, worded in the interface's language."""
        self.chips = []
        for facet_name, heading in (
            (KIND, self.tr("Kind:")),
            (INDUSTRY, self.tr("Industry:")),
            (GRADE, self.tr("Source grade:")),
        ):
            row = self._rows[facet_name]
            shown = [f for f in self._facets if f.facet == facet_name]
            if facet_name == INDUSTRY:
                shown = shown[:MAX_INDUSTRIES]
            one_kind = facet_name == KIND and len(shown) < 2  # narrows nothing
            if not shown or (one_kind and not any(self._narrowing.chosen(f) for f in shown)):
                row.widget.hide()
                continue
            chosen = [self._narrowing.chosen(f) for f in shown]
            row.show(heading, shown, chosen, [self.chip_text(f) for f in shown])
            self.chips += list(zip(shown, row.buttons, strict=False))
        self.setVisible(bool(self.chips))
        self.updateGeometry()

    def chip_text(self, facet: Facet) -> str:
        if facet.facet == KIND:
            return kind_title(ItemKind(facet.value), facet.count)
        if facet.facet == GRADE:
            return self.tr("Grade {grade} ({n})").format(grade=facet.value, n=facet.count)
        name_zh = marked_name_zh(facet.name_zh, facet.own_name_zh)  # `` *``: own label
        name = ordered_names(facet.name, name_zh)[0] or facet.value
        return f"{name} ({facet.count})"
