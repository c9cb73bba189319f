"""Canned replies: stored in the database, checked, found by shortcut, placeholders filled
from the conversation with a visible gap for what the desk does not know."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import Agent, Channel
from desktop.services.canned_replies import (
    CannedReplyRefused,
    add_canned_reply,
    canned_replies,
    delete_canned_reply,
    edit_canned_reply,
    expand,
    matching,
    placeholder_values,
)
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def test_add_edit_delete_and_refusals(db: Database) -> None:
    row = db.call(add_canned_reply, "/hours", "Opening hours", "We open at {x} 9:00.")
    assert row.shortcut == "hours"  # a leading slash is not part of the shortcut
    db.call(add_canned_reply, "thanks", "", "Thank you, {contact.first_name}!")
    with pytest.raises(CannedReplyRefused) as taken:
        db.call(add_canned_reply, "HOURS", "again", "text")  # shortcuts ignore case
    assert "/HOURS" in taken.value.phrase.render()
    for shortcut, text in (("two words", "x"), ("", "x"), ("ok", "   "), ("ok", "x" * 4097)):
        with pytest.raises(CannedReplyRefused):
            db.call(add_canned_reply, shortcut, "", text)
    db.call(edit_canned_reply, row.id, "open", "Hours", "Open 9-18")
    db.call(delete_canned_reply, db.call(canned_replies)[1].id)  # "thanks"
    assert [(r.shortcut, r.title, r.text) for r in db.call(canned_replies)] == [
        ("open", "Hours", "Open 9-18")
    ]


def test_matching_puts_prefix_matches_first(db: Database) -> None:
    for shortcut, title in (("address", "Where we are"), ("hours", "Opening hours"), ("ha", "")):
        db.call(add_canned_reply, shortcut, title, "x")
    rows = db.call(canned_replies)
    assert [r.shortcut for r in matching(rows, "h")] == ["ha", "hours", "address"]
    assert [r.shortcut for r in matching(rows, "hour")] == ["hours"]
    assert [r.shortcut for r in matching(rows, "where")] == ["address"]  # by title
    assert len(matching(rows, "")) == 3


def test_placeholders_filled_and_missing_ones_left_as_visible_gaps(db: Database) -> None:
    def fill(session: Any) -> tuple[int, int, int]:
        ensure_phone_number(session, "1065", "15550000001").verified_name = "Cafe Tokyo"
        session.add(Channel(name="Front desk", colour="#1e88e5", phone_number_id="1065"))
        named = upsert_contact(session, wa_id="16505551234", profile_name="Sheena Nelson")
        nameless = upsert_contact(session, wa_id="16505551235")
        agent = Agent(name="Aiko", colour="#ff0000")
        session.add(agent)
        session.flush()
        a = upsert_conversation(session, "1065", named.id)
        b = upsert_conversation(session, "1065", nameless.id)
        session.flush()
        return a.id, b.id, agent.id

    named, nameless, agent = db.call(fill)
    text = "Hi {contact.first_name}, {agent.name} of {channel.name} here. {unknown} {}"
    full = expand(text, db.call(placeholder_values, named, agent))
    assert full.text == "Hi Sheena, Aiko of Front desk here. {unknown} {}"
    assert full.gaps == ()
    gaps = expand(text, db.call(placeholder_values, nameless, None))
    assert gaps.text == "Hi [first name], [agent name] of Front desk here. {unknown} {}"
    assert gaps.gaps == ("first name", "agent name")
    # No conversation at all: every placeholder is a gap, nothing raises.
    assert expand(text, db.call(placeholder_values, None, None)).text.startswith("Hi [first")
