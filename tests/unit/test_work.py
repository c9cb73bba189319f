"""Work on conversations: status, assignment, labels, and the views that read them."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import Conversation, PhoneNumber, Waba
from desktop.services import inbox, work
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.inbox import ConversationFilter
from desktop.services.ingest.apply import apply_payload

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
NUMBER = "106540352242922"  # the number the fixtures write to
OTHER = "113254987650011"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def seed(db: Database, count: int) -> list[int]:
    """``count`` conversations, newest first by id; every third on the other number."""

    def fill(session: Any) -> list[int]:
        session.add(Waba(id="102290129340398", name="Sakura"))
        session.flush()
        for number in (NUMBER, OTHER):
            session.add(PhoneNumber(id=number, waba_id="102290129340398", display_phone_number="1"))
        session.flush()
        ids = []
        for i in range(count):
            contact = upsert_contact(session, wa_id=f"8190{i:08d}", profile_name=f"Customer {i}")
            conv = upsert_conversation(session, OTHER if i % 3 == 2 else NUMBER, contact.id)
            conv.last_message_ts = 1000 + i
            conv.last_inbound_ts = 1000 + i if i % 2 == 0 else 900  # odd ones: we answered last
            session.flush()
            ids.append(conv.id)
        return ids

    return db.call(fill)


def listed(db: Database, **kw: Any) -> set[int]:
    return set(db.call(inbox.conversation_ids, ConversationFilter(**kw)))


def test_each_view_lists_what_it_names(db: Database) -> None:
    ids = seed(db, 9)
    ana = db.call(work.add_agent, "Ana")
    ken = db.call(work.add_agent, "  Ken  Sato ")
    assert ken.name == "Ken Sato" and ana.colour != ken.colour
    booking = db.call(work.add_label, "Booking")
    vip = db.call(work.add_label, "VIP")
    assert db.call(work.add_label, "booking") == booking  # one label per name, any case
    db.call(work.assign, ids[0], ana.id)
    db.call(work.assign, ids[1], ana.id)
    db.call(work.assign, ids[2], ken.id)
    db.call(work.set_status, ids[1], "pending")
    db.call(work.set_status, ids[3], "resolved")
    db.call(work.set_labelled, ids[0], booking.id, True)
    db.call(work.set_labelled, ids[0], vip.id, True)
    db.call(work.set_labelled, ids[4], booking.id, True)
    db.call(work.set_labelled, ids[4], booking.id, True)  # twice is once

    assert listed(db, assignee_id=ana.id) == {ids[0], ids[1]}
    assert listed(db, unassigned_only=True) == set(ids) - {ids[0], ids[1], ids[2]}
    assert listed(db, statuses=("pending",)) == {ids[1]}
    assert listed(db, statuses=("resolved",)) == {ids[3]}
    assert listed(db, statuses=("open", "pending")) == set(ids) - {ids[3]}
    assert listed(db, label_id=booking.id) == {ids[0], ids[4]}
    assert listed(db, label_id=vip.id) == {ids[0]}
    assert listed(db, waiting_only=True) == {c for i, c in enumerate(ids) if i % 2 == 0}
    assert listed(db, phone_number_id=OTHER, label_id=booking.id) == set()
    assert listed(db, label_id=vip.id, keep_id=ids[5]) == {ids[0], ids[5]}

    rows = db.call(inbox.conversation_rows, [ids[0], ids[1], ids[5]])
    first = rows[ids[0]]
    assert (first.assignee_name, first.assignee_colour) == ("Ana", ana.colour)
    assert [label.name for label in first.labels] == ["Booking", "VIP"]
    assert first.status == "open" and first.waiting_for_us
    assert rows[ids[1]].status == "pending" and not rows[ids[1]].waiting_for_us
    assert rows[ids[5]].assignee_id is None and rows[ids[5]].labels == ()

    db.call(work.set_labelled, ids[0], vip.id, False)
    assert listed(db, label_id=vip.id) == set()
    assert sorted(db.call(work.remove_agent, ana.id)) == sorted([ids[0], ids[1]])
    assert listed(db, unassigned_only=True) == set(ids) - {ids[2]}
    assert sorted(db.call(work.remove_label, booking.id)) == sorted([ids[0], ids[4]])
    assert db.call(inbox.conversation_rows, [ids[0]])[ids[0]].labels == ()


def test_a_bad_status_or_agent_is_refused(db: Database) -> None:
    ids = seed(db, 1)
    with pytest.raises(work.WorkError):
        db.call(work.set_status, ids[0], "closed")
    with pytest.raises(work.WorkError):
        db.call(work.assign, ids[0], 999)
    with pytest.raises(work.WorkError):
        db.call(work.add_label, "   ")


def test_a_new_message_from_the_customer_reopens_a_resolved_chat(db: Database) -> None:
    seed(db, 0)
    payload = json.loads((FIXTURES / "in_text.json").read_text(encoding="utf-8"))
    db.call(apply_payload, payload)
    conversation_id = db.call(inbox.conversation_ids)[0]
    db.call(work.set_status, conversation_id, "resolved")
    assert listed(db, statuses=("resolved",)) == {conversation_id}

    again = copy.deepcopy(payload)
    message = again["entry"][0]["changes"][0]["value"]["messages"][0]
    message["id"] = "wamid.reopen-1"
    message["timestamp"] = str(int(time.time()))
    db.call(apply_payload, again)
    assert listed(db, statuses=("open",)) == {conversation_id}

    def status(session: Any) -> str:
        return str(session.get(Conversation, conversation_id).status)

    db.call(work.set_status, conversation_id, "pending")
    later = copy.deepcopy(again)
    later["entry"][0]["changes"][0]["value"]["messages"][0]["id"] = "wamid.reopen-2"
    db.call(apply_payload, later)
    assert db.call(status) == "open"
