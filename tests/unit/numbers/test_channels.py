"""Channels on a real SQLite file: default names and colours, naming, and changing the number
behind a channel while the old number's conversations stay under it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, PhoneNumber, Waba
from desktop.services.events import Event, EventHub, NumbersChanged
from desktop.services.numbers.channels import (
    PALETTE,
    ChannelError,
    Channels,
    channel_of,
    channels_by_number,
    move_channel,
    save_channel,
)


def _seed(session: Session) -> None:
    session.add(Waba(id="w1", name="Shop"))
    session.add_all(
        [
            PhoneNumber(
                id="old",
                waba_id="w1",
                display_phone_number="+81 3-0000-0001",
                verified_name="Shop Tokyo",
            ),
            PhoneNumber(id="new", waba_id="w1", display_phone_number="+81 3-0000-0002"),
            PhoneNumber(id="other", waba_id="w1", display_phone_number="+81 6-0000-0003"),
        ]
    )
    contact = Contact(wa_id="819011112222")
    session.add(contact)
    session.flush()
    session.add(Conversation(phone_number_id="old", contact_id=contact.id))


@pytest.fixture
def db(db_url: str):
    database = Database(db_url)
    database.migrate_sync()
    database.call(_seed)
    yield database
    database.close()


def test_every_number_is_a_channel_named_after_itself(db: Database) -> None:
    channels = db.call(channels_by_number)
    assert set(channels) == {"old", "new", "other"}
    assert channels["old"].name == "Shop Tokyo" and not channels["old"].named
    assert channels["new"].name == "+81 3-0000-0002"
    assert all(c.colour in PALETTE for c in channels.values())
    # the colour of an unnamed number is stable from one start to the next
    assert db.call(channels_by_number)["other"].colour == channels["other"].colour


def test_naming_a_channel_and_refusing_bad_input(db: Database) -> None:
    info = db.call(save_channel, "old", "  Front desk  ", "#AA0011")
    assert (info.name, info.colour, info.named) == ("Front desk", "#aa0011", True)
    again = db.call(save_channel, "old", "Reception", "#00aa11")
    assert again.channel_id == info.channel_id and again.name == "Reception"
    with pytest.raises(ChannelError, match="name"):
        db.call(save_channel, "old", "   ", "#00aa11")
    with pytest.raises(ChannelError, match="at most 64"):
        db.call(save_channel, "old", "x" * 65, "#00aa11")
    with pytest.raises(ChannelError, match="palette"):
        db.call(save_channel, "old", "Reception", "red")
    with pytest.raises(ChannelError, match="refresh"):
        db.call(save_channel, "nope", "Reception", "#00aa11")
    assert db.call(channel_of, "old").name == "Reception"  # failures changed nothing


def test_changing_the_number_keeps_old_conversations_under_the_channel(db: Database) -> None:
    db.call(save_channel, "old", "Front desk", "#aa0011")
    moved = db.call(move_channel, "old", "new")
    assert moved.phone_number_id == "new" and moved.numbers == ("new", "old")
    channels = db.call(channels_by_number)
    assert channels["old"] == channels["new"] == moved
    assert channels["old"].name == "Front desk" and channels["old"].colour == "#aa0011"

    def conversation_channel(session: Session) -> str:
        conv = session.query(Conversation).one()
        return channels_by_number(session)[conv.phone_number_id].name

    assert db.call(conversation_channel) == "Front desk"
    # the other number is still its own channel
    assert channels["other"].name == "+81 6-0000-0003"
    # a number already in another named channel can't be taken over
    db.call(save_channel, "other", "Osaka", "#1e88e5")
    with pytest.raises(ChannelError, match="already belongs to the channel “Osaka”"):
        db.call(move_channel, "new", "other")
    with pytest.raises(ChannelError, match="already"):
        db.call(move_channel, "new", "new")
    # moving back to the old number is allowed and keeps both
    back = db.call(move_channel, "new", "old")
    assert back.phone_number_id == "old" and set(back.numbers) == {"old", "new"}


def test_unnamed_channel_moves_with_its_own_name(db: Database) -> None:
    moved = db.call(move_channel, "old", "new")
    assert moved.name == "Shop Tokyo" and moved.named and moved.numbers == ("new", "old")


def test_use_cases_tell_the_inbox(db: Database) -> None:
    hub = EventHub()
    seen: list[Event] = []
    hub.subscribe(seen.append)
    channels = Channels(db, hub)

    async def go() -> None:
        await channels.save("old", "Front desk", "#aa0011")
        await channels.move("old", "new")

    asyncio.run(go())
    assert seen == [
        NumbersChanged(frozenset({"old"})),
        NumbersChanged(frozenset({"old", "new"})),
    ]
