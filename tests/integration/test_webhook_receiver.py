"""The receiver over real loopback HTTP: signatures, bad bodies, duplicates, commit-then-200."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message, WebhookEvent
from desktop.services.events import ConversationsChanged, EventHub, MessagesChanged
from desktop.services.ingest import deliveries
from desktop.services.webhooks import ReceiverStartError, WebhookReceiver, sign

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
SECRET = "app-secret-for-tests"
TOKEN = "verify-me"


def fixture_body(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


def text_body(n: int) -> bytes:
    payload = json.loads(fixture_body("in_text"))
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message["id"] = f"wamid.BURST{n:06d}"
    message["text"]["body"] = f"message {n}"
    return json.dumps(payload).encode()


def count(db: Database, entity: Any) -> int:
    return int(db.call(lambda s: s.scalar(select(func.count()).select_from(entity))))


class Harness:
    def __init__(self, db: Database, hub: EventHub, receiver: WebhookReceiver, url: str) -> None:
        self.db, self.hub, self.receiver, self.url = db, hub, receiver, url
        self.events: list[Any] = []
        hub.subscribe(self.events.append)
        self.client = httpx.AsyncClient(timeout=30)

    async def post(self, body: bytes, *, secret: str = SECRET, **headers: str) -> httpx.Response:
        all_headers = {"X-Hub-Signature-256": sign(secret, body), **headers}
        return await self.client.post(self.url, content=body, headers=all_headers)


@pytest_asyncio.fixture
async def harness(db_url: str) -> AsyncIterator[Harness]:
    db = Database(db_url)
    db.migrate_sync()
    hub = EventHub()
    receiver = WebhookReceiver(
        db, hub, app_secret=SECRET, verify_token=lambda: TOKEN, max_body=20_000
    )
    url = await receiver.start("127.0.0.1", 0)
    h = Harness(db, hub, receiver, url)
    try:
        yield h
    finally:
        await h.client.aclose()
        await receiver.stop()
        db.close()


@pytest.mark.asyncio
async def test_good_signature_is_stored_before_200(harness: Harness) -> None:
    response = await harness.post(fixture_body("in_text"))
    assert response.status_code == 200
    # The row is already committed when the answer arrives (read on another connection).
    assert count(harness.db, Message) == 1
    assert count(harness.db, WebhookEvent) == 1
    health = harness.receiver.health
    assert health.events_received == 1 and health.last_event_at is not None
    assert health.url == harness.url and health.listening


@pytest.mark.asyncio
async def test_domain_events_after_commit(harness: Harness) -> None:
    await harness.post(fixture_body("in_text"))
    changed = [e for e in harness.events if isinstance(e, MessagesChanged)]
    conversations = [e for e in harness.events if isinstance(e, ConversationsChanged)]
    assert len(changed) == 1 and len(conversations) == 1
    message_id = harness.db.call(lambda s: s.scalar(select(Message.id)))
    conversation_id = harness.db.call(lambda s: s.scalar(select(Conversation.id)))
    assert changed[0].message_ids == {message_id}
    assert changed[0].conversation_ids == {conversation_id} == conversations[0].conversation_ids


@pytest.mark.asyncio
async def test_bad_signature_is_401_and_stores_nothing(harness: Harness) -> None:
    wrong = await harness.post(fixture_body("in_text"), secret="not-the-secret")
    body = fixture_body("in_text")
    missing = await harness.client.post(harness.url, content=body)
    tampered = await harness.client.post(
        harness.url,
        content=body.replace(b"another color", b"another colour"),
        headers={"X-Hub-Signature-256": sign(SECRET, body)},
    )
    assert [r.status_code for r in (wrong, missing, tampered)] == [401, 401, 401]
    assert count(harness.db, WebhookEvent) == 0 and count(harness.db, Message) == 0
    assert harness.receiver.health.rejected_signature == 3
    assert not harness.events


@pytest.mark.asyncio
async def test_malformed_json_is_400_and_not_stored(harness: Harness) -> None:
    response = await harness.post(b'{"object": "whatsapp_business_account", "entry": [')
    assert response.status_code == 400
    assert count(harness.db, WebhookEvent) == 0
    health = harness.receiver.health
    assert health.rejected_malformed == 1 and "JSON" in (health.last_error or "")


@pytest.mark.asyncio
async def test_oversize_body_is_413(harness: Harness) -> None:
    body = json.dumps({"object": "whatsapp_business_account", "pad": "x" * 30_000}).encode()
    response = await harness.post(body)
    assert response.status_code == 413
    assert count(harness.db, WebhookEvent) == 0
    assert harness.receiver.health.rejected_oversize == 1


@pytest.mark.asyncio
async def test_oversize_chunked_body_is_413(harness: Harness) -> None:
    body = json.dumps({"object": "whatsapp_business_account", "pad": "x" * 30_000}).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    response = await harness.client.post(
        harness.url, content=chunks(), headers={"X-Hub-Signature-256": sign(SECRET, body)}
    )
    assert response.status_code == 413
    assert count(harness.db, WebhookEvent) == 0


@pytest.mark.asyncio
async def test_duplicate_delivery_changes_nothing(harness: Harness) -> None:
    body = fixture_body("in_text")
    first, second = await harness.post(body), await harness.post(body)
    assert (first.status_code, second.status_code) == (200, 200)
    assert count(harness.db, Message) == 1
    assert harness.db.call(lambda s: s.scalar(select(Conversation.unread_count))) == 1
    # Only the first delivery announced a change.
    assert len([e for e in harness.events if isinstance(e, MessagesChanged)]) == 1


@pytest.mark.asyncio
async def test_concurrent_duplicates_are_stored_once(harness: Harness) -> None:
    body = fixture_body("in_text")
    responses = await asyncio.gather(*(harness.post(body) for _ in range(20)))
    assert {r.status_code for r in responses} == {200}
    assert count(harness.db, Message) == 1
    # The body is kept once, with every delivery counted.
    assert count(harness.db, WebhookEvent) == 1
    assert harness.db.call(lambda s: deliveries(s, s.scalars(select(WebhookEvent)).one())) == 20


@pytest.mark.asyncio
async def test_out_of_order_statuses_over_http(harness: Harness) -> None:
    def seed(session: Any) -> None:
        from desktop.services.directory import (
            ensure_phone_number,
            upsert_contact,
            upsert_conversation,
        )

        number = ensure_phone_number(session, "106540352242922", "15550783881")
        contact = upsert_contact(session, wa_id="16505551234")
        conversation = upsert_conversation(session, number.id, contact.id)
        session.add(
            Message(
                conversation_id=conversation.id,
                phone_number_id=number.id,
                wamid="wamid.OUTBOUND0100",
                direction="out",
                type="text",
                status="accepted",
                timestamp=1,
            )
        )

    harness.db.call(seed)
    for name in ("status_read", "status_sent", "status_delivered", "status_read"):
        assert (await harness.post(fixture_body(name))).status_code == 200
    status = harness.db.call(lambda s: s.scalar(select(Message.status)))
    assert status == "read"


@pytest.mark.asyncio
async def test_unexpected_shape_is_stored_flagged_and_answered(harness: Harness) -> None:
    response = await harness.post(b'{"object": "whatsapp_business_account", "entry": 5}')
    assert response.status_code == 200
    event = harness.db.call(lambda s: s.scalar(select(WebhookEvent)))
    assert event.processed is False and event.error
    assert harness.receiver.health.events_flagged == 1


@pytest.mark.asyncio
async def test_every_fixture_over_http(harness: Harness) -> None:
    names = sorted(p.stem for p in FIXTURES.glob("*.json"))
    responses = await asyncio.gather(*(harness.post(fixture_body(n)) for n in names))
    assert [r.status_code for r in responses] == [200] * len(names)
    assert count(harness.db, WebhookEvent) == len(names)
    inbound = [n for n in names if n.startswith("in_")]
    assert count(harness.db, Message) == len(inbound)


@pytest.mark.asyncio
async def test_burst_is_group_committed_and_fully_stored(harness: Harness) -> None:
    responses = await asyncio.gather(*(harness.post(text_body(n)) for n in range(200)))
    assert {r.status_code for r in responses} == {200}
    assert count(harness.db, Message) == 200
    assert harness.db.call(lambda s: s.scalar(select(Conversation.unread_count))) == 200


@pytest.mark.asyncio
async def test_database_refusal_is_503(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.services.webhooks.receiver as receiver_module

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(receiver_module, "apply_payloads", refuse)
    response = await harness.post(fixture_body("in_text"))
    assert response.status_code == 503
    assert harness.receiver.health.unavailable == 1
    monkeypatch.undo()
    # Meta re-delivers: the same body is then stored.
    assert (await harness.post(fixture_body("in_text"))).status_code == 200
    assert count(harness.db, Message) == 1


@pytest.mark.asyncio
async def test_unexpected_failure_keeps_the_body_raw(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.services.webhooks.receiver as receiver_module

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("ingest bug")

    monkeypatch.setattr(receiver_module, "apply_payloads", broken)
    responses = await asyncio.gather(*(harness.post(text_body(n)) for n in range(5)))
    assert {r.status_code for r in responses} == {200}
    events = harness.db.call(lambda s: list(s.scalars(select(WebhookEvent))))
    assert len(events) == 5
    assert all(not e.processed and "ingest bug" in (e.error or "") for e in events)


@pytest.mark.asyncio
async def test_verification_handshake(harness: Harness) -> None:
    good = await harness.client.get(
        harness.url,
        params={"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "1158201444"},
    )
    assert (good.status_code, good.text) == (200, "1158201444")
    bad = await harness.client.get(
        harness.url,
        params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"},
    )
    assert bad.status_code == 403 and "1" not in bad.text
    wrong_mode = await harness.client.get(
        harness.url,
        params={"hub.mode": "unsubscribe", "hub.verify_token": TOKEN, "hub.challenge": "2"},
    )
    assert wrong_mode.status_code == 403


@pytest.mark.asyncio
async def test_stop_commits_everything_answered(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    receiver = WebhookReceiver(db, EventHub(), app_secret=SECRET, verify_token=TOKEN)
    url = await receiver.start()
    async with httpx.AsyncClient(timeout=30) as client:

        async def post(n: int) -> int:
            body = text_body(n)
            try:
                r = await client.post(
                    url, content=body, headers={"X-Hub-Signature-256": sign(SECRET, body)}
                )
            except httpx.HTTPError:
                return 0
            return r.status_code

        tasks = [asyncio.create_task(post(n)) for n in range(150)]
        while receiver.health.events_received < 10:
            await asyncio.sleep(0.001)
        await receiver.stop()  # while most requests are still in flight
        codes = await asyncio.gather(*tasks)
    answered = codes.count(200)
    assert answered >= 10
    assert answered == count(db, Message)
    assert answered == count(db, WebhookEvent)
    db.close()


@pytest.mark.asyncio
async def test_port_in_use_is_a_clear_error(db_url: str) -> None:
    db = Database(db_url)
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    receiver = WebhookReceiver(db, EventHub(), app_secret=SECRET, verify_token=TOKEN)
    try:
        with pytest.raises(ReceiverStartError, match=f"Port {port}.*already in use"):
            await receiver.start("127.0.0.1", port)
        assert not receiver.health.listening
    finally:
        taken.close()
        db.close()


@pytest.mark.asyncio
async def test_writer_cancelled_answers_503_not_200(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = asyncio.Event()

    async def stuck(*_args: Any, **_kwargs: Any) -> Any:
        started.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(harness.receiver, "_store", stuck)
    request = asyncio.create_task(harness.post(fixture_body("in_text")))
    await started.wait()
    writer = harness.receiver._writer
    assert writer is not None
    writer.cancel()
    response = await request
    assert response.status_code == 503
    monkeypatch.undo()
    assert count(harness.db, WebhookEvent) == 0


@pytest.mark.asyncio
async def test_with_two_writers_the_next_batch_is_written_while_one_is(db_url: str) -> None:
    """A receiver with two writers (the default on PostgreSQL) takes the next batch while
    the first is still being written: here the first is held until the second is done."""
    from desktop.services.ingest import IngestResult

    db = Database(db_url)
    db.migrate_sync()
    receiver = WebhookReceiver(db, EventHub(), app_secret=SECRET, verify_token=TOKEN, writers=2)
    first_started, second_done = asyncio.Event(), asyncio.Event()
    batches: list[int] = []

    async def commit(batch: list[Any]) -> None:
        batches.append(len(batch))
        if len(batches) == 1:
            first_started.set()
            await second_done.wait()
        else:
            second_done.set()
        for pending in batch:
            pending.answer(IngestResult(processed=True))

    receiver._commit = commit  # type: ignore[method-assign]
    url = await receiver.start("127.0.0.1", 0)
    harness = Harness(db, EventHub(), receiver, url)
    try:
        first = asyncio.create_task(harness.post(text_body(1)))
        await first_started.wait()
        # With one writer this waits for the first batch, which waits for this one.
        assert (await harness.post(text_body(2))).status_code == 200
        assert (await first).status_code == 200
        assert batches == [1, 1]
    finally:
        await harness.client.aclose()
        await receiver.stop()
        db.close()
