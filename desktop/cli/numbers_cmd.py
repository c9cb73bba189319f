"""`wabadesk numbers`: the numbers the local database knows, and click-to-chat links."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_db_option
from desktop.cli.main import CliError

INVALID_NUMBER_EXIT = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "numbers",
        help="phone numbers: list them, make click-to-chat links and QR codes",
        description="The WhatsApp Business phone numbers of your accounts.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    listing = commands.add_parser(
        "list",
        help="the numbers the local database knows",
        description="List the numbers the local database knows, with Meta's quality rating, "
        "messaging limit and status as last reported by a sync or a webhook.",
    )
    add_db_option(listing)
    listing.add_argument(
        "--json", action="store_true", help='print {"numbers": [...]} instead of a table'
    )
    listing.set_defaults(handler=run_list)

    link = commands.add_parser(
        "link",
        help="a wa.me click-to-chat link (and QR code) for a number",
        description="Print the https://wa.me/ click-to-chat link of PHONE (international "
        "form, any common punctuation), optionally with a prefilled message and a QR code.",
    )
    link.add_argument("phone", metavar="PHONE", help="e.g. +81 90-1234-5678 or 819012345678")
    link.add_argument("--text", help="message the chat opens with (any language, emoji too)")
    link.add_argument("--qr", metavar="FILE", help="also write the QR code (.png or .svg)")
    link.add_argument("--json", action="store_true", help='print {"url": ..., "e164": ...}')
    link.set_defaults(handler=run_link)


def run_list(args: argparse.Namespace) -> int:
    from desktop.models.db import (
        Database,
        DatabaseUnavailable,
        default_db_url,
        sqlite_file_missing,
    )
    from desktop.services.numbers.listing import list_numbers

    url = getattr(args, "db", None) or default_db_url()
    missing = sqlite_file_missing(url)
    if missing:
        raise CliError(f"no database at {missing}; give --db the URL of an existing WABA Desk DB")
    try:
        db = Database(url)
        try:
            db.migrate_sync()
            rows = db.call(list_numbers)
        finally:
            db.close()
    except DatabaseUnavailable as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        json.dump({"numbers": [r.as_json() for r in rows]}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("No numbers yet: open WABA Desk (or run a sync) to fetch your accounts.")
        return 0
    header = ("NUMBER", "NAME", "QUALITY", "LIMIT", "MPS", "STATUS", "WABA", "ID")
    table = [header] + [
        (
            r.display_phone_number + (" (test)" if r.is_test else ""),
            r.verified_name or "-",
            r.quality_rating or "-",
            r.messaging_limit_tier or "-",
            str(r.throughput_mps) if r.throughput_mps is not None else "-",
            r.status or "-",
            r.waba_id,
            r.phone_number_id,
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def run_link(args: argparse.Namespace) -> int:
    from desktop.services.numbers.click_to_chat import InvalidPhoneNumber, chat_link, save_qr

    try:
        link = chat_link(args.phone, args.text)
    except InvalidPhoneNumber as exc:
        raise CliError(str(exc), code=INVALID_NUMBER_EXIT) from exc
    if args.qr:
        path = Path(args.qr)
        try:
            save_qr(link.url, path)
        except ValueError as exc:
            raise CliError(str(exc), code=INVALID_NUMBER_EXIT) from exc
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if args.json:
        json.dump({"url": link.url, "e164": link.e164}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(link.url)
    return 0
