"""`wabadesk`: the GUI by default, and the headless tools as sub-commands.

Each sub-command lives in its own module exposing ``register(subparsers)``; the handler it
sets returns the process exit code. Errors a user can fix end with a one-line reason on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules that add sub-commands, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.sandbox_cmd",
    "desktop.cli.webhook_server_cmd",
    "desktop.cli.templates_cmd",
    "desktop.cli.pricing_cmd",
    "desktop.cli.export_cmd",
    "desktop.cli.numbers_cmd",
    "desktop.cli.self_test_cmd",
)


class CliError(Exception):
    """A failure the user can act on; printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wabadesk",
        description="WABA Desk: WhatsApp Business inbox, templates, numbers and pricing. "
        "Without a command it opens the desktop app (sandbox mode unless live credentials "
        "are configured).",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: SQLite in the user data folder; env WABADESK_DB)",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="force sandbox mode even when live credentials are configured",
    )
    parser.add_argument("--language", metavar="LANG", help="UI language: en or ja")
    parser.set_defaults(handler=None)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.handler is None:
            from desktop.app import run_gui

            return run_gui(args)
        return int(args.handler(args))
    except CliError as exc:
        print(f"wabadesk: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
