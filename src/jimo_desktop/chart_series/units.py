"""Units, qualifiers and numbers as the charts show them. Nothing here imports Qt.

Given a published unit (``亿元``, ``bn yuan``, ``万 persons``, ``km²``, ``亩`` …):

- ``unit_scale`` splits it into an exact factor and a base unit; ``convert`` moves a value
  between two units of the same base (``None`` when they measure different things);
- ``unit_meaning`` and ``unit_label`` explain large Chinese units in plain English.

Given a published qualifier (``=``, ``>``, ``>=``, ``<``, ``<=``, ``~``):
``qualifier_class`` says how it is drawn (``EXACT``, ``MORE``, ``LESS``, ``ABOUT``) and
``qualifier_words`` how it reads. ``format_number`` writes a value for reading.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- units

_CJK_SCALES = {"万": 1e4, "亿": 1e8}
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9}
# Units of the same quantity with an exact factor between them (to the first unit).
_BASE_UNITS = {
    "km²": (1e6, "m²"),
    "ha": (1e4, "m²"),
    "亩": (1e4 / 15, "m²"),  # 15 亩 = 1 ha exactly
    "m²": (1.0, "m²"),
    "元": (1.0, "yuan"),
}


def unit_scale(unit: str) -> tuple[float, str]:
    """The factor and base of a unit: ``亿元`` -> (1e8, 'yuan'), ``km²`` -> (1e6, 'm²')."""
    text = " ".join(unit.split())
    factor = 1.0
    if text[:1] in _CJK_SCALES and len(text) > 1:
        factor, text = _CJK_SCALES[text[0]], text[1:].strip()
    else:
        word, _, rest = text.partition(" ")
        if word in _WORD_SCALES and rest:
            factor, text = _WORD_SCALES[word], rest
    head, slash, tail = text.partition("/")
    if head in _BASE_UNITS:
        base_factor, head = _BASE_UNITS[head]
        factor *= base_factor
    return factor, head + slash + tail


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None when they do not convert."""
    if from_unit == to_unit:
        return value
    from_factor, from_base = unit_scale(from_unit)
    to_factor, to_base = unit_scale(to_unit)
    if from_base != to_base:
        return None
    return float(f"{value * from_factor / to_factor:.12g}")


def unit_meaning(unit: str) -> str:
    """What a unit means in plain English, or '' when it needs no explanation."""
    text = " ".join(unit.split())
    if not text:
        return ""
    per_year = ""
    if text.endswith("/yr"):
        text, per_year = text[:-3], " per year"
    if text.startswith("亿"):
        return f"100 million {_scaled(text[1:])}{per_year}".strip()
    if text.startswith("万"):
        return f"10,000 {_scaled(text[1:])}{per_year}".strip()
    if text == "亩":
        return "mu; 15 亩 = 1 hectare"
    if text.startswith("bn "):
        return f"billion {text[3:]}{per_year}; 1 bn yuan = 10 亿元" if "yuan" in text else ""
    return ""


def _scaled(rest: str) -> str:
    """What follows 亿 or 万, in words: ``元`` is yuan."""
    rest = rest.strip()
    return "yuan" if rest == "元" else rest


def unit_label(unit: str) -> str:
    """A unit for an axis: ``亿元 (100 million yuan)``, ``万 m² (10,000 m²)``, ``km²``."""
    meaning = unit_meaning(unit)
    return f"{unit} ({meaning})" if meaning else unit


# --------------------------------------------------------------------------- qualifiers

QUALIFIER_WORDS = {
    "": "exact",
    "=": "exact",
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "up to",
    "~": "about",
}

# How a qualifier is drawn: exact, more (> >=), less (< <=), about (~).
EXACT, MORE, LESS, ABOUT = "exact", "more", "less", "about"
QUALIFIER_CLASSES = (EXACT, MORE, LESS, ABOUT)
CLASS_LABELS = {
    EXACT: "exact value",
    MORE: "more than (>, ≥)",
    LESS: "less than (<, ≤)",
    ABOUT: "about (~)",
}


def qualifier_class(qualifier: str) -> str:
    q = qualifier.strip()
    if q in ("", "="):
        return EXACT
    if q.startswith(">"):
        return MORE
    if q.startswith("<"):
        return LESS
    return ABOUT


def qualifier_words(qualifier: str) -> str:
    return QUALIFIER_WORDS.get(qualifier.strip(), qualifier.strip() or "exact")


# --------------------------------------------------------------------------- numbers


def format_number(value: float) -> str:
    """``1,278.36``, ``160``, ``1.333``: thousands separated, a few decimals at most."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    decimals = 2 if abs(value) >= 100 else 3 if abs(value) >= 1 else 4
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def _with_unit(number: str, unit: str) -> str:
    """A formatted number and its unit: ``12%``, ``1,278.36 亿元``."""
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}"
