"""``jimo-desktop briefing -o FILE.pdf [--ids ID …] [--shortlist] [--lang zh|en]``.

Writes the briefing pack of the items named (park, organization or project ids, or
``kind:id``) and/or of the profile's shortlist, without showing any window: the charts
are pyqtgraph widgets, so a Qt application is made (on the offscreen platform unless
another is asked for) but nothing is shown. The file is written atomically.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jimo_desktop.items import ItemKind, ItemRef

EXIT_USAGE = 2
EXIT_DATABASE = 2
EXIT_WRITE = 1
EXIT_INTERRUPTED = 130
_KINDS = (ItemKind.PARK, ItemKind.ORGANIZATION, ItemKind.PROJECT, ItemKind.PLACE, ItemKind.INDUSTRY)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jimo-desktop briefing",
        description="Write the briefing pack (a PDF to hand out and print) of some items "
        "or of the shortlist: profiles, figures with their sources, charts, timeline, "
        "comparison, fact check and the numbered sources.",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--ids",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help="the items (park ids such as jimo-edz, or kind:id such as project:life-valley)",
    )
    parser.add_argument("--shortlist", action="store_true", help="the items of the shortlist")
    parser.add_argument("--lang", choices=("zh", "en"), default="en", help="the pack's language")
    parser.add_argument("--db", type=Path, metavar="PATH", help="another database file")
    parser.add_argument(
        "--profile-dir", type=Path, metavar="DIR", help="the profile holding the shortlist"
    )
    return parser


def resolve(catalog: object, text: str) -> ItemRef | None:
    """The item ``text`` names: ``kind:id``, or an id looked up among the kinds."""
    from jimo_desktop.catalog import Catalog

    assert isinstance(catalog, Catalog)
    if ":" in text:
        try:
            ref = ItemRef.parse(text)
        except ValueError:
            return None
        return ref if catalog.related(ref) is not None or catalog.detail(ref) else None
    for kind in _KINDS:
        ref = ItemRef(kind, text)
        if catalog.detail(ref) is not None:
            return ref
    return None


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing is shown
    from jimo_desktop import app, paths
    from jimo_desktop.catalog import Catalog, DatabaseError
    from jimo_desktop.export.csv_file import describe_write_error, shown_path
    from jimo_desktop.ui.briefing.pack_words import PackRequest
    from jimo_desktop.ui.briefing.pack_writer import write_pack
    from jimo_desktop.ui.translations import Language, set_language

    def fail(message: str, code: int) -> int:
        print(f"jimo-desktop briefing: {message}", file=sys.stderr)
        return code

    if not args.ids and not args.shortlist:
        return fail("say which items: --ids ID … or --shortlist", EXIT_USAGE)
    qt_app = app.application()
    set_language(qt_app, Language(args.lang))  # the charts' words, as the pack's
    try:
        catalog = Catalog.open(args.db)
    except DatabaseError as error:
        return fail(str(error), EXIT_DATABASE)
    try:
        refs: list[ItemRef] = []
        for text in args.ids:
            ref = resolve(catalog, text)
            if ref is None:
                return fail(f"no item {text!r} in the database", EXIT_USAGE)
            refs.append(ref)
        if args.shortlist:
            from jimo_desktop.store import StoreError, UserStore

            try:
                with UserStore.open_read_only(paths.user_dirs(args.profile_dir).data) as store:
                    refs += [entry.ref for entry in store.shortlist()]
            except StoreError as error:
                return fail(str(error), EXIT_DATABASE)
        if not refs:
            return fail("the shortlist is empty", EXIT_USAGE)
        try:
            build = write_pack(catalog, PackRequest(tuple(refs), args.lang), args.output)
        except OSError as error:
            return fail(describe_write_error(args.output, error), EXIT_WRITE)
        except DatabaseError as error:
            return fail(str(error), EXIT_DATABASE)
    finally:
        catalog.close()
    items = len(build.data.details)
    print(f"Wrote {build.page_count} pages ({items} items) to {shown_path(args.output)}")
    return 0


def run_interruptible(argv: Sequence[str]) -> int:
    """``run``, and Ctrl+C as one line and exit code 130 (no file is left half-written)."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        print("jimo-desktop briefing: interrupted; no file was written", file=sys.stderr)
        return EXIT_INTERRUPTED
