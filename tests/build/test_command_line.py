"""``python -m jimo_desktop.build``: its report and exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from jimo_desktop.build.__main__ import main
from tests.build.edit_sources import edit_cell
from tests.conftest import SOURCES


def test_command_line_reports_problems_and_exit_code(
    sources_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_cell(sources_copy, "figures", 0, "source_ids", "S999")
    code = main(["--sources", str(sources_copy), "--output", str(tmp_path / "x.db")])
    assert code == 1
    assert "figures.csv, line 2: source_ids: unknown sources 'S999'" in capsys.readouterr().err
    code = main(["--sources", str(SOURCES), "--output", str(tmp_path / "ok.db")])
    assert code == 0
    assert "Wrote" in capsys.readouterr().out
