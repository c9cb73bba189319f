"""What a conversation row shows besides its own columns: channel, failed send, unread per channel.

Read with the page of rows (never when a row is painted): the channel of every number in
one small read, and in one statement for the whole page, whether each conversation's latest
message is a send of ours that failed (a correlated look-up of the newest row of
``ix_message_conversation_ts`` per conversation). Measured in
``benchmarks/bench_conversation_marks.py``: one statement per conversation, looking for the
latest *outgoing* message, cost 200 ms for a page of 100; this costs a few milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Conversation, Message, PhoneNumber
from desktop.services.numbers.channels import ChannelInfo, channels_by_number, default_colour

__all__ = [
    "ChannelChoice",
    "ChannelInfo",
    "channel_choices",
    "channels_by_number",
    "failed_last_sends",
    "unread_by_number",
]


def failed_last_sends(session: Session, conversation_ids: Iterable[int]) -> set[int]:
    """The conversations among ``conversation_ids`` whose latest message is ours and failed.

    Only an outgoing message can have the status ``failed``, so the newest row's status
    alone says it (as WhatsApp marks a chat whose last message did not go out).
    """
    ids = list(conversation_ids)
    if not ids:
        return set()
    latest_status = (
        select(Message.status)
        .where(Message.conversation_id == Conversation.id)
        .order_by(Message.timestamp.desc(), Message.id.desc())
        .limit(1)
        .correlate(Conversation)
        .scalar_subquery()
    )
    query = select(Conversation.id).where(Conversation.id.in_(ids), latest_status == "failed")
    return set(session.scalars(query))


def unread_by_number(session: Session) -> dict[str, int]:
    """Per phone number id: how many of its conversations have unread messages.

    The numbers of the unread conversations are read from the list's covering index
    (``unread_count`` and ``phone_number_id`` are in ``ix_conversation_recent``) and counted
    here: a GROUP BY made SQLite walk the (number, contact) index and read every row of the
    table instead (190 ms cold on 50,000 conversations, against 15 ms).
    """
    query = select(Conversation.phone_number_id).where(Conversation.unread_count > 0)
    return dict(Counter(str(number) for number in session.scalars(query)))


@dataclass(frozen=True)
class ChannelChoice:
    """One of our numbers as the inbox offers it: under its channel's name and colour."""

    number_id: str
    display_phone_number: str
    is_test_number: bool
    name: str
    colour: str


def channel_choices(session: Session) -> tuple[list[ChannelChoice], dict[str, int]]:
    """Every number with its channel, by channel name, and the unread counts (one visit)."""
    channels = channels_by_number(session)
    choices: list[ChannelChoice] = []
    for number in session.scalars(select(PhoneNumber)):
        channel = channels.get(number.id)
        choices.append(
            ChannelChoice(
                number_id=number.id,
                display_phone_number=number.display_phone_number,
                is_test_number=bool(number.is_test_number),
                name=channel.name
                if channel is not None
                else number.verified_name or number.display_phone_number,
                colour=channel.colour if channel is not None else default_colour(number.id),
            )
        )
    choices.sort(key=lambda c: (c.name.casefold(), c.display_phone_number))
    return choices, unread_by_number(session)
