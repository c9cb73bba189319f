"""Which stored messages ring, which stay silent, and the unread counts behind the badges."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.events import (
    CustomerMessagesArrived,
    Event,
    EventHub,
    MessagesChanged,
    UnreadCountsChanged,
)
from desktop.services.notifications import ArrivalNotifier, preview_text
from desktop.services.settings import NotificationSettings

NOW = 1_800_000_000


def store(
    session: Session,
    *,
    number: str = "111",
    name: str = "Aiko",
    direction: str = "in",
    kind: str = "text",
    text: str | None = "Is my order ready?",
    age: int = 5,
    unread: int = 1,
) -> tuple[int, int]:
    phone = ensure_phone_number(session, number, f"1555000{number}")
    contact = upsert_contact(session, wa_id=f"8190{name.encode().hex()[:8]}", profile_name=name)
    conv = upsert_conversation(session, phone.id, contact.id)
    conv.unread_count = (conv.unread_count or 0) + (unread if direction == "in" else 0)
    message = Message(
        conversation_id=conv.id,
        phone_number_id=phone.id,
        direction=direction,
        type=kind,
        text=text,
        payload={kind: {"body": text}} if text else {kind: {"id": "m1"}},
        timestamp=NOW - age,
    )
    session.add(message)
    session.flush()
    return conv.id, message.id


class Recorder:
    def __init__(self, hub: EventHub) -> None:
        self.events: list[Event] = []
        hub.subscribe(self.events.append)

    def arrivals(self) -> list[CustomerMessagesArrived]:
        return [e for e in self.events if isinstance(e, CustomerMessagesArrived)]

    def counts(self) -> list[UnreadCountsChanged]:
        return [e for e in self.events if isinstance(e, UnreadCountsChanged)]


@pytest.fixture
def parts(db_url: str) -> Iterator[tuple[Database, EventHub, dict[str, Any]]]:
    db = Database(db_url)
    db.migrate_sync()
    hub = EventHub()
    yield db, hub, {"settings": NotificationSettings(), "hour": 12}
    db.close()


async def started(
    db: Database, hub: EventHub, state: dict[str, Any]
) -> tuple[ArrivalNotifier, Recorder]:
    notifier = ArrivalNotifier(
        db,
        hub,
        state["settings"],
        clock=lambda: NOW,
        local_now=lambda: datetime(2026, 12, 2, state["hour"], 30),
    )
    recorder = Recorder(hub)
    await notifier.start()
    return notifier, recorder


async def until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.02)


async def publish_stored(db: Database, hub: EventHub, **kwargs: Any) -> int:
    conv, message = await db.run(store, **kwargs)
    hub.publish(MessagesChanged(frozenset({conv}), frozenset({message})))
    return message


@pytest.mark.asyncio
async def test_a_new_customer_message_rings_once_with_sender_channel_and_text(parts: Any) -> None:
    db, hub, state = parts
    notifier, seen = await started(db, hub, state)
    message = await publish_stored(db, hub)
    hub.publish(MessagesChanged(frozenset(), frozenset({message})))  # a status update after
    await until(lambda: seen.arrivals())
    await until(lambda: seen.counts() and seen.counts()[-1].total == 1)
    (arrived,) = seen.arrivals()
    (notice,) = arrived.notices
    assert notice.sender == "Aiko"
    assert notice.channel == "15550001" + "11"
    assert notice.preview.render() == "Is my order ready?"
    assert not notice.silent
    assert seen.counts()[-1].per_channel == (("111", 1),)
    await notifier.aclose()
    assert len(seen.arrivals()) == 1


@pytest.mark.asyncio
async def test_echoes_history_and_what_was_stored_before_start_never_ring(parts: Any) -> None:
    db, hub, state = parts
    before = await db.run(store, name="Before")
    notifier, seen = await started(db, hub, state)
    assert seen.counts()[-1].total == 1
    echo = await db.run(store, direction="out", name="Echo")
    history = await db.run(store, name="History", age=3 * 86_400)
    ids = frozenset({before[1], echo[1], history[1]})
    hub.publish(MessagesChanged(frozenset({before[0], echo[0], history[0]}), ids))
    # One check sees all three ids; its counts (published after any notice) prove it ran.
    await until(lambda: seen.counts()[-1].total == 2)
    assert seen.arrivals() == []
    await notifier.aclose()


@pytest.mark.asyncio
async def test_muted_channel_and_quiet_hours_keep_notices_silent(parts: Any) -> None:
    db, hub, state = parts
    state["settings"] = NotificationSettings(muted_channels=["222"])
    notifier, seen = await started(db, hub, state)
    await publish_stored(db, hub, number="222", name="Muted")
    await until(lambda: seen.arrivals())
    assert [n.silent for a in seen.arrivals() for n in a.notices] == [True]

    notifier.use_settings(NotificationSettings(quiet_hours=True, quiet_from=22, quiet_until=7))
    state["hour"] = 23
    await publish_stored(db, hub, number="111", name="Night")
    await until(lambda: len(seen.arrivals()) == 2)
    assert seen.arrivals()[-1].notices[0].silent
    await notifier.aclose()


@pytest.mark.asyncio
async def test_a_burst_rings_as_one_event(parts: Any) -> None:
    db, hub, state = parts
    notifier, seen = await started(db, hub, state)
    for i in range(5):
        await publish_stored(db, hub, name=f"C{i}")
    await until(lambda: sum(len(a.notices) for a in seen.arrivals()) == 5)
    assert len(seen.arrivals()) < 5
    await notifier.aclose()


def test_quiet_hours_across_midnight() -> None:
    quiet = NotificationSettings(quiet_hours=True, quiet_from=22, quiet_until=7)
    assert quiet.is_quiet(datetime(2026, 1, 1, 23))
    assert quiet.is_quiet(datetime(2026, 1, 1, 6))
    assert not quiet.is_quiet(datetime(2026, 1, 1, 7))
    assert not quiet.is_quiet(datetime(2026, 1, 1, 12))
    daytime = NotificationSettings(quiet_hours=True, quiet_from=12, quiet_until=14)
    assert daytime.is_quiet(datetime(2026, 1, 1, 13))
    assert not NotificationSettings(quiet_from=22, quiet_until=7).is_quiet(datetime(2026, 1, 1, 23))


def test_preview_names_the_kind_when_there_is_no_text_and_flattens_hostile_text() -> None:
    assert preview_text("image", {"image": {"id": "x"}}, None).render() == "Photo"
    assert preview_text("weird_new_type", {}, None).render() == "New message"
    long = preview_text("text", {}, "a\n\n" + "b" * 500).render()
    assert "\n" not in long and len(long) <= 120
    assert preview_text("text", {}, "<b>{x}</b>").render() == "<b>{x}</b>"
