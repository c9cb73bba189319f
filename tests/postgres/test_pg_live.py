"""Two PCs on one PostgreSQL: what one of them stores appears on the other's event bus.

PC A runs the webhook receiver (fed by the sandbox over loopback HTTP) and an outbox; PC B
only listens (:class:`LiveUpdates`), with the Qt bus the inbox's models connect to. Nothing
is mocked; the waits are bounded, and no duration is asserted.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
import pytest_asyncio
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.change_feed import CHANNEL, MAX_IDS, note_changes, parse_notice
from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.runtime.app_services import start_app_services
from desktop.runtime.options import SandboxTuning, StartOptions
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub, MessagesChanged
from desktop.services.live_updates import LiveUpdates, libpq_url
from desktop.services.outbox import Outbox
from desktop.services.webhooks import WebhookReceiver
from desktop.ui.bus import QtEventBus

CUSTOMER = "819012345601"


@dataclass
class TwoPcs:
    db_a: Database
    hub_a: EventHub
    sandbox: SandboxServer
    outbox_a: Outbox
    db_b: Database
    live_b: LiveUpdates
    seen_b: list[MessagesChanged]  # what PC B's Qt bus emitted
    arrived: asyncio.Event

    async def heard(self, test: Callable[[MessagesChanged], bool], what: str) -> MessagesChanged:
        """The first event on B's bus that passes ``test`` (waiting up to 15 s)."""

        async def find() -> MessagesChanged:
            while True:
                for event in self.seen_b:
                    if test(event):
                        return event
                self.arrived.clear()
                await self.arrived.wait()

        try:
            return await asyncio.wait_for(find(), 15)
        except TimeoutError:
            raise AssertionError(f"PC B never heard of {what}") from None

    def row_on_b(self, message_id: int) -> Message | None:
        return self.db_b.call(lambda s: s.get(Message, message_id))


@pytest_asyncio.fixture
async def pcs(pg_url: str, qapp: object) -> AsyncIterator[TwoPcs]:
    secret = secrets.token_hex(8)
    db_a = Database(pg_url)
    db_a.migrate_sync()
    hub_a = EventHub()
    receiver = WebhookReceiver(db_a, hub_a, app_secret=secret, verify_token="v")
    url = await receiver.start("127.0.0.1", 0)
    sandbox = SandboxServer(
        webhook_url=url,
        app_secret=secret,
        simulate_customers=False,
        status_delay=0.05,
        read_delay=3600,
    )
    base = await sandbox.start()
    client = CloudApiClient("sandbox-token", base_url=base)
    outbox_a = Outbox(db_a, hub_a, client)
    await outbox_a.start()

    db_b = Database(pg_url)
    hub_b = EventHub()
    bus_b = QtEventBus(hub_b)
    seen_b: list[MessagesChanged] = []
    arrived = asyncio.Event()

    def on_messages(event: MessagesChanged) -> None:
        seen_b.append(event)
        arrived.set()

    bus_b.messages_changed.connect(on_messages)
    live_b = LiveUpdates(pg_url, hub_b, db_b.origin)
    assert live_b.start()
    assert await live_b.listening()
    try:
        yield TwoPcs(db_a, hub_a, sandbox, outbox_a, db_b, live_b, seen_b, arrived)
    finally:
        await live_b.aclose()
        bus_b.detach()
        bus_b.deleteLater()
        await outbox_a.aclose()
        await sandbox.stop()
        await receiver.stop()
        await client.aclose()
        db_a.close()
        db_b.close()


@pytest.mark.asyncio
async def test_a_message_received_on_one_pc_appears_on_the_other(pcs: TwoPcs) -> None:
    wamid = await pcs.sandbox.customer_says(NUMBER_TOKYO, CUSTOMER, "予約できますか")

    def inbound(session: Session) -> int | None:
        return session.scalar(select(Message.id).where(Message.wamid == wamid))

    event = await pcs.heard(
        lambda e: (mid := pcs.db_b.call(inbound)) is not None and mid in e.message_ids,
        "the customer's message",
    )
    message_id = pcs.db_b.call(inbound)
    assert message_id is not None
    row = pcs.row_on_b(message_id)
    assert row is not None and row.direction == "in" and row.text == "予約できますか"
    assert row.conversation_id in event.conversation_ids

    # A reply typed on PC A: B hears of it queued, then of its statuses from Meta.
    reply = await pcs.outbox_a.send_text(row.conversation_id, "はい、承ります")
    await pcs.heard(lambda e: reply in e.message_ids, "the reply")

    def settled(e: MessagesChanged) -> bool:
        found = reply in e.message_ids and pcs.row_on_b(reply)
        return bool(found) and found.status in ("sent", "delivered")  # type: ignore[union-attr]

    await pcs.heard(settled, "the reply's delivery report")
    assert pcs.live_b.notices >= 3


@pytest.mark.asyncio
async def test_long_id_lists_are_split_below_postgresqls_payload_limit(pg_url: str) -> None:
    db = Database(pg_url)
    db.migrate_sync()
    ids = list(range(10**11, 10**11 + 2 * MAX_IDS + 5))  # 12-digit ids
    async with await psycopg.AsyncConnection.connect(libpq_url(pg_url), autocommit=True) as conn:
        await conn.execute(f"LISTEN {CHANNEL}")
        db.call(lambda s: note_changes(s, conversations=[1], messages=ids))
        payloads = [n.payload async for n in conn.notifies(timeout=5, stop_after=3)]
    db.close()
    assert len(payloads) == 3 and all(len(p.encode()) < 8000 for p in payloads)
    notices = [parse_notice(p) for p in payloads]
    assert all(n is not None and n.origin == db.origin for n in notices)
    assert sorted(m for n in notices if n for m in n.message_ids) == ids
    assert json.loads(payloads[0])["c"] == [1]


@pytest.mark.asyncio
async def test_a_rolled_back_change_is_never_announced(pg_url: str) -> None:
    db = Database(pg_url)
    db.migrate_sync()
    async with await psycopg.AsyncConnection.connect(libpq_url(pg_url), autocommit=True) as conn:
        await conn.execute(f"LISTEN {CHANNEL}")
        with db.session() as session, session.begin():
            note_changes(session, messages=[1])
            session.rollback()
        db.call(lambda s: note_changes(s, messages=[2]))
        payloads = [n.payload async for n in conn.notifies(timeout=5, stop_after=1)]
    db.close()
    assert [parse_notice(p).message_ids for p in payloads] == [frozenset({2})]  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_two_whole_apps_on_one_database_see_each_others_changes(pg_url: str) -> None:
    options = StartOptions(
        force_sandbox=True,
        sandbox=SandboxTuning(simulate_customers=False, status_delay=0.01, review_delay=0.05),
        health_interval=3600,
        db_url=pg_url,
    )
    first = await start_app_services(options)
    second = await start_app_services(options)
    try:
        assert first.live is not None and second.live is not None
        assert await second.live.listening()
        seen: list[Any] = []
        arrived = asyncio.Event()

        def note(event: Any) -> None:
            seen.append(event)
            arrived.set()

        second.hub.subscribe(note)
        assert first.sandbox is not None
        wamid = await first.sandbox.customer_says(NUMBER_TOKYO, CUSTOMER, "There at 5?")

        def stored(session: Session) -> int | None:
            return session.scalar(select(Message.id).where(Message.wamid == wamid))

        async def heard() -> None:
            while not any(
                isinstance(e, MessagesChanged) and second.db.call(stored) in e.message_ids
                for e in seen
            ):
                arrived.clear()
                await arrived.wait()

        await asyncio.wait_for(heard(), 15)
    finally:
        await second.aclose()
        await first.aclose()
