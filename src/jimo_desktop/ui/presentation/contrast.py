"""Contrast ratios of colours, as WCAG 2 defines them (no Qt: plain numbers).

``contrast_ratio("#1f6fb2", "#ffffff")`` is 5.28: AA asks at least 4.5 for body text
(``AA_TEXT``), 3 for large text and for lines and marks that carry meaning
(``AA_LARGE``). ``over`` gives the colour a translucent one shows on a background.
"""

from __future__ import annotations

AA_TEXT = 4.5
AA_LARGE = 3.0


def _rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` (or ``rrggbb``) as three 0–255 channels."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb``: 0 for black, 1 for white."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same luminance) to 21 (black on white), whichever is lighter."""
    a, b = relative_luminance(first), relative_luminance(second)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def over(colour: str, alpha: float, background: str) -> str:
    """The ``#rrggbb`` that ``colour`` at opacity ``alpha`` (0–1) shows on ``background``."""
    front, back = _rgb(colour), _rgb(background)
    mixed = (round(f * alpha + b * (1 - alpha)) for f, b in zip(front, back, strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)
