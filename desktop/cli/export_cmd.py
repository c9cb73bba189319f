"""`wabadesk export`: conversations and messages as JSON on stdout.

A database that cannot be read (missing, damaged, locked, not ours) ends with exit 2 and one
line saying what to do, never a traceback. ``--readable-only`` gets out of a damaged file
what it still holds, skipping the threads stored on damaged pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.common import add_db_option
from desktop.cli.main import CliError

UNREADABLE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print every conversation and its messages as JSON",
        description="Print every conversation and its messages as JSON on standard output.",
    )
    add_db_option(parser)
    parser.add_argument("--indent", type=int, default=None, help="pretty-print with N spaces")
    parser.add_argument(
        "--readable-only",
        action="store_true",
        help="from a damaged database, export what can still be read (and say what was lost)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.models.db import (
        Database,
        DatabaseUnavailable,
        database_unavailable,
        default_db_url,
        sqlite_file_missing,
    )
    from desktop.models.db_health import quick_check
    from desktop.services.database_care import damaged, latest_backup
    from desktop.services.export import export_conversations, export_readable

    url = getattr(args, "db", None) or default_db_url()
    missing = sqlite_file_missing(url)
    if missing:
        raise CliError(
            f"no database at {missing}; give --db the URL of an existing WABA Desk DB",
            UNREADABLE,
        )
    lost = 0
    try:
        db = Database(url)
        try:
            db.migrate_sync()
            problems = quick_check(db.engine)
            if problems and not args.readable_only:
                raise damaged(str(db.sqlite_path() or url), problems, latest_backup(db))
            if problems:
                data, lost = export_readable(db.engine)
            else:
                data = db.call(export_conversations)
        except SQLAlchemyError as exc:
            raise database_unavailable(url, exc) from exc
        finally:
            db.close()
    except DatabaseUnavailable as exc:
        raise CliError(str(exc), UNREADABLE) from exc
    json.dump(data, sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    if lost:
        print(
            f"wabadesk: the database is damaged: {lost} conversation(s) could not be read "
            "and are missing from this export",
            file=sys.stderr,
        )
    return 0
