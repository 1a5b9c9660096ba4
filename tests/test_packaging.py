"""Packaging: the resolver in every way of running, the wheel's contents, the icon files,
the PyInstaller spec's promises, and the frozen build's smoke test itself.

The PyInstaller build is not a unit test: ``make package`` builds and smoke-tests it.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from jimo_desktop import paths

ROOT = paths.source_checkout_root()
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "jimo-explorer.spec"
ICON_SVG = "jimo-explorer.svg"

needs_checkout = pytest.mark.skipif(
    not (PACKAGING / "smoke_test.py").is_file(), reason="needs a source checkout (packaging/)"
)


# -- the resolver -------------------------------------------------------------------------


def test_bundled_database_and_resources_are_found() -> None:
    """From a checkout or an installed wheel alike, the shipped files resolve and exist."""
    assert paths.bundled_database().is_file()
    assert paths.resource(ICON_SVG).is_file()


def test_frozen_resolver_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path
    assert paths.bundled_database() == tmp_path / "data" / "jimo.db"
    assert paths.resource("icons", "a.png") == tmp_path / "resources" / "icons" / "a.png"


def test_meipass_is_ignored_when_not_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.bundle_dir() != tmp_path


def test_app_icon_loads_every_size_from_a_frozen_layout(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jimo_desktop.ui.app_icon import ICON_SIZES, app_icon

    shutil.copytree(paths.resource(), tmp_path / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)


def test_app_icon_is_null_without_resources(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jimo_desktop.ui.app_icon import app_icon

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_icon().isNull()


# -- the icon files -------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icon_pngs_have_their_sizes() -> None:
    from jimo_desktop.ui.app_icon import ICON_SIZES, icon_file

    for size in ICON_SIZES:
        assert _png_size(icon_file(size).read_bytes()) == (size, size)


@needs_checkout
def test_ico_holds_png_entries_up_to_256() -> None:
    data = (PACKAGING / "windows" / "jimo-explorer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        png_width, png_height = _png_size(data[offset : offset + length])
        assert png_width == png_height == (width or 256)
        sizes.append(png_width)
    assert 16 in sizes and 256 in sizes


@needs_checkout
def test_icns_holds_png_entries_up_to_1024() -> None:
    data = (PACKAGING / "macos" / "jimo-explorer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, sizes = 8, {}
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        sizes[kind] = _png_size(data[position + 8 : position + length])[0]
        position += length
    assert sizes["icp4"] == 16 and sizes["ic07"] == 128 and sizes["ic10"] == 1024


@needs_checkout
def test_linux_desktop_entry_names_the_program_and_icon() -> None:
    entry = (PACKAGING / "linux" / "jimo-explorer.desktop").read_text(encoding="utf-8")
    assert entry.startswith("[Desktop Entry]\n")
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert fields["Type"] == "Application"
    assert fields["Exec"].split()[0] == "jimo-explorer"
    assert fields["Icon"] == "jimo-explorer"


# -- the spec's promises (read, not run: running it is make package) ----------------------


@needs_checkout
def test_spec_excludes_other_bindings_and_never_collects_all_of_pyside6() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert "collect_all" not in names
    strings = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert {"tkinter", "PyQt5", "PyQt6", "PySide2"} <= strings
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtNetwork", "QtPdf", "QtMultimedia"} <= strings


@needs_checkout
def test_the_map_data_licence_notice_travels_with_the_program() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"OpenStreetMap-ODbL.txt"' in text and '"licenses/OpenStreetMap"' in text
    notice = (PACKAGING / "licenses" / "OpenStreetMap-ODbL.txt").read_text(encoding="utf-8")
    assert "© OpenStreetMap contributors" in notice and "ODbL" in notice
    assert '"GSHHG-LGPL.txt"' in text and '"licenses/GSHHG"' in text
    coast = (PACKAGING / "licenses" / "GSHHG-LGPL.txt").read_text(encoding="utf-8")
    assert "GSHHG" in coast and "LGPL-3.0-or-later" in coast and "Wessel" in coast


# -- the wheel ------------------------------------------------------------------------------


def _offline_wheel_build_possible() -> bool:
    """True when this environment's setuptools can build a wheel without a download."""
    try:
        import setuptools
    except ImportError:
        return False
    if importlib.util.find_spec("wheel") is not None:
        return True
    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)  # bdist_wheel is part of setuptools from 70.1


def _project_copy(target: Path) -> Path:
    """The files a wheel is built from, copied so that the checkout gets no build/ folder."""
    ignore = shutil.ignore_patterns("__pycache__", "_bundled", "*.egg-info")
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE", "THIRD-PARTY-NOTICES"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(ROOT / "src", target / "src", ignore=ignore)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=ignore)
    (target / "data").mkdir()
    shutil.copy2(paths.source_checkout_database(), target / "data" / paths.DATABASE_NAME)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "setup.py").is_file():
        pytest.skip("needs a source checkout (setup.py)")
    project = _project_copy(tmp_path_factory.mktemp("project"))
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(out)]
    offline = _offline_wheel_build_possible()
    if offline:
        command += ["--no-build-isolation", "--no-index"]
    result = subprocess.run(
        [*command, str(project)], capture_output=True, text=True, timeout=300, check=False
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 and not offline and "connection" in output.lower():
        pytest.skip("building the wheel needs setuptools>=70.1 here, or a network to fetch it")
    assert result.returncode == 0, output
    assert not (project / "src" / "jimo_desktop" / "_bundled").exists(), "copied into src/"
    (built,) = out.glob("jimo_desktop-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_the_database_and_the_icon(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "jimo_desktop/_bundled/data/jimo.db" in names
    assert f"jimo_desktop/_bundled/resources/{ICON_SVG}" in names
    assert "jimo_desktop/_bundled/resources/icons/jimo-explorer-256.png" in names
    assert {"jimo_desktop/_bundled/LICENSE", "jimo_desktop/_bundled/THIRD-PARTY-NOTICES"} <= names
    assert not [name for name in names if "__pycache__" in name or "/sources/" in name]


@pytest.mark.slow
def test_installed_wheel_resolves_into_the_package(wheel: Path, tmp_path: Path) -> None:
    """An unpacked wheel on sys.path (as site-packages would be) finds its own copy."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import jimo_desktop, jimo_desktop.paths as p;"
        "print(jimo_desktop.__file__); print(p.bundled_database()); print(p.resource('x'));"
        "import jimo_desktop.notices as n; print(n.notices_file())"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    package_file, database, resource, notices = (Path(line) for line in result.stdout.splitlines())
    bundled = site / "jimo_desktop" / "_bundled"
    assert package_file.parent == site / "jimo_desktop"
    assert database == bundled / "data" / "jimo.db"
    assert database.is_file()
    assert resource == bundled / "resources" / "x"
    assert notices == bundled / "THIRD-PARTY-NOTICES" and notices.is_file()


# -- the smoke test of frozen builds --------------------------------------------------------


def _load_smoke_test() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke_test", PACKAGING / "smoke_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FAKE_PROGRAM = """#!{python}
import os, sys
from pathlib import Path
if "--version" in sys.argv:
    print("Jimo Explorer {version}")
    print("Data as of 2026-01-08; database {fingerprint} (jimo.db)")
    sys.exit(0)
if sys.argv[1:2] == ["export"]:
    Path(sys.argv[sys.argv.index("-o") + 1]).write_text("id\\n")
    print("Wrote 0 rows of parks to parks.csv")
    sys.exit(0)
if "--profile-dir" in sys.argv:
    config = Path(sys.argv[sys.argv.index("--profile-dir") + 1]) / "config"
else:
    config = Path(os.environ["HOME"]) / ".config" / "JimoExplorer"
config.mkdir(parents=True, exist_ok=True)
(config / "settings.json").write_text("{{}}")
if {write_beside}:
    (Path(__file__).parent / "cache.bin").write_text("oops")
print("self-test ok: fake")
"""


def _fake_bundle(
    folder: Path, *, write_beside: bool, fingerprint: str | None = None, console: bool = True
) -> Path:
    """A folder bundle whose two programs are Python scripts acting as the frozen ones."""
    from jimo_desktop import __version__

    if fingerprint is None:
        fingerprint = paths.database_hash(paths.source_checkout_database())
    folder.mkdir()
    text = FAKE_PROGRAM.format(
        python=sys.executable,
        version=__version__,
        fingerprint=fingerprint,
        write_beside=write_beside,
    )
    for name in ("jimo-explorer", "jimo-explorer-cli") if console else ("jimo-explorer",):
        program = folder / name
        program.write_text(text)
        program.chmod(0o755)
    content = folder / "_internal"
    content.mkdir()
    for name in ("LICENSE", "THIRD-PARTY-NOTICES"):
        shutil.copy2(ROOT / name, content / name)
    return folder


@needs_checkout
@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a POSIX script")
def test_smoke_test_passes_a_program_that_keeps_to_the_user_folders(tmp_path: Path) -> None:
    smoke = _load_smoke_test()
    bundle = _fake_bundle(tmp_path / "bundle", write_beside=False)
    work = tmp_path / "work"
    work.mkdir()
    smoke.check_folder_bundle(bundle, work)


@needs_checkout
@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a POSIX script")
def test_smoke_test_catches_a_program_writing_inside_its_bundle(tmp_path: Path) -> None:
    smoke = _load_smoke_test()
    bundle = _fake_bundle(tmp_path / "bundle", write_beside=True)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(smoke.SmokeTestFailure):
        smoke.check_folder_bundle(bundle, work)


@needs_checkout
@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a POSIX script")
@pytest.mark.parametrize(
    ("fingerprint", "console", "said"),
    [("0123456789ab", True, "not the database"), (None, False, "no program jimo-explorer-cli")],
    ids=["other-db", "no-cli"],
)
def test_smoke_test_catches_another_database_or_no_console_twin(
    tmp_path: Path, fingerprint: str | None, console: bool, said: str
) -> None:
    smoke = _load_smoke_test()
    bundle = _fake_bundle(
        tmp_path / "bundle", write_beside=False, fingerprint=fingerprint, console=console
    )
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(smoke.SmokeTestFailure, match=said):
        smoke.check_folder_bundle(bundle, work)


@needs_checkout
@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_smoke_test_catches_a_link_to_a_file_left_out(tmp_path: Path) -> None:
    smoke = _load_smoke_test()
    bundle = _fake_bundle(tmp_path / "bundle", write_beside=False)
    (bundle / "libQt6Network.so.6").symlink_to("PySide6/Qt/lib/libQt6Network.so.6")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(smoke.SmokeTestFailure, match=r"libQt6Network\.so\.6"):
        smoke.check_folder_bundle(bundle, work)


@needs_checkout
@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a POSIX script")
def test_smoke_test_catches_a_bundled_distribution_the_notices_do_not_name(
    tmp_path: Path,
) -> None:
    """A package in the bundle (here sqlite_utils's own folder) whose distribution the
    notices leave out fails the smoke test; with it named, the notices pass."""
    smoke = _load_smoke_test()
    bundle = _fake_bundle(tmp_path / "bundle", write_beside=False)
    content = bundle / "_internal"
    (content / "sqlite_utils").mkdir()
    assert "sqlite-utils" in smoke.check_notices(bundle)
    notices = content / "THIRD-PARTY-NOTICES"
    text = notices.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("  sqlite-utils ")]
    notices.write_text("\n".join(kept), encoding="utf-8")
    with pytest.raises(smoke.SmokeTestFailure, match="does not name sqlite-utils"):
        smoke.check_notices(bundle)
    (content / "LICENSE").unlink()
    with pytest.raises(smoke.SmokeTestFailure, match="no LICENSE"):
        smoke.check_notices(bundle)
