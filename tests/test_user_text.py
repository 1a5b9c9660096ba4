"""Text from outside is made encodable: lone surrogates become U+FFFD, nothing else moves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jimo_desktop.user_text import encodable


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert encodable("a\ud800b") == "a\ufffdb"
    assert encodable("\udfff") == "\ufffd"


def test_a_surrogate_pair_and_plain_text_are_kept() -> None:
    assert encodable("即墨 \U0001f600") == "即墨 \U0001f600"
    assert encodable("x\ud83d\ude00") == "x\U0001f600"  # a pair split by a paste


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_any_text_encodes_afterwards(text: str) -> None:
    cleaned = encodable(text)
    cleaned.encode("utf-8")
    assert len(cleaned) <= len(text)
