"""The two small pieces every pane of the centre uses for links, and the links' HTML.

``LinkLabel`` is a wrapped rich-text label whose anchors are item references such as
``park:jimo-edz``; ``FlowLayout`` lays chips out so that they wrap onto new lines
instead of widening the window. ``ref_link``, ``ref_links`` and ``source_link`` write the
anchors (a source's anchor, ``source:S15``, opens the source's page); ``scaled_font`` and ``names_text`` are shared by the cards that show them. The
names in links and chips are elided (``text_limits``) and come in the language's order
(``ordered_names``): the Chinese name first in Chinese. A ``LinkLabel`` given its text as
a function (``set_live_links``) renders it again when the language changes.

Signals (``LinkLabel``):
    refActivated(ItemRef): the user followed a link (mouse, or Tab then Enter).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QToolTip,
    QWidget,
)

from jimo_desktop.items import ItemRef, RelatedItem
from jimo_desktop.ui.text_limits import elided
from jimo_desktop.ui.translations import is_language_change, ordered_names


def scaled_font(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    """A copy of ``font`` scaled by ``factor``, same family (so Chinese falls back well)."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    if bold is not None:
        scaled.setBold(bold)
    return scaled


def names_text(name: str, name_zh: str) -> str:
    """``Name 中文名`` (plain text; ``中文名 Name`` in Chinese), or just the name when there
    is no Chinese name."""
    first, second = ordered_names(elided(name), elided(name_zh))
    return f"{first} {second}".strip()


def ref_link(item: RelatedItem, *, with_zh: bool = True) -> str:
    """An anchor to a related item: ``<a href="park:x">Name</a> 中文名`` (escaped HTML), in
    Chinese ``<a href="park:x">中文名</a> Name``; ``with_zh=False``: the first name only."""
    first, second = ordered_names(elided(item.name or item.ref.id), elided(item.name_zh))
    anchor = f'<a href="{html.escape(str(item.ref))}">{html.escape(first)}</a>'
    if with_zh and second:
        anchor += f" {html.escape(second)}"
    return anchor


def ref_links(items: Iterable[RelatedItem], *, with_zh: bool = True) -> str:
    return " · ".join(ref_link(item, with_zh=with_zh) for item in items)


def source_link(source_id: str, text: str = "") -> str:
    """An anchor to a source's page, showing ``text`` (by default the source's id)."""
    shown = html.escape(elided(text or source_id))
    return f'<a href="source:{html.escape(source_id)}">{shown}</a>'


class LinkLabel(QLabel):
    """A wrapped, selectable rich-text label whose links are item references.

    Following a link (mouse, or Tab then Enter) emits ``refActivated(ItemRef)``; anchors
    that are not item references are ignored. Hovering a link shows its tooltip, if one
    was given to ``set_links``.
    """

    refActivated = Signal(object)  # ItemRef

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._tooltips: dict[str, str] = {}
        self._render: Callable[[], str] | None = None
        self._render_tips: Callable[[], Mapping[str, str]] | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.linkActivated.connect(self._follow)
        self.linkHovered.connect(self._hover)
        if text:
            self.setText(text)

    def set_links(self, text: str, tooltips: Mapping[str, str] | None = None) -> None:
        """Show ``text`` (rich text); ``tooltips`` maps an anchor's href to its tooltip."""
        self._tooltips = dict(tooltips or {})
        self.setText(text)

    def set_live_links(
        self,
        render: Callable[[], str],
        tooltips: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        """Show ``render()`` (with ``tooltips()``) now and again when the language changes."""
        self._render, self._render_tips = render, tooltips
        self._render_links()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event) and self._render is not None:
            self._render_links()
        super().changeEvent(event)

    def _render_links(self) -> None:
        if self._render is not None:
            self.set_links(self._render(), self._render_tips() if self._render_tips else None)

    def link_tooltip(self, href: str) -> str:
        """The tooltip shown when the pointer rests on the anchor ``href`` ('' if none)."""
        return self._tooltips.get(href, "")

    def _follow(self, href: str) -> None:
        try:
            ref = ItemRef.parse(href)
        except ValueError:
            return
        self.refActivated.emit(ref)

    def _hover(self, href: str) -> None:
        tip = self._tooltips.get(href, "")
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self)
        else:
            QToolTip.hideText()


class Chip(QToolButton):
    """A chip of a ``FlowLayout``: where its row is narrower than its text (a long name,
    zoomed, in a small window), its text ends in "…" rather than pushing the page wider;
    the tooltip says it whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("M") * 8
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        room = self.width() - (self.sizeHint().width() - metrics.horizontalAdvance(option.text))
        if room < metrics.horizontalAdvance(option.text):
            option.text = metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, room)
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them onto new lines (for chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

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
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        return parent.fontMetrics().horizontalAdvance(" ") if parent else 4

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        gap = self._gap()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + gap
                line_height = 0
            if hint.width() > area.width():  # a chip wider than the row: as wide as the row
                hint = QSize(max(area.width(), item.minimumSize().width()), hint.height())
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
