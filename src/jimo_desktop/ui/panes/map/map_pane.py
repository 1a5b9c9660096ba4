"""The Map: Jimo's sub-districts and towns with the parks their sources place in them.

``MapPane`` shows a ``MapView`` of a ``MapScene`` beside a panel: what the pointer is on
(names, parks, source), the selected town and its parks, the parks whose location within
the district is not published, the legend, "Reset view" and the exports (PNG, SVG).
Clicking a town selects it and lists its parks; clicking a park, or double-clicking a town,
emits ``linkActivated(ItemRef)``. ``show_item(ref)`` follows the window's selection: a town
is selected, a park's towns are marked (or the park is picked out in the district list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.catalog.map_data import (
    ATTRIBUTION,
    COAST_ADDRESS,
    COAST_ATTRIBUTION,
    COPYRIGHT_ADDRESS,
    DISTRICT_ONLY,
    MapData,
    MapPark,
    MapPlace,
)
from jimo_desktop.items import ItemKind, ItemRef
from jimo_desktop.ui.kind_labels import data_word
from jimo_desktop.ui.panes.map.map_scene import (
    SEA_EDGE_LINE,
    SEA_FILL,
    SHORE_LINE,
    MapScene,
    place_name,
)
from jimo_desktop.ui.panes.map.map_view import MapView
from jimo_desktop.ui.translations import Retranslating, core_text, ordered_names

_PARK_ROLE = Qt.ItemDataRole.UserRole


def _park_name(park: MapPark) -> str:
    """The park's name in the interface's language (the other one where it is missing)."""
    return ordered_names(park.name, park.name_zh)[0]


class MapPane(Retranslating, QWidget):
    linkActivated = Signal(object)  # ItemRef

    def __init__(self, data: MapData, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapPane")
        self.data = data
        self.scene = MapScene(data)
        self.view = MapView(self.scene)
        self.scene.setParent(self.view)  # goes after the view: no view outlives its scene
        self._selected = ""
        self._hovered = ""
        self._marked_park = ""

        panel = QWidget()
        panel.setObjectName("mapPanel")
        column = QVBoxLayout(panel)
        self.title = QLabel()
        self.title.setObjectName("mapTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hover = QLabel()
        self.hover.setObjectName("mapHover")
        self.hover.setWordWrap(True)
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.town_heading = QLabel()
        self.town_heading.setWordWrap(True)
        self.town_parks = QListWidget()
        self.town_parks.setObjectName("mapTownParks")
        self.district_heading = QLabel()
        self.district_heading.setWordWrap(True)
        self.district_parks = QListWidget()
        self.district_parks.setObjectName("mapDistrictParks")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.reset_button = QPushButton()
        self.png_button = QPushButton()
        self.svg_button = QPushButton()
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setOpenExternalLinks(True)
        for widget in (
            self.title,
            self.hint,
            self.hover,
            self.town_heading,
            self.town_parks,
            self.district_heading,
            self.district_parks,
            self.legend,
        ):
            column.addWidget(widget)
        column.addWidget(self.reset_button)
        exports = QHBoxLayout()
        for button in (self.png_button, self.svg_button):
            exports.addWidget(button)
        column.addLayout(exports)
        column.addWidget(self.source)
        column.addStretch(1)
        for parks in (self.town_parks, self.district_parks):
            parks.setWordWrap(True)
            parks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            parks.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.district_parks.setMinimumHeight(160)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(300)
        panel.setMinimumWidth(0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(scroll)

        self.view.townClicked.connect(self.select_town)
        self.view.townActivated.connect(
            lambda town: self.linkActivated.emit(ItemRef(ItemKind.PLACE, town))
        )
        self.view.townHovered.connect(self._on_hover)
        for parks in (self.town_parks, self.district_parks):
            parks.itemClicked.connect(self._open_park)
            parks.itemActivated.connect(self._open_park)
        self.reset_button.clicked.connect(self.view.reset_view)
        self.png_button.clicked.connect(lambda: self._ask_export("png"))
        self.svg_button.clicked.connect(lambda: self._ask_export("svg"))
        self.retranslate()

    # -- words ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.scene.relabel()
        self.title.setText("<b>" + self.tr("Jimo District: sub-districts and towns") + "</b>")
        self.hint.setText(
            self.tr(
                "Click a sub-district or town to list its parks; double-click it to open it. "
                "Wheel or + and − zoom, drag or the arrow keys pan, Tab goes through the towns."
            )
        )
        self.district_heading.setText(f"<b>{core_text(DISTRICT_ONLY)}</b>")
        self.legend.setText(
            "<span style='color:#5aa5e0'>■</span> "
            + self.tr("Parks placed here by their sources")
            + "<br><span style='color:#ffcc80'>■</span> "
            + self.tr("The towns of the park shown")
            + "<br><span style='color:#c62828'>●</span> "
            + self.tr("The district's coordinate, the only point the sources give")
            + "<br><span style='color:#b3b3b3'>■</span> "
            + self.tr("Qingdao's other districts")
            + self._coast_legend()
        )
        self.reset_button.setText(self.tr("Reset view"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.svg_button.setText(self.tr("Export SVG…"))
        source = self.data.source
        self.source.setText(
            self.tr(
                "Boundaries: {publisher}, {date} (source {id}, grade {grade}); community-drawn, "
                "not an official map."
            ).format(
                publisher=source.publisher if source else "",
                date=source.date if source else "",
                id=source.id if source else "",
                grade=source.grade if source else "",
            )
            + f"<br><a href='{COPYRIGHT_ADDRESS}'>{core_text(ATTRIBUTION)}</a>"
            + self._coast_source()
        )
        self._fill_district_list()
        self._show_town()
        self._on_hover(self._hovered)

    def _coast_legend(self) -> str:
        if self.data.coast is None:
            return ""
        return (
            f"<br><span style='color:{SEA_EDGE_LINE.name()}'>━</span> "
            + self.tr("Coast: Jimo's sea edge")
            + f"<br><span style='color:{SHORE_LINE.name()}'>─</span>"
            + f"<span style='color:{SEA_FILL.darker(115).name()}'>■</span> "
            + self.tr("Shoreline and sea (GSHHG)")
        )

    def _coast_source(self) -> str:
        source = self.data.coast_source
        if source is None:
            return ""
        return (
            "<br>"
            + self.tr(
                "Coast: GSHHG 2.3.6, about 100 m, not a survey (source {id}, grade {grade}); "
                "sea edge: Jimo's outline within 1 km of its shoreline."
            ).format(id=source.id, grade=source.grade)
            + f"<br><a href='{COAST_ADDRESS}'>{core_text(COAST_ATTRIBUTION)}</a>"
        )

    def _fill_district_list(self) -> None:
        self.district_parks.clear()
        for park in self.data.district_only:
            item = QListWidgetItem(_park_name(park))
            item.setData(_PARK_ROLE, park.ref)
            item.setToolTip(self._link_text(park))
            self.district_parks.addItem(item)
            if park.ref.id == self._marked_park:
                item.setSelected(True)
                self.district_parks.setCurrentItem(item)

    def _link_text(self, park: MapPark) -> str:
        source = self.data.sources.get(park.source_id)
        publisher = source.publisher if source else ""
        return self.tr("Source {id} ({publisher}): {note}").format(
            id=park.source_id, publisher=publisher, note=park.note
        )

    def _town_names(self, town: MapPlace) -> str:
        first, second = ordered_names(town.name, town.name_zh)
        return f"{first} {second}".strip()

    # -- towns ------------------------------------------------------------------------

    def select_town(self, place_id: str) -> None:
        """Select a town ("" for none) and list its parks."""
        self._selected = place_id if place_id in self.scene.towns else ""
        self.scene.select_town(self._selected)
        self._show_town()

    def selected_town(self) -> str:
        return self._selected

    def listed_parks(self) -> list[ItemRef]:
        """The parks listed for the selected town."""
        return [self.town_parks.item(i).data(_PARK_ROLE) for i in range(self.town_parks.count())]

    def _show_town(self) -> None:
        self.town_parks.clear()
        town = self.data.place(self._selected) if self._selected else None
        if town is None:
            self.town_heading.setText(self.tr("Select a sub-district or town to list its parks."))
            self.town_parks.hide()
            return
        kind = data_word(town.kind) if town.kind else ""
        self.town_heading.setText(
            f"<b>{self._town_names(town)}</b> ({kind}): "
            + (
                self.tr("%n park(s) placed here by their sources", "", len(town.parks))
                if town.parks
                else self.tr("no park is placed here by the sources.")
            )
        )
        for park in town.parks:
            item = QListWidgetItem(_park_name(park))
            item.setData(_PARK_ROLE, park.ref)
            item.setToolTip(self._link_text(park))
            self.town_parks.addItem(item)
        self.town_parks.setVisible(bool(town.parks))
        if town.parks:  # as tall as its rows
            rows = sum(self.town_parks.sizeHintForRow(i) for i in range(self.town_parks.count()))
            self.town_parks.setFixedHeight(min(rows + 2 * self.town_parks.frameWidth() + 4, 130))

    def _on_hover(self, place_id: str) -> None:
        self._hovered = place_id
        town = self.data.place(place_id) if place_id else None
        if town is None:
            self.hover.setText("")
            self.hover.hide()
            return
        source = self.data.sources.get(town.source_id)
        lines = [self._town_names(town)]
        lines += [f"· {_park_name(p)} ({p.source_id})" for p in town.parks] or [
            self.tr("No park is placed here by the sources.")
        ]
        lines.append(
            self.tr("Outline: {publisher}, {date} ({id})").format(
                publisher=source.publisher if source else "",
                date=source.date if source else "",
                id=town.source_id,
            )
        )
        self.hover.setText("\n".join(lines))
        self.hover.show()
        self.view.setToolTip("\n".join(lines))

    def _open_park(self, item: QListWidgetItem) -> None:
        ref = item.data(_PARK_ROLE)
        if isinstance(ref, ItemRef):
            self.linkActivated.emit(ref)

    # -- following the window ---------------------------------------------------------

    def show_item(self, ref: ItemRef | None) -> None:
        """Follow the selection: a town is selected, a park's towns are marked."""
        self._marked_park = ""
        if ref is None:
            self.scene.highlight_towns(set())
        elif ref.kind is ItemKind.PLACE:
            self.scene.highlight_towns(set())
            self.select_town(ref.id)
        elif ref.kind is ItemKind.PARK:
            towns = {t.ref.id for t in self.data.places_of(ref.id)}
            self.scene.highlight_towns(towns)
            self._marked_park = ref.id
            self.select_town(sorted(towns)[0] if len(towns) == 1 else "")
        self._fill_district_list()

    # -- exports ----------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        from jimo_desktop.ui.panes.map.map_export import export_map  # QtSvg when asked

        export_map(self.view, path, place_name(self.data.place("jimo") or self.data.places[0]))

    def _ask_export(self, suffix: str) -> None:
        name = "jimo-map." + suffix
        pattern = (
            self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), name, pattern)
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{suffix}":
                target = target.with_name(target.name + f".{suffix}")
            try:
                self.export_to(target)
            except OSError as error:
                self.source.setText(
                    self.tr("The map could not be saved: {error}").format(error=error)
                )
