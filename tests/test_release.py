"""What a release carries: the licence, one version and its changelog entry, and the
third-party notices of everything the program runs with."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

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


# -- the third-party notices ------------------------------------------------------------------


def _notices_module() -> ModuleType:
    path = ROOT / "packaging" / "third_party_notices.py"
    spec = importlib.util.spec_from_file_location("third_party_notices", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed_notices() -> str:
    return (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")


def test_the_notices_name_every_distribution_of_the_run_time_closure() -> None:
    """Every distribution that the ``dependencies`` of pyproject.toml need here, directly
    or through another, as importlib.metadata finds them installed."""
    module = _notices_module()
    with (ROOT / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]["dependencies"]
    closure = {
        canonicalize_name(d.metadata["Name"])
        for d in module.runtime_closure(Requirement(text) for text in declared)
    }
    direct = {canonicalize_name(Requirement(text).name) for text in declared}
    assert direct <= closure
    assert {"shiboken6", "numpy"} <= closure  # required by PySide6 and pyqtgraph, not by us
    named = module.named_distributions(_committed_notices())
    assert closure <= named, f"run make notices: {sorted(closure - named)} are not named"


def test_the_notices_name_every_distribution_the_app_imports(tmp_path: Path) -> None:
    """What a --self-test run really imports (beyond what the interpreter had at start),
    mapped to distributions by importlib.metadata."""
    probe = (
        "import json, sys\n"
        "from importlib import metadata\n"
        "before = set(sys.modules)\n"
        "from jimo_desktop.__main__ import main\n"
        f"code = main(['--self-test', '--profile-dir', {str(tmp_path)!r}])\n"
        "providers = metadata.packages_distributions()\n"
        "top = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(code, json.dumps(sorted({d for m in top for d in providers.get(m, [])})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=180,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    code, names = result.stdout.splitlines()[-1].split(" ", 1)
    assert code == "0"
    imported = {canonicalize_name(name) for name in json.loads(names)} - {"jimo-desktop"}
    assert {"pyside6-essentials", "shiboken6", "pyqtgraph", "numpy", "segno"} <= imported
    named = _notices_module().named_distributions(_committed_notices())
    assert imported <= named, f"run make notices: {sorted(imported - named)} are not named"


def test_the_notices_carry_qt_under_the_lgpl_with_the_offer_of_its_source() -> None:
    text = _committed_notices()
    assert text.startswith("Third-party notices of Jimo Explorer")
    qt = text[text.index("Qt, PySide6 and shiboken6 (LGPL-3.0)") :]
    assert "LGPL-3.0-only" in qt
    assert "Written offer" in qt and "corresponding source code" in qt
    assert "https://download.qt.io/official_releases/" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "PSF" in text  # Python's own licence
    assert "© OpenStreetMap contributors" in text


def test_a_fresh_rendering_names_what_is_installed(tmp_path: Path) -> None:
    """make notices writes the same components as the committed file lists (versions may
    differ from machine to machine; the names do not)."""
    module = _notices_module()
    target = tmp_path / "NOTICES"
    assert module.main(["--output", str(target)]) == 0
    fresh = target.read_text(encoding="utf-8")
    assert module.named_distributions(fresh) == module.named_distributions(_committed_notices())
    for distribution in module.runtime_closure(module.project_requirements()):
        assert f"\n{distribution.metadata['Name']} {distribution.version}\n" in fresh or (
            canonicalize_name(distribution.metadata["Name"]) in module.QT_DISTRIBUTIONS
        )


# -- the workflow and the archives ----------------------------------------------------------------


WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def _actionlint() -> str | None:
    """The actionlint of this environment (the test extra installs it), else one on PATH."""
    beside = Path(sys.executable).with_name("actionlint.exe" if os.name == "nt" else "actionlint")
    return str(beside) if beside.is_file() else shutil.which("actionlint")


def test_actionlint_passes_the_workflow_and_fails_a_broken_one(tmp_path: Path) -> None:
    program = _actionlint()
    if program is None:
        pytest.skip("actionlint is not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [program, str(WORKFLOW)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("runner.os", "runner.oss"), encoding="utf-8"
    )
    result = subprocess.run(
        [program, str(broken)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode != 0


def test_the_workflow_runs_the_projects_own_commands() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for command in ("make test", "make package", "./.ci/windows.ps1", "packaging/archive.py"):
        assert command in text, command
    assert "ubuntu-latest, windows-latest, macos-latest" in text
    assert '"v*"' in text and "workflow_dispatch" in text
    assert ".ci/system-packages" in text
    assert ".ci/system-packages" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    windows = (ROOT / ".ci" / "windows.ps1").read_text(encoding="utf-8")
    for step in ("pytest", "mypy", "lint-imports", "actionlint", "smoke_test.py", "archive.py"):
        assert step in windows, step


def _archive_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("archive", ROOT / "packaging" / "archive.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_archives_are_named_by_version_system_and_machine(tmp_path: Path) -> None:
    module = _archive_module()
    assert module.package_version() == __version__
    assert module.archive_name("0.2.0", "windows", "AMD64", True) == (
        "jimo-explorer-0.2.0-windows-amd64.zip"
    )
    assert module.archive_name("0.2.0", "linux", "x86_64", False).endswith("-linux-x86_64.tar.gz")
    app = tmp_path / "Jimo Explorer.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "MacOS" / "jimo-explorer").write_text("#!", encoding="utf-8")
    if os.name != "nt":
        (app / "Contents" / "Current").symlink_to("MacOS")
    zipped = tmp_path / "app.zip"
    module.write_zip(app, zipped)
    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
        assert "Jimo Explorer.app/Contents/MacOS/jimo-explorer" in names
        if os.name != "nt":
            link = archive.getinfo("Jimo Explorer.app/Contents/Current")
            assert link.external_attr >> 16 & 0o170000 == 0o120000
            assert archive.read(link) == b"MacOS"
    tarred = tmp_path / "app.tar.gz"
    module.write_tar(app, tarred)
    with tarfile.open(tarred) as archive:
        assert "Jimo Explorer.app/Contents/MacOS/jimo-explorer" in archive.getnames()
