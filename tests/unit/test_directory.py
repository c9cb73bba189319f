from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.message_text import readable_text


def test_contact_keyed_on_bsuid_with_phone_alias(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()

    def scenario(session: Session):
        by_phone = upsert_contact(session, wa_id="819011112222", profile_name="Sato")
        linked = upsert_contact(session, wa_id="819011112222", user_id="JP.123")
        hidden = upsert_contact(session, user_id="JP.123", username="sato_k")
        return by_phone.id, linked.id, hidden.id, hidden.wa_id, hidden.username

    a, b, c, wa_id, username = db.call(scenario)
    assert a == b == c
    assert wa_id == "819011112222" and username == "sato_k"
    db.close()


def test_unknown_number_is_flagged_and_conversation_unique(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()

    def scenario(session: Session):
        number = ensure_phone_number(session, "999", "15550000000")
        contact = upsert_contact(session, wa_id="15551234567")
        first = upsert_conversation(session, number.id, contact.id)
        second = upsert_conversation(session, number.id, contact.id)
        return number.unknown, first.id == second.id

    assert db.call(scenario) == (True, True)
    db.close()


def test_readable_text_for_each_type() -> None:
    assert readable_text("text", {"text": {"body": "hi"}}) == "hi"
    assert readable_text("image", {"image": {"caption": "cat"}}) == "cat"
    assert readable_text("reaction", {"reaction": {"emoji": "👍"}}) == "👍"
    assert readable_text("location", {"location": {"name": "Shop"}}) == "Shop"
    assert readable_text("button", {"button": {"text": "Stop", "payload": "STOP"}}) == "Stop"
    reply = {"interactive": {"type": "list_reply", "list_reply": {"title": "Express"}}}
    assert readable_text("interactive", reply) == "Express"
    assert (
        readable_text("interactive", {"interactive": {"type": "button", "body": {"text": "Q"}}})
        == "Q"
    )
    assert readable_text("audio", {"audio": {"id": "1"}}) is None


def test_closing_soon_filter_lists_open_windows_that_end_within_the_limit(db_url: str) -> None:
    from desktop.services.inbox import ConversationFilter, conversation_ids

    db = Database(db_url)
    db.migrate_sync()
    now = 1_800_000_000

    def seed(session: Session):
        number = ensure_phone_number(session, "1", "15550000001")
        ids = {}
        for name, age_hours in (("fresh", 1), ("closing", 22.5), ("closed", 25)):
            contact = upsert_contact(session, wa_id=f"1555{len(ids)}", profile_name=name)
            conv = upsert_conversation(session, number.id, contact.id)
            conv.last_inbound_ts = int(now - age_hours * 3600)
            ids[name] = conv.id
        return ids

    ids = db.call(seed)
    soon = db.call(conversation_ids, ConversationFilter(closing_within=3 * 3600, now=now))
    assert soon == [ids["closing"]]
    db.close()
