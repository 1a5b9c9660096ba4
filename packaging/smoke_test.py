"""Smoke-test a frozen build: it starts, passes its self-test, and writes nothing beside itself.

    python packaging/smoke_test.py dist/jimo-explorer               # folder bundle (make package)
    python packaging/smoke_test.py dist/Jimo\\ Explorer.app          # macOS .app
    python packaging/smoke_test.py --onefile dist/onefile/jimo-explorer

Folder bundle (the windowed ``jimo-explorer`` and its console twin ``jimo-explorer-cli``):
0. no symbolic link in it points at a file it does not hold; it carries LICENSE and a
   THIRD-PARTY-NOTICES that names every distribution whose code it holds;
1. ``--version`` prints the version of the sources it was built from; the console twin's
   also names the data's as-of date and the fingerprint of the database it carries, which
   must be that of the sources' ``data/jimo.db``;
2. ``--self-test`` passes in place (offscreen, with a temporary ``--profile-dir``), and on
   Linux once more on a virtual X server (xvfb-run, when installed) with the real xcb
   platform plugin, so the bundled X libraries are checked too;
3. a copy of the folder made read-only (``chmod -R a-w``) passes ``--self-test`` with
   ``HOME`` pointed at a temporary folder and no profile option, so the user folders come
   from platformdirs, and so does the console twin's ``--self-test``, which must print its
   verdict (on Windows too), and its ``export parks``; afterwards the copy holds exactly
   the same files (names, sizes, times) as before, and the settings and the log are in
   the temporary home. The listing comparison is what counts when run as root, who can
   write to read-only folders.

One-file build: two runs with a temporary ``HOME`` and ``TMPDIR``. Between them a
setting is changed in settings.json and a park is starred through the store API
(``jimo_desktop.store``); after the second run the setting is still there (it was read,
not reset) and the frozen program's ``export shortlist`` still lists the park. The
executable's folder is unchanged and no unpacked ``_MEI*`` folder is left behind.

Exit code 0 when every check holds, 1 otherwise. Runs in the project's environment (for
``jimo_desktop.__version__`` and the store API); it starts the frozen program only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

APP_DIR_NAME = "JimoExplorer"  # jimo_desktop.paths.APP_NAME
STORE_NAME = "user-data.db"  # jimo_desktop.store.STORE_NAME: the shortlist and notes
STARRED = "park:jimo-edz"  # an item of the bundled database, starred between two runs
SELF_TEST_TIMEOUT = 180
IS_WINDOWS = sys.platform == "win32"
PROGRAM = "jimo-explorer"  # the windowed program (no console on Windows)
CLI_PROGRAM = "jimo-explorer-cli"  # its console twin in the same folder


class SmokeTestFailure(Exception):
    """A check did not hold; the message says which and shows the program's output."""


def executable_in(build: Path, program: str = PROGRAM) -> Path:
    """A program inside a folder bundle, a macOS .app, or the one-file build itself."""
    if build.is_file():
        return build
    name = f"{program}.exe" if IS_WINDOWS else program
    for candidate in (build / name, build / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise SmokeTestFailure(f"no program {name} in {build}")


def clean_env(home: Path | None = None, tmpdir: Path | None = None) -> dict[str, str]:
    """The environment of a fresh user: offscreen Qt, no profile override, maybe a new HOME."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("JIMO_EXPLORER_PROFILE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        env["HOME"] = str(home)
        env["USERPROFILE"] = str(home)  # Windows
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    if tmpdir is not None:
        for key in ("TMPDIR", "TEMP", "TMP"):
            env[key] = str(tmpdir)
    return env


def run(
    program: Path, *args: str, env: dict[str, str], cwd: Path, under: Sequence[str] = ()
) -> str:
    """Run the program (``under`` a wrapper such as xvfb-run); its stdout, or SmokeTestFailure."""
    command = [*under, str(program), *args]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=cwd,
            timeout=SELF_TEST_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeTestFailure(f"{' '.join(command)} ran over {error.timeout} s") from None
    if result.returncode != 0:
        raise SmokeTestFailure(
            f"{' '.join(command)} exited with {result.returncode}\n"
            f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
        )
    return result.stdout


def prints(program: Path) -> bool:
    """Whether the program has a stdout: all but the windowed one on Windows."""
    return not IS_WINDOWS or program.stem.endswith("-cli")


def self_test(
    program: Path, *args: str, env: dict[str, str], cwd: Path, under: Sequence[str] = ()
) -> str:
    out = run(program, "--self-test", *args, env=env, cwd=cwd, under=under)
    # A windowed Windows program has no stdout: there the exit code is the verdict.
    if prints(program) and not out.startswith("self-test ok"):
        raise SmokeTestFailure(f"the self-test did not report success:\n{out}")
    return out.strip() or "self-test ok (exit code 0)"


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder``: relative path -> (size, modification time in ns)."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        size = 0 if stat.S_ISDIR(info.st_mode) else info.st_size
        entries[path.relative_to(folder).as_posix()] = (size, info.st_mtime_ns)
    return entries


def compare(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(key for key in before.keys() & after.keys() if before[key] != after[key])
    return [f"+ {p}" for p in added] + [f"- {p}" for p in removed] + [f"~ {p}" for p in changed]


def set_writable(folder: Path, writable: bool) -> None:
    """chmod -R a-w (or u+w back, for clean-up) on a folder and everything in it."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if writable:
            path.chmod(mode | stat.S_IWUSR)
        else:
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def user_files(home: Path) -> list[str]:
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())


def check_version(program: Path, work: Path) -> None:
    """``--version`` names the sources' version; the console twin's also the fingerprint of
    the sources' database (the bundle carries that very file)."""
    from jimo_desktop import __version__ as version  # the sources the build was made from
    from jimo_desktop import paths

    out = run(program, "--version", env=clean_env(), cwd=work)
    if prints(program) and version not in out:
        raise SmokeTestFailure(f"--version says {out.strip()!r}; the sources say {version}")
    fingerprint = paths.database_hash(paths.source_checkout_database())
    if program.stem.endswith("-cli") and not ("Data as of" in out and fingerprint in out):
        raise SmokeTestFailure(
            f"{program.name} --version says {out.strip()!r}: no as-of date, or not the "
            f"database {fingerprint} of the sources"
        )
    said = " / ".join(out.strip().splitlines()) or "exit code 0"
    print(f"ok  {program.name} --version: {said}")


def check_cli_export(program: Path, env: dict[str, str], work: Path) -> str:
    """The console twin writes a CSV file and says so on stdout."""
    target = work / "parks.csv"
    out = run(program, "export", "parks", "-o", str(target), env=env, cwd=work)
    if not (target.is_file() and out.startswith("Wrote ")):
        raise SmokeTestFailure(f"{program.name} export parks wrote no file or said {out!r}")
    return out.strip()


def dangling_links(folder: Path) -> list[str]:
    """The symbolic links under ``folder`` that point at nothing."""
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_symlink() and not path.exists()
    )


def _notices_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent / "third_party_notices.py"
    spec = importlib.util.spec_from_file_location("third_party_notices", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_notices(build: Path) -> str:
    """The bundle carries LICENSE and THIRD-PARTY-NOTICES, and the notices name every
    distribution whose code the bundle holds (except Jimo Explorer itself)."""
    found = sorted(build.rglob("THIRD-PARTY-NOTICES"))
    if not found:
        raise SmokeTestFailure(f"no THIRD-PARTY-NOTICES in {build}")
    content = found[0].parent
    if not (content / "LICENSE").is_file():
        raise SmokeTestFailure(f"no LICENSE beside {found[0]}")
    module = _notices_module()
    named = module.named_distributions(found[0].read_text(encoding="utf-8"))
    bundled = module.bundled_distributions(content) - {"jimo-desktop"}
    missing = sorted(bundled - named)
    if missing:
        raise SmokeTestFailure(f"THIRD-PARTY-NOTICES does not name {', '.join(missing)}")
    return f"{len(bundled)} bundled distributions named ({', '.join(sorted(bundled))})"


def check_folder_bundle(build: Path, work: Path) -> None:
    dangling = dangling_links(build)
    if dangling:
        raise SmokeTestFailure("links to files the bundle does not hold: " + ", ".join(dangling))
    print("ok  LICENSE and THIRD-PARTY-NOTICES:", check_notices(build))
    program = executable_in(build)
    cli = executable_in(build, CLI_PROGRAM)
    check_version(program, work)
    check_version(cli, work)

    profile = work / "profile"
    print(
        "ok  self-test in place:",
        self_test(program, "--profile-dir", str(profile), env=clean_env(), cwd=work),
    )
    print(
        "ok  self-test in Chinese:",
        self_test(
            program, "--lang", "zh", "--profile-dir", str(work / "zh"), env=clean_env(), cwd=work
        ),
    )
    check_x11(program, work)

    copy = work / "read-only" / build.name
    shutil.copytree(build, copy, symlinks=True)
    set_writable(copy, False)
    home = work / "home"
    home.mkdir()
    try:
        before = listing(copy)
        result = self_test(executable_in(copy), env=clean_env(home=home), cwd=work)
        cli_result = self_test(executable_in(copy, CLI_PROGRAM), env=clean_env(home=home), cwd=work)
        exported = check_cli_export(executable_in(copy, CLI_PROGRAM), clean_env(home=home), work)
        differences = compare(before, listing(copy))
    finally:
        set_writable(copy, True)
    if differences:
        raise SmokeTestFailure(
            "the program wrote inside its read-only bundle:\n  " + "\n  ".join(differences[:40])
        )
    written = user_files(home)
    if not any(name.endswith("settings.json") and APP_DIR_NAME in name for name in written):
        raise SmokeTestFailure(f"no settings.json in the user's folders; the home holds {written}")
    print("ok  self-test from a read-only copy:", result)
    print(f"ok  {CLI_PROGRAM} self-test from the read-only copy:", cli_result)
    print(f"ok  {CLI_PROGRAM} export from the read-only copy:", exported)
    print(
        f"ok  nothing written inside the bundle ({len(before)} entries unchanged); "
        f"user files: {', '.join(written)}"
    )


def check_x11(program: Path, work: Path) -> None:
    """Linux: the bundled xcb platform plugin and the X libraries load, on a virtual X server."""
    xvfb_run = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux"):
        return
    if xvfb_run is None:
        print(
            "--  skipped the X11 (xcb) run: xvfb-run is not installed (apt-get install xvfb xauth)"
        )
        return
    env = {**clean_env(), "QT_QPA_PLATFORM": "xcb"}
    args = ("--profile-dir", str(work / "profile-x11"))
    print(
        "ok  self-test on X11 (xcb, Xvfb):",
        self_test(program, *args, env=env, cwd=work, under=(xvfb_run, "-a")),
    )


def star_with_store_api(data_dir: Path, ref: str) -> None:
    """Star ``ref`` in the user's store (as the Star button would), through the store API."""
    from jimo_desktop.catalog import ItemRef
    from jimo_desktop.store import UserStore

    with UserStore.open(data_dir) as store:
        if not (store.set_starred(ItemRef.parse(ref), True) and store.is_persistent):
            raise SmokeTestFailure(f"could not star {ref} in {data_dir}: {store.problem}")


def check_one_file(program: Path, work: Path) -> None:
    program = executable_in(program)
    home, tmpdir = work / "home", work / "tmp"
    home.mkdir()
    tmpdir.mkdir()
    env = clean_env(home=home, tmpdir=tmpdir)
    beside = listing(program.parent)

    print("ok  one-file run 1:", self_test(program, env=env, cwd=work))
    settings_files = [p for p in home.rglob("settings.json") if APP_DIR_NAME in p.as_posix()]
    if len(settings_files) != 1:
        raise SmokeTestFailure(f"expected one settings.json under {home}: {user_files(home)}")
    settings = settings_files[0]
    document = json.loads(settings.read_text(encoding="utf-8"))
    # Choose a grouping the app would never pick by itself; run 2 must read it and keep it.
    document["values"]["grouping"] = "place"
    settings.write_text(json.dumps(document), encoding="utf-8")
    # Star a park in the store the frozen program made.
    stores = [p for p in home.rglob(STORE_NAME) if APP_DIR_NAME in p.as_posix()]
    if len(stores) != 1:
        raise SmokeTestFailure(f"expected one {STORE_NAME} under {home}: {user_files(home)}")
    star_with_store_api(stores[0].parent, STARRED)

    print("ok  one-file run 2:", self_test(program, env=env, cwd=work))
    kept = json.loads(settings.read_text(encoding="utf-8"))["values"]
    if kept.get("grouping") != "place":
        raise SmokeTestFailure(f"settings did not survive between runs: {kept}")
    print(f"ok  settings kept across runs in {settings.relative_to(home)}: grouping=place")
    exported = work / "shortlist.csv"
    run(program, "export", "shortlist", "-o", str(exported), env=env, cwd=work)
    text = exported.read_text(encoding="utf-8-sig")
    if STARRED.split(":")[1] not in text:
        raise SmokeTestFailure(f"the starred {STARRED} is gone after run 2:\n{text[:500]}")
    print(
        f"ok  shortlist kept across runs in {stores[0].relative_to(home)}: {STARRED} "
        "starred through the store API, exported by the frozen program"
    )

    differences = compare(beside, listing(program.parent))
    if differences:
        raise SmokeTestFailure(
            "the one-file program wrote beside itself:\n  " + "\n  ".join(differences)
        )
    leftovers = [p.name for p in tmpdir.iterdir() if p.name.startswith("_MEI")]
    if leftovers:
        raise SmokeTestFailure(f"unpacked folders left behind in TMPDIR: {leftovers}")
    print("ok  nothing written beside the program; no _MEI folder left in TMPDIR")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "build", type=Path, help="the bundle folder, the .app, or the one-file program"
    )
    parser.add_argument("--onefile", action="store_true", help="BUILD is a one-file program")
    args = parser.parse_args(argv)
    build = args.build.resolve()
    if not build.exists():
        print(f"smoke test: {build} does not exist; build it first (make package)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="jimo-smoke-") as tmp:
        work = Path(tmp)
        try:
            if args.onefile:
                check_one_file(build, work)
            else:
                check_folder_bundle(build, work)
        except SmokeTestFailure as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed: {build}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
