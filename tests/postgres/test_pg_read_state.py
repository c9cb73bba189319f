"""A chat read on one PC stops counting as unread on the others at once."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import update

from desktop.models.db import Database
from desktop.models.entities import Conversation, PhoneNumber, Waba
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import ConversationsChanged, EventHub
from desktop.services.inbox import mark_read
from desktop.services.live_updates import LiveUpdates

NUMBER = "106540352242922"


@pytest.mark.asyncio
async def test_reading_on_one_pc_is_heard_on_the_other(pg_url: str) -> None:
    pc_a, pc_b = Database(pg_url), Database(pg_url)
    pc_a.migrate_sync()

    def unread_chat(session: object) -> int:
        session.add(Waba(id="102290129340398", name="Sakura"))  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
        session.add(  # type: ignore[attr-defined]
            PhoneNumber(id=NUMBER, waba_id="102290129340398", display_phone_number="1")
        )
        session.flush()  # type: ignore[attr-defined]
        contact = upsert_contact(session, wa_id="819012345678", profile_name="Aiko")  # type: ignore[arg-type]
        conversation = upsert_conversation(session, NUMBER, contact.id)  # type: ignore[arg-type]
        session.execute(  # type: ignore[attr-defined]
            update(Conversation).where(Conversation.id == conversation.id).values(unread_count=2)
        )
        return conversation.id

    conversation_id = pc_a.call(unread_chat)
    hub_b = EventHub()
    heard: list[ConversationsChanged] = []
    hub_b.subscribe(lambda e: heard.append(e) if isinstance(e, ConversationsChanged) else None)
    live_b = LiveUpdates(pg_url, hub_b, pc_b.origin)
    try:
        assert live_b.start()
        assert await live_b.listening()
        pc_a.call(mark_read, conversation_id)
        for _ in range(400):
            if any(conversation_id in e.conversation_ids for e in heard):
                break
            await asyncio.sleep(0.05)
        assert any(conversation_id in e.conversation_ids for e in heard)
        unread = pc_b.call(lambda s: s.get(Conversation, conversation_id).unread_count)
        assert unread == 0
    finally:
        await live_b.aclose()
        pc_a.close()
        pc_b.close()
