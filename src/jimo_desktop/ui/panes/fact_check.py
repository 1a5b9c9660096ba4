"""The fact check: the 2019 news article's claims, each checked against better sources.

Each claim is a card with its number, text, a coloured status badge that always carries
its words ("Corroborated (inferred)" when the evidence is only inference), the status
note, the evidence, the evidence sources (ids with their titles as tooltips) and links to
the parks, organizations and projects it concerns. Every source id, the seed article's in
the introduction too, is a link to the source's page; links come out as
``linkActivated(ItemRef)``. Toggle buttons filter by status, with counts. When the
language changes every card, badge and button says its words again (``retranslate``);
the cards are not built again, the filter and the scroll position stay.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop.items import Claim
from jimo_desktop.ui.panes.links import (
    FlowLayout,
    LinkLabel,
    ref_links,
    scaled_font,
    source_link,
)
from jimo_desktop.ui.panes.live_text import LiveTexts
from jimo_desktop.ui.text_limits import TEXT_LIMIT, elided
from jimo_desktop.ui.translations import Retranslating

# The statuses in the order the filter lists them, with badge colours (background, text).
STATUSES = ("corroborated", "partly corroborated", "not corroborated", "contradicted")
_STATUS_COLOURS = {
    "corroborated": (QColor("#2e7d32"), QColor("#ffffff")),  # green
    "partly corroborated": (QColor("#00897b"), QColor("#ffffff")),  # teal
    "not corroborated": (QColor("#ffb300"), QColor("#2b1d00")),  # amber
    "contradicted": (QColor("#c62828"), QColor("#ffffff")),  # red
}
_OTHER_COLOURS = (QColor("#757575"), QColor("#ffffff"))


def status_label(status: str, inferred: bool = False) -> str:
    """A status in the user's words, capitalised: ``Partly corroborated``; with
    ``inferred``: ``Corroborated (inferred)``."""
    label = _status_words(status)
    if inferred:
        return QCoreApplication.translate("FactCheck", "{status} (inferred)").format(status=label)
    return label


def _status_words(status: str) -> str:
    labels = {
        "corroborated": QCoreApplication.translate("FactCheck", "Corroborated"),
        "partly corroborated": QCoreApplication.translate("FactCheck", "Partly corroborated"),
        "not corroborated": QCoreApplication.translate("FactCheck", "Not corroborated"),
        "contradicted": QCoreApplication.translate("FactCheck", "Contradicted"),
    }
    return labels.get(status, elided(status[:1].upper() + status[1:]))


def status_colours(status: str) -> tuple[QColor, QColor]:
    return _STATUS_COLOURS.get(status, _OTHER_COLOURS)


class StatusBadge(Retranslating, QLabel):
    """A coloured badge with the status in words (never colour alone)."""

    def __init__(self, status: str, parent: QWidget | None = None, *, inferred: bool = False):
        super().__init__(parent)
        self._status = status
        self._inferred = inferred
        self.setObjectName("statusBadge")
        self.setProperty("status", status)
        self.setTextFormat(Qt.TextFormat.PlainText)
        background, foreground = status_colours(status)
        self.setStyleSheet(
            f"QLabel#statusBadge {{ background: {background.name()}; color: {foreground.name()};"
            " border-radius: 0.5em; padding: 0.15em 0.6em; font-weight: bold; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(status_label(self._status, self._inferred))
        self.setToolTip(
            self.tr("No source states this: the status rests on inference from the evidence.")
            if self._inferred
            else ""
        )


class ClaimCard(Retranslating, QFrame):
    """One claim with its status, evidence, sources and related items."""

    linkActivated = Signal(object)  # ItemRef

    def _word(self, which: str) -> str:
        """The heading words of a card's lines (tr() outside f-strings, where lupdate sees
        them)."""
        words = {
            "evidence": self.tr("Evidence:"),
            "sources": self.tr("Sources:"),
            "about": self.tr("About:"),
        }
        return words[which]

    def __init__(self, claim: Claim, parent: QWidget | None = None):
        super().__init__(parent)
        self.claim = claim
        self._texts = LiveTexts()
        self.setObjectName("claimCard")
        self.setProperty("status", claim.status)
        line = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setSpacing(line // 3)

        top = QHBoxLayout()
        number = QLabel(self)
        self._texts.set(number.setText, lambda: self.tr("Claim {n}").format(n=claim.number))
        number.setObjectName("claimNumber")
        number.setFont(scaled_font(self.font(), 0.95, bold=True))
        number.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(number)
        self.badge = StatusBadge(claim.status, self, inferred=claim.inferred)
        top.addWidget(self.badge)
        if claim.status_note:
            note = QLabel(elided(claim.status_note, TEXT_LIMIT), self)
            note.setObjectName("statusNote")
            note.setWordWrap(True)
            font = note.font()
            font.setItalic(True)
            note.setFont(font)
            top.addWidget(note, 1)
        else:
            top.addStretch(1)
        layout.addLayout(top)

        text = QLabel(self)
        self._texts.set(
            text.setText,
            lambda: self.tr("“{claim}”").format(claim=elided(claim.claim, TEXT_LIMIT)),
        )
        text.setObjectName("claimText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setFont(scaled_font(self.font(), 1.1, bold=True))
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)

        if claim.evidence:
            evidence = QLabel(self)
            self._texts.set(
                evidence.setText,
                lambda: (
                    f"<b>{html.escape(self._word('evidence'))}</b> "
                    f"{html.escape(elided(claim.evidence, TEXT_LIMIT))}"
                ),
            )
            evidence.setObjectName("evidence")
            evidence.setTextFormat(Qt.TextFormat.RichText)
            evidence.setWordWrap(True)
            evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(evidence)

        if claim.evidence_sources:
            self.sources = LinkLabel("", self)
            self.sources.setObjectName("evidenceSources")
            self.sources.set_live_links(
                lambda: (
                    f"<b>{html.escape(self._word('sources'))}</b> "
                    + ", ".join(source_link(s.id) for s in claim.evidence_sources)
                ),
                self._source_tips,
            )
            self._texts.set(
                self.sources.setToolTip,
                lambda: elided("\n".join(self._source_tips().values()), TEXT_LIMIT),
            )
            # A source id opens the source's page (its title shows on hover).
            self.sources.refActivated.connect(self.linkActivated)
            layout.addWidget(self.sources)

        if claim.related:
            related = LinkLabel("", self)
            related.set_live_links(
                lambda: f"<b>{html.escape(self._word('about'))}</b> " + ref_links(claim.related)
            )
            related.setObjectName("claimRelated")
            related.refActivated.connect(self.linkActivated)
            layout.addWidget(related)

    def retranslate(self) -> None:
        """Say the card's words again (the badge and the links say their own)."""
        self._texts.refresh()

    def _source_tips(self) -> dict[str, str]:
        """Each evidence source's anchor and the words its tooltip says."""
        return {
            f"source:{s.id}": self.tr("{id} (grade {grade}): {title}").format(
                id=elided(s.id), grade=elided(s.grade), title=elided(s.title)
            )
            + (f" — {elided(s.publisher)}" if s.publisher else "")
            for s in self.claim.evidence_sources
        }


_STYLE = """
QFrame#claimCard {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 0.5em;
}
QFrame#claimCard QLabel { background: transparent; }
QPushButton#statusFilter {
    padding: 0.3em 0.8em;
    border: 1px solid palette(mid);
    border-radius: 0.4em;
    background: palette(button);
}
QPushButton#statusFilter:hover { background: palette(midlight); }
QPushButton#statusFilter:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


class FactCheckView(Retranslating, QWidget):
    """The seed article's claims with their check status, filterable by status."""

    linkActivated = Signal(object)  # ItemRef
    statusFilterChanged = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("factCheck")
        self._claims: list[Claim] = []
        self._cards: list[ClaimCard] = []
        self._filter: str | None = None
        self._counts: Counter[str] = Counter()
        self._loaded = False  # the count is said once claims were given
        self.setStyleSheet(_STYLE)

        self._title = title = QLabel(self)
        title.setObjectName("factCheckTitle")
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        title.setWordWrap(True)
        self._intro = intro = LinkLabel("", self)
        intro.setObjectName("factCheckIntro")
        intro.refActivated.connect(self.linkActivated)

        self._filter_box = QWidget(self)
        self._filter_box.setObjectName("statusFilters")
        self._filter_layout = FlowLayout(self._filter_box)
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)

        self._shown = QLabel(self)
        self._shown.setObjectName("shownCount")

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._list)
        self._list.setBackgroundRole(QPalette.ColorRole.Window)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._filter_box)
        layout.addWidget(self._shown)
        layout.addWidget(self._scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The page's words, the filters' and the count in the user's language (the cards
        say their own)."""
        self._title.setText(self.tr("Fact check: the claims of the 2019 article"))
        self._intro.set_links(self._intro_text())
        self._say_filters()
        self._say_shown()

    def _intro_text(self) -> str:
        """The introduction (rich text), the seed article linked to its source page."""
        article = next((c.article for c in self._claims if c.article is not None), None)
        if article is None:
            return html.escape(
                self.tr(
                    "Each claim of the article was checked against better sources: official "
                    "bodies, major outlets and regional news."
                )
            )
        text = self.tr(
            "A news article of November 2019 on Qingdao's industrial parks (source "
            "{source}, grade {grade}) started this project. Each of its claims was checked "
            "against better sources: official bodies, major outlets and regional news. The "
            "badge says how the claim fared; the evidence says what the better sources show, "
            "and which ones. Follow a source id to open the source's page."
        )
        return html.escape(text).format(
            source=source_link(article.id), grade=html.escape(elided(article.grade))
        )

    # -- public -----------------------------------------------------------------------

    def set_claims(self, claims: Sequence[Claim]) -> None:
        """Show ``claims`` (in the article's order) and reset the filter to all."""
        self._claims = sorted(claims, key=lambda c: c.number)
        self._loaded = True
        for card in self._cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        self._cards = []
        for claim in self._claims:
            card = ClaimCard(claim, self._list)
            card.linkActivated.connect(self.linkActivated)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self._cards.append(card)
        self._rebuild_filters()
        self._intro.set_links(self._intro_text())
        self.set_status_filter(None)

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def status_filter(self) -> str | None:
        """The status shown, or None for every claim."""
        return self._filter

    def set_status_filter(self, status: str | None) -> None:
        """Show only the claims with ``status`` (None: all)."""
        self._filter = status
        for button in self._buttons.buttons():
            if button.property("status") == (status or ""):
                button.setChecked(True)
        for card in self._cards:
            card.setHidden(status is not None and card.claim.status != status)
        self._say_shown()
        self.statusFilterChanged.emit(status)

    def _say_shown(self) -> None:
        if not self._loaded:
            return
        self._shown.setText(
            self.tr("Showing {shown} of {total} claims").format(
                shown=len(self.visible_claims()), total=len(self._claims)
            )
        )

    def visible_claims(self) -> list[Claim]:
        """The claims the filter lets through, in order."""
        return [card.claim for card in self._cards if not card.isHidden()]

    def filter_button(self, status: str | None) -> QPushButton | None:
        """The filter button for ``status`` (None: "All")."""
        for button in self._buttons.buttons():
            if isinstance(button, QPushButton) and button.property("status") == (status or ""):
                return button
        return None

    # -- building ---------------------------------------------------------------------

    def _rebuild_filters(self) -> None:
        for button in self._buttons.buttons():
            self._buttons.removeButton(button)
            self._filter_layout.removeWidget(button)
            button.deleteLater()
        self._counts = counts = Counter(claim.status for claim in self._claims)
        statuses = [s for s in STATUSES if s in counts] + sorted(
            s for s in counts if s not in STATUSES
        )
        for status in ["", *statuses]:
            button = QPushButton(self._filter_box)
            button.setObjectName("statusFilter")
            button.setProperty("status", status)
            button.setCheckable(True)
            if status:
                background, _ = status_colours(status)
                button.setIcon(_dot_icon(background, self.fontMetrics().height()))
            button.clicked.connect(lambda _=False, s=status: self.set_status_filter(s or None))
            self._buttons.addButton(button)
            self._filter_layout.addWidget(button)
        self._say_filters()

    def _say_filters(self) -> None:
        """Each filter button's words: the status and its count, and a tooltip."""
        for button in self._buttons.buttons():
            status = str(button.property("status") or "")
            if status:
                button.setText(f"{status_label(status)} ({self._counts[status]})")
                button.setToolTip(
                    self.tr("Show only the claims that are {status}").format(
                        status=status_label(status).lower()
                    )
                )
            else:
                button.setText(self.tr("All ({n})").format(n=len(self._claims)))
                button.setToolTip(self.tr("Show every claim"))


def _dot_icon(colour: QColor, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    inset = size // 4
    painter.drawEllipse(inset, inset, size - 2 * inset, size - 2 * inset)
    painter.end()
    return QIcon(pixmap)
