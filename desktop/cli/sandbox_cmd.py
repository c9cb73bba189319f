"""`wabadesk sandbox`: run the Cloud API simulator alone, posting its webhooks to a URL."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from urllib.parse import urlparse

from desktop.cli.main import CliError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the local Cloud API simulator alone",
        description="Run the local WhatsApp Cloud API simulator (sandbox) until Ctrl+C. It "
        "answers the Graph API paths on http://HOST:PORT/vNN.N/..., keeps its own demo data "
        "and posts signed webhooks to --webhook-url.",
    )
    parser.add_argument("--port", type=int, default=8990, help="port to listen on (default 8990)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--webhook-url",
        metavar="URL",
        help="where to POST webhooks (without it they wait in a queue)",
    )
    parser.add_argument(
        "--app-secret",
        metavar="S",
        default="sandbox-secret",
        help="secret that signs X-Hub-Signature-256 (default: sandbox-secret)",
    )
    parser.add_argument(
        "--token",
        default="sandbox-token",
        help="the access token the sandbox accepts (default: sandbox-token)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed for demo data")
    parser.add_argument(
        "--customer-interval",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="average seconds between simulated customer messages",
    )
    parser.add_argument(
        "--review-delay",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="seconds before a new template is approved or rejected",
    )
    parser.add_argument(
        "--no-customers", action="store_true", help="start with simulated customers paused"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port} is not a port number: use 1-65535 (0 = any free port)")
    if args.webhook_url:
        parsed = urlparse(args.webhook_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise CliError(
                f"--webhook-url {args.webhook_url!r} is not an http(s) URL: "
                "give e.g. http://127.0.0.1:8080/webhook"
            )
    if not args.app_secret:
        raise CliError("--app-secret is empty: give the secret the receiver checks")
    return asyncio.run(_serve(args))


async def _serve(args: argparse.Namespace) -> int:
    from desktop.sandbox import SandboxServer, SandboxStartError

    server = SandboxServer(
        webhook_url=args.webhook_url,
        app_secret=args.app_secret,
        access_token=args.token,
        seed=args.seed,
        customer_interval=args.customer_interval,
        review_delay=args.review_delay,
    )
    try:
        base_url = await server.start(args.host, args.port)
    except SandboxStartError as exc:
        raise CliError(str(exc.strerror or exc)) from None
    if args.no_customers:
        server.pause_customers()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    numbers = ", ".join(server.phone_number_ids)
    print(
        f"Sandbox listening on {base_url}/v25.0 (token {args.token!r}; business "
        f"{server.business_id}; WABAs {', '.join(server.waba_ids)}; numbers {numbers}); "
        f"webhooks -> {args.webhook_url or 'queued (no --webhook-url)'}. Ctrl+C stops.",
        flush=True,
    )
    try:
        await stop.wait()
    finally:
        await server.stop()
    print("Sandbox stopped.", file=sys.stderr)
    return 0
