"""Conversations and messages as plain JSON data (the `wabadesk export` contract)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
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
