"""Translators made in a test: a tiny .ts compiled with pyside6-lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QTranslator


def qt_tool(name: str) -> str:
    """A Qt tool of the PySide6 wheel (``pyside6-lrelease``), on PATH or beside Python."""
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def tiny_translator(tmp_path: Path, translations: dict[str, dict[str, str]]) -> QTranslator:
    """A translator compiled from a tiny .ts file: ``{context: {English: translation}}``."""
    contexts = "".join(
        f"<context><name>{escape(context)}</name>"
        + "".join(
            f"<message><source>{escape(english)}</source>"
            f"<translation>{escape(translated)}</translation></message>"
            for english, translated in messages.items()
        )
        + "</context>"
        for context, messages in translations.items()
    )
    ts, qm = tmp_path / "tiny_zh.ts", tmp_path / "tiny_zh.qm"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="zh_CN">{contexts}</TS>',
        encoding="utf-8",
    )
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator
