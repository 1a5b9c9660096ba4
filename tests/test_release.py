"""What a release carries: the licence, one version and its changelog entry."""

from __future__ import annotations

import re
import tomllib

from jimo_desktop import __version__, paths

ROOT = paths.source_checkout_root()


def test_the_code_is_under_the_mit_licence() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_the_data_has_its_terms() -> None:
    text = (ROOT / "data" / "sources" / "README.md").read_text(encoding="utf-8")
    terms = text[text.index("## Terms of the data") :]
    assert "© OpenStreetMap contributors" in terms and "ODbL" in terms
    assert "2018" in terms  # the national catalogue of development zones


def test_the_version_is_read_from_the_package_alone() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "jimo_desktop.__version__"
    }
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_changelog_has_this_version_and_the_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+) - (\S+)$", text, flags=re.MULTILINE)
    versions = [version for version, _ in headings]
    assert versions[0] == __version__, "the newest entry is the package's version"
    assert "0.1.0" in versions
    for version, date in headings:
        assert date == "Unreleased" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), version
