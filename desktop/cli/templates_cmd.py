"""`wabadesk templates lint FILE [--json]`: Meta's template rules on a template JSON file.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be used
(missing, unreadable, not JSON, or not a JSON object).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.main import CliError

if TYPE_CHECKING:
    from desktop.services.templates import LintReport

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_BAD_FILE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "templates",
        help="work with message templates (lint)",
        description="Work with WhatsApp message templates.",
    )
    parser.set_defaults(handler=_no_command(parser))
    commands = parser.add_subparsers(title="template commands", metavar="COMMAND")
    lint = commands.add_parser(
        "lint",
        help="check a template JSON file against Meta's rules",
        description="Check one Graph-API create-template JSON file against Meta's template "
        "rules. Exit 0 when it has no errors, 1 when it has errors, 2 when the file cannot "
        "be read.",
    )
    lint.add_argument("file", metavar="FILE", type=Path, help="the template JSON file")
    lint.add_argument(
        "--json",
        action="store_true",
        help='print {"errors": [{"field", "message"}], "warnings": [...]} instead of lines',
    )
    lint.set_defaults(handler=run_lint)


def _no_command(parser: argparse.ArgumentParser) -> Any:
    def handler(args: argparse.Namespace) -> int:
        del args
        parser.print_help(sys.stderr)
        raise CliError("choose a templates command, e.g. `wabadesk templates lint FILE`", 2)

    return handler


def run_lint(args: argparse.Namespace) -> int:
    # Imported here so that `wabadesk` (the GUI) does not load the linter at start-up.
    from desktop.services.templates import TemplateFileError, lint_template
    from desktop.services.templates.files import load_template_file

    try:
        template = load_template_file(args.file)
    except TemplateFileError as exc:
        raise CliError(exc.phrase.render(), EXIT_BAD_FILE) from None
    report = lint_template(template)
    if args.json:
        print(_printable(json.dumps(report.as_json(), ensure_ascii=False, indent=2)))
    else:
        print(_printable(_readable(args.file, report)))
    return EXIT_ERRORS if report.errors else EXIT_OK


#: A lone UTF-16 surrogate: valid in a JSON string ("\\ud800"), unencodable on any output.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _printable(text: str) -> str:
    """``text`` with lone surrogates (from the file or its name) as U+FFFD, so it prints."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _readable(path: Path, report: LintReport) -> str:
    lines: list[str] = []
    for label, items in (("error", report.errors), ("warning", report.warnings)):
        for item in items:
            where = item.field or "(template)"
            lines.append(f"{path}: {label}: {where}: {item.message}")
    errors, warnings = len(report.errors), len(report.warnings)
    if errors == 0 and warnings == 0:
        lines.append(f"{path}: no problems found")
    else:
        lines.append(
            f"{path}: {errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )
    return "\n".join(lines)
