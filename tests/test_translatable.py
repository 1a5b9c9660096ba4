"""Core text for the screen is marked, and lupdate collects every word of it.

The window translates what it shows with ``tr()``; the core, which never imports Qt, marks
its words with ``QT_TRANSLATE_NOOP``. The scan below reads every string literal of the core
and fails on one that reads as interface English (a label, a sentence) unless
``pyside6-lupdate`` collected it from the tree, so a new label in the core that escapes
translation is caught here.
"""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jimo_desktop import dates, paths
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked, Message, translate_with
from tests.ui.translators import qt_tool

SRC = paths.source_checkout_root() / "src" / "jimo_desktop"

# What is not the core here: the window, the start-up, and two tools whose words are not the
# interface's. The build speaks to the people who edit data/sources/ (English, like the
# CSV files); the command line prints English until it gets a translator of its own.
NOT_CORE = {"ui", "app.py", "self_test.py", "build", "__main__.py"}
# The database's vocabulary and the documentation of its schema: data, not interface words
# (the window names a category or a status in its own words).
NOT_INTERFACE = {"schema.py"}
# Literals that read as English but are data the app compares with, never shows.
DATA_WORDS = {"Area"}  # the metric name published for areas

# Errors raised for a caller's mistake, not for the user; their text is never shown.
DEVELOPER_ERRORS = {
    "AssertionError",
    "KeyError",
    "LookupError",
    "NotImplementedError",
    # The PDF Qt wrote is not as the outline writer expects: a fault of the program.
    "OutlineError",
    "PeriodError",
    "RuntimeError",
    "TypeError",
    "ValueError",
}
SQL = re.compile(
    r"^\s*(select|insert|create|update|delete|pragma|begin|commit|rollback|order by|where|join|left join|case|"
    r"cast|coalesce|limit|group by|union)\b|\bcoalesce\(|\|\||\blike \?|\bwhen '|"
    r"^[a-z_]+(, [a-z_]+)+$|order by|escape '|\bselect\b|\?|\b[a-z]{1,2}\.[a-z_]+\b",
    re.IGNORECASE,
)


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def reads_as_interface_english(text: str) -> bool:
    bare = re.sub(r"\{[^{}]*\}", "", text).strip()
    if not re.search(r"[A-Za-z]{3,}", bare) or SQL.search(text) or bare in DATA_WORDS:
        return False
    if re.fullmatch(r"[A-Za-z0-9_.:/%+-]*", bare):  # one word: only a capitalised one
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}", bare))
    return bare[:1].isupper() or " " in bare


def _call_name(node: ast.Call) -> tuple[str, str]:
    func = node.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", ""


def interface_strings(path: Path) -> list[tuple[int, str]]:
    """The literals of ``path`` that read as interface English and are not excused."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    excused: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        is_scope = isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        if is_scope and body and isinstance(body[0], ast.Expr):  # docstrings
            excused.add(id(body[0].value))
        if isinstance(node, ast.Dict):  # keys are codes: the values are what is shown
            excused.update(id(key) for key in node.keys if key is not None)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            excused.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, ast.Call):
            owner, name = _call_name(node)
            marked = name == "QT_TRANSLATE_NOOP"
            logged = owner in ("log", "logger", "logging", "re")  # and patterns
            if marked or logged or name in DEVELOPER_ERRORS:
                excused.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, ast.Assert):
            excused.update(id(sub) for sub in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            excused.update(id(v) for v in node.values)
    found = []
    for node in ast.walk(tree):
        text = None if id(node) in excused else _text(node)
        if text is not None and reads_as_interface_english(text):
            found.append((getattr(node, "lineno", 0), text))
    return sorted(found)


def core_files() -> list[Path]:
    return [
        path
        for path in sorted(SRC.rglob("*.py"))
        if path.relative_to(SRC).parts[0] not in NOT_CORE | NOT_INTERFACE
    ]


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Every text ``pyside6-lupdate`` collects from the tree, by context."""
    lupdate = qt_tool("pyside6-lupdate")
    ts = tmp_path_factory.mktemp("lupdate") / "collected.ts"
    files = [str(p) for p in sorted(SRC.rglob("*.py"))]
    subprocess.run([lupdate, *files, "-ts", str(ts)], check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        found.setdefault(name, set()).update(
            m.findtext("source", "") for m in context.iter("message")
        )
    return found


def test_no_interface_english_in_the_core_escapes_translation(
    collected: dict[str, set[str]],
) -> None:
    everything = set().union(*collected.values())
    escaped = [
        f"{path.relative_to(SRC)}:{line}: {text!r}"
        for path in core_files()
        for line, text in interface_strings(path)
        if text not in everything
    ]
    assert not escaped, "mark these with QT_TRANSLATE_NOOP:\n" + "\n".join(escaped)


def test_lupdate_collects_the_core_marks(collected: dict[str, set[str]]) -> None:
    assert "Development zones" in collected["ParkTreeModel"]
    assert "The database file “{path}” was not found." in collected["DatabaseError"]
    assert "to {end}" in collected["dates"]
    assert "Chinese name" in collected["ExportColumn"]


def test_the_scan_sees_an_unmarked_label(tmp_path: Path) -> None:
    module = tmp_path / "labels.py"
    module.write_text(
        'HEADERS = ("Chinese name", QT_TRANSLATE_NOOP("X", "Founded"))\n'
        'SQL = "select name_en from parks order by name_en"\n'
        'def f(x):\n    """A docstring."""\n    raise ValueError(f"not a {x}")\n'
        'NOTE = f"Wrote {1} rows"\nKEY = "name_en"\nLABEL = "Summary"\n',
        encoding="utf-8",
    )
    assert [text for _, text in interface_strings(module)] == [
        "Chinese name",
        "Wrote {} rows",
        "Summary",
    ]


def test_marked_text_is_its_english_and_carries_its_context() -> None:
    label = QT_TRANSLATE_NOOP("ParkTreeModel", "Development zones")
    assert label == "Development zones" and isinstance(label, str)
    assert label.context == "ParkTreeModel"
    assert pickle.loads(pickle.dumps(label)).context == "ParkTreeModel"


def test_a_message_is_english_by_default_and_translated_as_a_whole() -> None:
    period = dates.describe("/2020-09")
    assert period == "to Sep 2020"
    chinese = {"to {end}": "至{end}", "{month} {year}": "{year}年{month}", "Sep": "9月"}
    assert translate_with(lambda _c, t: chinese.get(t, t), period) == "至2020年9月"
    assert translate_with(lambda _c, t: t.upper(), "plain text") == "plain text"
    message = Message(Marked("C", "{n} rows in {path}"), n=3, path="/tmp/x.csv")
    assert str(message) == "3 rows in /tmp/x.csv"
    copied = pickle.loads(pickle.dumps(message))
    assert copied == message and copied.values == {"n": 3, "path": "/tmp/x.csv"}
