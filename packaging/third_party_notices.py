"""Write THIRD-PARTY-NOTICES: the licences of everything the built program carries.

    python packaging/third_party_notices.py                 # = make notices: THIRD-PARTY-NOTICES
    python packaging/third_party_notices.py --output FILE   # elsewhere (the spec: its workpath)
        [--modules NAME,NAME…]                              # and what provides these modules

What it lists, read from this environment (so run it in the one the program is built
from): Python itself, with its LICENSE.txt; Qt, PySide6 and shiboken6 under the LGPL-3.0,
with the offer of their source and where to get it; then every distribution of the
run-time requirement closure, the ``[project] dependencies`` of pyproject.toml and what
they require in turn (markers evaluated here, no extras), and the distributions that
provide the top-level modules given with ``--modules`` (the spec gives those it bundles:
numpy's typing imports bring in typing_extensions, for one), each with its version,
licence, home page and the licence files its wheel carries. The PySide6 wheels carry no licence
file: the texts of the LGPL-3.0 and of the GPL-3.0 it builds on are in packaging/licenses/.

The spec writes a fresh copy into the bundle, so that it names what was really bundled;
the committed copy at the repository root is the one a source checkout shows.
"""

from __future__ import annotations

import argparse
import re
import sys
import sysconfig
import textwrap
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = Path(__file__).resolve().parent / "licenses"
NOTICES_NAME = "THIRD-PARTY-NOTICES"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# The distributions that are Qt: their licence is chosen here, not read (they offer three).
QT_DISTRIBUTIONS = {"pyside6-essentials", "shiboken6"}
QT_LICENCE = "LGPL-3.0-only"
PROJECT = "jimo-desktop"
RULE = "=" * 78


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """The run-time requirements of Jimo Explorer, as pyproject.toml declares them."""
    with pyproject.open("rb") as handle:
        return [Requirement(text) for text in tomllib.load(handle)["project"]["dependencies"]]


def runtime_closure(requirements: Iterable[Requirement]) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need here, and theirs in turn,
    sorted by name. A requirement whose marker does not hold here is left out; one that
    is not installed raises PackageNotFoundError."""
    found: dict[str, metadata.Distribution] = {}
    pending = [r for r in requirements if r.marker is None or r.marker.evaluate({"extra": ""})]
    while pending:
        requirement = pending.pop()
        key = canonicalize_name(requirement.name)
        if key in found:
            continue
        distribution = metadata.distribution(requirement.name)
        found[key] = distribution
        for text in distribution.requires or []:
            child = Requirement(text)
            if child.marker is None or child.marker.evaluate({"extra": ""}):
                pending.append(child)
    return [found[key] for key in sorted(found)]


def providers_of(modules: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules (none for the
    standard library's), Jimo Explorer itself left out."""
    providers = metadata.packages_distributions()
    names = {name for module in modules for name in providers.get(module, [])}
    return [
        metadata.distribution(name)
        for name in sorted(names)
        if canonicalize_name(name) != canonicalize_name(PROJECT)
    ]


def merged(*groups: Iterable[metadata.Distribution]) -> list[metadata.Distribution]:
    """One of each distribution, sorted by name."""
    found = {canonicalize_name(d.metadata["Name"]): d for group in groups for d in group}
    return [found[key] for key in sorted(found)]


def distribution_licence(distribution: metadata.Distribution) -> str:
    """The licence a distribution's metadata names: its expression, a short License
    field, or its classifiers."""
    if canonicalize_name(distribution.metadata["Name"]) in QT_DISTRIBUTIONS:
        return QT_LICENCE
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    licence = str(meta.get("License") or "")
    if licence and len(licence) <= 80 and "\n" not in licence:
        return licence
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence text below"


def home_page(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    urls = [str(u).split(",", 1) for u in meta.get_all("Project-URL") or []]
    by_label = {label.strip().casefold(): url.strip() for label, url in urls if url}
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if label in by_label:
            return by_label[label]
    return next(iter(by_label.values()), "")


def licence_files(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """(name inside the dist-info, text) of the licence files a distribution carries."""
    files = []
    for file in distribution.files or []:
        parts = Path(file).parts
        if parts and parts[0].endswith(".dist-info") and LICENCE_FILE.search(file.name):
            text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
            files.append((Path(*parts[1:]).as_posix(), text))
    return sorted(files)


def python_licence() -> str:
    """Python's own LICENSE.txt (beside the standard library, or in the installation's root
    on Windows)."""
    for folder in (Path(sysconfig.get_path("stdlib")), Path(sys.base_prefix)):
        path = folder / "LICENSE.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return "The licence of Python: https://docs.python.org/3/license.html\n"


def qt_section(distributions: list[metadata.Distribution]) -> str:
    """Qt, PySide6 and shiboken6: the licence chosen, the offer of the source and where it is."""
    versions = {
        canonicalize_name(d.metadata["Name"]): d.version
        for d in distributions
        if canonicalize_name(d.metadata["Name"]) in QT_DISTRIBUTIONS
    }
    version = versions.get("pyside6-essentials", "")
    major_minor = ".".join(version.split(".")[:2])
    text = f"""
    Qt {version}, PySide6-Essentials {version} and shiboken6 {versions.get("shiboken6", "")}
    are used under the GNU Lesser General Public License version 3 (LGPL-3.0-only), one of
    the licences The Qt Company offers them under (the others: GPL-2.0, GPL-3.0). Their
    texts follow at the end of this file: the LGPL-3.0 and the GPL-3.0 whose terms it adds
    to. Copyright (C) The Qt Company Ltd. and other contributors.

    The Qt libraries are not changed and are linked dynamically: in the folder bundle they
    are the files under _internal/PySide6/ (Qt/lib/ on Linux; Qt6*.dll on Windows; the Qt
    frameworks in the .app on macOS), and you may replace them with another build of the
    same Qt version, yours or one you made from its source.

    Source code. The complete corresponding source code of these versions is available
    from the Qt Project at no charge:
      Qt for Python (PySide6, shiboken6):
        https://download.qt.io/official_releases/QtForPython/pyside6/PySide6-{version}-src/
        and https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version})
      Qt: https://download.qt.io/official_releases/qt/{major_minor}/{version}/src/
        and https://code.qt.io/cgit/qt/qt5.git/ (tag v{version})
    Written offer: for at least three years from the day you received this program, whoever
    distributed it to you will, on request, give you a complete machine-readable copy of
    that source code, on a medium customarily used for software interchange, for no more
    than the cost of making and sending the copy.

    Qt itself contains third-party code (among others ICU, HarfBuzz, FreeType, libpng,
    zlib, PCRE2, double-conversion), each under its own licence:
    https://doc.qt.io/qt-6/licenses-used-in-qt.html
    """
    return textwrap.dedent(text).strip() + "\n"


def summary_line(name: str, version: str, licence: str) -> str:
    return f"  {f'{name} {version}':<36} {licence}"


def render(distributions: list[metadata.Distribution], version: str) -> str:
    """The whole text of THIRD-PARTY-NOTICES."""
    python_version = ".".join(str(n) for n in sys.version_info[:3])
    others = [
        d for d in distributions if canonicalize_name(d.metadata["Name"]) not in QT_DISTRIBUTIONS
    ]
    qt = [d for d in distributions if canonicalize_name(d.metadata["Name"]) in QT_DISTRIBUTIONS]
    lines = [
        f"Third-party notices of Jimo Explorer {version}",
        RULE,
        "",
        "Jimo Explorer's own code is under the MIT licence (LICENSE). The program as built",
        "carries the components below, each under its own licence, whose texts follow.",
        "Generated by packaging/third_party_notices.py (make notices) from the metadata and",
        "licence files of the installed distributions. The map's boundaries are OpenStreetMap",
        "data, © OpenStreetMap contributors, under the ODbL 1.0",
        "(https://www.openstreetmap.org/copyright); its coast is GSHHG 2.3.6 data",
        "(P. Wessel and W. H. F. Smith, https://www.soest.hawaii.edu/pwessel/gshhg/), under the",
        "LGPL-3.0-or-later (notice: licenses/GSHHG/); the data's terms: data/sources/README.md.",
        "",
        "Components",
        "",
        summary_line("Python", python_version, "PSF-2.0"),
        *(summary_line(d.metadata["Name"], d.version, distribution_licence(d)) for d in qt),
        *(summary_line(d.metadata["Name"], d.version, distribution_licence(d)) for d in others),
        "",
        RULE,
        "Qt, PySide6 and shiboken6 (LGPL-3.0)",
        RULE,
        "",
        qt_section(distributions),
    ]
    for distribution in others:
        name = distribution.metadata["Name"]
        lines += [
            RULE,
            f"{name} {distribution.version}",
            f"Licence: {distribution_licence(distribution)}",
            *([f"Home: {home_page(distribution)}"] if home_page(distribution) else []),
            RULE,
            "",
        ]
        files = licence_files(distribution)
        if not files:
            lines += ["(The distribution carries no licence file.)", ""]
        for file_name, text in files:
            lines += [f"--- {file_name}", "", text.rstrip(), ""]
    lines += [
        RULE,
        f"Python {python_version}",
        "Licence: PSF-2.0 (Python Software Foundation License Version 2)",
        "Home: https://www.python.org/",
        RULE,
        "",
        python_licence().rstrip(),
        "",
    ]
    for title, file_name in (
        (
            "GNU Lesser General Public License version 3 (the licence of Qt and PySide6)",
            "LGPL-3.0.txt",
        ),
        ("GNU General Public License version 3 (whose terms the LGPL-3.0 adds to)", "GPL-3.0.txt"),
    ):
        text = (LICENSES / file_name).read_text(encoding="utf-8")
        lines += [RULE, title, RULE, "", text.rstrip(), ""]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def named_distributions(text: str) -> set[str]:
    """The (normalised) names of the distributions a THIRD-PARTY-NOTICES text lists in its
    Components section."""
    section = text.split("\nComponents\n", 1)[1].split(f"\n{RULE}", 1)[0]
    return {
        canonicalize_name(line.split()[0])
        for line in section.splitlines()
        if line.startswith("  ") and line.strip()
    }


def bundled_distributions(folder: Path) -> set[str]:
    """The (normalised) names of the distributions whose code or metadata a bundle's
    content folder (``_internal``) holds: its top-level packages and modules, found in this
    environment's ``packages_distributions()``, and its ``.dist-info`` folders."""
    providers = metadata.packages_distributions()
    found = set()
    for entry in folder.iterdir():
        if entry.name.endswith(".dist-info"):
            found.add(canonicalize_name(entry.name[: -len(".dist-info")].rsplit("-", 1)[0]))
            continue
        module = entry.name.split(".", 1)[0]
        if entry.is_dir() and "." in entry.name:  # numpy.libs, PySide6.libs: no module
            continue
        found.update(canonicalize_name(name) for name in providers.get(module, []))
    return found


def package_version() -> str:
    text = (ROOT / "src" / "jimo_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, flags=re.MULTILINE)
    return match.group(1) if match else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / NOTICES_NAME)
    parser.add_argument(
        "--modules", default="", help="top-level modules whose distributions are named too"
    )
    args = parser.parse_args(argv)
    modules = [name for name in args.modules.split(",") if name]
    distributions = merged(runtime_closure(project_requirements()), providers_of(modules))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(distributions, package_version()), encoding="utf-8", newline="\n")
    names = ", ".join(d.metadata["Name"] for d in distributions)
    print(f"wrote {args.output}: Python, {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
