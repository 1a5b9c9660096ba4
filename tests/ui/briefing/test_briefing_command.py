"""``jimo-desktop briefing``: the pack of the ids given, one line on success, one clear
line and a non-zero code for an unknown item, no items or a folder that does not exist."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from jimo_desktop.__main__ import main


def test_writes_the_pack_of_the_ids(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pack.pdf"
    assert main(["briefing", "-o", str(target), "--ids", "jimo-edz", "park:blue-valley"]) == 0
    reader = pypdf.PdfReader(target)
    assert [item.title for item in reader.outline][:2] == [
        "Jimo Economic Development Zone",
        "Qingdao Blue Valley",
    ]
    out = capsys.readouterr().out
    assert f"Wrote {len(reader.pages)} pages (2 items) to {target}" in out


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["--ids", "no-such-park"], "no item 'no-such-park'"),
        ([], "say which items"),
        (["--shortlist"], "the shortlist is empty"),
    ],
)
def test_what_cannot_be_packed_is_said(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], said: str
) -> None:
    target = tmp_path / "pack.pdf"
    assert main(["briefing", "-o", str(target), *words]) == 2
    assert said in capsys.readouterr().err
    assert not target.exists()


def test_a_missing_folder_is_one_line(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "none" / "pack.pdf"
    assert main(["briefing", "-o", str(target), "--ids", "jimo-bonded-zone"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()
