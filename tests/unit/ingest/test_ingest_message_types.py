"""Every message type Meta sends, ingested into a real SQLite database and read back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message
from desktop.services import inbox
from desktop.services.notifications import new_arrivals
from tests import message_types as mt

VISIBLE = len(mt.thread()) - 3  # the edit, the revoke and the reaction draw no bubble


def _ingest_thread(ingest: Callable[..., Any]) -> None:
    for name, body in mt.thread():
        result = ingest(body)
        assert result.processed, (name, result.error)
        assert result.new_messages == 1, name


def _rows(db: Database) -> dict[str, inbox.MessageRow]:
    def read(session: Any) -> dict[str, inbox.MessageRow]:
        (conversation_id,) = session.scalars(select(Conversation.id)).all()
        ids = inbox.message_ids(session, conversation_id)
        return {r.wamid or "": r for r in inbox.message_rows(session, ids).values()}

    return db.call(read)


def test_every_type_lands_in_one_thread_of_one_contact(
    db: Database, ingest: Callable[..., Any]
) -> None:
    _ingest_thread(ingest)

    def read(session: Any) -> tuple[Any, ...]:
        contacts = session.scalars(select(Contact)).all()
        conversations = session.scalars(select(Conversation)).all()
        stored = session.scalar(select(func.count()).select_from(Message))
        return contacts, conversations, stored

    contacts, conversations, stored = db.call(read)
    assert len(contacts) == 1 and len(conversations) == 1
    # Both changes of identity kept the same contact, which now has the new ids.
    assert (contacts[0].wa_id, contacts[0].user_id) == (mt.NEW_PHONE, mt.NEW_USER_ID)
    assert stored == len(mt.thread())  # every body is stored, amendments included
    rows = _rows(db)
    assert len(rows) == VISIBLE
    assert {r.type for r in rows.values()} >= {
        "text",
        "image",
        "sticker",
        "audio",
        "video",
        "document",
        "location",
        "contacts",
        "interactive",
        "button",
        "order",
        "unsupported",
        "hologram",
        "system",
    }


def test_edit_and_revoke_change_the_original_and_keep_its_text(
    db: Database, ingest: Callable[..., Any]
) -> None:
    _ingest_thread(ingest)
    rows = _rows(db)
    edited = rows[mt.wamid(1)]
    assert edited.edited_text == "Is the green vase available?"
    assert edited.earlier_texts == ("Is the blue vase still available?",)
    assert edited.reaction == "❤️"
    deleted = rows[mt.wamid(2)]
    assert deleted.revoked and deleted.text == "Sorry, wrong chat"  # kept for the records
    assert mt.wamid(50) not in rows and mt.wamid(51) not in rows  # no bubbles of their own


def test_amendments_name_their_target_so_views_redraw_it(
    db: Database, ingest: Callable[..., Any]
) -> None:
    bodies = dict(mt.thread())
    ingest(bodies["text"])
    target = db.call(lambda s: s.scalar(select(Message.id).where(Message.wamid == mt.wamid(1))))
    result = ingest(bodies["edit"])
    assert target in result.message_ids


def test_window_unread_and_list_line(db: Database, ingest: Callable[..., Any]) -> None:
    _ingest_thread(ingest)
    conversation = db.call(lambda s: s.scalars(select(Conversation)).one())
    # The customer last wrote at +270; system notices and the business's own echo do not
    # open the 24-hour window, and edits, revokes, notices and echoes are not unread.
    assert conversation.last_inbound_ts == mt.START + 270
    assert conversation.last_message_ts == mt.START + 290
    assert conversation.last_message_type == "text"
    assert conversation.last_message_preview == "Yes, I'll keep the green one for you."
    quiet = {"edit", "revoke", "user_changed_number", "user_changed_user_id", "echo"}
    assert conversation.unread_count == len(mt.thread()) - len(quiet)


def test_echo_is_outgoing_sent_from_the_phone(db: Database, ingest: Callable[..., Any]) -> None:
    ingest(mt.inbound(mt.wamid(1), 0, "text", {"body": "Hi"}))
    ingest(mt.echo(mt.wamid(24), 500, "Hello from the shop's phone", to=mt.PHONE))
    rows = _rows(db)
    echo = rows[mt.wamid(24)]
    assert (echo.direction, echo.status, echo.text) == (
        "out",
        "sent",
        "Hello from the shop's phone",
    )
    conversation = db.call(lambda s: s.scalars(select(Conversation)).one())
    assert conversation.last_inbound_ts == mt.START  # the echo opened no window
    assert conversation.unread_count == 1


def test_phone_only_customer_keeps_one_thread_across_a_number_change(
    db: Database, ingest: Callable[..., Any]
) -> None:
    ingest(mt.inbound(mt.wamid(1), 0, "text", {"body": "Old number"}, user_id=None))
    change = {"body": "changed", "wa_id": mt.NEW_PHONE, "type": "user_changed_number"}
    ingest(mt.inbound(mt.wamid(2), 10, "system", change, user_id=None))
    ingest(
        mt.inbound(
            mt.wamid(3), 20, "text", {"body": "New number"}, wa_id=mt.NEW_PHONE, user_id=None
        )
    )
    contacts = db.call(lambda s: s.scalars(select(Contact)).all())
    conversations = db.call(lambda s: s.scalars(select(Conversation)).all())
    assert [c.wa_id for c in contacts] == [mt.NEW_PHONE]
    assert len(conversations) == 1
    assert len(_rows(db)) == 3


def test_history_is_imported_quietly_with_its_own_times(
    db: Database, ingest: Callable[..., Any]
) -> None:
    result = ingest(mt.history())
    assert result.processed and result.new_messages == 2
    rows = _rows(db)
    asked, answered = rows["wamid.HISTORY0001"], rows["wamid.HISTORY0002"]
    when = mt.START - 30 * 86400
    assert (asked.direction, asked.timestamp) == ("in", when)
    assert (answered.direction, answered.status, answered.timestamp) == (
        "out",
        "delivered",
        when + 600,
    )
    conversation = db.call(lambda s: s.scalars(select(Conversation)).one())
    assert conversation.unread_count == 0 and conversation.last_inbound_ts is None
    assert conversation.last_message_ts == when + 600
    # Even history from a few minutes ago never rings.
    recent = db.call(new_arrivals, sorted(result.message_ids), 0, float(when + 60))
    assert recent == []
    fresh = ingest(mt.inbound(mt.wamid(9), 0, "text", {"body": "Live one"}))
    assert db.call(new_arrivals, sorted(fresh.message_ids), 0, float(mt.START + 1))


def test_marketing_choice_is_recorded_and_a_late_older_one_ignored(
    db: Database, ingest: Callable[..., Any]
) -> None:
    ingest(mt.inbound(mt.wamid(1), 0, "text", {"body": "Hi"}, wa_id=mt.NEW_PHONE))
    assert ingest(mt.preferences("stop", offset=100)).processed
    contact = db.call(lambda s: s.scalars(select(Contact)).one())
    assert contact.marketing_opt_out is True and contact.marketing_pref_ts == mt.START + 100
    ingest(mt.preferences("resume", offset=50))  # older than the stop: ignored
    assert db.call(lambda s: s.scalars(select(Contact)).one()).marketing_opt_out is True
    ingest(mt.preferences("resume", offset=200))
    assert db.call(lambda s: s.scalars(select(Contact)).one()).marketing_opt_out is False


def test_unknown_types_are_counted(db: Database, ingest: Callable[..., Any]) -> None:
    _ingest_thread(ingest)
    assert db.call(inbox.unshown_message_count) == 1
    ids = db.call(lambda s: s.scalars(select(Message.id)).all())
    assert db.call(inbox.unshown_message_count, ids[:3]) == 0


def test_a_number_change_onto_a_contact_known_by_that_number_merges_them(
    db: Database, ingest: Callable[..., Any]
) -> None:
    """The new number already wrote (a phone-only contact): one contact keeps both
    identities and the other goes, without ever being left with none (the schema refuses)."""
    ingest(mt.inbound(mt.wamid(1), 0, "text", {"body": "From the new phone"},
                      wa_id=mt.NEW_PHONE, user_id=None))  # fmt: skip
    ingest(mt.inbound(mt.wamid(2), 5, "text", {"body": "From the old phone"}))
    change = {"body": "changed", "wa_id": mt.NEW_PHONE, "type": "user_changed_number"}
    result = ingest(mt.inbound(mt.wamid(3), 10, "system", change))
    assert result.processed
    contacts = db.call(lambda s: s.scalars(select(Contact)).all())
    assert [c.wa_id for c in contacts] == [mt.NEW_PHONE]
    assert contacts[0].user_id is not None
    assert len(_rows(db)) == 3
