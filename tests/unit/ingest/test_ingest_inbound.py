"""Inbound messages: every Cloud API type, contacts, conversations, duplicates, flags."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import (
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    WebhookEvent,
)
from desktop.services.ingest import deliveries
from tests.unit.ingest.conftest import NUMBER_ID, load, value_of

# fixture name -> (type, readable text, context wamid)
INBOUND: dict[str, tuple[str, str | None, str | None]] = {
    "in_text": ("text", "Does it come in another color?", None),
    "in_text_referral": ("text", "Hi, I saw your ad", None),
    "in_image": ("image", "Taj Mahal", None),
    "in_forwarded_image": ("image", None, None),
    "in_video": ("video", "Unboxing", None),
    "in_audio_voice": ("audio", None, None),
    "in_document": ("document", "invoice-0042.pdf", None),
    "in_sticker": ("sticker", None, None),
    "in_location": ("location", "Philz Coffee", None),
    "in_contacts": ("contacts", "Lucía Gómez", None),
    "in_reaction": ("reaction", "👍", None),
    "in_interactive_button_reply": ("interactive", "Cancel", "wamid.OUTBOUND0002"),
    "in_interactive_list_reply": ("interactive", "Priority Mail Express", "wamid.OUTBOUND0003"),
    "in_button": ("button", "Unsubscribe", "wamid.OUTBOUND0004"),
    "in_order": ("order", "Two please", None),
    "in_system": ("system", "User A changed from 16505551234 to 12195555358", None),
    "in_unsupported": ("unsupported", None, None),
    "in_text_bsuid_only": ("text", "こんにちは、注文について質問があります", None),
}


def one(db: Database, statement: Any) -> Any:
    return db.call(lambda s: s.scalar(statement))


@pytest.mark.parametrize("name", sorted(INBOUND))
def test_every_inbound_type_is_stored(name: str, db: Database, ingest: Callable[..., Any]) -> None:
    payload = load(name)
    sent = value_of(payload)["messages"][0]
    result = ingest(payload)
    assert result.processed and result.error is None
    assert result.new_messages == 1 and len(result.message_ids) == 1

    def read(session: Any) -> tuple[Any, ...]:
        message = session.scalar(select(Message).where(Message.wamid == sent["id"]))
        conversation = session.get(Conversation, message.conversation_id)
        return message, conversation, session.get(Contact, conversation.contact_id)

    message, conversation, contact = db.call(read)
    kind, text, context = INBOUND[name]
    assert (message.direction, message.type, message.text) == ("in", kind, text)
    assert message.context_wamid == context
    assert message.timestamp == int(sent["timestamp"])
    assert message.payload == sent  # the message object exactly as Meta sent it
    assert message.phone_number_id == NUMBER_ID
    if kind == "system":  # a notice from WhatsApp: not unread, opens no window
        assert conversation.unread_count == 0 and conversation.last_inbound_ts is None
        assert conversation.last_message_ts == int(sent["timestamp"])
    else:
        assert conversation.unread_count == 1
        assert (
            conversation.last_inbound_ts == conversation.last_message_ts == int(sent["timestamp"])
        )
    assert conversation.last_message_preview == text
    assert conversation.last_message_type == kind
    assert message.id in result.message_ids and conversation.id in result.conversation_ids
    assert contact.profile_name == value_of(payload)["contacts"][0]["profile"]["name"]


def test_unsupported_message_keeps_meta_error(db: Database, ingest: Callable[..., Any]) -> None:
    ingest(load("in_unsupported"))
    message = one(db, select(Message))
    assert message.error_code == 131051
    assert message.error_title == "Message type unknown"
    assert message.error_details == "Message type is currently not supported."


def test_reaction_points_at_its_target(db: Database, ingest: Callable[..., Any]) -> None:
    ingest(load("in_reaction"))
    message = one(db, select(Message))
    assert message.type == "reaction"
    assert message.payload["reaction"]["message_id"] == "wamid.OUTBOUND0001"


def test_bsuid_only_contact(db: Database, ingest: Callable[..., Any]) -> None:
    ingest(load("in_text_bsuid_only"))
    contact = one(db, select(Contact))
    assert contact.user_id == "JP.88812345678901234"
    assert contact.wa_id is None
    assert (contact.username, contact.profile_name) == ("hanako_s", "佐藤 花子")


def test_contact_with_phone_and_bsuid_is_one_contact(
    db: Database, ingest: Callable[..., Any]
) -> None:
    ingest(load("in_text"))
    ingest(load("in_image"))
    contacts = db.call(lambda s: list(s.scalars(select(Contact))))
    assert len(contacts) == 1
    assert contacts[0].wa_id == "16505551234"
    assert contacts[0].user_id == "US.13491208655302741918"
    assert one(db, select(Conversation.unread_count)) == 2


def test_duplicate_delivery_changes_nothing(db: Database, ingest: Callable[..., Any]) -> None:
    payload = load("in_text")
    first = ingest(payload)
    again = ingest(copy.deepcopy(payload))
    assert first.new_messages == 1
    assert again.new_messages == 0 and again.repeated and again.processed
    assert not again.message_ids and not again.conversation_ids
    assert one(db, select(func.count()).select_from(Message)) == 1
    assert one(db, select(Conversation.unread_count)) == 1
    # The body is on record once, processed, with both deliveries counted.
    assert one(db, select(func.count()).where(WebhookEvent.processed.is_(True))) == 1
    assert db.call(lambda s: deliveries(s, s.scalars(select(WebhookEvent)).one())) == 2


def test_same_messages_in_another_body_are_duplicates(
    db: Database, ingest: Callable[..., Any]
) -> None:
    payload = load("in_text")
    ingest(payload)
    other = copy.deepcopy(payload)
    other["entry"][0]["time"] = 1750030999  # a different body naming the same message
    again = ingest(other)
    assert again.new_messages == 0 and again.duplicate_messages == 1 and not again.repeated
    assert one(db, select(func.count()).select_from(WebhookEvent)) == 2


def test_body_that_could_not_be_applied_is_applied_on_redelivery(
    db: Database, ingest: Callable[..., Any]
) -> None:
    from desktop.services.ingest import apply_payload, store_unprocessed

    payload = load("in_text")
    raw = json.dumps(payload)
    db.call(store_unprocessed, raw, "could not apply: the disk was full")
    result = db.call(apply_payload, payload, raw)
    assert result.processed and result.new_messages == 1
    event = db.call(lambda s: s.scalars(select(WebhookEvent)).one())
    assert (event.processed, event.error) == (True, None)
    assert db.call(lambda s: deliveries(s, s.scalars(select(WebhookEvent)).one())) == 2


def test_repeats_inside_one_batch_are_stored_once(db: Database) -> None:
    from desktop.services.ingest import apply_payloads

    raw = json.dumps(load("in_text"))
    results = db.call(apply_payloads, [(raw, json.loads(raw)) for _ in range(5)])
    assert [r.new_messages for r in results] == [1, 0, 0, 0, 0]
    assert [r.repeated for r in results] == [False, True, True, True, True]
    assert db.call(lambda s: deliveries(s, s.scalars(select(WebhookEvent)).one())) == 5
    assert one(db, select(func.count()).select_from(WebhookEvent)) == 1


def test_duplicate_inside_one_body_is_stored_once(db: Database, ingest: Callable[..., Any]) -> None:
    payload = load("in_text")
    value = value_of(payload)
    value["messages"].append(copy.deepcopy(value["messages"][0]))
    result = ingest(payload)
    assert (result.new_messages, result.duplicate_messages) == (1, 1)
    assert one(db, select(Conversation.unread_count)) == 1


def test_older_message_does_not_replace_preview(db: Database, ingest: Callable[..., Any]) -> None:
    newer = load("in_text")
    older = load("in_image")
    value_of(older)["messages"][0]["timestamp"] = "1700000000"
    ingest(newer)
    ingest(older)
    conversation = one(db, select(Conversation))
    assert conversation.last_message_preview == "Does it come in another color?"
    assert conversation.last_message_ts == int(value_of(newer)["messages"][0]["timestamp"])
    assert conversation.unread_count == 2


def test_unknown_number_is_created_and_flagged(db: Database, ingest: Callable[..., Any]) -> None:
    payload = load("in_text")
    value_of(payload)["metadata"] = {
        "display_phone_number": "15550009999",
        "phone_number_id": "777",
    }
    result = ingest(payload)
    assert result.processed and result.new_messages == 1
    assert "777" in (result.error or "") and "777" in result.phone_number_ids
    number = db.call(lambda s: s.get(PhoneNumber, "777"))
    assert number.unknown is True and number.display_phone_number == "15550009999"
    assert number.waba_id == "102290129340398"  # the WABA of the entry, which we know
    event = one(db, select(WebhookEvent))
    assert event.processed is True and "777" in event.error


def test_known_number_is_not_flagged(db: Database, ingest: Callable[..., Any]) -> None:
    result = ingest(load("in_text"))
    assert result.error is None
    assert one(db, select(WebhookEvent.error)) is None


def test_every_body_is_kept_raw(db: Database, ingest: Callable[..., Any]) -> None:
    ingest(load("in_location"))
    event = one(db, select(WebhookEvent))
    assert "Philz Coffee" in event.raw and event.processed is True
    assert isinstance(event.received_at, datetime)
    message = one(db, select(Message))
    assert isinstance(message.created_at, datetime) and message.attempts == 0
    assert message.status is None and message.next_attempt_at is None


def _text_from(wa_id: str | None, user_id: str | None, name: str | None, wamid: str) -> Any:
    payload = load("in_text")
    value = value_of(payload)
    contact: dict[str, Any] = {"wa_id": wa_id, "user_id": user_id}
    if name:
        contact["profile"] = {"name": name}
    value["contacts"] = [{k: v for k, v in contact.items() if v is not None}]
    message = value["messages"][0]
    message["id"] = wamid
    message.pop("from", None)
    message.pop("from_user_id", None)
    if wa_id:
        message["from"] = wa_id
    if user_id:
        message["from_user_id"] = user_id
    return payload


def test_one_batch_completes_known_contacts_as_one_by_one_would(db: Database) -> None:
    """Contacts known by one id (an import, a send) get the other id, their country with
    a number, and the latest name the batch brings; a name it does not bring is kept."""
    from desktop.services.directory import upsert_contact
    from desktop.services.ingest import apply_payloads

    def seed(session: Any) -> None:
        upsert_contact(session, wa_id="819012345678", profile_name="Old name")
        upsert_contact(session, user_id="JP.1", profile_name="Hanako")
        upsert_contact(session, wa_id="16505550000", user_id="US.9", username="kept")

    db.call(seed)
    bodies = [
        _text_from("819012345678", "JP.7", "Taro", "wamid.C1"),
        _text_from("819012345678", "JP.7", "Taro Yamada", "wamid.C2"),
        _text_from("16505551111", "JP.1", None, "wamid.C3"),
        _text_from("16505550000", "US.9", "Sam", "wamid.C4"),
    ]
    results = db.call(apply_payloads, [(json.dumps(b), b) for b in bodies])
    assert [r.new_messages for r in results] == [1, 1, 1, 1]
    rows = db.call(
        lambda s: [
            (c.wa_id, c.user_id, c.country, c.profile_name, c.username)
            for c in s.scalars(select(Contact).order_by(Contact.id))
        ]
    )
    assert rows == [
        ("819012345678", "JP.7", "JP", "Taro Yamada", None),
        ("16505551111", "JP.1", "US", "Hanako", None),
        ("16505550000", "US.9", "US", "Sam", "kept"),
    ]
    ids = db.call(lambda s: sorted(s.scalars(select(Contact.id))))
    conversations = db.call(lambda s: sorted(s.scalars(select(Conversation.contact_id))))
    assert conversations == ids  # one each: nobody became a new contact


@pytest.mark.parametrize("enabled", [True, False])
def test_a_batch_leaves_the_cycle_collector_as_it_was(
    enabled: bool, db: Database, ingest: Callable[..., Any]
) -> None:
    import gc

    was_enabled = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        result = ingest(load("in_text"))
        assert result.new_messages == 1
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was_enabled else gc.disable()
