"""What a conversation row shows besides its own columns: channel, failed send, unread per channel.

Read with the page of rows (never when a row is painted): the channel of every number in
one small read, and whether each listed conversation's latest send of ours failed in one
indexed look-up per conversation (``ix_message_conversation_ts`` read backwards until the
first outgoing message, normally the first or second row).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
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

#: Outgoing messages that are not a send of their own (a reaction rides on another message).
_NOT_A_SEND = ("reaction",)


def failed_last_sends(session: Session, conversation_ids: Iterable[int]) -> set[int]:
    """The conversations among ``conversation_ids`` whose latest outgoing message failed."""
    failed: set[int] = set()
    for conversation_id in conversation_ids:
        status = session.scalar(
            select(Message.status)
            .where(
                Message.conversation_id == conversation_id,
                Message.direction == "out",
                Message.type.not_in(_NOT_A_SEND),
            )
            .order_by(Message.timestamp.desc(), Message.id.desc())
            .limit(1)
        )
        if status == "failed":
            failed.add(conversation_id)
    return failed


def unread_by_number(session: Session) -> dict[str, int]:
    """Per phone number id: how many of its conversations have unread messages.

    Counted from the list's covering index (``unread_count`` and ``phone_number_id`` are in
    ``ix_conversation_recent``), so the table's rows are not read.
    """
    query = (
        select(Conversation.phone_number_id, func.count())
        .where(Conversation.unread_count > 0)
        .group_by(Conversation.phone_number_id)
    )
    return {str(number): int(count) for number, count in session.execute(query)}


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
