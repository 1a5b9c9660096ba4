"""The committed .qm translation files are compiled from their .ts sources."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jimo_desktop import paths
from tests.ui.translators import qt_tool

TRANSLATIONS = paths.source_checkout_root() / "resources" / "translations"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_qm_matches_its_source(ts: Path, tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, str(ts), "-qm", str(built)], check=True, capture_output=True)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
    assert committed.read_bytes() == built.read_bytes(), "stale .qm: run `make translations`"


CHINESE_TS = TRANSLATIONS / "jimo_explorer_zh_CN.ts"
SRC = paths.source_checkout_root() / "src" / "jimo_desktop"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?\}|%n")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message
    return found


def test_every_interface_string_has_a_finished_chinese_translation(tmp_path: Path) -> None:
    """lupdate over the tree finds nothing the Chinese file lacks, and nothing in it is
    unfinished, empty or missing a placeholder of its source."""
    lupdate = qt_tool("pyside6-lupdate")
    collected = tmp_path / "collected.ts"
    files = [str(p) for p in sorted(SRC.rglob("*.py"))]
    subprocess.run([lupdate, *files, "-ts", str(collected)], check=True, capture_output=True)
    wanted = set(_messages(collected))
    lost = sorted(source for context, source in wanted if not context)
    assert not lost, f"lupdate lost the context of these (a stray .translate call?): {lost[:5]}"
    chinese = _messages(CHINESE_TS)
    missing = sorted(wanted - set(chinese))
    assert not missing, f"{len(missing)} strings lack a Chinese translation: {missing[:10]}"
    problems = []
    for (context, source), message in chinese.items():
        if (context, source) not in wanted:
            continue  # an obsolete entry does no harm; `make ts` drops it
        element = message.find("translation")
        assert element is not None
        texts = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            if set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} → {text!r} loses a placeholder")
    assert not problems, "\n".join(problems)
