"""The change feed is PostgreSQL's alone: on SQLite nothing is sent and nothing listens."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from sqlalchemy import event

from desktop.models.change_feed import note_changes, parse_notice
from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import (
    AgentsChanged,
    ConversationsChanged,
    EventHub,
    MessagesChanged,
)
from desktop.services.live_updates import LiveUpdates, libpq_url, listens


def test_sqlite_writes_send_no_notice(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)

    def write(session: Any) -> None:
        session.add(PhoneNumber(id="1001", display_phone_number="15550001001"))
        contact = upsert_contact(session, wa_id="15551230000", profile_name="Ada")
        conversation = upsert_conversation(session, "1001", contact.id)
        session.flush()
        session.add(
            Message(
                conversation_id=conversation.id,
                phone_number_id="1001",
                direction="in",
                type="text",
                text="hi",
                timestamp=int(time.time()),
            )
        )
        session.flush()
        note_changes(session, [conversation.id], [1, 2])

    db.call(write)
    db.close()
    assert statements  # the writes ran
    assert not [s for s in statements if "notify" in s.lower()]


@pytest.mark.asyncio
async def test_nothing_listens_on_sqlite(db_url: str) -> None:
    live = LiveUpdates(db_url, EventHub(), "me")
    assert not listens(db_url) and not live.start() and not live.active
    await live.aclose()


def test_postgresql_urls_are_handed_to_libpq_whole() -> None:
    url = "postgresql+psycopg://desk:p%40ss@db.local:5433/shop?sslmode=require"
    assert listens(url)
    assert libpq_url(url) == "postgresql://desk:p%40ss@db.local:5433/shop?sslmode=require"


def test_a_notice_that_is_not_ours_is_ignored() -> None:
    assert parse_notice("not json") is None
    assert parse_notice('{"m": ["x"]}') is None
    assert parse_notice("[1, 2]") is None
    notice = parse_notice(json.dumps({"o": "pc-a", "c": [3], "m": [4, 5]}))
    assert notice is not None and notice.message_ids == {4, 5} and notice.conversation_ids == {3}


@pytest.mark.asyncio
async def test_other_pcs_notices_are_published_and_our_own_skipped() -> None:
    hub = EventHub()
    events: list[Any] = []
    hub.subscribe(events.append)
    live = LiveUpdates("postgresql+psycopg://nowhere/db", hub, "pc-b")
    live._loop = asyncio.get_running_loop()  # as start() sets it, without a connection
    live._hand_over(json.dumps({"o": "pc-b", "c": [1], "m": [2]}))  # our own: already told
    live._hand_over(json.dumps({"o": "pc-a", "c": [7], "m": [8]}))
    live._hand_over(json.dumps({"o": "pc-a", "c": [9], "m": []}))  # a chat, no message
    await asyncio.sleep(0)
    assert events == [
        MessagesChanged(frozenset({7}), frozenset({8})),
        ConversationsChanged(frozenset({7})),
        ConversationsChanged(frozenset({9})),
    ]
    assert live.notices == 2


@pytest.mark.asyncio
async def test_other_pcs_profile_notices_are_published_as_agents_changed() -> None:
    hub = EventHub()
    events: list[Any] = []
    hub.subscribe(events.append)
    live = LiveUpdates("postgresql+psycopg://nowhere/db", hub, "pc-b")
    live._loop = asyncio.get_running_loop()
    live._hand_over(json.dumps({"o": "pc-b", "a": [1]}))  # our own: already told
    live._hand_over(json.dumps({"o": "pc-a", "a": [3, 4]}))
    await asyncio.sleep(0)
    assert events == [AgentsChanged(frozenset({3, 4}))]
    old = parse_notice(json.dumps({"o": "pc-a", "c": [3], "m": []}))  # no "a": none changed
    assert old is not None and old.agent_ids == frozenset()
