"""A send whose answer was lost is never sent again blindly (issue 7 §5).

Real loopback HTTP: the sandbox plays Meta (it echoes ``biz_opaque_callback_data`` in its
status webhooks, as Meta does), the receiver stores what it posts, and the outbox sends
through a client whose answer is lost after (or before) the request reached the sandbox.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message, MessageStatus
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.cloud_api import CloudApiClient
from desktop.services.cloud_api.errors import network_error
from desktop.services.events import EventHub
from desktop.services.outbox import Outbox
from desktop.services.webhooks import WebhookReceiver

CUSTOMER = "819012345601"


class AnswerLost:
    """Sends through the real client, then loses the answer (a timeout after the request)."""

    def __init__(self, client: CloudApiClient) -> None:
        self.client = client
        self.reach_meta = True  # False: the request never left (lost before sending)
        self.lose_answer = True
        self.before_losing: Callable[[], Awaitable[None]] | None = None
        self.reached = 0

    async def send_message(self, phone_number_id: str, payload: dict[str, Any]) -> Any:
        if self.reach_meta:
            result = await self.client.send_message(phone_number_id, payload)
            self.reached += 1
            if not self.lose_answer:
                return result
            if self.before_losing is not None:
                await self.before_losing()
        raise network_error(
            TimeoutError("read timed out"),
            host="sandbox",
            may_have_been_delivered=True,
            secret=None,
        )


@dataclass
class Rig:
    db: Database
    sandbox: SandboxServer
    outbox: Outbox
    sender: AnswerLost
    conversation_id: int
    later: dict[str, float]

    def row(self, message_id: int) -> Message:
        return self.db.call(lambda s: s.get(Message, message_id))


@asynccontextmanager
async def rig(tmp_path: Path, status_delay: float) -> AsyncIterator[Rig]:
    db = Database(f"sqlite:///{tmp_path / 'uncertain.sqlite3'}")
    db.migrate_sync()
    hub = EventHub()
    secret = secrets.token_hex(8)
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    url = await receiver.start("127.0.0.1", 0)
    sandbox = SandboxServer(
        webhook_url=url,
        app_secret=secret,
        simulate_customers=False,
        status_delay=status_delay,
        read_delay=3600,
    )
    base = await sandbox.start()
    client = CloudApiClient("sandbox-token", base_url=base)
    sender = AnswerLost(client)
    later = {"by": 0.0}
    outbox = Outbox(db, hub, sender, clock=lambda: time.time() + later["by"])
    try:
        await outbox.start()
        await sandbox.customer_says(NUMBER_TOKYO, CUSTOMER, "予約できますか")
        await sandbox.flush_webhooks()
        conversation_id = await until(
            lambda: db.call(lambda s: s.scalar(select(Conversation.id))), "the conversation"
        )
        yield Rig(db, sandbox, outbox, sender, conversation_id, later)
    finally:
        await outbox.aclose()
        await sandbox.stop()
        await receiver.stop()
        await client.aclose()
        db.close()


async def until(probe: Callable[[], Any], what: str, timeout: float = 15.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)


async def refused_retry(r: Rig, message_id: int) -> None:
    """``retry`` that must not send: the row is not queued again, no send is attempted.

    A retry that is allowed puts the row back to ``queued`` in the transaction ``retry``
    awaits, and the sender only sends queued rows; so right after it returns (before the
    loop runs anything else) the row shows whether a send was started.
    """
    before = r.row(message_id)
    attempted = r.outbox.sends_attempted
    await r.outbox.retry(message_id)
    after = r.row(message_id)
    # (a status report may still move a sent row on to delivered meanwhile)
    assert after.status not in ("queued", "sending") and after.error_code == before.error_code
    assert (after.attempts, after.next_attempt_at) == (before.attempts, before.next_attempt_at)
    assert r.outbox.sends_attempted == attempted


@pytest.mark.asyncio
async def test_a_report_after_the_lost_answer_settles_the_send(tmp_path: Path) -> None:
    async with rig(tmp_path, status_delay=0.3) as r:
        mid = await r.outbox.send_text(r.conversation_id, "はい、承ります")
        # The answer was lost, so only the sandbox's status webhook, which carries our
        # reference, can give the row its wamid: it is claimed, not sent again.
        row = await until(lambda: (m := r.row(mid)).wamid and m, "claimed row")
        assert row.status in ("sent", "delivered") and row.error_details is None
        assert r.sender.reached == 1
        found = await r.outbox.check_delivery(mid)
        assert found.verdict == "arrived" and not found.may_send_again
        assert "will not be sent again" in found.phrase.render()
        await refused_retry(r, mid)
        assert r.sender.reached == 1 and r.row(mid).status in ("sent", "delivered")


@pytest.mark.asyncio
async def test_a_report_that_came_while_sending_is_found(tmp_path: Path) -> None:
    async with rig(tmp_path, status_delay=0.0) as r:

        async def status_stored() -> None:  # Meta's report beats the lost answer
            await until(lambda: r.db.call(lambda s: s.scalar(select(MessageStatus.id))), "status")

        r.sender.before_losing = status_stored
        mid = await r.outbox.send_text(r.conversation_id, "ありがとうございます")
        row = await until(lambda: (m := r.row(mid)).wamid and m, "claimed row")
        assert row.status in ("sent", "delivered")
        orphans = r.db.call(
            lambda s: s.scalars(
                select(MessageStatus.orphan).where(MessageStatus.wamid == row.wamid)
            ).all()
        )
        assert orphans and not any(orphans)  # sent, maybe delivered too: none orphaned
        assert (await r.outbox.check_delivery(mid)).verdict == "arrived"


@pytest.mark.asyncio
async def test_no_report_is_said_plainly_and_only_then_sent_again(tmp_path: Path) -> None:
    async with rig(tmp_path, status_delay=0.05) as r:
        r.sender.reach_meta = False  # lost before it left: WhatsApp never saw it
        mid = await r.outbox.send_text(r.conversation_id, "明日の10時でいかがですか")
        await until(lambda: r.row(mid).status == "uncertain", "uncertain row")

        await refused_retry(r, mid)  # not checked yet: nothing is sent
        assert (await r.outbox.check_delivery(mid)).verdict == "too_early"
        await refused_retry(r, mid)
        assert r.sender.reached == 0 and r.row(mid).status == "uncertain"

        r.later["by"] = 600
        found = await r.outbox.check_delivery(mid)
        assert found.verdict == "not_reported" and found.may_send_again
        assert "has not reported this message in the 10 minutes" in found.phrase.render()
        r.sender.reach_meta = True
        r.sender.lose_answer = False
        await r.outbox.retry(mid)
        row = await until(lambda: (m := r.row(mid)).wamid and m, "the second send's wamid")
        assert r.sender.reached == 1 and row.status in ("accepted", "sent")
        # The lost first try and this one: the refused retries above never became a send.
        assert r.outbox.sends_attempted == 2 and row.attempts == 2
