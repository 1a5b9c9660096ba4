"""Command line of Jimo Explorer: ``jimo-desktop`` or ``python -m jimo_desktop``.

``jimo-desktop [options]`` opens the window; ``jimo-desktop export KIND -o FILE`` writes
a CSV file without opening any window (and without importing Qt): the subcommand is
recognised here, before the application module is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from jimo_desktop import __version__

EXPORT_COMMAND = "export"
EXIT_USAGE = 2  # a wrong kind, column, filter or option
EXIT_DATABASE = 2  # the database cannot be used (as for the window)
EXIT_WRITE = 1  # the file cannot be written
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT, as shells report it)

# Options of the window that take a value (to find the subcommand after them).
_VALUE_OPTIONS = ("--db", "--profile-dir", "--screenshot", "--lang")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jimo-desktop",
        description="Jimo Explorer: the industrial parks of Jimo District, Qingdao, offline.",
        epilog="To write a CSV file instead of opening the window: "
        "jimo-desktop export KIND -o FILE (see jimo-desktop export --help).",
    )
    parser.add_argument("--version", action="version", version=f"Jimo Explorer {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="open another database file of the same schema instead of the bundled one",
    )
    parser.add_argument(
        "--profile-dir",
        type=Path,
        metavar="DIR",
        help="keep settings, shortlist, notes and logs in DIR instead of the user folders",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the window after loading to a PNG file and exit",
    )
    parser.add_argument(
        "--lang",
        dest="lang",
        choices=("zh", "en"),
        help="the interface's language: zh (简体中文) or en (English); "
        "default: the one chosen last, else the system's",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, build the window offscreen, run checks and exit",
    )
    return parser


class _OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (not the usage block), exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_export_parser() -> argparse.ArgumentParser:
    from jimo_desktop.export.columns import KINDS

    parser = _OneLineParser(
        prog="jimo-desktop export",
        description="Write one kind of record to a CSV file that opens correctly in Excel "
        "(UTF-8 with BOM, formula-like cells neutralised). Every fact row carries the id, "
        "title and address of its sources.",
    )
    parser.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--industry", metavar="ID_OR_NAME", help="only what concerns parks with this industry"
    )
    parser.add_argument(
        "--kind",
        dest="item_kind",
        metavar="KIND",
        help="only rows of this kind (parks: kind or category; figures: subject type; "
        "shortlist: item type)",
    )
    parser.add_argument(
        "--ids", action="append", metavar="ID,ID…", help="only these ids (may be repeated)"
    )
    parser.add_argument(
        "--columns",
        metavar="COL,COL…",
        help="these columns in this order (keys or headers); the source columns are always added",
    )
    parser.add_argument("--no-bom", action="store_true", help="UTF-8 without a byte-order mark")
    parser.add_argument(
        "--raw", action="store_true", help="write cells as they are (no Excel-safe quoting)"
    )
    parser.add_argument("--db", type=Path, metavar="PATH", help="another database file")
    parser.add_argument(
        "--profile-dir", type=Path, metavar="DIR", help="the profile holding the shortlist"
    )
    return parser


def _export_position(argv: Sequence[str]) -> int | None:
    """Where the ``export`` subcommand is, when it is the first word that is no option."""
    skip = False
    for position, word in enumerate(argv):
        if skip:
            skip = False
            continue
        if word in _VALUE_OPTIONS:
            skip = True
            continue
        if word.startswith("-"):
            continue
        return position if word == EXPORT_COMMAND else None
    return None


def run_export(argv: Sequence[str]) -> int:
    """``jimo-desktop export …``: one clear line on stderr and a non-zero code on error."""
    from jimo_desktop import paths
    from jimo_desktop.catalog import Catalog, DatabaseError
    from jimo_desktop.export.csv_file import CsvOptions, describe_write_error, shown_path
    from jimo_desktop.export.tables import ExportError, kind_table

    args = build_export_parser().parse_args(argv)

    def fail(message: str, code: int) -> int:
        print(f"jimo-desktop export: {message}", file=sys.stderr)
        return code

    try:
        catalog = Catalog.open(args.db)
    except DatabaseError as error:
        return fail(str(error), EXIT_DATABASE)
    try:
        shortlist = None
        if args.kind.strip().casefold() == "shortlist":
            from jimo_desktop.store import StoreError, UserStore

            try:
                with UserStore.open_read_only(paths.user_dirs(args.profile_dir).data) as store:
                    shortlist = store.shortlist()
            except StoreError as error:
                return fail(str(error), EXIT_DATABASE)
        table = kind_table(
            catalog,
            args.kind,
            industry=args.industry,
            item_kind=args.item_kind,
            ids=args.ids,
            shortlist=shortlist,
        )
        wanted = [c for c in (args.columns or "").split(",") if c.strip()]
        columns = table.resolve(wanted or None)  # unknown columns fail before writing
        options = CsvOptions(bom=not args.no_bom, excel_safe=not args.raw)
        try:
            count = table.write(args.output, [c.key for c in columns], options)
        except OSError as error:
            return fail(describe_write_error(args.output, error), EXIT_WRITE)
    except ExportError as error:
        return fail(str(error), EXIT_USAGE)
    except DatabaseError as error:  # a damaged row, or the file locked, met while reading
        return fail(str(error), EXIT_DATABASE)
    finally:
        catalog.close()
    noun = "row" if count == 1 else "rows"
    print(f"Wrote {count} {noun} of {table.name} to {shown_path(args.output)}")
    return 0


def run_export_interruptible(argv: Sequence[str]) -> int:
    """``run_export``, and Ctrl+C as one line and exit code 130. The file being written is
    a temporary one until the end (``safe_write.atomic_open``): an existing file is left as
    it was, or (when Ctrl+C comes during the final rename) replaced whole."""
    try:
        return run_export(argv)
    except KeyboardInterrupt:
        print("jimo-desktop export: interrupted; no file was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    at = _export_position(argv)
    if at is not None:
        return run_export_interruptible(argv[:at] + argv[at + 1 :])
    args = build_parser().parse_args(argv)
    from jimo_desktop import app  # Qt is imported only once the arguments are understood

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
