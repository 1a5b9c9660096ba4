"""The side panels folded to strips: the park tree with its search, and the shortlist dock.

View › Collapse the Tree Panel (Ctrl+Shift+B) and Collapse the Shortlist Panel
(Ctrl+Shift+N) fold a panel into a strip one line of text wide at the window's edge, its
title written along it (upright characters in Chinese, turned Latin words in English);
the page in the middle gains the width. A click on the strip, Space or Enter on it when
it has the keyboard, or the action again, unfolds the panel at the width it had. Which
panels are folded is remembered with the window's place (``collapsed()`` / ``restore``).

The window's central widget becomes ``area``: the tree's strip, the splitter (tree and
page), the shortlist's strip. A folded tree is hidden in the splitter (which keeps its
share for when it comes back); a folded dock is hidden, and showing it again from
View › Shortlist unfolds it as well.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionFocusRect,
    QWidget,
)

from jimo_desktop.settings import WindowState
from jimo_desktop.ui import window_geometry
from jimo_desktop.ui.actions import Actions
from jimo_desktop.ui.window_geometry import SplitterProportion

TREE, SHORTLIST = "tree", "shortlist"
PANELS = (TREE, SHORTLIST)


def _is_wide(char: str) -> bool:
    """A character written upright in a vertical line (Chinese, full-width forms)."""
    return ord(char) >= 0x2E80


class SideStrip(QAbstractButton):
    """A strip one line wide with a title along it; clicked, it unfolds its panel."""

    def __init__(self, edge: Qt.Edge, parent: QWidget | None = None):
        super().__init__(parent)
        self._edge = edge
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # The window's whole height: a large target, its title at the top.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def _padding(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def strip_width(self) -> int:
        """As wide as a line of its text and its padding (it follows the zoom)."""
        return self.fontMetrics().height() + 2 * self._padding()

    def _upright(self) -> bool:
        return any(_is_wide(c) for c in self.text())

    def _length(self) -> int:
        metrics = self.fontMetrics()
        if self._upright():
            return sum(metrics.height() for _c in self.text())
        return metrics.horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        arrow = self.fontMetrics().height()
        return QSize(self.strip_width(), self._length() + arrow + 4 * self._padding())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.strip_width(), self.strip_width() * 2)

    def text_rect(self) -> QRect:
        """Where the title is drawn, in the strip's coordinates (below the arrow)."""
        pad, line = self._padding(), self.fontMetrics().height()
        top = pad + line + pad
        return QRect(pad, top, line, min(self._length(), max(0, self.height() - top - pad)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        hovered = self.underMouse() or self.isDown()
        painter.fillRect(self.rect(), palette.highlight() if hovered else palette.button())
        painter.setPen(palette.color(palette.ColorRole.Mid))
        x = self.width() - 1 if self._edge == Qt.Edge.LeftEdge else 0
        painter.drawLine(x, 0, x, self.height())
        colour = palette.highlightedText() if hovered else palette.buttonText()
        painter.setPen(colour.color())
        pad, line = self._padding(), self.fontMetrics().height()
        # The arrow points to where the panel unfolds.
        arrow = "▸" if self._edge == Qt.Edge.LeftEdge else "◂"
        painter.drawText(QRect(0, pad, self.width(), line), Qt.AlignmentFlag.AlignCenter, arrow)
        room = self.text_rect()
        metrics = self.fontMetrics()
        if self._upright():
            y = room.top()
            for char in self.text():
                if y + line > room.bottom() + 1:
                    break
                painter.drawText(
                    QRect(0, y, self.width(), line), Qt.AlignmentFlag.AlignCenter, char
                )
                y += line
        else:
            text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, room.height())
            painter.save()
            # Read from the top down, as book spines are.
            painter.translate(room.left() + line, room.top())
            painter.rotate(90)
            painter.drawText(QRect(0, 0, room.height(), line), Qt.AlignmentFlag.AlignLeft, text)
            painter.restore()
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )


class SidePanels(QObject):
    """Folds and unfolds the tree (``tree_side``, the splitter's first pane) and ``dock``."""

    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        tree_side: QWidget,
        dock: QDockWidget,
        actions: Actions,
    ):
        """Folded and unfolded by ``actions.collapse_tree`` and ``collapse_shortlist``."""
        super().__init__(window)
        self._window, self._splitter, self._tree, self._dock = window, splitter, tree_side, dock
        self._actions = {TREE: actions.collapse_tree, SHORTLIST: actions.collapse_shortlist}
        self._collapsed: set[str] = set()
        self._splitter_state = QByteArray()  # the splitter's before the tree was folded
        self.strips = {
            TREE: SideStrip(Qt.Edge.LeftEdge),
            SHORTLIST: SideStrip(Qt.Edge.RightEdge),
        }
        self.strips[TREE].setObjectName("treeStrip")
        self.strips[SHORTLIST].setObjectName("shortlistStrip")
        taken = window.takeCentralWidget()
        self.area = QWidget()
        self.area.setObjectName("centralArea")
        self._layout = QHBoxLayout(self.area)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.strips[TREE])
        self._layout.addWidget(taken if taken is not None else splitter, 1)
        self._layout.addWidget(self.strips[SHORTLIST])
        window.setCentralWidget(self.area)
        for name, strip in self.strips.items():
            strip.hide()
            strip.clicked.connect(lambda _=False, n=name: self.expand(n, focus=True))
        for name, action in self._actions.items():
            action.setCheckable(True)
            action.toggled.connect(lambda on, n=name: self.set_collapsed(n, on))
        # View › Shortlist shows the dock: it is unfolded then.
        dock.toggleViewAction().toggled.connect(self._dock_shown)
        dock.windowTitleChanged.connect(lambda _t: self.retranslate())
        self.area.installEventFilter(self)
        self.retranslate()

    def is_collapsed(self, name: str) -> bool:
        return name in self._collapsed

    def collapsed(self) -> tuple[str, ...]:
        """The folded panels' names, to remember."""
        return tuple(name for name in PANELS if name in self._collapsed)

    def restore(self, names: tuple[str, ...]) -> None:
        """Fold the panels ``names`` (as remembered), unfold the others."""
        for name in PANELS:
            self.set_collapsed(name, name in names)

    def capture(self) -> WindowState:
        """The window's place, with its splitter as it was before the tree was folded
        (the tree's width, for when it unfolds after a restart) and the folded panels."""
        folded = self._splitter_state if TREE in self._collapsed else None
        return window_geometry.capture(self._window, self._splitter, self.collapsed(), folded)

    def restore_window(self, state: WindowState) -> bool:
        """The window's place as ``state`` has it, and its panels folded as they were;
        False when nothing was saved (a first start)."""
        placed = window_geometry.restore(self._window, self._splitter, state)
        self.restore(state.collapsed)
        return placed

    def expand(self, name: str, *, focus: bool = False) -> None:
        self.set_collapsed(name, False)
        if focus:
            panel = self._tree if name == TREE else self._dock.widget()
            panel.setFocus(Qt.FocusReason.OtherFocusReason)
            target = panel.focusProxy() or panel.nextInFocusChain()
            if not panel.hasFocus() and target is not None and panel.isAncestorOf(target):
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_collapsed(self, name: str, on: bool) -> None:
        """Fold (``on``) or unfold the panel ``name``."""
        action = self._actions[name]
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        if on == (name in self._collapsed):
            return
        strip = self.strips[name]
        panel: QWidget = self._tree if name == TREE else self._dock
        focused = QApplication.focusWidget()
        had_focus = focused is not None and panel.isAncestorOf(focused)
        if on:
            self._collapsed.add(name)
            if name == SHORTLIST:
                self._place_shortlist_strip()
            else:
                self._splitter_state = self._splitter.saveState()
            panel.hide()
            strip.show()
            if had_focus:
                strip.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._collapsed.discard(name)
            strip.hide()
            panel.show()
            if name == TREE:
                proportion = self._splitter.findChild(SplitterProportion)
                if proportion is not None:
                    proportion.apply()  # the width it had, as a share of the window's

    def _place_shortlist_strip(self) -> None:
        """At the edge where the dock was: the left when it stood left of the page."""
        strip, layout = self.strips[SHORTLIST], self._layout
        area = self._window.dockWidgetArea(self._dock)
        left = area == Qt.DockWidgetArea.LeftDockWidgetArea and not self._dock.isFloating()
        layout.removeWidget(strip)
        layout.insertWidget(1 if left else layout.count(), strip)

    def _dock_shown(self, shown: bool) -> None:
        if shown and SHORTLIST in self._collapsed:
            self.set_collapsed(SHORTLIST, False)

    def retranslate(self) -> None:
        """The strips' titles and tips in the interface's language."""
        tree_title = QCoreApplication.translate("SidePanels", "Park tree and search")
        shortlist_title = self._dock.windowTitle()
        for name, title, tip in (
            (
                TREE,
                tree_title,
                QCoreApplication.translate("SidePanels", "Show the park tree and search again"),
            ),
            (
                SHORTLIST,
                shortlist_title,
                QCoreApplication.translate("SidePanels", "Show the note and the shortlist again"),
            ),
        ):
            strip = self.strips[name]
            shortcut = (
                self._actions[name]
                .shortcut()
                .toString(self._actions[name].shortcut().SequenceFormat.NativeText)
            )
            strip.setText(title)
            strip.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            strip.setAccessibleName(title)
            strip.setAccessibleDescription(tip)
            strip.updateGeometry()
            strip.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
