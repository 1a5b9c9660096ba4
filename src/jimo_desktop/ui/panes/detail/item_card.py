"""The item card at the top of an item's page: names, the facts its kind has, summary.

Given a ``catalog.Detail`` (``show_detail``); the links it shows (industry chips, the
parent zone or organization, parks, places) use ``LinkLabel`` and ``FlowLayout`` from
``panes.links``. Every text from the database is elided (``text_limits``): names to
``NAME_LIMIT``, the aliases and the summary to ``TEXT_LIMIT``; the export has it whole.
The two names come in the language's order (the Chinese one first in Chinese); when the
language changes the card says its words again from the detail it holds (``retranslate``),
without being built again.

Signals:
    linkActivated(ItemRef): the user followed a link to another item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import dates
from jimo_desktop.items import (
    Detail,
    Figure,
    Industry,
    Organization,
    Park,
    Place,
    Project,
    RelatedItem,
    Source,
    Zone,
)
from jimo_desktop.ui.kind_labels import data_word, kind_label
from jimo_desktop.ui.models.name_origin import marked_name_zh, origin_note
from jimo_desktop.ui.panes.detail.zone_facts import zone_facts
from jimo_desktop.ui.panes.links import (
    Chip,
    FlowLayout,
    LinkLabel,
    names_text,
    ref_links,
    scaled_font,
)
from jimo_desktop.ui.panes.live_text import LiveTexts, order_names
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating, core_text, ordered_names

Render = Callable[[], str]

_CHIP_STYLE = """
QToolButton#industryChip {
    border: 1px solid palette(mid);
    border-radius: 0.6em;
    padding: 0.15em 0.6em;
    background: palette(base);
}
QToolButton#industryChip:hover { background: palette(alternate-base); }
QToolButton#industryChip:focus { border: 1px solid palette(highlight); }
"""


# --------------------------------------------------------------------------- the card


class ItemCard(Retranslating, QFrame):
    """Names, the facts that exist for the item's kind, and its summary.

    ``linkActivated(ItemRef)`` is emitted when the user follows a link: an industry chip,
    the parent zone or organization, a park or a place.
    """

    linkActivated = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemCard")
        self._detail: Detail | None = None
        self._texts = LiveTexts()  # the kind and the aliases
        self._fact_texts = LiveTexts()  # the facts' labels and the values with words

        self._kind = QLabel(self)
        self._kind.setObjectName("itemKind")
        self._kind.setFont(scaled_font(self.font(), 0.9, bold=True))

        title_font = scaled_font(self.font(), 1.7, bold=True)
        self._name_en = QLabel(self)
        self._name_en.setObjectName("nameEn")
        self._name_zh = QLabel(self)
        self._name_zh.setObjectName("nameZh")
        for label in (self._name_en, self._name_zh):
            label.setFont(title_font)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Under the names, when the Chinese one is the project's own: what its mark means.
        self._name_origin = QLabel(self)
        self._name_origin.setObjectName("nameOrigin")
        self._name_origin.setWordWrap(True)
        self._name_origin.setTextFormat(Qt.TextFormat.PlainText)
        self._name_origin.setFont(scaled_font(self.font(), 0.9))

        self._aliases = QLabel(self)
        self._aliases.setObjectName("aliases")
        self._aliases.setWordWrap(True)
        self._aliases.setTextFormat(Qt.TextFormat.PlainText)
        self._aliases.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._facts = QWidget(self)
        self._summary = QLabel(self)
        self._summary.setObjectName("summary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._kind)
        self._layout.addWidget(self._name_en)
        self._layout.addWidget(self._name_zh)
        self._layout.addWidget(self._name_origin)
        self._layout.addWidget(self._aliases)
        self._layout.addWidget(self._facts)
        self._layout.addWidget(self._summary)
        self._layout.addStretch(1)
        self.setStyleSheet(_CHIP_STYLE)
        self.retranslate()

    def retranslate(self) -> None:
        """Say the card's words again in the user's language, names in its order."""
        self._texts.refresh()
        self._fact_texts.refresh()
        order_names(self._layout, self._name_en, self._name_zh)

    # -- public -----------------------------------------------------------------------

    def show_detail(self, detail: Detail) -> None:
        """Show the names, facts and summary of ``detail.item``."""
        self._detail = detail
        item = detail.item
        self._texts.clear()
        self._texts.set(self._kind.setText, lambda: kind_label(item.ref.kind).upper())
        name_en, name_zh = (
            (item.title, "") if isinstance(item, Source) else (item.name_en, item.name_zh)
        )
        if not name_en:  # named in Chinese only (a zone of the catalogue): that is the title
            name_en, name_zh = name_zh, ""
        own = getattr(item, "own_name_zh", "") if name_zh else ""
        self._name_en.setText(elided(name_en))
        self._name_zh.setText(marked_name_zh(elided(name_zh), own))
        self._name_zh.setVisible(bool(name_zh))
        self._texts.set(self._name_origin.setText, lambda: origin_note(own))
        self._texts.set(self._name_zh.setToolTip, lambda: origin_note(own))
        self._name_origin.setVisible(bool(own))
        order_names(self._layout, self._name_en, self._name_zh)
        aliases = getattr(item, "aliases", ())
        self._texts.set(
            self._aliases.setText,
            lambda: self.tr("Also known as: {aliases}").format(
                aliases=elided("; ".join(elided(alias) for alias in aliases), TEXT_LIMIT)
            ),
        )
        self._aliases.setVisible(bool(aliases))
        if isinstance(item, Industry):
            summary = item.description
        elif isinstance(item, Source):
            summary = item.note
        else:
            summary = item.summary
        self._summary.setText(elided(summary, TEXT_LIMIT))
        self._summary.setVisible(bool(summary))
        self._rebuild_facts(detail)

    def names(self) -> list[str]:
        """The item's names as the card shows them, first (the big title) first."""
        shown = [label for label in (self._name_en, self._name_zh) if not label.isHidden()]
        return [label.text() for label in sorted(shown, key=self._layout.indexOf)]

    def heading_height(self, width: int) -> int:
        """How high the kind and the first name (the big title) are at ``width``: what
        the card shows at the least, however little room the pane has (at a large zoom on
        a small screen); the rest is a scroll away."""
        margins, spacing = self._layout.contentsMargins(), max(0, self._layout.spacing())
        inner = width - margins.left() - margins.right()
        names = [w for w in (self._name_en, self._name_zh) if not w.isHidden()]
        shown = [self._kind, *sorted(names, key=self._layout.indexOf)[:1]]
        heights = [
            w.heightForWidth(inner) if w.wordWrap() else w.sizeHint().height() for w in shown
        ]
        return margins.top() + sum(heights) + spacing * len(heights)

    def industry_chips(self) -> list[QToolButton]:
        """The industry chips currently shown, in order (empty unless a park is shown)."""
        return [
            chip
            for chip in self._facts.findChildren(QToolButton, "industryChip")
            if not chip.isHidden()
        ]

    # -- building ---------------------------------------------------------------------

    def _rebuild_facts(self, detail: Detail) -> None:
        old = self._facts
        self._fact_texts.clear()
        self._facts = QWidget(self)
        self._facts.setObjectName("facts")
        form = QFormLayout(self._facts)
        gap = self.fontMetrics().height() // 2
        form.setContentsMargins(0, gap, 0, gap)
        # A field too wide beside its label (a long chip, zoomed) goes under it, not off the card.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        item = detail.item
        if isinstance(item, Park):
            self._park_facts(form, item, detail)
        elif isinstance(item, Organization):
            self._organization_facts(form, item)
        elif isinstance(item, Project):
            self._project_facts(form, item)
        elif isinstance(item, Place):
            self._place_facts(form, item)
        elif isinstance(item, Source):
            self._source_facts(form, item)
        elif isinstance(item, Zone):
            for row in zone_facts(item):
                if row.links:
                    self._add_links(form, row.label, row.links)
                else:
                    self._add_text(form, row.label, row.value, row.tip)
        self._facts.setVisible(form.rowCount() > 0)
        self._layout.replaceWidget(old, self._facts)
        old.hide()
        old.deleteLater()

    # A fact's label and value are given as functions that render them in the user's
    # language: said when the row is added, and again on a change of language.

    def _add_text(
        self, form: QFormLayout, label: Render, value: Render, tip: Render | None = None
    ) -> None:
        if not value():
            return
        field = QLabel(self._facts)
        field.setTextFormat(Qt.TextFormat.PlainText)
        field.setWordWrap(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fact_texts.set(field.setText, lambda: elided(value(), TEXT_LIMIT))
        if tip is not None:
            self._fact_texts.set(field.setToolTip, tip)
        form.addRow(self._form_label(label), field)

    def _add_links(
        self, form: QFormLayout, label: Render, items: Iterable[RelatedItem | None]
    ) -> None:
        present = [item for item in items if item is not None]
        if not present:
            return
        field = LinkLabel("", self._facts)
        field.setObjectName("factLinks")
        field.set_live_links(lambda: ref_links(present))
        field.refActivated.connect(self.linkActivated)
        form.addRow(self._form_label(label), field)

    def _form_label(self, render: Render) -> QLabel:
        label = QLabel(self._facts)
        label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._fact_texts.set(label.setText, render)
        return label

    def _add_industries(self, form: QFormLayout, industries: Iterable[RelatedItem]) -> None:
        industries = list(industries)
        if not industries:
            return
        box = QWidget(self._facts)
        box.setObjectName("industryChips")
        flow = FlowLayout(box)
        for industry in industries:
            chip = Chip(box)
            chip.setObjectName("industryChip")
            name_zh = marked_name_zh(industry.name_zh, industry.own_name_zh)
            self._fact_texts.set(chip.setText, partial(names_text, industry.name, name_zh))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setProperty("ref", str(industry.ref))
            self._fact_texts.set(chip.setToolTip, partial(self._chip_tip, industry))
            chip.clicked.connect(lambda _=False, ref=industry.ref: self.linkActivated.emit(ref))
            flow.addWidget(chip)
        form.addRow(self._form_label(lambda: self.tr("Industries")), box)

    def _chip_tip(self, industry: RelatedItem) -> str:
        tip = self.tr("Open the industry “{name}”").format(
            name=elided(ordered_names(industry.name, industry.name_zh)[0])
        )
        if industry.detail:
            tip += "\n" + self.tr("Recorded for this park by source {source}").format(
                source=elided(industry.detail)
            )
        if industry.own_name_zh:
            tip += "\n" + origin_note(industry.own_name_zh)
        return tip

    def _park_facts(self, form: QFormLayout, park: Park, detail: Detail) -> None:
        def founded() -> str:
            text = elided(core_text(dates.describe(park.founded)))
            if text and park.founded_note:
                text = f"{text} — {elided(park.founded_note, TEXT_LIMIT)}"
            return text

        self._add_text(form, lambda: self.tr("Kind"), lambda: data_word(park.kind))
        self._add_text(
            form,
            lambda: self.tr("Level"),
            partial(self._level_text, park),
            partial(self._catalogue_tip, park),
        )
        self._add_text(form, lambda: self.tr("Founded"), founded)
        self._add_text(form, lambda: self.tr("Area"), lambda: self._area_text(detail))
        self._add_text(form, lambda: self.tr("Location"), lambda: park.location)
        self._add_links(form, lambda: self.tr("Part of"), [park.parent])
        self._add_links(form, lambda: self.tr("Places"), park.places)
        self._add_industries(form, park.industries)

    def _organization_facts(self, form: QFormLayout, org: Organization) -> None:
        self._add_text(form, lambda: self.tr("Kind"), lambda: data_word(org.kind))
        self._add_text(form, lambda: self.tr("Stock code"), lambda: org.stock_code)
        self._add_text(
            form, lambda: self.tr("Founded"), lambda: core_text(dates.describe(org.founded))
        )
        self._add_text(form, lambda: self.tr("Registered address"), lambda: org.address)
        self._add_links(form, lambda: self.tr("Parent organization"), [org.parent])
        self._add_links(form, lambda: self.tr("Park"), [org.park])
        self._add_links(form, lambda: self.tr("Place"), [org.place])

    def _project_facts(self, form: QFormLayout, project: Project) -> None:
        self._add_text(form, lambda: self.tr("Kind"), lambda: data_word(project.kind))
        self._add_links(form, lambda: self.tr("Park"), [project.park])
        self._add_links(form, lambda: self.tr("Place"), [project.place])
        self._add_text(
            form, lambda: self.tr("Started"), lambda: core_text(dates.describe(project.started))
        )
        self._add_text(
            form, lambda: self.tr("Opened"), lambda: core_text(dates.describe(project.opened))
        )
        self._add_text(form, lambda: self.tr("Location"), lambda: project.location)

    def _source_facts(self, form: QFormLayout, source: Source) -> None:
        self._add_text(form, lambda: self.tr("Source id"), lambda: source.id)
        self._add_text(form, lambda: self.tr("Publisher"), lambda: source.publisher)
        self._add_text(form, lambda: self.tr("Date"), lambda: source.date)
        self._add_text(form, lambda: self.tr("Reliability grade"), lambda: source.grade)
        self._add_text(
            form,
            lambda: self.tr("Address"),
            lambda: source.address or self.tr("none recorded"),
        )

    def _place_facts(self, form: QFormLayout, place: Place) -> None:
        self._add_text(form, lambda: self.tr("Kind"), lambda: data_word(place.kind))
        self._add_text(form, lambda: self.tr("Admin code"), lambda: place.admin_code)
        self._add_links(form, lambda: self.tr("Part of"), [place.parent])
        detail = self._detail
        if detail is not None:
            self._add_text(form, lambda: self.tr("Area"), lambda: self._area_text(detail))
        latitude, longitude = place.latitude, place.longitude
        if latitude is not None and longitude is not None:
            self._add_text(
                form,
                lambda: self.tr("Coordinates"),
                lambda: self.tr("{lat:.3f}° {ns}, {lon:.3f}° {ew}").format(
                    lat=abs(latitude),
                    ns=self.tr("N") if latitude >= 0 else self.tr("S"),
                    lon=abs(longitude),
                    ew=self.tr("E") if longitude >= 0 else self.tr("W"),
                ),
            )

    def _level_text(self, park: Park) -> str:
        """The park's level, and where it stands in China's catalogue of development zones."""
        text = data_word(park.level) or self.tr("none known")
        for entry in park.catalogue:
            template = (
                self.tr(
                    "in the 2018 catalogue of development zones as {code}, {approved}, {area} ha"
                )
                if entry.confidence == "stated"
                else self.tr("probably {code} of the 2018 catalogue, {approved}, {area} ha")
            )
            text += " · " + template.format(
                code=entry.code, approved=entry.approved, area=f"{entry.area_ha:g}"
            )
        return text

    def _catalogue_tip(self, park: Park) -> str:
        """The park's entries of the catalogue in full, as published, with their source and,
        for an inferred one, why."""
        lines = []
        for entry in park.catalogue:
            body = self.tr("State Council") if entry.national else self.tr("provincial government")
            lines.append(
                self.tr(
                    "{code} {name}: approved by the {body}, {approved}; {type}; {area} ha; "
                    "leading industries {industries}"
                ).format(
                    code=entry.code,
                    name=entry.name_zh,
                    body=body,
                    approved=entry.approved,
                    type=entry.zone_type,
                    area=f"{entry.area_ha:g}",
                    industries="、".join(entry.industries) or "—",
                )
            )
            if entry.source is not None:
                lines.append(
                    self.tr("Source {source}: {title}").format(
                        source=entry.source.id, title=elided(entry.source.title)
                    )
                )
            if entry.confidence == "inferred":
                lines.append(
                    self.tr("Inferred to be this park, not stated by a source: {why}").format(
                        why=elided(entry.link_note, TEXT_LIMIT)
                    )
                )
        return "\n".join(lines)

    def _area_text(self, detail: Detail) -> str:
        """The latest area with period and source, and a word when others differ."""
        area = detail.area
        if area is None:
            return ""
        where = self.tr("source {source} · grade {grade}").format(
            source=area.source.id, grade=area.source.grade
        )
        text = elided(area.display_value)
        period = elided(core_text(area.period_label))
        text += f" ({period}; {where})" if period else f" ({where})"
        others = _other_values(area, detail.figures)
        if others:
            text += "\n" + self.tr(
                "Other sources give {values}: see the Figures tab. All are kept."
            ).format(values=elided(", ".join(others), TEXT_LIMIT))
        return text


def _other_values(shown: Figure, figures: Iterable[Figure]) -> list[str]:
    """Distinct published values of the same metric that differ from the one shown."""
    values: list[str] = []
    for figure in figures:
        if figure.metric != shown.metric or figure.value is None:
            continue
        if (figure.value, figure.unit) == (shown.value, shown.unit):
            continue
        if figure.display_value not in values:
            values.append(figure.display_value)
    return values
