"""`wabadesk self-test`: start Qt offscreen, load the icon and translations, migrate a database.

The cheapest run that touches every part a packaged build can lose (Qt's platform plugin,
resources/, the Alembic migrations); tools/package_smoke.sh runs it on the frozen binary.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from desktop.cli.common import add_db_option
from desktop.cli.main import CliError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="check that Qt, the resources and the migrations load, then exit",
        description="Start Qt without a window, load the icon and translations, migrate the "
        "database given by --db, and exit 0 when everything loaded.",
    )
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    url = getattr(args, "db", None)
    if not url:
        raise CliError("give --db URL (e.g. sqlite:////tmp/selftest.sqlite3) to migrate", 2)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import make_application
    from desktop.models.db import Database, DatabaseUnavailable
    from desktop.ui.self_check import qt_resource_problems

    problems = qt_resource_problems(make_application())
    if problems:
        raise CliError("; ".join(problems))
    try:
        db = Database(url)
        try:
            db.migrate_sync()
        finally:
            db.close()
    except DatabaseUnavailable as exc:
        raise CliError(str(exc)) from exc
    print("self-test passed: Qt, icon, translations and migrations loaded")
    return 0
