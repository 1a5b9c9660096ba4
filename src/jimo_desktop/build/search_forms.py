"""The other forms a name is searched by: its pinyin, and Traditional characters.

Given the Chinese names of an item, ``pinyin_text`` gives the text of its ``pinyin``
column in ``search_items``: each name's toneless pinyin with spaces between the syllables
and without (``lan cun lancun``), a ``ü`` written both ``v`` and ``u``, names split by
``;``. Given all the text of the index, ``traditional_forms`` gives the table from each
Traditional form of a character in it to its Simplified one (``區`` → ``区``), which the
catalog applies to a query. Both libraries (``pypinyin``, and OpenCC's character table in
``opencc-python-reimplemented``) are the build's alone: the app reads what they gave from
the database. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from pypinyin import Style, lazy_pinyin

# OpenCC's tables of characters, Traditional to Simplified ("區\t区", alternatives after
# it) and Simplified to Traditional (whose first column is every character in Simplified use).
_TRADITIONAL_TABLE = ("dictionary", "TSCharacters.txt")
_SIMPLIFIED_TABLE = ("dictionary", "STCharacters.txt")


def is_han(character: str) -> bool:
    """A CJK ideograph (the unified block, its extension A and the compatibility block)."""
    code = ord(character)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def has_han(text: str) -> bool:
    return any(is_han(c) for c in text)


def syllables(name: str) -> list[str]:
    """The toneless pinyin of the Chinese characters of ``name`` (other characters left out)."""
    return [s for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore") if s.isalpha()]


def _forms(name: str) -> list[str]:
    """One name's pinyin, spaced and unspaced; with ``u`` for ``v`` (``ü``) as well."""
    spaced = " ".join(syllables(name))
    if not spaced:
        return []
    forms = [spaced, spaced.replace(" ", "")]
    if "v" in spaced:
        forms += [form.replace("v", "u") for form in forms]
    return forms


def pinyin_text(names: Iterable[str | None]) -> str | None:
    """The ``pinyin`` column of an item with these names (the Chinese ones count)."""
    seen: dict[str, None] = {}
    for name in names:
        if name and has_han(name):
            seen.setdefault(" ".join(_forms(name)), None)
    text = " ; ".join(form for form in seen if form)
    return text or None


def _opencc_table(name: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    """(character, first choice) for every line of one of OpenCC's character tables."""
    table = resources.files("opencc").joinpath(*name)
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[1].split():
            yield parts[0], parts[1].split()[0]


def traditional_forms(texts: Iterable[str | None]) -> dict[str, str]:
    """Traditional character → Simplified, for the Simplified characters in ``texts``.

    A character that is in Simplified use as well (台, which OpenCC may make 臺) is left
    out, so that no query written in Simplified changes. Sorted by the Traditional
    character."""
    present = {c for text in texts if text for c in text if is_han(c)}
    simplified_use = {character for character, _ in _opencc_table(_SIMPLIFIED_TABLE)}
    forms = {
        traditional: simplified
        for traditional, simplified in _opencc_table(_TRADITIONAL_TABLE)
        if simplified in present and traditional not in simplified_use
    }
    return dict(sorted(forms.items()))
