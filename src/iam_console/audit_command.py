"""``iam-console audit verify``: check the administration log's hash chain from a terminal
(or a scheduled job). Exits 0 when intact, 1 when broken, 2 when the database cannot be read."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from iam_console import config


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="iam-console audit",
                                     description="Administration log commands.")
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="check that no event was changed, removed or "
                                                "inserted; names the first one that was")
    verify.add_argument("--database", metavar="FILE_OR_URL",
                        help="SQLite file path or database URL (default: as the console)")
    args = parser.parse_args(argv)

    from iam_console.db.errors import DatabaseOpenError
    from iam_console.services import audit_chain
    from iam_console.services.setup import open_and_prepare

    _profiles, first = config.startup_profiles(args.database, False, config.locations())
    try:
        database, _status = open_and_prepare(first.url())
    except DatabaseOpenError as exc:
        print(exc, file=sys.stderr)
        return 2
    show = sys.stderr.isatty()

    def progress(checked: int, total: int) -> bool:
        if show:
            print(f"\r{checked:,} of {total:,} events checked", end="", file=sys.stderr)
        return True

    try:
        result = audit_chain.verify_chain(database, None, progress)
    finally:
        database.dispose()
    if show:
        print(file=sys.stderr)
    print(result.message)
    return 0 if result.intact else 1
