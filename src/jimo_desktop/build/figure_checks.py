"""Rules a figure row keeps beyond its single cells: the scale is written once.

A figure is published as ``value_text`` (the words of the source: ``1.1 million``,
``21万``, ``US$340m``) and stored as ``value`` in ``unit`` (1100000 m²). The screen and the
exports write the value text followed by the unit, so a scale word (million, bn, 万, 亿 …)
in both reads "1.1 million million m²", a figure a million times too large. ``scale_words``
finds the scale words of a text; ``unit_scale_word`` the one a unit starts with;
``figure_problems`` says, for each row that writes its scale twice, what to write instead.
Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Each scale word as it may be written, to the one it means.
_SCALE_WORDS = {
    "thousand": "thousand",
    "million": "million",
    "mn": "million",
    "billion": "billion",
    "bn": "billion",
    "trillion": "trillion",
    "万": "万",
    "亿": "亿",
}
# Abbreviations that are a scale only right after a digit: 51k, US$340m (not 800 m, m²).
# (bn and mn are words wherever they stand.)
_SUFFIXES = {"k": "thousand", "m": "million"}

_WORD = re.compile(r"(?<![A-Za-z])(thousand|million|mn|billion|bn|trillion)(?![A-Za-z])", re.I)
_CJK = re.compile(r"[万亿]")
_SUFFIX = re.compile(r"(?<=\d)(k|m)(?![A-Za-z²³])", re.I)


def scale_words(text: str) -> list[str]:
    """The scale words of a text, each as the word it means: ``US$340m`` -> ['million']."""
    found = [(m.start(), _SCALE_WORDS[m.group(1).casefold()]) for m in _WORD.finditer(text)]
    found += [(m.start(), m.group(0)) for m in _CJK.finditer(text)]
    found += [(m.start(), _SUFFIXES[m.group(1).casefold()]) for m in _SUFFIX.finditer(text)]
    return [word for _, word in sorted(found)]


def unit_scale_word(unit: str) -> str:
    """The scale a unit starts with (``million m²``, ``亿元``, ``bn yuan``), or ''."""
    text = unit.strip()
    if text[:1] in ("万", "亿") and len(text) > 1:
        return text[0]
    first, _, rest = text.partition(" ")
    return _SCALE_WORDS.get(first.casefold(), "") if rest else ""


def repeated_scale(value_text: str, unit: str) -> tuple[str, str] | None:
    """(the value text's scale, the unit's) when both hold one, else None."""
    unit_word = unit_scale_word(unit)
    text_words = scale_words(value_text)
    if unit_word and text_words:
        return text_words[0], unit_word
    return None


def figure_problems(rows: Iterable[tuple[int, dict[str, object]]]) -> Iterator[tuple[int, str]]:
    """(line, message) for each figure whose value text and unit both write a scale."""
    for line, values in rows:
        value_text, unit = str(values.get("value_text") or ""), str(values.get("unit") or "")
        repeated = repeated_scale(value_text, unit)
        if repeated is None:
            continue
        text_word, unit_word = repeated
        yield (
            line,
            f"figure {values.get('id')}: value_text {value_text!r} already says {text_word!r} "
            f"and unit {unit!r} repeats a scale ({unit_word!r}), shown as "
            f"{value_text + ' ' + unit!r}; write the unit without its scale and the value "
            "in that unit (value_text '1.1 million', value 1100000, unit 'm²')",
        )
