"""Reply buttons, lists, a location and a contact card, sent through the outbox over real
loopback HTTP to the sandbox: Meta's shapes arrive, the customer's tap comes back quoting
the question, and the sandbox refuses over-limit payloads with Meta's codes."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.events import EventHub
from desktop.services.inbox import message_rows
from desktop.services.outbox import WINDOW_CLOSED, Outbox, OutboxRefused
from desktop.services.rich_messages import (
    ContactCardDraft,
    ListDraft,
    ListRow,
    ListSection,
    LocationDraft,
    ReplyButtonsDraft,
    RichMessageSending,
)
from desktop.services.webhooks import WebhookReceiver

CUSTOMER = "819012345601"
SENT = ("sent", "delivered", "read")


async def until(probe: Callable[[], Any], what: str, timeout: float = 15.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)


def outbound(server: SandboxServer, kind: str) -> list[dict[str, Any]]:
    return [m.body for m in server.world.outbound.values() if m.type == kind]


@pytest.mark.asyncio
async def test_each_new_kind_goes_out_and_the_tap_comes_back(tmp_path: Path) -> None:
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
    db = Database(f"sqlite:///{tmp_path / 'rich.sqlite3'}")
    await db.migrate()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    server.set_webhook(await receiver.start("127.0.0.1", 0), secret)
    client = CloudApiClient("sandbox-token", base_url=base)
    outbox = Outbox(db, hub, client)
    await outbox.start()
    sending = RichMessageSending(outbox)
    try:
        await server.customer_says(NUMBER_TOKYO, CUSTOMER, "予約を変更できますか")
        await server.flush_webhooks()
        conversation_id = await until(
            lambda: db.call(lambda s: s.scalar(select(Conversation.id))), "the conversation"
        )
        buttons_id = await sending.send(
            conversation_id,
            ReplyButtonsDraft(
                body="Change your booking?",
                buttons=("Change", "Cancel", "Keep it"),
                header="Booking",
                footer="Cafe Tokyo",
            ),
        )
        list_id = await sending.send(
            conversation_id,
            ListDraft(
                body="Which time suits you?",
                button="Times",
                sections=(
                    ListSection("Morning", (ListRow("9:00", "Quiet"), ListRow("11:00"))),
                    ListSection("Evening", (ListRow("18:00", "Busy"),)),
                ),
            ),
        )
        location_id = await sending.send(
            conversation_id, LocationDraft("35.6812", "139.7671", "東京駅", "丸の内1丁目")
        )
        card_id = await sending.send(
            conversation_id, ContactCardDraft("Sato Ken", "+81 90-5555-0108")
        )

        def statuses() -> list[str]:
            return db.call(
                lambda s: [
                    s.get(Message, i).status for i in (buttons_id, list_id, location_id, card_id)
                ]
            )

        await until(lambda: all(status in SENT for status in statuses()), "all four sent")
        sent_buttons = outbound(server, "interactive")[0]["interactive"]
        assert [b["reply"]["title"] for b in sent_buttons["action"]["buttons"]] == [
            "Change",
            "Cancel",
            "Keep it",
        ]
        sent_list = outbound(server, "interactive")[1]["interactive"]
        assert [s["title"] for s in sent_list["action"]["sections"]] == ["Morning", "Evening"]
        assert outbound(server, "location")[0]["location"] == {
            "latitude": 35.6812,
            "longitude": 139.7671,
            "name": "東京駅",
            "address": "丸の内1丁目",
        }
        card = outbound(server, "contacts")[0]["contacts"][0]
        assert card["phones"][0]["wa_id"] == "819055550108"

        # The customer taps "Cancel": the reply names the button and quotes the question.
        wamid = db.call(lambda s: s.get(Message, buttons_id).wamid)
        reply = {
            "type": "button_reply",
            "button_reply": {"id": "button-2", "title": "Cancel"},
            "context": {"from": "81312345678", "id": wamid},
        }
        await server.customer_says(NUMBER_TOKYO, CUSTOMER, type="interactive", payload=reply)
        await server.flush_webhooks()
        reply_id = await until(
            lambda: db.call(
                lambda s: s.scalar(
                    select(Message.id).where(
                        Message.direction == "in", Message.type == "interactive"
                    )
                )
            ),
            "the tap stored",
        )
        row = db.call(lambda s: message_rows(s, [reply_id]))[reply_id]
        assert row.text == "Cancel"
        assert row.context_wamid == wamid
        assert row.quoted_text == "Change your booking?"
    finally:
        await outbox.aclose()
        await receiver.stop()
        await client.aclose()
        db.close()
        await server.stop()


@pytest.mark.asyncio
async def test_outside_the_window_nothing_is_queued(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'closed.sqlite3'}")
    await db.migrate()
    secret = secrets.token_hex(8)
    server = SandboxServer(webhook_url=None, app_secret=secret, simulate_customers=False)
    base = await server.start()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    server.set_webhook(await receiver.start("127.0.0.1", 0), secret)
    client = CloudApiClient("sandbox-token", base_url=base)
    outbox = Outbox(db, hub, client)
    try:
        await server.customer_says(NUMBER_TOKYO, CUSTOMER, "hello")
        await server.flush_webhooks()
        conversation_id = await until(
            lambda: db.call(lambda s: s.scalar(select(Conversation.id))), "the conversation"
        )

        def close_window(session: Any) -> None:
            session.get(Conversation, conversation_id).last_inbound_ts = int(time.time()) - 90_000

        db.call(close_window)
        with pytest.raises(OutboxRefused) as refused:
            await RichMessageSending(outbox).send(
                conversation_id, ReplyButtonsDraft(body="Still there?", buttons=("Yes",))
            )
        assert refused.value.phrase == WINDOW_CLOSED
        # an over-limit draft never reaches the outbox either
        with pytest.raises(OutboxRefused):
            await RichMessageSending(outbox).send(
                conversation_id, ReplyButtonsDraft(body="x", buttons=("b" * 21,))
            )
        assert (
            db.call(lambda s: s.scalar(select(Message.id).where(Message.direction == "out")))
            is None
        )
    finally:
        await outbox.aclose()
        await receiver.stop()
        await client.aclose()
        db.close()
        await server.stop()


def _send_body(kind: str, content: Any) -> dict[str, Any]:
    return {"recipient_type": "individual", "to": "+" + CUSTOMER, "type": kind, kind: content}


OVER_LIMIT = [
    pytest.param(
        "interactive",
        {
            "type": "button",
            "body": {"text": "Pick"},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": f"b{n}", "title": f"B{n}"}} for n in range(4)
                ]
            },
        },
        131009,
        id="four-buttons",
    ),
    pytest.param(
        "interactive",
        {
            "type": "button",
            "body": {"text": "Pick"},
            "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "x" * 21}}]},
        },
        100,
        id="button-title-21",
    ),
    pytest.param(
        "interactive",
        {
            "type": "button",
            "body": {"text": "x" * 1025},
            "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "A"}}]},
        },
        100,
        id="button-body-1025",
    ),
    pytest.param(
        "interactive",
        {
            "type": "list",
            "body": {"text": "Pick"},
            "action": {
                "button": "Options",
                "sections": [{"rows": [{"id": f"r{n}", "title": f"R{n}"} for n in range(11)]}],
            },
        },
        131009,
        id="eleven-rows",
    ),
    pytest.param(
        "interactive",
        {
            "type": "list",
            "body": {"text": "Pick"},
            "action": {
                "button": "Options",
                "sections": [
                    {"rows": [{"id": "a", "title": "A"}]},
                    {"title": "Two", "rows": [{"id": "b", "title": "B"}]},
                ],
            },
        },
        131008,
        id="untitled-section",
    ),
    pytest.param(
        "interactive",
        {
            "type": "list",
            "body": {"text": "Pick"},
            "action": {
                "button": "Options",
                "sections": [{"rows": [{"id": "a", "title": "A", "description": "d" * 73}]}],
            },
        },
        100,
        id="description-73",
    ),
    pytest.param("location", {"latitude": 95.0, "longitude": 10.0}, 131009, id="latitude-95"),
    pytest.param(
        "contacts", [{"name": {"formatted_name": "No parts"}}], 131008, id="name-without-parts"
    ),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("kind", "content", "code"), OVER_LIMIT)
async def test_the_sandbox_refuses_over_limit_payloads_like_meta(
    kind: str, content: Any, code: int
) -> None:
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await server.start()
    client = CloudApiClient("sandbox-token", base_url=base)
    try:
        with pytest.raises(CloudApiError) as refused:
            await client.send_message(NUMBER_TOKYO, _send_body(kind, content))
        assert refused.value.code == code
        assert refused.value.details  # Meta's own details, for the bubble's advice
        assert not refused.value.may_have_been_delivered
    finally:
        await client.aclose()
        await server.stop()
