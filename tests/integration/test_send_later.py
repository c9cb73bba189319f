"""Send later: scheduled messages wait in the outbox, survive a restart, go out once.

Real loopback HTTP: the sandbox plays Meta and posts status webhooks to the receiver. The
app's clock is moved forward instead of waiting (the outbox takes its clock as a part).
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message, PhoneNumber, Template, Waba
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.outbox import WINDOW_CLOSED, Outbox, OutboxRefused
from desktop.services.pricing.cards import load_rate_book
from desktop.services.send_later import SendLater
from desktop.services.webhooks import WebhookReceiver

CUSTOMER = "819012345601"
HOUR = 3600


@dataclass
class App:
    db: Database
    receiver: WebhookReceiver
    client: CloudApiClient
    outbox: Outbox
    later: SendLater

    async def stop(self) -> None:
        await self.outbox.aclose()
        await self.receiver.stop()
        await self.client.aclose()
        self.db.close()


def worker() -> str:
    """A worker name as a process of its own would have (each start is a new app)."""
    ended = subprocess.Popen(["true"])
    ended.wait()
    return f"{socket.gethostname()[:40] or 'host'}:{ended.pid}:{secrets.token_hex(4)}"


async def start_app(path: Path, server: SandboxServer, base: str, secret: str, ahead: float) -> App:
    db = Database(f"sqlite:///{path}")
    await db.migrate()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    server.set_webhook(await receiver.start("127.0.0.1", 0), secret)
    client = CloudApiClient("sandbox-token", base_url=base)
    clock = lambda: time.time() + ahead  # noqa: E731 - the app's clock, moved forward
    outbox = Outbox(db, hub, client, clock=clock, worker=worker())
    await outbox.start()
    return App(db, receiver, client, outbox, SendLater(db, hub, outbox, clock=clock))


async def until(probe: Callable[[], Any], what: str, timeout: float = 15.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)


def sent_to(server: SandboxServer, kind: str) -> int:
    return sum(1 for m in server.world.outbound.values() if m.type == kind)


def copy_templates(db: Database, server: SandboxServer) -> None:
    """The number's account's templates, as a sync of the accounts stores them."""
    number = server.world.numbers[NUMBER_TOKYO]

    def store(session: Any) -> None:
        for t in server.world.templates.values():
            if t.waba_id == number.waba_id:
                session.add(
                    Template(
                        waba_id=t.waba_id,
                        name=t.name,
                        language=t.language,
                        category=t.category,
                        status=t.status,
                        components=t.components,
                    )
                )
        if session.get(Waba, number.waba_id) is None:
            session.add(Waba(id=number.waba_id, name="Cafe"))
            session.flush()
        row = session.get(PhoneNumber, NUMBER_TOKYO)
        row.waba_id = number.waba_id

    db.call(store)


@pytest.mark.asyncio
async def test_scheduled_messages_survive_a_restart_and_go_once(tmp_path: Path) -> None:
    secret = secrets.token_hex(8)
    server = SandboxServer(
        webhook_url=None,
        app_secret=secret,
        simulate_customers=False,
        status_delay=0.01,
        read_delay=3600,
        webhook_retry_base=0.05,
    )
    base = await server.start()
    path = tmp_path / "later.sqlite3"
    try:
        app = await start_app(path, server, base, secret, ahead=0)
        await server.customer_says(NUMBER_TOKYO, CUSTOMER, "明日の予約を確認したいです")
        await server.flush_webhooks()
        conversation_id = await until(
            lambda: app.db.call(lambda s: s.scalar(select(Conversation.id))), "the conversation"
        )
        copy_templates(app.db, server)
        now = int(time.time())
        # in an hour the window is still open: a plain text may go then
        advice = await app.later.advise(conversation_id, now + HOUR)
        assert advice.window_open and advice.template is None
        text_id = await app.later.schedule_text(conversation_id, "Your table is ready", now + HOUR)
        # in 25 hours it is closed: the app says so and offers a template with its price
        advice = await app.later.advise(conversation_id, now + 25 * HOUR, load_rate_book())
        assert not advice.window_open and advice.closes_at is not None
        assert advice.closes_at < now + 25 * HOUR
        assert advice.template is not None and advice.template.category == "UTILITY"
        assert advice.estimate is not None and advice.estimate.currency
        with pytest.raises(OutboxRefused) as refused:
            await app.later.schedule_text(conversation_id, "Still there?", now + 25 * HOUR)
        assert refused.value.phrase == WINDOW_CLOSED
        values = {v.key: "Hanako" if v.key == "body:1" else "A-1" for v in advice.variables}
        template_id = await app.later.schedule_template(
            conversation_id, advice.template, values, now + 25 * HOUR
        )
        scheduled = await app.later.scheduled(conversation_id)
        assert [m.message_id for m in scheduled] == [text_id, template_id]
        await asyncio.sleep(0.3)  # the outbox had its chance: nothing is due yet
        assert sent_to(server, "text") == sent_to(server, "template") == 0
        await app.stop()

        # the app starts again an hour and a bit later: the text goes, the template waits
        app = await start_app(path, server, base, secret, ahead=HOUR + 60)
        await until(lambda: sent_to(server, "text") == 1, "the scheduled text")
        await until(
            lambda: (
                app.db.call(lambda s: s.get(Message, text_id).status)
                in ("accepted", "sent", "delivered", "read")
            ),
            "the text's answer stored",
        )
        assert sent_to(server, "template") == 0
        await app.stop()

        # and again a day later: the template goes, the text is not sent a second time
        app = await start_app(path, server, base, secret, ahead=25 * HOUR + 60)
        await until(lambda: sent_to(server, "template") == 1, "the scheduled template")
        assert sent_to(server, "text") == 1
        assert await app.later.scheduled(conversation_id) == []
        await app.stop()
    finally:
        await server.stop()


@pytest.mark.asyncio
async def test_a_scheduled_message_can_be_withdrawn_before_its_time(tmp_path: Path) -> None:
    secret = secrets.token_hex(8)
    server = SandboxServer(webhook_url=None, app_secret=secret, simulate_customers=False)
    base = await server.start()
    try:
        app = await start_app(tmp_path / "withdraw.sqlite3", server, base, secret, ahead=0)
        try:
            await server.customer_says(NUMBER_TOKYO, CUSTOMER, "hello")
            await server.flush_webhooks()
            conversation_id = await until(
                lambda: app.db.call(lambda s: s.scalar(select(Conversation.id))), "conversation"
            )
            message_id = await app.later.schedule_text(
                conversation_id, "See you", time.time() + HOUR
            )
            assert await app.later.cancel(message_id)
            assert app.db.call(lambda s: s.get(Message, message_id)) is None
            assert await app.later.scheduled(conversation_id) == []
            assert not await app.later.cancel(message_id)
        finally:
            await app.stop()
    finally:
        await server.stop()
