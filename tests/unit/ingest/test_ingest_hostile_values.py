"""Odd values in signed bodies: what is stored is sane, what was odd is flagged, nothing lost."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import (
    BillingRecord,
    Conversation,
    Message,
    MessageStatus,
    WebhookEvent,
)
from desktop.services.ingest.normalise import MAX_TIMESTAMP, MIN_TIMESTAMP
from tests.unit.ingest.conftest import load, status_payload, value_of
from tests.unit.ingest.test_ingest_statuses import outbound

BAD_TIMES = ["1000000000000", "99999999999999999999999", "abc", "-5", "1.5e9", {"t": 1}, True]


def stored(db: Database) -> list[Message]:
    return list(db.call(lambda s: list(s.scalars(select(Message).order_by(Message.id)))))


def last_event(db: Database) -> WebhookEvent:
    return db.call(
        lambda s: s.scalars(select(WebhookEvent).order_by(WebhookEvent.id.desc())).first()
    )


@pytest.mark.parametrize("bad", BAD_TIMES, ids=repr)
def test_inbound_timestamp_that_is_not_a_time_becomes_the_time_received(
    db: Database, ingest: Callable[..., Any], bad: Any
) -> None:
    payload = load("in_text")
    value_of(payload)["messages"][0]["timestamp"] = bad
    before = int(time.time())
    result = ingest(payload)
    after = int(time.time())
    assert result.processed and result.new_messages == 1
    (message,) = stored(db)
    assert before <= message.timestamp <= after
    assert "timestamp" in (last_event(db).error or "")
    conversation = db.call(lambda s: s.scalars(select(Conversation)).one())
    for ts in (conversation.last_message_ts, conversation.last_inbound_ts):
        assert ts is not None and MIN_TIMESTAMP <= ts <= MAX_TIMESTAMP


def test_one_bad_message_does_not_cost_the_others(db: Database, ingest: Callable[..., Any]) -> None:
    payload = load("in_text")
    good = value_of(payload)["messages"][0]
    odd = copy.deepcopy(good) | {"id": "wamid.ODD", "timestamp": "1000000000000"}
    broken = copy.deepcopy(good) | {"id": {"not": "an id"}}
    late = copy.deepcopy(good) | {"id": "wamid.LATE", "errors": "oops", "context": 7}
    value_of(payload)["messages"] = [good, odd, broken, late]
    result = ingest(payload)
    assert result.processed and result.new_messages == 3
    assert {m.wamid for m in stored(db)} == {good["id"], "wamid.ODD", "wamid.LATE"}
    note = last_event(db).error or ""
    assert "messages[2]" in note and "timestamp" in note
    assert '"id": {"not": "an id"}' in last_event(db).raw  # the raw body keeps everything


@pytest.mark.parametrize(
    ("fixture", "kind", "hostile", "check"),
    [
        ("in_location", "location", {"name": 5}, lambda b: b["name"] == "5"),
        (
            "in_location",
            "location",
            {"name": {"x": 1}, "latitude": "north"},
            lambda b: "name" not in b and "latitude" not in b,
        ),
        ("in_order", "order", {"product_items": "three"}, lambda b: "product_items" not in b),
        (
            "in_order",
            "order",
            {"product_items": [1, {"quantity": []}]},
            lambda b: b["product_items"] == [{}],
        ),
        (
            "in_interactive_button_reply",
            "interactive",
            {"header": "a string"},
            lambda b: "header" not in b,
        ),
        (
            "in_interactive_button_reply",
            "interactive",
            {"button_reply": ["x"]},
            lambda b: "button_reply" not in b,
        ),
        ("in_text", "text", {"body": ["not", "text"]}, lambda b: "body" not in b),
        ("in_contacts", "contacts", None, lambda b: b == [{}]),
    ],
    ids=[
        "location-name-number",
        "location-name-object",
        "order-items-string",
        "order-items-odd",
        "interactive-header-string",
        "interactive-reply-list",
        "text-body-list",
        "contacts-null",
    ],
)
def test_fields_of_the_wrong_type_are_not_trusted(
    db: Database,
    ingest: Callable[..., Any],
    fixture: str,
    kind: str,
    hostile: dict[str, Any] | None,
    check: Callable[[Any], bool],
) -> None:
    payload = load(fixture)
    message = value_of(payload)["messages"][0]
    if hostile is None:
        message[kind] = [None, "x", {"name": "Ken"}]
    else:
        message[kind] = {**message[kind], **hostile}
    result = ingest(payload)
    assert result.processed and result.new_messages == 1
    (row,) = stored(db)
    assert check(row.payload[kind]) if kind in row.payload else hostile is not None
    assert row.text is None or isinstance(row.text, str)
    if hostile != {"name": 5}:  # a number where text is expected is simply read as text
        assert kind in (last_event(db).error or "")


def test_status_with_bad_times_keeps_what_is_valid(
    db: Database, ingest: Callable[..., Any]
) -> None:
    message_id = outbound(db)
    payload = status_payload("wamid.OUTBOUND0100", "sent", 1750030073)
    sent = value_of(payload)["statuses"][0]
    sent["conversation"]["expiration_timestamp"] = "abc"
    delivered = copy.deepcopy(sent) | {"status": "delivered", "timestamp": "9" * 30}
    delivered["conversation"] = dict(delivered["conversation"], expiration_timestamp="1750116480")
    odd = copy.deepcopy(sent) | {"status": "read", "timestamp": "1750030099", "errors": "x"}
    value_of(payload)["statuses"] = [sent, delivered, odd]
    before = int(time.time())
    result = ingest(payload)
    assert result.processed and result.new_statuses == 3
    rows = db.call(lambda s: {r.status: r.timestamp for r in s.scalars(select(MessageStatus))})
    assert rows["sent"] == 1750030073 and rows["read"] == 1750030099
    assert before <= rows["delivered"] <= int(time.time())
    billing = db.call(
        lambda s: {r.status: r.conversation_expiration_ts for r in s.scalars(select(BillingRecord))}
    )
    assert billing == {"sent": None, "delivered": 1750116480, "read": None}
    message = db.call(lambda s: s.get(Message, message_id))
    assert message.status == "read" and message.status_ts == 1750030099
    note = last_event(db).error or ""
    assert "expiration" in note and "timestamp" in note and "errors" in note


def test_body_with_nothing_usable_is_kept_raw_and_flagged(
    db: Database, ingest: Callable[..., Any]
) -> None:
    result = ingest({"entry": [{"id": "1", "changes": [{"field": "messages", "value": []}]}]})
    assert not result.processed and result.error
    assert stored(db) == []
