"""Units, qualifiers and numbers as the charts show them. Nothing here imports Qt.

Given a published unit (``亿元``, ``bn yuan``, ``万 persons``, ``km²``, ``亩`` …):

- ``unit_scale`` splits it into an exact factor and a base unit; ``convert`` moves a value
  between two units of the same base (``None`` when they measure different things);
- ``unit_meaning`` and ``unit_label`` explain large Chinese units in plain English.

Given a published qualifier (``=``, ``>``, ``>=``, ``<``, ``<=``, ``~``):
``qualifier_class`` says how it is drawn (``EXACT``, ``MORE``, ``LESS``, ``ABOUT``) and
``qualifier_words`` how it reads. ``format_number`` writes a value for reading;
``whole_tick_spacing`` spaces the ticks of an axis of whole numbers (ranks, counts).
"""

from __future__ import annotations

# ``unit_scale`` is a rule the catalog shares (it ranks peers by value in SQL): it is
# written in ``figures`` and asked for here.
from jimo_desktop.figures import unit_scale as unit_scale
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Message

# --------------------------------------------------------------------------- units


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None when they do not convert."""
    if from_unit == to_unit:
        return value
    from_factor, from_base = unit_scale(from_unit)
    to_factor, to_base = unit_scale(to_unit)
    if from_base != to_base:
        return None
    return float(f"{value * from_factor / to_factor:.12g}")


_PER_YEAR = QT_TRANSLATE_NOOP("Chart", " per year")
_HUNDRED_MILLION = QT_TRANSLATE_NOOP("Chart", "100 million {unit}{per_year}")
_TEN_THOUSAND = QT_TRANSLATE_NOOP("Chart", "10,000 {unit}{per_year}")
_MU = QT_TRANSLATE_NOOP("Chart", "mu; 15 亩 = 1 hectare")
_BILLION_YUAN = QT_TRANSLATE_NOOP("Chart", "billion {unit}{per_year}; 1 bn yuan = 10 亿元")
_YUAN = QT_TRANSLATE_NOOP("Chart", "yuan")
_UNIT_AND_MEANING = QT_TRANSLATE_NOOP("Chart", "{unit} ({meaning})")


def unit_meaning(unit: str) -> str:
    """What a unit means in plain English, or '' when it needs no explanation."""
    text = " ".join(unit.split())
    if not text:
        return ""
    per_year = ""
    if text.endswith("/yr"):
        text, per_year = text[:-3], _PER_YEAR
    if text.startswith(("亿", "万")):
        template = _HUNDRED_MILLION if text.startswith("亿") else _TEN_THOUSAND
        return Message(template, unit=_scaled(text[1:]), per_year=per_year)
    if text == "亩":
        return _MU
    if text.startswith("bn ") and "yuan" in text:
        return Message(_BILLION_YUAN, unit=text[3:], per_year=per_year)
    return ""


def _scaled(rest: str) -> str:
    """What follows 亿 or 万, in words: ``元`` is yuan."""
    rest = rest.strip()
    return _YUAN if rest == "元" else rest


def unit_label(unit: str) -> str:
    """A unit for an axis: ``亿元 (100 million yuan)``, ``万 m² (10,000 m²)``, ``km²``."""
    meaning = unit_meaning(unit)
    return Message(_UNIT_AND_MEANING, unit=unit, meaning=meaning) if meaning else unit


# --------------------------------------------------------------------------- qualifiers

_EXACT_WORD = QT_TRANSLATE_NOOP("Chart", "exact")
QUALIFIER_WORDS = {
    "": _EXACT_WORD,
    "=": _EXACT_WORD,
    ">": QT_TRANSLATE_NOOP("Chart", "more than"),
    ">=": QT_TRANSLATE_NOOP("Chart", "at least"),
    "<": QT_TRANSLATE_NOOP("Chart", "less than"),
    "<=": QT_TRANSLATE_NOOP("Chart", "up to"),
    "~": QT_TRANSLATE_NOOP("Chart", "about"),
}

# How a qualifier is drawn: exact, more (> >=), less (< <=), about (~).
EXACT, MORE, LESS, ABOUT = "exact", "more", "less", "about"
QUALIFIER_CLASSES = (EXACT, MORE, LESS, ABOUT)
CLASS_LABELS = {
    EXACT: QT_TRANSLATE_NOOP("Chart", "exact value"),
    MORE: QT_TRANSLATE_NOOP("Chart", "more than (>, ≥)"),
    LESS: QT_TRANSLATE_NOOP("Chart", "less than (<, ≤)"),
    ABOUT: QT_TRANSLATE_NOOP("Chart", "about (~)"),
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
    return QUALIFIER_WORDS.get(qualifier.strip(), qualifier.strip() or _EXACT_WORD)


# --------------------------------------------------------------------------- numbers


def format_number(value: float) -> str:
    """``1,278.36``, ``160``, ``1.333``: thousands separated, a few decimals at most."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    decimals = 2 if abs(value) >= 100 else 3 if abs(value) >= 1 else 4
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def with_unit(number: str, unit: str) -> str:
    """A formatted number and its unit: ``12%``, ``1,278.36 亿元``."""
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}"


def whole_tick_spacing(low: float, high: float, max_ticks: int = 6) -> float:
    """The smallest whole step of 1, 2 or 5 times a power of ten that puts at most
    ``max_ticks`` intervals between ``low`` and ``high``: an axis of ranks or counts never
    ticks 1.5."""
    span = abs(high - low)
    magnitude = 1.0
    while True:
        for factor in (1.0, 2.0, 5.0):
            step = factor * magnitude
            if span / step <= max(1, max_ticks):
                return step
        magnitude *= 10.0
