"""The channels each agent sees: the list, unread counts, notices and search of their desk
(also run on PostgreSQL: tests/postgres/test_pg_suites.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import AgentChannel, Conversation, Message, PhoneNumber, Waba
from desktop.services import inbox, work
from desktop.services.agent_channels import (
    AgentChannels,
    ChannelScope,
    agent_channels,
    channel_options,
    set_agent_channels,
    visible_numbers,
)
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import (
    CustomerMessagesArrived,
    Event,
    EventHub,
    MessagesChanged,
    UnreadCountsChanged,
)
from desktop.services.inbox import ConversationFilter
from desktop.services.notifications import ArrivalNotifier, unread_counts
from desktop.services.numbers.channels import move_channel, save_channel
from desktop.services.search.messages import search_messages

SALES = "106540352242922"
SUPPORT = "113254987650011"
NEW_SIM = "120000000000001"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def seed(db: Database) -> dict[str, int]:
    """One conversation per number, each with an unread message saying where it came in."""

    def fill(session: Any) -> dict[str, int]:
        session.add(Waba(id="102290129340398", name="Sakura"))
        session.flush()
        for number, shown in ((SALES, "+81 3-1111-1111"), (SUPPORT, "+81 3-2222-2222")):
            session.add(
                PhoneNumber(id=number, waba_id="102290129340398", display_phone_number=shown)
            )
        session.flush()
        ids = {}
        for i, number in enumerate((SALES, SUPPORT)):
            contact = upsert_contact(session, wa_id=f"81900000000{i}", profile_name=f"C{i}")
            conv = upsert_conversation(session, number, contact.id)
            conv.last_message_ts = conv.last_inbound_ts = int(time.time()) - 60 + i
            conv.unread_count = 2
            session.flush()
            session.add(
                Message(
                    conversation_id=conv.id,
                    phone_number_id=number,
                    direction="in",
                    type="text",
                    text=f"parcel question for {number}",
                    timestamp=int(time.time()),
                    wamid=f"wamid.{number}",
                )
            )
            ids[number] = conv.id
        session.flush()
        return ids

    return db.call(fill)


def test_a_new_profile_sees_every_channel_also_later_ones(db: Database) -> None:
    seed(db)
    ana = db.call(work.add_agent, "Ana")
    assert db.call(agent_channels, ana.id) == AgentChannels(True)
    assert db.call(visible_numbers, ana.id) is None  # None: every number, also new ones
    assert db.call(visible_numbers, None) is None  # nobody chosen at the desk


def test_a_narrowed_profile_sees_only_its_channels_everywhere(db: Database) -> None:
    ids = seed(db)
    ken = db.call(work.add_agent, "Ken")
    db.call(set_agent_channels, ken.id, False, [SALES])
    assert db.call(agent_channels, ken.id) == AgentChannels(False, frozenset({SALES}))
    seen = db.call(visible_numbers, ken.id)
    assert seen == frozenset({SALES})

    flt = ConversationFilter(phone_number_ids=seen)
    assert db.call(inbox.conversation_ids, flt) == [ids[SALES]]
    assert db.call(inbox.conversation_count, flt) == 1
    page = db.call(inbox.conversation_page, flt)
    assert page.ids == [ids[SALES]]
    assert set(db.call(inbox.conversation_keys, ids.values(), flt)) == {ids[SALES]}
    # The open conversation is kept under a narrowing view, but never across channels.
    kept = ConversationFilter(phone_number_ids=seen, unread_only=True, keep_id=ids[SUPPORT])
    assert db.call(inbox.conversation_ids, kept) == [ids[SALES]]

    counts = db.call(unread_counts, seen)
    assert counts == UnreadCountsChanged(total=2, per_channel=((SALES, 2),))
    assert db.call(unread_counts).total == 4

    hits = db.call(search_messages, "parcel", phone_number_ids=seen).hits
    assert [h.conversation_id for h in hits] == [ids[SALES]]
    short = db.call(search_messages, "pa", phone_number_ids=seen).hits  # the LIKE window
    assert [h.conversation_id for h in short] == [ids[SALES]]
    assert len(db.call(search_messages, "parcel").hits) == 2

    # Seeing none at all is possible too (and lists nothing rather than everything).
    db.call(set_agent_channels, ken.id, False, [])
    nothing = db.call(visible_numbers, ken.id)
    assert nothing == frozenset()
    assert db.call(inbox.conversation_ids, ConversationFilter(phone_number_ids=nothing)) == []
    assert db.call(search_messages, "parcel", phone_number_ids=nothing).hits == []
    assert db.call(unread_counts, nothing).total == 0

    db.call(set_agent_channels, ken.id, True, [SUPPORT])  # back to every channel
    assert db.call(visible_numbers, ken.id) is None
    stored = db.call(lambda s: s.scalars(select(AgentChannel)).all())
    assert stored == []


def test_a_channel_moved_to_a_new_number_stays_seen_with_its_old_chats(db: Database) -> None:
    ids = seed(db)
    ken = db.call(work.add_agent, "Ken")
    db.call(save_channel, SUPPORT, "Support", "#1e88e5")
    db.call(set_agent_channels, ken.id, False, [SUPPORT])

    def new_sim(session: Any) -> None:
        session.add(
            PhoneNumber(id=NEW_SIM, waba_id="102290129340398", display_phone_number="+81 3-3")
        )
        session.flush()
        move_channel(session, SUPPORT, NEW_SIM)

    db.call(new_sim)
    assert db.call(visible_numbers, ken.id) == frozenset({SUPPORT, NEW_SIM})
    flt = ConversationFilter(phone_number_ids=db.call(visible_numbers, ken.id))
    assert db.call(inbox.conversation_ids, flt) == [ids[SUPPORT]]
    options = db.call(channel_options)
    support = [o for o in options if o.name == "Support"]
    assert len(support) == 1 and support[0].number_id == NEW_SIM  # one line per channel
    assert set(support[0].numbers) == {SUPPORT, NEW_SIM}


def test_removing_a_profile_removes_its_choice(db: Database) -> None:
    seed(db)
    ken = db.call(work.add_agent, "Ken")
    db.call(set_agent_channels, ken.id, False, [SALES, SUPPORT])
    db.call(work.remove_agent, ken.id)
    assert db.call(lambda s: s.scalars(select(AgentChannel)).all()) == []


@pytest.mark.asyncio
async def test_the_desk_scope_follows_me_and_narrows_notices_and_counts(db: Database) -> None:
    ids = seed(db)
    hub = EventHub()
    events: list[Event] = []
    hub.subscribe(events.append)
    desk = work.WorkDesk(db, hub)
    ana = await desk.add_agent("Ana")
    ken = await desk.add_agent("Ken")
    await desk.set_agent_channels(ken.id, False, [SALES])
    scope = ChannelScope(db, desk, hub)
    told: list[frozenset[str] | None] = []
    scope.listeners.append(lambda: told.append(scope.numbers))
    await scope.attach()
    notifier = ArrivalNotifier(db, hub)
    await notifier.start()
    notifier.use_scope(lambda: scope.numbers)
    scope.listeners.append(lambda: notifier.use_scope(lambda: scope.numbers))
    try:
        assert scope.numbers is None and notifier.last_counts.total == 4

        desk.choose_me(ken.id)
        await until(lambda: scope.numbers == frozenset({SALES}))
        assert told == [frozenset({SALES})]
        await until(lambda: notifier.last_counts.total == 2)

        # A message on each number: only the one on Ken's channel is a notice.
        def write(session: Any) -> list[int]:
            out = []
            for number in (SALES, SUPPORT):
                message = Message(
                    conversation_id=ids[number],
                    phone_number_id=number,
                    direction="in",
                    type="text",
                    text="hello again",
                    timestamp=int(time.time()),
                    wamid=f"wamid.again.{number}",
                )
                session.add(message)
                session.flush()
                out.append(message.id)
            return out

        new = await db.run(write)
        hub.publish(MessagesChanged(frozenset(ids.values()), frozenset(new)))
        await until(lambda: any(isinstance(e, CustomerMessagesArrived) for e in events))
        arrived = [e for e in events if isinstance(e, CustomerMessagesArrived)]
        assert [n.phone_number_id for e in arrived for n in e.notices] == [SALES]

        desk.choose_me(ana.id)  # Ana sees everything again
        await until(lambda: scope.numbers is None)
        await until(lambda: notifier.last_counts.total == 4)

        # An admin narrows Ana while she sits at this desk: it applies at once.
        await desk.set_agent_channels(ana.id, False, [SUPPORT])
        await until(lambda: scope.numbers == frozenset({SUPPORT}))
        await until(lambda: notifier.last_counts.per_channel == ((SUPPORT, 2),))
    finally:
        await notifier.aclose()
        await scope.aclose()
    assert db.call(lambda s: s.get(Conversation, ids[SALES]).unread_count) == 2  # unchanged


async def until(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.01)
