"""`wabadesk export`: conversations and messages as JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.common import add_db_option
from desktop.cli.main import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print every conversation and its messages as JSON",
        description="Print every conversation and its messages as JSON on standard output.",
    )
    add_db_option(parser)
    parser.add_argument("--indent", type=int, default=None, help="pretty-print with N spaces")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models.db import (
        Database,
        DatabaseUnavailable,
        default_db_url,
        sqlite_file_missing,
    )
    from desktop.services.export import export_conversations

    url = getattr(args, "db", None) or default_db_url()
    missing = sqlite_file_missing(url)
    if missing:
        raise CliError(f"no database at {missing}; give --db the URL of an existing WABA Desk DB")
    try:
        db = Database(url)
        try:
            db.migrate_sync()
            data = db.call(export_conversations)
        finally:
            db.close()
    except DatabaseUnavailable as exc:
        raise CliError(str(exc)) from exc
    json.dump(data, sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    return 0
