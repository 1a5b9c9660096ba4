"""The interface's zoom: one percentage, 80 % to 250 %, that scales every text, icon, table
row and chart of the application together.

``set_zoom`` scales the application's font from the font it had at 100 % (captured the
first time), rescales the fonts that widgets set for themselves (a title 1.7 times the
text stays 1.7 times it) and the icons of toolbars and item views; tables, which size
their rows from the font, follow. The charts hear the application's font change and take
their fonts, pens and markers from it and from ``factor()`` (``ChartCanvas``). The levels
and the steps between them (``step``, ``clamped``) are plain functions.

``ZoomWheel`` turns Ctrl+wheel over a window into zoom steps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QTableView,
    QToolBar,
    QWidget,
)

LEVELS = (80, 90, 100, 110, 125, 150, 175, 200, 225, 250)
ACTUAL = 100
SMALLEST, LARGEST = LEVELS[0], LEVELS[-1]

_percent = ACTUAL
_base_font: QFont | None = None  # the application's font at 100 %
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the font says its own size
_BASE_ICON = "zoomBaseIconSize"  # a widget's icon size at 100 %, kept on it
_BASE_ROW = "zoomBaseRowHeight"  # a table's row height at 100 %


def clamped(percent: int) -> int:
    """``percent`` as one of the levels: the nearest, within 80 % to 250 %."""
    return min(LEVELS, key=lambda level: (abs(level - percent), level))


def step(percent: int, steps: int) -> int:
    """The level ``steps`` levels above (negative: below) ``percent``, kept within the
    levels: at 250 % a step up stays at 250 %."""
    index = LEVELS.index(clamped(percent)) + steps
    return LEVELS[min(max(index, 0), len(LEVELS) - 1)]


def percent() -> int:
    """The zoom in use, in percent."""
    return _percent


def factor() -> float:
    """The zoom in use as a factor (1.0 at 100 %)."""
    return _percent / 100


def scaled(font: QFont, by: float) -> QFont:
    """A copy of ``font`` ``by`` times as large (points or pixels, whichever it has)."""
    copy = QFont(font)
    if copy.pointSizeF() > 0:
        copy.setPointSizeF(copy.pointSizeF() * by)
    elif copy.pixelSize() > 0:
        copy.setPixelSize(max(1, round(copy.pixelSize() * by)))
    return copy


def set_zoom(app: QApplication, wanted: int, window: QWidget | None = None) -> int:
    """Show the whole interface at ``wanted`` percent (made one of the levels); returns the
    level used. The widgets whose own sizes are scaled are ``window`` and those inside it
    (its docks and dialogs), or without one those of the windows shown: never every widget
    the application still holds, some of which may be on their way out."""
    global _percent, _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    level = clamped(wanted)
    if level == _percent:
        return level
    ratio = level / _percent
    _percent = level  # before the font changes: the charts read it when told
    app.setFont(scaled(_base_font, level / ACTUAL))
    roots = [window] if window is not None else [w for w in app.topLevelWidgets() if w.isVisible()]
    widgets = [widget for root in roots for widget in (root, *root.findChildren(QWidget))]
    for widget in widgets:
        _rescale(widget, ratio)
    # A widget with a style sheet keeps the font it was polished with: polished again,
    # parents first, it takes its parent's (and passes it on to its children).
    for widget in sorted((w for w in widgets if w.styleSheet()), key=_depth):
        widget.setStyleSheet(widget.styleSheet())
    return level


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def _rescale(widget: QWidget, ratio: float) -> None:
    """A widget's own font size and icon size, ``ratio`` times what they were."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        font = widget.font()
        if font.resolveMask() & _SIZE_RESOLVED:
            widget.setFont(scaled(font, ratio))
    if isinstance(widget, QTableView):  # its rows as high as the text
        header = widget.verticalHeader()
        base_row = widget.property(_BASE_ROW)
        if not isinstance(base_row, int):
            base_row = round(header.defaultSectionSize() / (factor() / ratio))
            widget.setProperty(_BASE_ROW, base_row)
        header.setDefaultSectionSize(max(1, round(base_row * factor())))
    if isinstance(widget, QToolBar | QAbstractItemView):
        base = widget.property(_BASE_ICON)
        if not isinstance(base, QSize):  # first zoomed: its size at 100 %
            size, before = widget.iconSize(), factor() / ratio
            if size.isValid() and not size.isEmpty():
                base = QSize(round(size.width() / before), round(size.height() / before))
            else:
                metric = (
                    QStyle.PixelMetric.PM_ToolBarIconSize
                    if isinstance(widget, QToolBar)
                    else QStyle.PixelMetric.PM_SmallIconSize
                )
                side = widget.style().pixelMetric(metric, None, widget)
                base = QSize(side, side)
            widget.setProperty(_BASE_ICON, base)
        widget.setIconSize(
            QSize(max(1, round(base.width() * factor())), max(1, round(base.height() * factor())))
        )


class ZoomWheel(QObject):
    """Ctrl+wheel over ``window`` (any of its widgets): ``stepped(n)``, one step up for
    each notch away from the user, down towards; the wheel does nothing else then."""

    stepped = Signal(int)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._delta = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._delta += event.angleDelta().y()
            notches = int(self._delta / 120)
            if notches:
                self._delta -= notches * 120
                self.stepped.emit(notches)
            event.accept()
            return True
        return super().eventFilter(watched, event)
