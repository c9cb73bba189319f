"""The outbox on a real SQLite file: queue first, resume after restart, never send twice."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message, PhoneNumber
from desktop.services.cloud_api import CloudApiError, SendResult
from desktop.services.cloud_api.errors import from_error_body, network_error
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import EventHub, MessagesChanged
from desktop.services.outbox import Outbox, OutboxConfig, OutboxRefused
from desktop.services.rate_limit import TokenBucket

NUMBER = "1001"


class RecordingSender:
    """Accepts every message like Meta would, remembering each call."""

    def __init__(
        self, fail: dict[int, list[CloudApiError]] | None = None, prefix: str = "wamid."
    ) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail = fail or {}
        self.prefix = prefix

    async def send_message(self, phone_number_id: str, payload: dict[str, Any]) -> SendResult:
        self.calls.append(payload)
        await asyncio.sleep(0)
        errors = self.fail.get(len(self.calls))
        if errors:
            raise errors.pop(0)
        n = len(self.calls)
        return SendResult(
            wamid=f"{self.prefix}{n}",
            wa_id="15551230000",
            input=payload.get("to"),
            message_status=None,
        )


def meta_error(code: int, http_status: int = 400) -> CloudApiError:
    err = from_error_body(
        {"error": {"message": f"(#{code}) test", "code": code, "fbtrace_id": "T"}},
        http_status=http_status,
        host="test",
        secret=None,
    )
    assert err is not None
    return err


def setup_db(db_url: str, *, inbound_age: float = 60, mps: int = 80) -> tuple[Database, int]:
    db = Database(db_url)
    db.migrate_sync()

    def seed(session: Session) -> int:
        session.add(PhoneNumber(id=NUMBER, display_phone_number="15550001001", throughput_mps=mps))
        contact = upsert_contact(session, wa_id="15551230000", profile_name="Ada")
        conv = upsert_conversation(session, NUMBER, contact.id)
        conv.last_inbound_ts = int(time.time() - inbound_age)
        return conv.id

    return db, db.call(seed)


async def until(pred: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not await pred():
        if time.monotonic() > end:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.01)


def statuses(db: Database) -> list[tuple[str | None, str | None]]:
    return db.call(
        lambda s: list(s.execute(select(Message.status, Message.wamid).order_by(Message.id)))
    )


@pytest.mark.asyncio
async def test_text_is_stored_queued_then_accepted_once(db_url: str) -> None:
    db, conv = setup_db(db_url)
    hub = EventHub()
    events: list[Any] = []
    hub.subscribe(events.append)
    sender = RecordingSender()
    outbox = Outbox(db, hub, sender)
    await outbox.start()
    message_id = await outbox.send_text(conv, "Hello *there*")
    first = db.call(lambda s: s.get(Message, message_id).status)
    assert first in ("queued", "sending", "accepted")

    async def accepted() -> bool:
        return db.call(lambda s: s.get(Message, message_id).status) == "accepted"

    await until(accepted)
    await outbox.aclose()
    assert len(sender.calls) == 1
    assert sender.calls[0]["to"] == "+15551230000"
    assert sender.calls[0]["text"]["body"] == "Hello *there*"
    assert statuses(db) == [("accepted", "wamid.1")]
    assert any(isinstance(e, MessagesChanged) and message_id in e.message_ids for e in events)
    conv_row = db.call(lambda s: s.get(Conversation, conv))
    assert conv_row.last_message_preview == "Hello *there*"
    db.close()


@pytest.mark.asyncio
async def test_restart_resumes_the_queue_without_double_sends(db_url: str) -> None:
    db, conv = setup_db(db_url)

    def crashed_state(session: Session) -> None:
        base = dict(
            conversation_id=conv, phone_number_id=NUMBER, direction="out", type="text", timestamp=1
        )
        session.add(
            Message(
                **base,
                wamid="wamid.old",
                status="accepted",
                payload={"to": "+15551230000", "type": "text", "text": {"body": "a"}},
            )
        )
        session.add(
            Message(
                **base,
                status="sending",
                payload={"to": "+15551230000", "type": "text", "text": {"body": "b"}},
            )
        )
        for i in range(10):
            session.add(
                Message(
                    **base,
                    status="queued",
                    payload={"to": "+15551230000", "type": "text", "text": {"body": f"q{i}"}},
                )
            )

    db.call(crashed_state)
    sender = RecordingSender()
    outbox = Outbox(db, EventHub(), sender)
    await outbox.start()

    async def drained() -> bool:
        return db.call(
            lambda s: (
                s.scalar(select(Message.id).where(Message.status == "queued")) is None
                and s.scalar(select(Message.id).where(Message.status == "sending")) is None
            )
        )

    await until(drained)
    await outbox.aclose()
    bodies = [c["text"]["body"] for c in sender.calls]
    assert bodies == [f"q{i}" for i in range(10)]  # in order, each once, never "a" or "b"
    states = [s for s, _ in statuses(db)]
    assert states == ["accepted", "uncertain"] + ["accepted"] * 10

    # A second restart sends nothing old: a message queued after it is the first one sent
    # (each number's queue goes in order, so a resent old row would come before it).
    again = RecordingSender(prefix="wamid.again.")
    outbox2 = Outbox(db, EventHub(), again)
    await outbox2.start()
    await outbox2.send_text(conv, "after the restart")

    async def sent_once() -> bool:
        return len(again.calls) >= 1

    await until(sent_once)
    await until(drained)
    await outbox2.aclose()
    assert [c["text"]["body"] for c in again.calls] == ["after the restart"]
    db.close()


@pytest.mark.asyncio
async def test_errors_are_kept_and_retry_is_explicit(db_url: str) -> None:
    db, conv = setup_db(db_url)
    sender = RecordingSender(
        fail={
            1: [meta_error(131026)],  # undeliverable: final
            2: [
                network_error(
                    TimeoutError("read"), host="t", may_have_been_delivered=True, secret=None
                )
            ],
        }
    )
    later = {"by": 0.0}
    outbox = Outbox(db, EventHub(), sender, clock=lambda: time.time() + later["by"])
    await outbox.start()
    first = await outbox.send_text(conv, "one")

    async def settled(mid: int, state: str) -> bool:
        return db.call(lambda s: s.get(Message, mid).status) == state

    await until(lambda: settled(first, "failed"))
    second = await outbox.send_text(conv, "two")
    await until(lambda: settled(second, "uncertain"))
    failed = db.call(lambda s: s.get(Message, first))
    assert failed.error_code == 131026 and failed.error_details
    assert len(sender.calls) == 2  # neither was re-sent automatically

    # An uncertain send is not sent again before a check found no report of it.
    await outbox.retry(second)
    assert (await outbox.check_delivery(second)).verdict == "too_early"
    await outbox.retry(second)
    await asyncio.sleep(0.05)
    assert len(sender.calls) == 2 and await settled(second, "uncertain")
    later["by"] = 300
    check = await outbox.check_delivery(second)
    assert check.verdict == "not_reported" and check.may_send_again
    await outbox.retry(second)
    await until(lambda: settled(second, "accepted"))
    assert [c["text"]["body"] for c in sender.calls] == ["one", "two", "two"]
    await outbox.aclose()
    db.close()


@pytest.mark.asyncio
async def test_rate_limited_sends_back_off_and_succeed(db_url: str) -> None:
    db, conv = setup_db(db_url)
    sender = RecordingSender(fail={1: [meta_error(130429, 429)]})
    outbox = Outbox(db, EventHub(), sender, config=OutboxConfig(backoff_base=0.01))
    await outbox.start()
    mid = await outbox.send_text(conv, "hi")

    async def accepted() -> bool:
        return db.call(lambda s: s.get(Message, mid).status) == "accepted"

    await until(accepted)
    await outbox.aclose()
    assert len(sender.calls) == 2
    assert db.call(lambda s: s.get(Message, mid).attempts) == 2
    db.close()


@pytest.mark.asyncio
async def test_rate_limit_holds_per_number(db_url: str) -> None:
    db, conv = setup_db(db_url, mps=5)
    simulated = {"now": 0.0}

    async def fake_sleep(seconds: float) -> None:
        simulated["now"] += seconds
        await asyncio.sleep(0)

    rates: list[float] = []

    def bucket(rate: float) -> TokenBucket:
        rates.append(rate)
        return TokenBucket(rate, clock=lambda: simulated["now"], sleep=fake_sleep)

    sender = RecordingSender()
    outbox = Outbox(db, EventHub(), sender, bucket_factory=bucket)
    await outbox.start()
    for i in range(15):
        await outbox.send_text(conv, f"m{i}")

    async def all_sent() -> bool:
        return len(sender.calls) == 15

    await until(all_sent)
    await outbox.aclose()
    assert rates == [5.0]
    # 15 sends at 5/s with a burst of 5: at least two simulated seconds of waiting.
    assert simulated["now"] >= 2.0 - 1e-9
    db.close()


@pytest.mark.asyncio
async def test_free_form_outside_the_window_is_refused(db_url: str) -> None:
    db, conv = setup_db(db_url, inbound_age=24 * 3600 + 1)
    sender = RecordingSender()
    outbox = Outbox(db, EventHub(), sender)
    await outbox.start()
    with pytest.raises(OutboxRefused, match="24-hour window is closed"):
        await outbox.send_text(conv, "too late")
    template_id = await outbox.enqueue(
        conv, "template", {"name": "hello_world", "language": {"code": "en_US"}}
    )

    async def accepted() -> bool:
        return db.call(lambda s: s.get(Message, template_id).status) == "accepted"

    await until(accepted)
    await outbox.aclose()
    assert db.call(lambda s: s.scalar(select(Message.id).where(Message.text == "too late"))) is None
    db.close()


@pytest.mark.asyncio
async def test_marketing_template_to_a_customer_who_stopped_marketing_is_refused(
    db_url: str,
) -> None:
    from desktop.models.entities import Template, Waba
    from desktop.services.ingest import apply_payload
    from tests.message_types import preferences

    db, conv = setup_db(db_url)

    def seed(session: Session) -> None:
        session.add(Waba(id="W1", name="Shop"))
        session.flush()
        session.get(PhoneNumber, NUMBER).waba_id = "W1"
        for name, category in (("spring_sale", "MARKETING"), ("order_update", "UTILITY")):
            session.add(
                Template(
                    waba_id="W1",
                    name=name,
                    language="en_US",
                    category=category,
                    status="APPROVED",
                    components=[],
                )
            )

    db.call(seed)
    # The customer taps "Stop promotions" in WhatsApp: Meta's user_preferences webhook.
    assert db.call(apply_payload, preferences("stop", wa_id="15551230000")).processed
    outbox = Outbox(db, EventHub(), RecordingSender())
    await outbox.start()
    sale = {"name": "spring_sale", "language": {"code": "en_US"}}
    with pytest.raises(OutboxRefused, match="stopped marketing messages"):
        await outbox.enqueue(conv, "template", sale)
    update = await outbox.enqueue(
        conv, "template", {"name": "order_update", "language": {"code": "en_US"}}
    )
    assert update > 0
    db.call(apply_payload, preferences("resume", offset=900, wa_id="15551230000"))
    assert await outbox.enqueue(conv, "template", sale) > 0
    await outbox.aclose()
    db.close()
