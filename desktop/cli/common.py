"""Options and helpers shared by several sub-commands."""

from __future__ import annotations

import argparse


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db URL`` on a sub-command, without clobbering one given before the command."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: SQLite in the user data folder; env WABADESK_DB)",
    )
