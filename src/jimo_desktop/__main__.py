"""Command line of Jimo Explorer: ``jimo-desktop`` or ``python -m jimo_desktop``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from jimo_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jimo-desktop",
        description="Jimo Explorer: the industrial parks of Jimo District, Qingdao, offline.",
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
        "--self-test",
        action="store_true",
        help="open the database, build the window offscreen, run checks and exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from jimo_desktop import app  # Qt is imported only once the arguments are understood

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
