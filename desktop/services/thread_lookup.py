"""Finding one message of a thread by Meta's id: where a quoted reply points."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Message


def message_id_for_wamid(session: Session, conversation_id: int, wamid: str) -> int | None:
    """The row id of message ``wamid`` in this conversation (None if we never stored it)."""
    if not wamid:
        return None
    return session.scalar(
        select(Message.id).where(Message.wamid == wamid, Message.conversation_id == conversation_id)
    )
