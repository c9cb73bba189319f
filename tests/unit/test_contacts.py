"""A customer's card: names in the right order, numbers in every format, notes kept."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.contacts import (
    NOTES_LIMIT,
    contact_details,
    contact_of_conversation,
    display_name,
    format_number,
    save_local_name,
    save_notes,
    username_label,
)
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.inbox import conversation_rows


def test_numbers_are_formatted_for_people_and_refused_when_not_numbers() -> None:
    jp = format_number("819012345678", "ja")
    assert jp is not None
    assert jp.e164 == "+819012345678"
    assert jp.international == "+81 90-1234-5678"
    assert jp.national == "090-1234-5678"
    assert jp.region == "JP" and jp.country == "日本"
    us = format_number("16505551243")
    assert us is not None and us.country == "United States" and us.national == "(650) 555-1243"
    assert format_number(None) is None
    assert format_number("") is None
    assert format_number("<img src=x>") is None
    assert format_number("9" * 40) is None


def test_usernames_show_one_at_sign() -> None:
    assert username_label("@realsheenanelson") == "@realsheenanelson"
    assert username_label("realsheenanelson") == "@realsheenanelson"
    assert username_label("@@x") == "@x"
    assert username_label("  ") is None
    assert username_label(None) is None


def seed(session: Session) -> tuple[int, int, int]:
    tokyo = ensure_phone_number(session, "111", "81312345678")
    osaka = ensure_phone_number(session, "222", "81612345678")
    contact = upsert_contact(
        session, wa_id="819012345678", profile_name="Hanako", username="@hana", user_id="JP.1"
    )
    first = upsert_conversation(session, tokyo.id, contact.id)
    second = upsert_conversation(session, osaka.id, contact.id)
    first.last_message_ts, second.last_message_ts = 100, 200
    session.add(
        Message(
            conversation_id=first.id,
            phone_number_id=tokyo.id,
            direction="in",
            type="system",
            text="User A changed from 819012345678 to 819087654321",
            payload={},
            timestamp=150,
        )
    )
    session.flush()
    return contact.id, first.id, second.id


def test_details_list_every_channel_newest_first_and_the_identity_changes(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    contact_id, first, second = db.call(seed)
    assert db.call(contact_of_conversation, first) == contact_id
    details = db.call(contact_details, contact_id, "en")
    assert details is not None
    assert details.name == "Hanako" and details.username == "@hana" and details.user_id == "JP.1"
    assert [c.conversation_id for c in details.channels] == [second, first]
    assert [c.text for c in details.identity_changes] == [
        "User A changed from 819012345678 to 819087654321"
    ]
    assert db.call(contact_details, 999_999) is None
    db.close()


def test_the_desks_name_wins_everywhere_and_blank_restores_the_profile_name(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    contact_id, first, second = db.call(seed)
    assert sorted(db.call(save_local_name, contact_id, "  Sato   Hanako (VIP) ")) == sorted(
        [first, second]
    )
    rows = db.call(conversation_rows, [first, second])
    assert {row.contact_name for row in rows.values()} == {"Sato Hanako (VIP)"}
    details = db.call(contact_details, contact_id)
    assert details is not None and details.profile_name == "Hanako"
    db.call(save_local_name, contact_id, "   ")
    assert db.call(conversation_rows, [first])[first].contact_name == "Hanako"
    assert db.call(save_local_name, 999_999, "x") == []
    db.close()


def test_notes_are_kept_and_bounded(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    contact_id, _first, _second = db.call(seed)
    assert db.call(save_notes, contact_id, "Allergic to latex.\n<b>not markup</b>")
    details = db.call(contact_details, contact_id)
    assert details is not None and details.notes == "Allergic to latex.\n<b>not markup</b>"
    db.call(save_notes, contact_id, "x" * (NOTES_LIMIT + 50))
    details = db.call(contact_details, contact_id)
    assert details is not None and len(details.notes) == NOTES_LIMIT
    assert not db.call(save_notes, 999_999, "x")
    db.close()


def test_display_name_order() -> None:
    from desktop.models.entities import Contact

    assert display_name(Contact(local_name="Desk", profile_name="Prof", wa_id="1")) == "Desk"
    assert display_name(Contact(profile_name="Prof", wa_id="1")) == "Prof"
    assert display_name(Contact(username="@u", wa_id="1")) == "@u"
    assert display_name(Contact(wa_id="15551234567")) == "+15551234567"
    assert display_name(Contact(user_id="US.9")) == "US.9"
