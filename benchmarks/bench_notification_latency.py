"""How soon a customer's message is announced after it is stored (goal: ≤ 1 s).

The app's own parts, as they run in it: the webhook receiver (real HTTP on loopback, signed
POSTs) stores each body and publishes ``MessagesChanged``; the arrival notifier turns new
inbound messages into ``CustomerMessagesArrived`` (what the tray and the desktop notification
show) and re-counts unread chats. For every inbound message the script records the time
from "stored" (the receiver's event) to "announced" (the notifier's event) while webhooks
keep arriving (70% messages, 30% read statuses, 20 in flight).

Measured on a copy of the 1,000,000-message database of ``make_inbox_db.py`` (the unread
count then covers 50,000 conversations) and, as the baseline in the same run, on an empty
database. Prints the median, p99 and worst of each, their ratio and one JSON line.

    python benchmarks/bench_notification_latency.py [--db /tmp/wabadesk-inbox-1m.sqlite3]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DB = Path("/tmp/wabadesk-inbox-1m.sqlite3")
SECRET = "bench-secret"
GOAL_S = 1.0
IN_FLIGHT = 20


def customers_of(path: Path | None) -> tuple[str, str, str, list[tuple[str, str | None]]]:
    """(number id, display number, WABA id, customers) of the busiest number, else made up."""
    if path is None:
        made = [(f"8190{i:08d}", None) for i in range(400)]
        return "106540352242922", "15550001234", "102290129340398", made
    raw = sqlite3.connect(path)
    number, display, waba = raw.execute(
        "SELECT p.id, p.display_phone_number, p.waba_id FROM phone_number p "
        "JOIN conversation c ON c.phone_number_id = p.id GROUP BY p.id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    rows = raw.execute(
        "SELECT k.wa_id, k.user_id FROM contact k JOIN conversation c ON c.contact_id = k.id "
        "WHERE c.phone_number_id = ? AND k.wa_id IS NOT NULL ORDER BY c.id DESC LIMIT 400",
        (number,),
    ).fetchall()
    raw.close()
    return number, display, waba, rows


def bodies(path: Path | None, n: int) -> list[bytes]:
    number, display, waba, customers = customers_of(path)
    base = int(time.time())
    out = []
    for i in range(n):
        wa_id, _user_id = customers[i % len(customers)]
        value: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": display, "phone_number_id": number},
        }
        if i % 10 < 7:
            value["contacts"] = [{"profile": {"name": "Bench"}, "wa_id": wa_id}]
            value["messages"] = [
                {
                    "from": wa_id,
                    "id": f"wamid.BENCHNOTIFY{base}{i:07d}",
                    "timestamp": str(base),
                    "type": "text",
                    "text": {
                        "body": "明日の予約を変更できますか？" if i % 2 else "Where is my order?"
                    },
                }
            ]
        else:
            value["statuses"] = [
                {
                    "id": f"wamid.BENCHNOTIFY{base}{i - 1:07d}",
                    "status": "read",
                    "timestamp": str(base),
                    "recipient_id": wa_id,
                }
            ]
        envelope = {
            "object": "whatsapp_business_account",
            "entry": [{"id": waba, "changes": [{"field": "messages", "value": value}]}],
        }
        out.append(json.dumps(envelope, ensure_ascii=False).encode())
    return out


async def run(url: str, payloads: list[bytes]) -> list[float]:
    """Seconds from stored to announced, one per inbound message."""
    import aiohttp

    from desktop.models.db import Database
    from desktop.services.events import (
        CustomerMessagesArrived,
        Event,
        EventHub,
        MessagesChanged,
    )
    from desktop.services.notifications import ArrivalNotifier
    from desktop.services.webhooks import WebhookReceiver

    db = Database(url)
    await db.migrate()
    hub = EventHub()
    stored: dict[int, float] = {}
    announced: dict[int, float] = {}

    def on_event(event: Event) -> None:
        now = time.perf_counter()
        if isinstance(event, MessagesChanged):
            for message_id in event.message_ids:
                stored.setdefault(message_id, now)
        elif isinstance(event, CustomerMessagesArrived):
            for notice in event.notices:
                announced.setdefault(notice.message_id, now)

    hub.subscribe(on_event)
    receiver = WebhookReceiver(db, hub, app_secret=SECRET, verify_token="t")
    notifier = ArrivalNotifier(db, hub)
    await notifier.start()
    endpoint = await receiver.start("127.0.0.1", 0)
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in payloads:
        queue.put_nowait(body)
    async with aiohttp.ClientSession() as session:

        async def worker() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                async with session.post(
                    endpoint,
                    data=body,
                    headers={"X-Hub-Signature-256": signature, "Content-Type": "application/json"},
                ) as response:
                    await response.read()
                await asyncio.sleep(0.01)  # a steady stream, not one burst

        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    await asyncio.sleep(1.5)  # the last announcements
    await receiver.stop()
    await notifier.aclose()
    db.close()
    return [announced[m] - stored[m] for m in announced if m in stored]


def summary(lags: list[float]) -> dict[str, float]:
    ordered = sorted(lags)
    if not ordered:
        return {"count": 0, "median_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}
    return {
        "count": len(ordered),
        "median_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--posts", type=int, default=600)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: build it with benchmarks/make_inbox_db.py first")
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="bench-notify-"))
    copy = workdir / "year.sqlite3"
    shutil.copyfile(args.db, copy)
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    empty = summary(
        asyncio.run(run(f"sqlite:///{workdir / 'empty.sqlite3'}", bodies(None, args.posts)))
    )
    year = summary(asyncio.run(run(f"sqlite:///{copy}", bodies(copy, args.posts))))
    shutil.rmtree(workdir, ignore_errors=True)
    for name, figures in (("empty database (baseline)", empty), (f"copy of {args.db.name}", year)):
        print(
            f"{name}: {figures['count']} messages announced; stored → announced median "
            f"{figures['median_ms']} ms, p99 {figures['p99_ms']} ms, worst {figures['max_ms']} ms"
        )
    ratio = year["p99_ms"] / empty["p99_ms"] if empty["p99_ms"] else float("inf")
    verdict = "PASS" if year["max_ms"] <= GOAL_S * 1000 else "FAIL"
    print(f"p99 ratio to the empty database {ratio:.2f}x; worst against the 1 s goal: {verdict}")
    print(json.dumps({"empty": empty, "year": year, "p99_ratio": round(ratio, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
