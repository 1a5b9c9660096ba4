"""The build's command line: ``python -m jimo_desktop.build [--sources DIR] [--output PATH]``.

Given no options it reads the checkout's ``data/sources/`` and writes ``data/jimo.db``
(``make db``). It prints the row counts written, or every problem found in the sources (or
why the output could not be written) on stderr with exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from jimo_desktop import paths
from jimo_desktop.build import SourceError, build


def main(argv: Sequence[str] | None = None) -> int:
    """Build from the command line ``argv`` (default: ``sys.argv``); return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m jimo_desktop.build",
        description="Build the Jimo Explorer database from its CSV sources.",
    )
    parser.add_argument(
        "--sources",
        type=Path,
        default=paths.source_data_dir(),
        help="folder of the CSV sources (default: %(default)s)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=paths.source_checkout_database(),
        help="database to write (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        counts = build(args.sources, args.output)
    except SourceError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Could not write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    print(f"Wrote {args.output}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
