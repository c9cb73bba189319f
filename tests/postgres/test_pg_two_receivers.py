"""Two always-on receivers on one PostgreSQL database, given the same deliveries at once.

A load balancer may hand one delivery to both receivers (Meta re-delivers while the first
answer is still on its way), and statuses of one message arrive out of order, each at a
different receiver. Whatever the interleaving: every delivery is answered 200, each message
is stored once, each new customer becomes one contact with one conversation whose unread
count counts each message once, and a message's status ends at the highest one reported.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message, MessageStatus
from desktop.services.webhooks import sign

REPO_ROOT = Path(__file__).resolve().parents[2]
SECRET = "two-receivers"
WABA_ID = "102290129340398"
NUMBER_ID = "106540352242922"
CUSTOMERS = 6
DELIVERIES = 40
PER_BODY = 5
OUTBOUND = 8


@contextmanager
def receiver(db_url: str, log: Path) -> Iterator[str]:
    """``wabadesk webhook-server`` on a free port; yields its webhook URL."""
    with log.open("ab") as err:
        options = ["--port", "0", "--db", db_url, "--app-secret", SECRET, "--verify-token", "t"]
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "webhook-server", *options],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline().decode()
            assert line, "the receiver stopped before it listened"
            yield line.rsplit(" ", 1)[1].strip()
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(30)
            assert process.stdout is not None
            process.stdout.close()


def envelope(value: dict[str, Any]) -> bytes:
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": WABA_ID, "changes": [{"field": "messages", "value": value}]}],
    }
    return json.dumps(body, ensure_ascii=False).encode()


METADATA = {"display_phone_number": "15550783881", "phone_number_id": NUMBER_ID}


def inbound(delivery: int) -> bytes:
    """``PER_BODY`` messages from one customer, none of them known to the database yet."""
    customer = delivery % CUSTOMERS
    wa_id = f"8190{customer:08d}"
    return envelope(
        {
            "messaging_product": "whatsapp",
            "metadata": METADATA,
            "contacts": [{"profile": {"name": f"顧客 {customer}"}, "wa_id": wa_id}],
            "messages": [
                {
                    "from": wa_id,
                    "id": f"wamid.TWO{delivery:04d}{k}",
                    "timestamp": str(1_750_000_000 + delivery * PER_BODY + k),
                    "type": "text",
                    "text": {"body": f"注文 {delivery}-{k}"},
                }
                for k in range(PER_BODY)
            ],
        }
    )


def status(message: int, name: str) -> bytes:
    stamp = {"sent": 10, "delivered": 20, "read": 30}[name]
    return envelope(
        {
            "messaging_product": "whatsapp",
            "metadata": METADATA,
            "statuses": [
                {
                    "id": f"wamid.OUT{message:04d}",
                    "status": name,
                    "timestamp": str(1_750_100_000 + stamp),
                    "recipient_id": "15550001111",
                }
            ],
        }
    )


def seed(db_url: str) -> None:
    from desktop.models.entities import PhoneNumber, Waba
    from desktop.services.directory import upsert_contact, upsert_conversation

    def fill(session: Any) -> None:
        session.add(Waba(id=WABA_ID, name="Two"))
        session.flush()
        session.add(PhoneNumber(id=NUMBER_ID, waba_id=WABA_ID, display_phone_number="15550783881"))
        session.flush()
        contact = upsert_contact(session, wa_id="15550001111")
        conversation = upsert_conversation(session, NUMBER_ID, contact.id)
        session.add_all(
            Message(
                conversation_id=conversation.id,
                phone_number_id=NUMBER_ID,
                wamid=f"wamid.OUT{m:04d}",
                direction="out",
                type="text",
                status="accepted",
                timestamp=1_750_000_000,
            )
            for m in range(OUTBOUND)
        )

    db = Database(db_url)
    try:
        db.migrate_sync()
        db.call(fill)
    finally:
        db.close()


async def deliver(urls: list[str], bodies: list[tuple[int, bytes]]) -> list[int]:
    """Post ``(receiver index, body)`` pairs, many at once; the status codes."""
    async with httpx.AsyncClient(timeout=httpx.Timeout(60.0)) as client:

        async def post(target: int, body: bytes) -> int:
            headers = {"X-Hub-Signature-256": sign(SECRET, body)}
            response = await client.post(urls[target], content=body, headers=headers)
            return response.status_code

        return list(await asyncio.gather(*(post(t, b) for t, b in bodies)))


def test_the_same_deliveries_at_two_receivers_are_stored_once(pg_url: str, tmp_path: Path) -> None:
    seed(pg_url)
    messages = [inbound(d) for d in range(DELIVERIES)]
    # Each body to both receivers, in opposite orders, so their batches name the same
    # messages, contacts and conversations in different orders.
    bodies = [(0, b) for b in messages] + [(1, b) for b in reversed(messages)]
    # Statuses out of order: each receiver has some of each message's statuses, and both
    # are given "sent" again after "read".
    for m in range(OUTBOUND):
        bodies += [(m % 2, status(m, "read")), ((m + 1) % 2, status(m, "delivered"))]
        bodies += [(0, status(m, "sent")), (1, status(m, "sent"))]
    with ExitStack() as stack:
        urls = [stack.enter_context(receiver(pg_url, tmp_path / f"r{i}.log")) for i in (0, 1)]
        codes = asyncio.run(deliver(urls, bodies))
    assert set(codes) == {200}

    db = Database(pg_url)
    try:
        per_wamid = db.call(
            lambda s: dict(
                s.execute(
                    select(Message.wamid, func.count())
                    .where(Message.direction == "in")
                    .group_by(Message.wamid)
                ).all()
            )
        )
        contacts = db.call(lambda s: s.scalar(select(func.count()).select_from(Contact)))
        unread = db.call(
            lambda s: sorted(
                s.scalars(select(Conversation.unread_count).where(Conversation.unread_count > 0))
            )
        )
        conversations = db.call(lambda s: s.scalar(select(func.count()).select_from(Conversation)))
        outbound = db.call(
            lambda s: set(s.scalars(select(Message.status).where(Message.direction == "out")))
        )
        status_rows = db.call(lambda s: s.scalar(select(func.count()).select_from(MessageStatus)))
    finally:
        db.close()
    assert len(per_wamid) == DELIVERIES * PER_BODY and set(per_wamid.values()) == {1}
    assert contacts == CUSTOMERS + 1  # each customer once, and the one we wrote to
    assert conversations == CUSTOMERS + 1
    per_customer = DELIVERIES // CUSTOMERS
    expected = sorted(
        PER_BODY * (per_customer + (1 if c < DELIVERIES % CUSTOMERS else 0))
        for c in range(CUSTOMERS)
    )
    assert unread == expected  # every message counted once, none twice
    assert outbound == {"read"}
    assert status_rows == OUTBOUND * 3
