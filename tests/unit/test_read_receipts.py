"""Opening a conversation clears its badge and sends one read receipt, whatever the row holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from desktop.models.db import Database
from desktop.models.entities import Conversation, Message
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.events import ConversationsChanged, EventHub
from desktop.services.read_receipts import ReadReceipts

NUMBER = "1065"


class RecordingClient:
    """Stands in for the Cloud API client: records the read receipts it is asked to send."""

    def __init__(self) -> None:
        self.receipts: list[tuple[str, str]] = []

    async def mark_read(self, phone_number_id: str, wamid: str) -> bool:
        self.receipts.append((phone_number_id, wamid))
        return True


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def conversation_with_inbound(db: Database) -> int:
    def fill(session: Any) -> int:
        ensure_phone_number(session, NUMBER, "15550000001")
        contact = upsert_contact(session, wa_id="819000000001", profile_name="Customer")
        conv = upsert_conversation(session, NUMBER, contact.id)
        session.flush()
        session.add(
            Message(
                conversation_id=conv.id,
                phone_number_id=NUMBER,
                wamid="wamid.IN1",
                direction="in",
                type="text",
                text="hello",
                timestamp=1_751_247_548,
            )
        )
        return conv.id

    return db.call(fill)


def store_unread(db: Database, conversation_id: int, value: object) -> None:
    """Write ``value`` as the stored count, bypassing the ORM (an older or damaged row)."""
    db.call(
        lambda s: s.execute(
            text("UPDATE conversation SET unread_count = :v WHERE id = :id"),
            {"v": value, "id": conversation_id},
        )
    )


async def open_conversation(db: Database, conversation_id: int) -> tuple[RecordingClient, list]:
    hub = EventHub()
    published: list[Any] = []
    hub.subscribe(published.append)
    client = RecordingClient()
    await ReadReceipts(db, hub, client).mark_conversation_read(conversation_id)  # type: ignore[arg-type]
    return client, published


@pytest.mark.asyncio
@pytest.mark.parametrize("stored", ["abc", "", "1e999x", b"\x01"])
async def test_a_count_that_is_not_a_number_counts_as_nothing_unread(
    db: Database, stored: object
) -> None:
    cid = conversation_with_inbound(db)
    store_unread(db, cid, stored)
    client, _ = await open_conversation(db, cid)  # used to raise TypeError
    assert client.receipts == []  # nothing was known to be unread: no receipt
    assert db.call(lambda s: s.get(Conversation, cid).unread_count) == 0


@pytest.mark.asyncio
async def test_an_unread_conversation_sends_one_receipt_for_the_last_inbound(
    db: Database,
) -> None:
    cid = conversation_with_inbound(db)
    store_unread(db, cid, 3)
    client, published = await open_conversation(db, cid)
    assert client.receipts == [(NUMBER, "wamid.IN1")]
    assert published == [ConversationsChanged(frozenset({cid}))]
    assert db.call(lambda s: s.get(Conversation, cid).unread_count) == 0
