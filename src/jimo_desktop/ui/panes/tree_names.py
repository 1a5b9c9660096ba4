"""How the park tree fits a long label into its column: the English name is shortened in
the middle, the count and the Chinese name stay whole.

``Qingdao Blue Valley Hi-tech Zone (3) · 青岛蓝谷高新区`` in a narrow pane becomes
``Qingdao Bl…ech Zone (3) · 青岛蓝谷高新区``: the user still reads both ends of the English
name, what it holds and its Chinese name; the tooltip has the whole label. The label's
parts come from the model (``NAME_PARTS_ROLE``, composed by ``tree_label``); a label that
fits is drawn as the model says it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from jimo_desktop.ui.models.park_tree_model import NAME_PARTS_ROLE, tree_label

Index = QModelIndex | QPersistentModelIndex

# Below this many characters of the English name kept, the whole label is cut at the end
# instead (a name shortened to "Q…e" says nothing).
_SHORTEST = 6


def fitted_label(parts: object, metrics: QFontMetrics, width: int) -> str | None:
    """The label of ``parts`` (``NAME_PARTS_ROLE``) for ``width`` pixels; None when the
    row has no parts."""
    if not isinstance(parts, tuple) or len(parts) != 4:
        return None
    first, second, english, count = parts
    whole = tree_label(first, second, count)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    names = [first, second]
    name = names[english]
    names[english] = ""
    rest = metrics.horizontalAdvance(tree_label(names[0], names[1], count))
    short = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width - rest)
    if len(short) < min(_SHORTEST, len(name)):
        return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    names[english] = short
    return tree_label(names[0], names[1], count)


class TreeNameDelegate(QStyledItemDelegate):
    """Draws each row's label shortened to the column's width (``fitted_label``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        widget = styled.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, styled, widget)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            fitted = fitted_label(
                index.data(NAME_PARTS_ROLE), styled.fontMetrics, text_rect.width() - 2 * margin - 4
            )
            if fitted is not None:
                styled.text = fitted
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
            return
        super().paint(painter, option, index)
