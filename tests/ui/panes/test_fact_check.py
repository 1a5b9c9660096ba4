"""The fact check: the seed article's claims, their status badges, filter and links."""

from __future__ import annotations

import html
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import Claim
from jimo_desktop.ui.panes.fact_check import STATUSES, ClaimCard, FactCheckView, status_label
from jimo_desktop.ui.panes.links import LinkLabel

# The offscreen platform warns when a shown window's size hints change; that is the test
# platform talking, not the app, so only that message is let through.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def claims(catalog: Catalog) -> list[Claim]:
    return catalog.claims()


@pytest.fixture
def view(qtbot, claims) -> FactCheckView:
    widget = FactCheckView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.set_claims(claims)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_cards(view: FactCheckView) -> list[ClaimCard]:
    return [card for card in view.findChildren(ClaimCard, "claimCard") if card.isVisibleTo(view)]


def test_all_25_claims_are_shown_in_the_articles_order(view, claims) -> None:
    assert view.objectName() == "factCheck"
    assert len(claims) == 25
    cards = shown_cards(view)
    assert [card.claim.number for card in cards] == list(range(1, 26))
    assert view.visible_claims() == sorted(claims, key=lambda c: c.number)
    assert view.findChild(QLabel, "shownCount").text() == "Showing 25 of 25 claims"


def test_header_names_the_seed_article_and_its_grade(view) -> None:
    intro = view.findChild(QLabel, "factCheckIntro").text()
    assert "S01" in intro and "grade C" in intro and "2019" in intro


def test_badges_carry_the_status_in_words(view) -> None:
    for card in shown_cards(view):
        badge = card.findChild(QLabel, "statusBadge")
        assert badge.isVisibleTo(card)
        assert badge.text() == status_label(card.claim.status, card.claim.inferred)
        if card.claim.inferred:
            assert badge.text() == f"{status_label(card.claim.status)} (inferred)"
        else:
            assert badge.text().lower() == card.claim.status
        assert card.claim.claim in card.findChild(QLabel, "claimText").text()


def test_filter_buttons_carry_counts(view, claims) -> None:
    counts = Counter(claim.status for claim in claims)
    assert view.filter_button(None).text() == f"All ({len(claims)})"
    for status in STATUSES:
        button = view.filter_button(status)
        assert button is not None, status
        assert button.text() == f"{status_label(status)} ({counts[status]})"
    assert view.filter_button("contradicted").text() == "Contradicted (1)"


def test_contradicted_filter_leaves_only_contradicted_claims(view, claims, qtbot) -> None:
    expected = [c for c in claims if c.status == "contradicted"]
    assert expected
    with qtbot.waitSignal(view.statusFilterChanged, timeout=1000) as blocker:
        qtbot.mouseClick(view.filter_button("contradicted"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["contradicted"]
    assert view.status_filter() == "contradicted"
    cards = shown_cards(view)
    assert [card.claim for card in cards] == expected
    assert all(card.findChild(QLabel, "statusBadge").text() == "Contradicted" for card in cards)
    assert view.findChild(QLabel, "shownCount").text() == f"Showing {len(expected)} of 25 claims"

    qtbot.mouseClick(view.filter_button(None), Qt.MouseButton.LeftButton)
    assert view.status_filter() is None
    assert len(shown_cards(view)) == 25


@pytest.mark.parametrize("status", STATUSES)
def test_each_status_filter_shows_only_its_claims(view, claims, status) -> None:
    view.set_status_filter(status)
    assert [c.status for c in view.visible_claims()] == [
        c.status for c in claims if c.status == status
    ]
    assert view.filter_button(status).isChecked()


def test_evidence_sources_have_their_titles_as_tooltips(view) -> None:
    for card in shown_cards(view):
        sources = card.findChild(LinkLabel, "evidenceSources")
        if not card.claim.evidence_sources:
            assert sources is None
            continue
        for source in card.claim.evidence_sources:
            assert source.id in sources.text()
            assert source.title in sources.link_tooltip(f"source:{source.id}")


def test_related_links_emit_item_refs(view, claims, qtbot) -> None:
    claim = next(c for c in claims if c.status == "contradicted")
    assert claim.related
    view.set_status_filter("contradicted")
    card = shown_cards(view)[0]
    links = card.findChild(LinkLabel, "claimRelated")
    for item in claim.related:
        assert html.escape(item.name) in links.text()
    links.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(links, Qt.Key.Key_Tab)
    with qtbot.waitSignal(view.linkActivated, timeout=1000) as blocker:
        qtbot.keyClick(links, Qt.Key.Key_Return)
    assert blocker.args == [claim.related[0].ref]


def test_setting_claims_again_replaces_the_cards(view, claims) -> None:
    view.set_status_filter("contradicted")
    view.set_claims(claims[:3])
    assert view.status_filter() is None
    assert [c.number for c in view.visible_claims()] == [1, 2, 3]
    assert view.filter_button(None).text() == "All (3)"
    assert isinstance(view.findChild(QWidget, "statusFilters"), QWidget)


def test_a_claim_whose_evidence_is_inference_says_so(view, claims) -> None:
    inferred = [c for c in claims if c.inferred]
    # Read from the data: the status notes that start with "inferred".
    assert [c.number for c in inferred] == [
        c.number for c in claims if c.status_note.startswith("inferred")
    ]
    assert 6 in [c.number for c in inferred]
    for card in shown_cards(view):
        badge = card.findChild(QLabel, "statusBadge")
        if card.claim.number == 6:
            assert badge.text() == "Corroborated (inferred)"
            assert "inference" in badge.toolTip()
        elif card.claim.status == "corroborated" and not card.claim.inferred:
            assert badge.text() == "Corroborated"


def follow_first_link(label: LinkLabel, qtbot) -> list[object]:
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    with qtbot.waitSignal(label.refActivated, timeout=1000) as blocker:
        qtbot.keyClick(label, Qt.Key.Key_Return)
    return blocker.args


def test_an_evidence_source_id_opens_the_source_page(view, claims, qtbot) -> None:
    card = next(c for c in shown_cards(view) if c.claim.evidence_sources)
    sources = card.findChild(LinkLabel, "evidenceSources")
    with qtbot.waitSignal(view.linkActivated, timeout=1000) as blocker:
        follow_first_link(sources, qtbot)
    assert blocker.args == [card.claim.evidence_sources[0].ref]


def test_the_seed_article_is_a_link_to_its_source_page(view, claims, qtbot) -> None:
    intro = view.findChild(LinkLabel, "factCheckIntro")
    assert intro is not None
    article = claims[0].article
    assert article is not None and article.id == "S01"
    assert 'href="source:S01"' in intro.text()
    with qtbot.waitSignal(view.linkActivated, timeout=1000) as blocker:
        follow_first_link(intro, qtbot)
    assert blocker.args == [article.ref]
