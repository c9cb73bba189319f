"""Statuses: never backwards, once per (wamid, status), orphans kept, billing recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import BillingRecord, Message, MessageStatus
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.ingest import adopt_orphan_statuses, should_advance, status_rank
from tests.unit.ingest.conftest import NUMBER_ID, WABA_ID, load, status_payload, value_of

WAMID = "wamid.OUTBOUND0100"


def outbound(db: Database, wamid: str | None = WAMID, status: str = "accepted") -> int:
    def make(session: Any) -> int:
        contact = upsert_contact(session, wa_id="16505551234")
        conversation = upsert_conversation(session, NUMBER_ID, contact.id)
        message = Message(
            conversation_id=conversation.id,
            phone_number_id=NUMBER_ID,
            wamid=wamid,
            direction="out",
            type="text",
            text="Your order has shipped",
            payload={"text": {"body": "Your order has shipped"}},
            status=status,
            timestamp=1750030000,
        )
        session.add(message)
        session.flush()
        return message.id

    return db.call(make)


def message_state(db: Database, message_id: int) -> tuple[Any, ...]:
    def read(session: Any) -> tuple[Any, ...]:
        m = session.get(Message, message_id)
        return m.status, m.status_ts, m.error_code, m.error_title, m.error_details

    return db.call(read)


def count(db: Database, entity: Any) -> int:
    return int(db.call(lambda s: s.scalar(select(func.count()).select_from(entity))))


def test_rank_order() -> None:
    assert status_rank("accepted") < status_rank("sent") < status_rank("delivered")
    assert status_rank("delivered") < status_rank("read") < status_rank("played")
    assert should_advance("delivered", "failed") and not should_advance("read", "failed")
    assert not should_advance("failed", "read") and not should_advance("read", "delivered")


def test_statuses_in_order(db: Database, ingest: Callable[..., Any]) -> None:
    mid = outbound(db)
    for status, ts in (("sent", 10), ("delivered", 20), ("read", 30)):
        result = ingest(status_payload(WAMID, status, ts))
        assert result.new_statuses == 1 and result.orphan_statuses == 0
        assert mid in result.message_ids
        assert message_state(db, mid)[:2] == (status, ts)


def test_out_of_order_never_moves_backwards(db: Database, ingest: Callable[..., Any]) -> None:
    mid = outbound(db)
    ingest(status_payload(WAMID, "read", 30))
    ingest(status_payload(WAMID, "delivered", 20))
    ingest(status_payload(WAMID, "sent", 10))
    assert message_state(db, mid)[:2] == ("read", 30)
    # Every report is on record even though the message did not move.
    assert count(db, MessageStatus) == 3


def test_out_of_order_inside_one_body(db: Database, ingest: Callable[..., Any]) -> None:
    mid = outbound(db)
    payload = status_payload(WAMID, "read", 30)
    statuses = value_of(payload)["statuses"]
    for status, ts in (("delivered", 20), ("sent", 10)):
        extra = dict(statuses[0], status=status, timestamp=str(ts))
        statuses.append(extra)
    ingest(payload)
    assert message_state(db, mid)[:2] == ("read", 30)


def test_played_after_read(db: Database, ingest: Callable[..., Any]) -> None:
    mid = outbound(db)
    ingest(status_payload(WAMID, "read", 30))
    ingest(status_payload(WAMID, "played", 40))
    assert message_state(db, mid)[0] == "played"


def test_failed_wins_over_delivered_and_copies_errors(
    db: Database, ingest: Callable[..., Any]
) -> None:
    mid = outbound(db)
    ingest(status_payload(WAMID, "delivered", 20))
    ingest(load("status_failed"))
    status, _, code, title, details = message_state(db, mid)
    assert (status, code) == ("failed", 131049)
    assert title and "healthy ecosystem" in title
    assert details and details.startswith("In order to maintain")
    ingest(status_payload(WAMID, "read", 99))  # failed is terminal
    assert message_state(db, mid)[0] == "failed"


def test_failed_after_read_keeps_read(db: Database, ingest: Callable[..., Any]) -> None:
    mid = outbound(db)
    ingest(status_payload(WAMID, "read", 30))
    ingest(load("status_failed"))
    assert message_state(db, mid)[:3] == ("read", 30, None)


def test_duplicate_status_changes_nothing(db: Database, ingest: Callable[..., Any]) -> None:
    outbound(db)
    first = ingest(load("status_sent"))
    other_body = load("status_sent")
    other_body["entry"][0]["time"] = 1750030999  # not the same body: the statuses are checked
    again = ingest(other_body)
    assert (first.new_statuses, first.billing_records) == (1, 1)
    assert (again.new_statuses, again.duplicate_statuses, again.billing_records) == (0, 1, 0)
    assert not again.message_ids
    assert count(db, MessageStatus) == 1 and count(db, BillingRecord) == 1


def test_billing_record_from_pricing(db: Database, ingest: Callable[..., Any]) -> None:
    outbound(db)
    ingest(load("status_sent"))
    ingest(load("status_delivered"))
    ingest(load("status_read"))  # no pricing object: no billing record
    records = db.call(
        lambda s: list(s.scalars(select(BillingRecord).order_by(BillingRecord.timestamp)))
    )
    assert [r.status for r in records] == ["sent", "delivered"]
    sent = records[0]
    assert (sent.waba_id, sent.phone_number_id, sent.recipient_id) == (
        WABA_ID,
        NUMBER_ID,
        "16505551234",
    )
    assert (sent.billable, sent.pricing_model, sent.pricing_type, sent.category) == (
        True,
        "PMP",
        "regular",
        "marketing",
    )
    assert sent.conversation_id == "72b14d6c0aa5b6fbd6e5b8b0b2b0a1ff"
    assert sent.conversation_origin == "marketing"
    assert sent.conversation_expiration_ts == 1750116480
    assert records[1].conversation_id is None


def test_status_for_unknown_message_is_kept_as_orphan(
    db: Database, ingest: Callable[..., Any]
) -> None:
    result = ingest(status_payload("wamid.NEVERSENT", "delivered", 20))
    assert result.processed and result.orphan_statuses == 1
    row = db.call(lambda s: s.scalar(select(MessageStatus)))
    assert (row.wamid, row.orphan, row.message_id) == ("wamid.NEVERSENT", True, None)


def test_adopt_orphans_when_the_wamid_arrives_late(
    db: Database, ingest: Callable[..., Any]
) -> None:
    mid = outbound(db, wamid=None, status="sending")
    ingest(status_payload(WAMID, "delivered", 20))
    ingest(status_payload(WAMID, "sent", 10))

    def store_wamid(session: Any) -> bool:
        message = session.get(Message, mid)
        message.wamid = WAMID
        message.status = "accepted"
        return adopt_orphan_statuses(session, message)

    assert db.call(store_wamid) is True
    assert message_state(db, mid)[:2] == ("delivered", 20)
    rows = db.call(lambda s: list(s.scalars(select(MessageStatus))))
    assert all(r.message_id == mid and not r.orphan for r in rows) and len(rows) == 2
    assert db.call(lambda s: adopt_orphan_statuses(s, s.get(Message, mid))) is False
    # Later statuses now find the message directly.
    ingest(status_payload(WAMID, "read", 30))
    assert message_state(db, mid)[:2] == ("read", 30)


@pytest.mark.parametrize("status", ["sent", "delivered", "read", "played", "failed"])
def test_each_status_fixture_is_stored(
    status: str, db: Database, ingest: Callable[..., Any]
) -> None:
    outbound(db)
    result = ingest(load(f"status_{status}"))
    assert result.processed and result.new_statuses == 1
    assert db.call(lambda s: s.scalar(select(MessageStatus.status))) == status
