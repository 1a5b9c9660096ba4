"""Pack a built program into the archive handed to users, named by version, OS and machine.

    python packaging/archive.py dist/jimo-explorer            # Linux: .tar.gz; Windows: .zip
    python packaging/archive.py "dist/Jimo Explorer.app"      # macOS: the .app, zipped

Writes ``dist/jimo-explorer-<version>-<os>-<machine>.<ext>`` beside the build and prints
its path. Symbolic links stay links (the .app's frameworks need them); on Windows and for
the .app a .zip, elsewhere a .tar.gz.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYSTEMS = {"win32": "windows", "darwin": "macos"}


def package_version() -> str:
    text = (ROOT / "src" / "jimo_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/jimo_desktop/__init__.py")
    return match.group(1)


def archive_name(version: str, system: str, machine: str, zipped: bool) -> str:
    return f"jimo-explorer-{version}-{system}-{machine.lower()}.{'zip' if zipped else 'tar.gz'}"


def write_zip(build: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted([build, *build.rglob("*")]):
            name = path.relative_to(build.parent).as_posix()
            if path.is_symlink():  # stored as a link (Unix mode bits in the high word)
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = 0o120777 << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.write(path, name + "/")
            else:
                archive.write(path, name)


def write_tar(build: Path, target: Path) -> None:
    with tarfile.open(target, "w:gz") as archive:
        archive.add(build, arcname=build.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="the bundle folder or the .app")
    args = parser.parse_args(argv)
    build = args.build.resolve()
    if not build.is_dir():
        print(f"archive: {build} does not exist; build it first (make package)", file=sys.stderr)
        return 1
    system = SYSTEMS.get(sys.platform, sys.platform.rstrip("0123456789"))
    zipped = sys.platform == "win32" or build.suffix == ".app"
    target = build.parent / archive_name(package_version(), system, platform.machine(), zipped)
    (write_zip if zipped else write_tar)(build, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
