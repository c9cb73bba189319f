"""Channels: each of our numbers is a channel of the inbox, with a name and a colour.

A number nobody named is a channel called after its display name (or its number) with a
colour picked from :data:`PALETTE` by its id, so the inbox can colour every number from the
first day. Naming a channel stores a :class:`~desktop.models.entities.Channel`; changing the
channel's number (a new SIM, a number moved from another provider) points the channel at the
new number and keeps the old one in it, so the old number's conversations stay under the
same name and colour. :func:`channels_by_number` is what the inbox reads.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Channel, ChannelNumber, PhoneNumber, utcnow
from desktop.services.events import EventHub, NumbersChanged
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from desktop.models.db import Database

NAME_LIMIT = 64
# Distinct on light and dark backgrounds; WhatsApp's own greens first.
PALETTE = (
    "#128c7e",
    "#1e88e5",
    "#8e24aa",
    "#f4511e",
    "#c0ca33",
    "#6d4c41",
    "#d81b60",
    "#546e7a",
)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_C = "Channels"


class ChannelError(Exception):
    """A channel change that can't be made, in words with what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class ChannelInfo:
    """The channel a number's conversations belong to."""

    channel_id: int | None  # None: the number's own, never-named channel
    name: str
    colour: str  # "#rrggbb"
    phone_number_id: str  # the number the channel uses now
    numbers: tuple[str, ...]  # every number whose conversations it shows, current first

    @property
    def named(self) -> bool:
        return self.channel_id is not None


def default_colour(phone_number_id: str) -> str:
    return PALETTE[zlib.crc32(phone_number_id.encode()) % len(PALETTE)]


def _own_channel(number: PhoneNumber) -> ChannelInfo:
    return ChannelInfo(
        channel_id=None,
        name=number.verified_name or number.display_phone_number,
        colour=default_colour(number.id),
        phone_number_id=number.id,
        numbers=(number.id,),
    )


def channels_by_number(session: Session) -> dict[str, ChannelInfo]:
    """The channel of every number we know, old numbers of a channel included."""
    members: dict[int, list[ChannelNumber]] = {}
    for row in session.scalars(
        select(ChannelNumber).order_by(
            ChannelNumber.attached_at.desc(), ChannelNumber.phone_number_id
        )
    ):
        members.setdefault(row.channel_id, []).append(row)
    out: dict[str, ChannelInfo] = {}
    for number in session.scalars(select(PhoneNumber)):
        out[number.id] = _own_channel(number)
    for channel in session.scalars(select(Channel)):
        rows = members.get(channel.id, [])
        former = [r.phone_number_id for r in rows if r.phone_number_id != channel.phone_number_id]
        info = ChannelInfo(
            channel_id=channel.id,
            name=channel.name,
            colour=channel.colour,
            phone_number_id=channel.phone_number_id,
            numbers=(channel.phone_number_id, *former),
        )
        for number_id in info.numbers:
            out[number_id] = info
    return out


def channel_of(session: Session, phone_number_id: str) -> ChannelInfo | None:
    """The channel of one number (None for a number we don't know at all)."""
    return channels_by_number(session).get(phone_number_id)


def check_name(name: str) -> Phrase | None:
    clean = name.strip()
    if not clean:
        return Phrase(_C, QT_TRANSLATE_NOOP("Channels", "Give the channel a name."))
    if len(clean) > NAME_LIMIT:
        return Phrase(
            _C,
            QT_TRANSLATE_NOOP(
                "Channels", "A channel name has at most {limit} characters; this one has {n}."
            ),
            MappingProxyType({"limit": NAME_LIMIT, "n": len(clean)}),
        )
    return None


def save_channel(session: Session, phone_number_id: str, name: str, colour: str) -> ChannelInfo:
    """Name and colour the channel ``phone_number_id`` belongs to (creating it if needed)."""
    problem = check_name(name)
    if problem is not None:
        raise ChannelError(problem)
    if not _COLOUR.fullmatch(colour):
        raise ChannelError(
            Phrase(_C, QT_TRANSLATE_NOOP("Channels", "Choose the colour from the palette."))
        )
    channel = _channel_holding(session, phone_number_id)
    if channel is None:
        if session.get(PhoneNumber, phone_number_id) is None:
            raise ChannelError(_unknown_number())
        channel = Channel(name=name.strip(), colour=colour.lower(), phone_number_id=phone_number_id)
        session.add(channel)
        session.flush()
        session.add(ChannelNumber(phone_number_id=phone_number_id, channel_id=channel.id))
    else:
        channel.name, channel.colour = name.strip(), colour.lower()
    session.flush()
    info = channels_by_number(session)[phone_number_id]
    return info


def move_channel(session: Session, from_number: str, to_number: str) -> ChannelInfo:
    """Point the channel of ``from_number`` at ``to_number``; the old number stays in it."""
    if from_number == to_number:
        raise ChannelError(
            Phrase(_C, QT_TRANSLATE_NOOP("Channels", "The channel uses this number already."))
        )
    target = session.get(PhoneNumber, to_number)
    if target is None or session.get(PhoneNumber, from_number) is None:
        raise ChannelError(_unknown_number())
    channel = _channel_holding(session, from_number)
    taken = _channel_holding(session, to_number)
    if taken is not None and (channel is None or taken.id != channel.id):
        raise ChannelError(
            Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "Channels",
                    "{number} already belongs to the channel “{name}”. Choose a number "
                    "that has no channel of its own yet.",
                ),
                MappingProxyType({"number": target.display_phone_number, "name": taken.name}),
            )
        )
    if channel is None:
        own = _own_channel(session.get_one(PhoneNumber, from_number))
        channel = Channel(name=own.name, colour=own.colour, phone_number_id=from_number)
        session.add(channel)
        session.flush()
        session.add(ChannelNumber(phone_number_id=from_number, channel_id=channel.id))
        session.flush()
    now = utcnow()
    for row in session.scalars(
        select(ChannelNumber).where(
            ChannelNumber.channel_id == channel.id, ChannelNumber.replaced_at.is_(None)
        )
    ):
        row.replaced_at = now
    channel.phone_number_id = to_number
    former = session.get(ChannelNumber, to_number)
    if former is not None:  # moving back to a number the channel used before
        former.attached_at, former.replaced_at = now, None
    else:
        session.add(
            ChannelNumber(phone_number_id=to_number, channel_id=channel.id, attached_at=now)
        )
    session.flush()
    return channels_by_number(session)[to_number]


def _channel_holding(session: Session, phone_number_id: str) -> Channel | None:
    row = session.get(ChannelNumber, phone_number_id)
    return session.get(Channel, row.channel_id) if row is not None else None


def _unknown_number() -> Phrase:
    return Phrase(
        _C,
        QT_TRANSLATE_NOOP(
            "Channels", "This number is not in the accounts list: refresh from WhatsApp first."
        ),
    )


class Channels:
    """The channel use cases on the DB thread; every change tells the inbox and Numbers page."""

    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    async def all(self) -> dict[str, ChannelInfo]:
        return await self._db.run(channels_by_number)

    async def save(self, phone_number_id: str, name: str, colour: str) -> ChannelInfo:
        info = await self._db.run(save_channel, phone_number_id, name, colour)
        self._hub.publish(NumbersChanged(frozenset(info.numbers)))
        return info

    async def move(self, from_number: str, to_number: str) -> ChannelInfo:
        info = await self._db.run(move_channel, from_number, to_number)
        self._hub.publish(NumbersChanged(frozenset(info.numbers)))
        return info
