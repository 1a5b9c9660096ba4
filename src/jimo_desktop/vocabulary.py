"""The database's own vocabulary, in words the window can translate.

Some columns hold words from a fixed list rather than published text: a park's kind, an
organization's or a place's kind, a project's kind, a level, a role, a confidence. They
are the project's English descriptions (the sources' own names of things are in the name
columns), so the interface translates them like its own words: ``word(value)`` is the value
marked for translation in the context "Vocabulary" (``core_text`` shows it in the user's
language); a value not listed here is returned as it is. Nothing here imports Qt.
"""

from __future__ import annotations

from jimo_desktop.translatable import QT_TRANSLATE_NOOP

_WORDS = (
    # parks.kind
    QT_TRANSLATE_NOOP("Vocabulary", "characteristic town"),
    QT_TRANSLATE_NOOP("Vocabulary", "comprehensive bonded zone"),
    QT_TRANSLATE_NOOP("Vocabulary", "cultural industry park"),
    QT_TRANSLATE_NOOP("Vocabulary", "economic development zone"),
    QT_TRANSLATE_NOOP("Vocabulary", "functional area"),
    QT_TRANSLATE_NOOP("Vocabulary", "hi-tech zone"),
    QT_TRANSLATE_NOOP("Vocabulary", "industrial city project"),
    QT_TRANSLATE_NOOP("Vocabulary", "industrial cluster"),
    QT_TRANSLATE_NOOP("Vocabulary", "industrial functional zone"),
    QT_TRANSLATE_NOOP("Vocabulary", "industrial park"),
    QT_TRANSLATE_NOOP("Vocabulary", "investment park"),
    QT_TRANSLATE_NOOP("Vocabulary", "logistics hub"),
    QT_TRANSLATE_NOOP("Vocabulary", "market cluster"),
    QT_TRANSLATE_NOOP("Vocabulary", "strategic zone"),
    QT_TRANSLATE_NOOP("Vocabulary", "tourist resort"),
    # organizations.kind
    QT_TRANSLATE_NOOP("Vocabulary", "company"),
    QT_TRANSLATE_NOOP("Vocabulary", "joint venture"),
    QT_TRANSLATE_NOOP("Vocabulary", "group"),
    QT_TRANSLATE_NOOP("Vocabulary", "authority"),
    QT_TRANSLATE_NOOP("Vocabulary", "research institute"),
    QT_TRANSLATE_NOOP("Vocabulary", "association"),
    # projects.kind
    QT_TRANSLATE_NOOP("Vocabulary", "vehicle plant"),
    QT_TRANSLATE_NOOP("Vocabulary", "assembly line"),
    QT_TRANSLATE_NOOP("Vocabulary", "airport"),
    QT_TRANSLATE_NOOP("Vocabulary", "logistics park"),
    QT_TRANSLATE_NOOP("Vocabulary", "plant"),
    QT_TRANSLATE_NOOP("Vocabulary", "market"),
    QT_TRANSLATE_NOOP("Vocabulary", "biomedical project"),
    QT_TRANSLATE_NOOP("Vocabulary", "research facility"),
    QT_TRANSLATE_NOOP("Vocabulary", "industrial park project"),
    QT_TRANSLATE_NOOP("Vocabulary", "training centre"),
    # places.kind
    QT_TRANSLATE_NOOP("Vocabulary", "city"),
    QT_TRANSLATE_NOOP("Vocabulary", "district"),
    QT_TRANSLATE_NOOP("Vocabulary", "county-level city"),
    QT_TRANSLATE_NOOP("Vocabulary", "sub-district"),
    QT_TRANSLATE_NOOP("Vocabulary", "town"),
    # project_organizations.role
    QT_TRANSLATE_NOOP("Vocabulary", "operator"),
    QT_TRANSLATE_NOOP("Vocabulary", "partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "investor"),
    QT_TRANSLATE_NOOP("Vocabulary", "developer"),
    # parks.level
    QT_TRANSLATE_NOOP("Vocabulary", "national"),
    QT_TRANSLATE_NOOP("Vocabulary", "provincial"),
    QT_TRANSLATE_NOOP("Vocabulary", "municipal"),
    # figures.confidence, events.confidence
    QT_TRANSLATE_NOOP("Vocabulary", "stated"),
    QT_TRANSLATE_NOOP("Vocabulary", "inferred"),
    # the tree's kind of an industry group
    QT_TRANSLATE_NOOP("Vocabulary", "industry"),
)
_BY_VALUE = {str(word): word for word in _WORDS}


def word(value: str) -> str:
    """``value`` marked for translation when it is a word of the vocabulary, else itself."""
    return _BY_VALUE.get(value, value)
