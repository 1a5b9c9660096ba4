"""The map's view: wheel zoom, drag pan, keys, and which town the pointer is on.

``MapView`` shows a ``MapScene``. The wheel zooms about the pointer, a drag pans, a click
(a press and release without a drag) on a town emits ``townClicked(place_id)``, a double
click or Enter ``townActivated(place_id)``; moving over a town emits ``townHovered``
(``""`` off the towns). Keys: the arrows pan, + and − zoom, 0 resets the view, Tab and
Shift+Tab go through the towns (and on out of the map after the last). ``reset_view``
fits Jimo. The attribution and the source line stay in the bottom corners whatever the
zoom and pan.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from jimo_desktop.ui.panes.map.map_scene import MapScene, TownItem

ZOOM_STEP = 1.25
_MIN_ZOOM, _MAX_ZOOM = 0.3, 40.0  # relative to the reset view
_PAN_STEP = 60  # pixels per arrow key
_DRAG_SLOP = 4  # pixels a press may move and still be a click


class MapView(QGraphicsView):
    townClicked = Signal(str)
    townActivated = Signal(str)
    townHovered = Signal(str)

    def __init__(self, scene: MapScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("mapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self._press: QPoint | None = None
        self._zoom = 1.0
        self._hovered = ""
        self._fitted = False

    # -- the view as a whole -----------------------------------------------------------

    def reset_view(self) -> None:
        """Fit Jimo with a little room around it."""
        rect = self.map_scene.district_rect
        self.resetTransform()
        self.fitInView(
            rect.adjusted(
                -rect.width() * 0.04,
                -rect.height() * 0.04,
                rect.width() * 0.04,
                rect.height() * 0.04,
            ),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        self._zoom = 1.0
        self._place_corners()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, within limits, about ``anchor`` (viewport pixels)."""
        factor = max(_MIN_ZOOM / self._zoom, min(_MAX_ZOOM / self._zoom, factor))
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            before = self.mapToScene(anchor.toPoint())
            self.scale(factor, factor)
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        self._zoom *= factor
        self._place_corners()

    @property
    def zoom(self) -> float:
        return self._zoom

    def pan_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def town_at(self, pos: QPoint) -> str:
        for item in self.items(pos):
            if isinstance(item, TownItem):
                return item.place.ref.id
        return ""

    # -- corners ------------------------------------------------------------------------

    def _place_corners(self) -> None:
        """The attribution at the bottom right, the source line at the bottom left; and the
        names that fit at this zoom."""
        self.map_scene.declutter(self.viewportTransform(), QRectF(self.viewport().rect()))
        viewport = self.viewport().rect()
        attribution, source = self.map_scene.attribution, self.map_scene.source_line
        width = attribution.boundingRect().width()
        height = attribution.boundingRect().height()
        attribution.setPos(
            self.mapToScene(
                QPoint(int(viewport.width() - width - 8), int(viewport.height() - height - 6))
            )
        )
        # Side by side where they fit, else the source line above the attribution.
        fits = width + source.boundingRect().width() + 32 <= viewport.width()
        source_y = viewport.height() - height - 6 if fits else viewport.height() - 2 * height - 12
        source.setPos(self.mapToScene(QPoint(8, int(source_y))))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_corners()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fitted or self._zoom == 1.0:
            self._fitted = True
            self.reset_view()
        self._place_corners()

    # -- the mouse ----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() <= _DRAG_SLOP:
            self.townClicked.emit(self.town_at(pos))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        town = self.town_at(event.position().toPoint())
        if town:
            self.townActivated.emit(town)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        town = self.town_at(event.position().toPoint())
        if town != self._hovered:
            self._hovered = town
            self.townHovered.emit(town)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered:
            self._hovered = ""
            self.townHovered.emit("")
        super().leaveEvent(event)

    # -- the keyboard -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        pans = {
            Qt.Key.Key_Left: (-_PAN_STEP, 0),
            Qt.Key.Key_Right: (_PAN_STEP, 0),
            Qt.Key.Key_Up: (0, -_PAN_STEP),
            Qt.Key.Key_Down: (0, _PAN_STEP),
        }
        if key in pans:
            self.pan_by(*pans[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self._selected()
            if selected:
                self.townActivated.emit(selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _selected(self) -> str:
        return next((k for k, item in self.map_scene.towns.items() if item.selected), "")

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab select the next or previous town; past the last, focus moves on."""
        towns = list(self.map_scene.towns)
        if not towns:
            return super().focusNextPrevChild(next)
        current = self._selected()
        index = towns.index(current) if current in towns else (-1 if next else len(towns))
        index += 1 if next else -1
        if not 0 <= index < len(towns):
            self.townClicked.emit("")
            return super().focusNextPrevChild(next)
        self.townClicked.emit(towns[index])
        centre = self.map_scene.towns[towns[index]].sceneBoundingRect().center()
        if not self.visible_scene_rect().contains(centre):
            self.centerOn(centre)
        return True

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
