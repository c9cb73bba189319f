"""Conversations and messages as plain JSON data (the `wabadesk export` contract)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, Message


def export_conversations(session: Session) -> dict[str, Any]:
    """``{"conversations": [...]}`` with every message, oldest first, per thread."""
    conversations = session.execute(
        select(Conversation, Contact)
        .join(Contact, Contact.id == Conversation.contact_id)
        .order_by(Conversation.phone_number_id, Conversation.id)
    ).all()
    by_conversation: dict[int, list[dict[str, Any]]] = {c.id: [] for c, _ in conversations}
    for message in session.scalars(
        select(Message).order_by(Message.conversation_id, Message.timestamp, Message.id)
    ):
        bucket = by_conversation.get(message.conversation_id)
        if bucket is None:
            continue
        bucket.append(
            {
                "wamid": message.wamid or f"local:{message.id}",
                "direction": message.direction,
                "type": message.type,
                "text": message.text,
                "status": message.status if message.direction == "out" else None,
                "timestamp": int(message.timestamp),
                "context_wamid": message.context_wamid,
            }
        )
    return {
        "conversations": [
            {
                "phone_number_id": conversation.phone_number_id,
                "contact_wa_id": contact.wa_id or contact.user_id or "",
                "contact_name": contact.profile_name,
                "messages": by_conversation[conversation.id],
            }
            for conversation, contact in conversations
        ]
    }


def export_readable(engine: Engine, chunk: int = 500) -> tuple[dict[str, Any], int]:
    """What a damaged database still gives up, in the same shape, and how many threads it lost.

    Each thread is read on its own (and each block of threads, then each thread of a block
    that fails), so one damaged page costs the threads stored on it, not the whole export.
    """
    lost = 0
    conversations: list[dict[str, Any]] = []
    with engine.connect() as conn:
        top = _readable(conn, lambda: conn.scalar(select(func.max(Conversation.id))))
        if top is _UNREADABLE:
            return {"conversations": []}, 1
        for start in range(1, int(top or 0) + 1, chunk):
            block = _readable(conn, partial(_threads, conn, start, start + chunk))
            if block is _UNREADABLE:
                block = []
                for cid in range(start, min(start + chunk, int(top) + 1)):
                    one = _readable(conn, partial(_threads, conn, cid, cid + 1))
                    if one is _UNREADABLE:
                        lost += 1
                    else:
                        block.extend(one)
            for cid, thread in block:
                messages = _readable(conn, partial(_messages, conn, cid))
                if messages is _UNREADABLE:
                    lost += 1
                    continue
                thread["messages"] = messages
                conversations.append(thread)
    conversations.sort(key=lambda t: t["phone_number_id"])  # stable: ids stay in order
    return {"conversations": conversations}, lost


_UNREADABLE: Any = object()


def _readable(conn: Connection, read: Callable[[], Any]) -> Any:
    try:
        return read()
    except DBAPIError:
        conn.rollback()
        return _UNREADABLE


def _threads(conn: Connection, first: int, end: int) -> list[tuple[int, dict[str, Any]]]:
    rows = conn.execute(
        select(
            Conversation.id,
            Conversation.phone_number_id,
            Contact.wa_id,
            Contact.user_id,
            Contact.profile_name,
        )
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.id >= first, Conversation.id < end)
        .order_by(Conversation.id)
    ).all()
    return [
        (
            r.id,
            {
                "phone_number_id": r.phone_number_id,
                "contact_wa_id": r.wa_id or r.user_id or "",
                "contact_name": r.profile_name,
            },
        )
        for r in rows
    ]


def _messages(conn: Connection, conversation_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(
            Message.id,
            Message.wamid,
            Message.direction,
            Message.type,
            Message.text,
            Message.status,
            Message.timestamp,
            Message.context_wamid,
        )
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.timestamp, Message.id)
    ).all()
    return [
        {
            "wamid": r.wamid or f"local:{r.id}",
            "direction": r.direction,
            "type": r.type,
            "text": r.text,
            "status": r.status if r.direction == "out" else None,
            "timestamp": int(r.timestamp),
            "context_wamid": r.context_wamid,
        }
        for r in rows
    ]
