"""`wabadesk webhook-server`: the webhook receiver alone, headless, writing to a database.

For a server that takes Meta's webhooks while the desktop app is closed, or for scripting.
It migrates the database, prints the webhook URL, and stops cleanly on Ctrl-C or SIGTERM
after every request it answered 200 is committed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

from desktop.cli.common import add_db_option
from desktop.cli.main import CliError

if TYPE_CHECKING:
    from desktop.models.db import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "webhook-server",
        help="run the webhook receiver alone (headless)",
        description="Receive Meta's WhatsApp webhooks and store them in the database, without "
        "the desktop app. Answers Meta's verification handshake, checks every POST's "
        "X-Hub-Signature-256 and answers 200 only once the body is committed.",
    )
    parser.add_argument(
        "--port", type=int, required=True, metavar="N", help="TCP port to listen on (0 = any)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    add_db_option(parser)
    parser.add_argument(
        "--app-secret",
        metavar="S",
        help="the Meta app secret that signs webhooks (default: env WABADESK_APP_SECRET)",
    )
    parser.add_argument(
        "--verify-token",
        metavar="T",
        help="the verify token set in the App Dashboard (default: env WABADESK_VERIFY_TOKEN)",
    )
    parser.add_argument("--path", default="/webhook", help="URL path (default: /webhook)")
    parser.add_argument(
        "--max-body",
        type=int,
        default=None,
        metavar="BYTES",
        help="largest body accepted; bigger ones get 413 (default: 3,500,000)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models.db import Database, DatabaseUnavailable
    from desktop.models.db_health import quick_check
    from desktop.services.database_care import damaged, latest_backup

    secret = args.app_secret or os.environ.get("WABADESK_APP_SECRET", "")
    token = args.verify_token or os.environ.get("WABADESK_VERIFY_TOKEN", "")
    if not secret:
        raise CliError(
            "no app secret: pass --app-secret S (App Dashboard > App settings > Basic) "
            "or set WABADESK_APP_SECRET",
            2,
        )
    if not token:
        raise CliError("no verify token: pass --verify-token T or set WABADESK_VERIFY_TOKEN", 2)
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port} is not a TCP port; use 0-65535", 2)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        db = Database(getattr(args, "db", None))
        db.migrate_sync()
        # Never answer 200 for webhooks stored into a damaged file (Meta retries meanwhile).
        problems = quick_check(db.engine)
        if problems:
            db.close()
            raise damaged(str(db.sqlite_path() or db.url), problems, latest_backup(db))
    except DatabaseUnavailable as exc:
        raise CliError(str(exc), 2 if exc.kind == "damaged" else 1) from exc
    try:
        return asyncio.run(_serve(db, args, secret, token))
    finally:
        db.close()


async def _serve(db: Database, args: argparse.Namespace, secret: str, token: str) -> int:
    from desktop.services.events import EventHub
    from desktop.services.webhooks import DEFAULT_MAX_BODY, ReceiverStartError, WebhookReceiver

    receiver = WebhookReceiver(
        db,
        EventHub(),
        app_secret=secret,
        verify_token=token,
        max_body=args.max_body or DEFAULT_MAX_BODY,
        path=args.path,
    )
    try:
        url = await receiver.start(args.host, args.port)
    except ReceiverStartError as exc:
        raise CliError(str(exc)) from exc
    # Everything loaded so far (SQLAlchemy's mappers, pydantic's models, aiohttp) lives as
    # long as the process: left out of the collector's full passes, which otherwise walk it
    # again and again while webhooks allocate.
    gc.freeze()
    print(f"Listening for webhooks on {url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await receiver.stop()
        health = receiver.health
        print(
            f"Stopped: {health.events_received} webhooks stored, "
            f"{health.rejected_signature} bad signatures, {health.rejected_malformed} malformed, "
            f"{health.rejected_oversize} too large.",
            file=sys.stderr,
            flush=True,
        )
    return 0
