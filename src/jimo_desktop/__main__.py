"""Command line of Jimo Explorer: ``jimo-desktop`` or ``python -m jimo_desktop``.

``jimo-desktop [options]`` opens the window; ``jimo-desktop export KIND -o FILE`` writes
a CSV file without opening any window (and without importing Qt): the subcommand is
recognised here, before the application module is imported. ``jimo-desktop --version``
prints the version, the data's as-of date and the database's fingerprint, without Qt.
``jimo-desktop-cli`` is the same ``main`` as a console program (on Windows the window's
``jimo-desktop`` has no console, so that one prints nothing).

``export … --lang zh`` writes the header row, and says its own messages, in Chinese: the
core's marked words translated by the app's ``jimo_explorer_zh_CN.qm``, loaded with
QtCore's ``QTranslator`` alone (nothing is shown, and an English export imports no Qt at
all). ``$JIMO_EXPLORER_TRANSLATIONS`` names another folder of ``.qm`` files (for tests).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from jimo_desktop import __version__
from jimo_desktop.translatable import QT_TRANSLATE_NOOP, Marked, Message, translate_with

EXPORT_COMMAND = "export"
BRIEFING_COMMAND = "briefing"  # jimo-desktop briefing -o FILE.pdf (ui.briefing.briefing_command)
EXIT_USAGE = 2  # a wrong kind, column, filter or option
EXIT_DATABASE = 2  # the database cannot be used (as for the window)
EXIT_WRITE = 1  # the file cannot be written
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT, as shells report it)

# Options of the window that take a value (to find the subcommand after them).
_VALUE_OPTIONS = ("--db", "--profile-dir", "--screenshot", "--lang")
# The languages of ``--lang`` (as the window's), and where a test may put the .qm files.
LANGUAGES = ("zh", "en")
TRANSLATIONS_ENV = "JIMO_EXPLORER_TRANSLATIONS"

_FAILED = QT_TRANSLATE_NOOP("CommandLine", "jimo-desktop export: {message}")
_WROTE_ONE = QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} row of {table} to {path}")
_WROTE = QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} rows of {table} to {path}")
_INTERRUPTED = QT_TRANSLATE_NOOP(
    "CommandLine", "jimo-desktop export: interrupted; no file was left half-written"
)
_NO_CHINESE = QT_TRANSLATE_NOOP(
    "CommandLine", "jimo-desktop export: the Chinese translation is missing; writing English"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jimo-desktop",
        description="Jimo Explorer: the industrial parks of Jimo District, Qingdao, offline.",
        epilog="To write a CSV file instead of opening the window: "
        "jimo-desktop export KIND -o FILE (see jimo-desktop export --help); a briefing "
        "pack (PDF): jimo-desktop briefing -o FILE.pdf --ids ID … | --shortlist.",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version, the data's as-of date and the database's fingerprint "
        "(SHA-256 prefix) of the bundled database or --db, and exit",
    )
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
    parser.add_argument(
        "--lang",
        dest="lang",
        choices=LANGUAGES,
        default="en",
        help="the language of the header row and of these messages (default: %(default)s); "
        "the values are written as published",
    )
    return parser


Translate = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


def export_translate(lang: str) -> tuple[Translate, bool]:
    """``translate(context, text)`` for ``--lang``, and whether it has what it needs.

    Chinese loads the app's ``jimo_explorer_zh_CN.qm`` with ``QtCore.QTranslator`` (Qt is
    imported only here); text it does not hold stays English."""
    if lang != "zh":
        return _english, True
    import os

    from PySide6.QtCore import QTranslator

    from jimo_desktop import paths

    folder = os.environ.get(TRANSLATIONS_ENV) or str(paths.resource("translations"))
    translator = QTranslator()
    if not translator.load("jimo_explorer_zh_CN", folder):
        return _english, False

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate, True


def _said(translate: Translate, template: Marked, **values: Any) -> str:
    return translate_with(translate, Message(template, **values))


def _export_position(argv: Sequence[str], command: str = EXPORT_COMMAND) -> int | None:
    """Where the ``command`` subcommand is, when it is the first word that is no option."""
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
        return position if word == command else None
    return None


def run_export(argv: Sequence[str]) -> int:
    """``jimo-desktop export …``: one clear line on stderr and a non-zero code on error."""
    from jimo_desktop import paths
    from jimo_desktop.catalog import Catalog, DatabaseError
    from jimo_desktop.export.csv_file import CsvOptions, describe_write_error, shown_path
    from jimo_desktop.export.tables import ExportError, kind_table

    args = build_export_parser().parse_args(argv)
    translate, complete = export_translate(args.lang)
    if not complete:
        print(translate_with(translate, _NO_CHINESE), file=sys.stderr)

    def fail(message: object, code: int) -> int:
        """``message``: a known error (its marked message), or text."""
        if isinstance(message, BaseException):
            message = getattr(message, "message", message.args[0] if message.args else "")
        text = translate_with(translate, message if isinstance(message, str) else str(message))
        print(_said(translate, _FAILED, message=text), file=sys.stderr)
        return code

    try:
        catalog = Catalog.open(args.db)
    except DatabaseError as error:
        return fail(error, EXIT_DATABASE)
    try:
        shortlist = None
        if args.kind.strip().casefold() == "shortlist":
            from jimo_desktop.store import StoreError, UserStore

            try:
                with UserStore.open_read_only(paths.user_dirs(args.profile_dir).data) as store:
                    shortlist = store.shortlist()
            except StoreError as error:
                return fail(error, EXIT_DATABASE)
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
        labels = {c.key: translate_with(translate, c.label) for c in table.columns}
        try:
            count = table.write(args.output, [c.key for c in columns], options, labels=labels)
        except OSError as error:
            return fail(describe_write_error(args.output, error), EXIT_WRITE)
    except ExportError as error:
        return fail(error, EXIT_USAGE)
    except DatabaseError as error:  # a damaged row, or the file locked, met while reading
        return fail(error, EXIT_DATABASE)
    finally:
        catalog.close()
    wrote = _WROTE_ONE if count == 1 else _WROTE
    print(_said(translate, wrote, count=count, table=table.name, path=shown_path(args.output)))
    return 0


def _export_language(argv: Sequence[str]) -> str:
    """The ``--lang`` of an export's arguments (the last one given), without parsing them."""
    lang = "en"
    for at, word in enumerate(argv):
        if word == "--lang" and at + 1 < len(argv):
            lang = argv[at + 1]
        elif word.startswith("--lang="):
            lang = word.partition("=")[2]
    return lang if lang in LANGUAGES else "en"


def run_export_interruptible(argv: Sequence[str]) -> int:
    """``run_export``, and Ctrl+C as one line and exit code 130. The file being written is
    a temporary one until the end (``safe_write.atomic_open``): an existing file is left as
    it was, or (when Ctrl+C comes during the final rename) replaced whole."""
    try:
        return run_export(argv)
    except KeyboardInterrupt:
        translate, _ = export_translate(_export_language(argv))
        print(translate_with(translate, _INTERRUPTED), file=sys.stderr)
        return EXIT_INTERRUPTED


def version_lines(database: Path | None = None) -> list[str]:
    """What ``--version`` prints: the program's version, then the as-of date of the data
    and the SHA-256 prefix of the database it would open (``--db``, else the bundled one).
    Raises DatabaseError when that database cannot be used."""
    from jimo_desktop import paths
    from jimo_desktop.catalog import Catalog

    with Catalog.open(database) as catalog:
        as_of = catalog.data_as_of or "unknown"
        path = catalog.path
    return [
        f"Jimo Explorer {__version__}",
        f"Data as of {as_of}; database {paths.database_hash(path)} ({path})",
    ]


def run_version(database: Path | None) -> int:
    from jimo_desktop.catalog import DatabaseError

    try:
        lines = version_lines(database)
    except DatabaseError as error:
        print(f"Jimo Explorer {__version__}")
        print(f"jimo-desktop: {error}", file=sys.stderr)
        return EXIT_DATABASE
    print("\n".join(lines))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    at = _export_position(argv)
    if at is not None:
        return run_export_interruptible(argv[:at] + argv[at + 1 :])
    at = _export_position(argv, BRIEFING_COMMAND)
    if at is not None:
        from jimo_desktop.ui.briefing.briefing_command import run_interruptible

        return run_interruptible(argv[:at] + argv[at + 1 :])
    args = build_parser().parse_args(argv)
    if args.version:
        return run_version(args.db)
    from jimo_desktop import app  # Qt is imported only once the arguments are understood

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
