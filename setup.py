"""Build hook: a wheel carries the database, resources, licence and third-party notices
as ``jimo_desktop/_bundled/``.

Everything else about the package is declared in pyproject.toml. In a source checkout
the resolver (``jimo_desktop.paths.bundle_dir``) finds ``data/jimo.db`` and
``resources/`` at the repository root; an installed wheel has no repository root, so
``build_py`` copies them into the *build* folder under ``jimo_desktop/_bundled/``. Nothing
is ever copied into ``src/``: an editable install and the checkout stay as they are (the
copy is skipped in editable mode). An sdist carries the same files at its root, so a
wheel built from the sdist gets them too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
PACKAGE = "jimo_desktop"
BUNDLED_DIR = "_bundled"
DATABASE = Path("data", "jimo.db")
RESOURCES = Path("resources")
# The licence and the third-party notices, which the About box shows (jimo_desktop.notices).
NOTICES = (Path("LICENSE"), Path("THIRD-PARTY-NOTICES"))


def bundled_files() -> list[Path]:
    """The files shipped in ``_bundled/``, relative to the project root."""
    if not (ROOT / DATABASE).is_file():
        raise SystemExit(f"{DATABASE} is missing: build it first (make db)")
    files = [DATABASE, *(name for name in NOTICES if (ROOT / name).is_file())]
    for path in sorted((ROOT / RESOURCES).rglob("*")):
        relative = path.relative_to(ROOT)
        hidden = any(part.startswith(".") or part == "__pycache__" for part in relative.parts)
        if path.is_file() and not hidden:
            files.append(relative)
    return files


class BuildPyWithBundle(build_py):
    """``build_py`` that also copies the database and resources into the package."""

    def _bundle_target(self) -> Path:
        return Path(self.build_lib, PACKAGE, BUNDLED_DIR)

    def _bundling(self) -> bool:
        return not getattr(self, "editable_mode", False)

    def run(self) -> None:
        super().run()
        if not self._bundling():
            return
        target = self._bundle_target()
        shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
        for relative in bundled_files():
            destination = target / relative
            self.mkpath(str(destination.parent))
            self.copy_file(str(ROOT / relative), str(destination))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not self._bundling():
            return outputs
        target = self._bundle_target()
        return [*outputs, *(str(target / relative) for relative in bundled_files())]


class SdistWithBundle(sdist):
    """``sdist`` that carries the database and resources, for a wheel built from it."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        for relative in bundled_files():
            destination = Path(base_dir, relative)
            self.mkpath(str(destination.parent))
            self.copy_file(str(ROOT / relative), str(destination))


setup(cmdclass={"build_py": BuildPyWithBundle, "sdist": SdistWithBundle})
