"""Read side of the inbox: ids for the item models, and rows fetched by id when shown.

The item models hold ids only and ask for the rows they need (Anki's and qutebrowser's
pattern), so a list of 100,000 conversations costs one id query, not 100,000 widgets.
Rows are frozen dataclasses: ORM objects never leave the DB thread.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, Message, PhoneNumber, Template, Waba
from desktop.services.contacts import display_name
from desktop.services.message_text import as_dict, as_text, as_timestamp
from desktop.services.window import WINDOW_SECONDS, window_closes_at


@dataclass(frozen=True)
class ConversationRow:
    id: int
    phone_number_id: str
    number_label: str
    waba_name: str | None
    contact_name: str
    contact_wa_id: str | None
    contact_user_id: str | None
    username: str | None
    last_message_ts: int | None
    last_message_preview: str | None
    unread_count: int
    window_closes_at: int | None


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    wamid: str | None
    direction: str
    type: str
    text: str | None
    payload: dict[str, Any]
    status: str | None
    timestamp: int
    context_wamid: str | None
    quoted_text: str | None
    reaction: str | None  # the latest reaction emoji another party put on this message
    error_code: int | None
    error_title: str | None
    error_details: str | None
    # For a template message: its stored definition (Graph API JSON), to draw it exactly.
    template: dict[str, Any] | None = None


@dataclass(frozen=True)
class ConversationFilter:
    text: str = ""
    phone_number_id: str | None = None
    unread_only: bool = False
    # Only conversations whose 24-hour window is open and closes within this many seconds
    # of ``now`` (the "answer these first" list).
    closing_within: int | None = None
    now: float | None = None


def conversation_ids(session: Session, flt: ConversationFilter | None = None) -> list[int]:
    flt = flt or ConversationFilter()
    query = select(Conversation.id).join(Contact, Contact.id == Conversation.contact_id)
    if flt.phone_number_id:
        query = query.where(Conversation.phone_number_id == flt.phone_number_id)
    if flt.unread_only:
        query = query.where(Conversation.unread_count > 0)
    if flt.closing_within is not None:
        now = flt.now if flt.now is not None else time.time()
        opened_after = now - WINDOW_SECONDS  # still open
        opened_before = now - WINDOW_SECONDS + flt.closing_within  # closes soon
        query = query.where(
            Conversation.last_inbound_ts > opened_after,
            Conversation.last_inbound_ts <= opened_before,
        )
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        query = query.where(
            or_(
                Contact.profile_name.ilike(like),
                Contact.wa_id.like(like),
                Contact.username.ilike(like),
                Conversation.last_message_preview.ilike(like),
            )
        )
    query = query.order_by(
        func.coalesce(Conversation.last_message_ts, 0).desc(), Conversation.id.desc()
    )
    return list(session.scalars(query))


def conversation_rows(session: Session, ids: Iterable[int]) -> dict[int, ConversationRow]:
    ids = list(ids)
    if not ids:
        return {}
    query = (
        select(Conversation, Contact, PhoneNumber, Waba.name)
        .join(Contact, Contact.id == Conversation.contact_id)
        .join(PhoneNumber, PhoneNumber.id == Conversation.phone_number_id)
        .outerjoin(Waba, Waba.id == PhoneNumber.waba_id)
        .where(Conversation.id.in_(ids))
    )
    rows: dict[int, ConversationRow] = {}
    for conv, contact, number, waba_name in session.execute(query):
        rows[conv.id] = ConversationRow(
            id=conv.id,
            phone_number_id=conv.phone_number_id,
            number_label=number.verified_name or number.display_phone_number,
            waba_name=waba_name,
            contact_name=contact_display_name(contact),
            contact_wa_id=contact.wa_id,
            contact_user_id=contact.user_id,
            username=(contact.username or "").strip().lstrip("@") or None,  # shown with one @
            last_message_ts=conv.last_message_ts,
            last_message_preview=conv.last_message_preview,
            unread_count=conv.unread_count,
            window_closes_at=window_closes_at(as_timestamp(conv.last_inbound_ts)),
        )
    return rows


def contact_display_name(contact: Contact) -> str:
    return display_name(contact)


def message_ids(session: Session, conversation_id: int) -> list[int]:
    """Messages of a thread in display order; reactions are folded into their target."""
    return list(
        session.scalars(
            select(Message.id)
            .where(Message.conversation_id == conversation_id, Message.type != "reaction")
            .order_by(Message.timestamp, Message.id)
        )
    )


def message_rows(session: Session, ids: Iterable[int]) -> dict[int, MessageRow]:
    ids = list(ids)
    if not ids:
        return {}
    messages = list(session.scalars(select(Message).where(Message.id.in_(ids))))
    wamids = {m.wamid for m in messages if m.wamid}
    contexts = {m.context_wamid for m in messages if m.context_wamid}
    quoted = (
        {
            wamid: text
            for wamid, text in session.execute(
                select(Message.wamid, Message.text).where(Message.wamid.in_(contexts))
            )
        }
        if contexts
        else {}
    )
    reactions: dict[str, str] = {}
    if wamids:
        conversation_ids_ = {m.conversation_id for m in messages}
        for payload in session.scalars(
            select(Message.payload)
            .where(Message.type == "reaction", Message.conversation_id.in_(conversation_ids_))
            .order_by(Message.timestamp, Message.id)
        ):
            reaction = as_dict(as_dict(payload).get("reaction"))
            target = reaction.get("message_id")
            if isinstance(target, str) and target in wamids:
                emoji = as_text(reaction.get("emoji"))
                if emoji:
                    reactions[target] = emoji
                else:
                    reactions.pop(target, None)
    templates = _templates_for(session, [m for m in messages if m.type == "template"])
    return {
        m.id: MessageRow(
            id=m.id,
            conversation_id=m.conversation_id,
            wamid=m.wamid,
            direction=m.direction,
            type=m.type,
            text=m.text,
            payload=dict(as_dict(m.payload)),
            status=m.status,
            timestamp=m.timestamp,
            context_wamid=m.context_wamid,
            quoted_text=quoted.get(m.context_wamid) if m.context_wamid else None,
            reaction=reactions.get(m.wamid) if m.wamid else None,
            error_code=m.error_code,
            error_title=m.error_title,
            error_details=m.error_details,
            template=templates.get(m.id),
        )
        for m in messages
    }


def _templates_for(session: Session, messages: list[Message]) -> dict[int, dict[str, Any]]:
    """The stored template definition of each template message, by message id."""
    found: dict[int, dict[str, Any]] = {}
    for message in messages:
        # Stored payloads are not trusted to have the shape we sent (rows may be edited).
        sent = as_dict(as_dict(message.payload).get("template"))
        name = sent.get("name")
        language = as_dict(sent.get("language")).get("code")
        if not isinstance(name, str) or not isinstance(language, str) or not name or not language:
            continue
        template = session.scalar(
            select(Template)
            .join(PhoneNumber, PhoneNumber.waba_id == Template.waba_id)
            .where(
                PhoneNumber.id == message.phone_number_id,
                Template.name == name,
                Template.language == language,
            )
        )
        if template is not None:
            found[message.id] = template_graph(template)
    return found


def template_graph(template: Template) -> dict[str, Any]:
    return {
        "name": template.name,
        "language": template.language,
        "category": template.category,
        "parameter_format": template.parameter_format,
        "components": list(template.components or []),
    }


@dataclass(frozen=True)
class TemplateChoice:
    id: int
    name: str
    language: str
    category: str
    graph: dict[str, Any]


def sendable_templates(session: Session, conversation_id: int) -> list[TemplateChoice]:
    """APPROVED templates of the WABA that owns the conversation's number."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return []
    number = session.get(PhoneNumber, conversation.phone_number_id)
    if number is None or number.waba_id is None:
        return []
    rows = session.scalars(
        select(Template)
        .where(Template.waba_id == number.waba_id, Template.status == "APPROVED")
        .order_by(Template.name, Template.language)
    )
    return [TemplateChoice(t.id, t.name, t.language, t.category, template_graph(t)) for t in rows]


def conversation_for_message(session: Session, message_id: int) -> int | None:
    return session.scalar(select(Message.conversation_id).where(Message.id == message_id))


def mark_read(session: Session, conversation_id: int) -> tuple[str, str] | None:
    """Clear the unread count; returns (phone_number_id, last inbound wamid) to tell Meta."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    had_unread = conversation.unread_count > 0
    session.execute(
        update(Conversation).where(Conversation.id == conversation_id).values(unread_count=0)
    )
    if not had_unread:
        return None
    wamid = session.scalar(
        select(Message.wamid)
        .where(Message.conversation_id == conversation_id, Message.direction == "in")
        .order_by(Message.timestamp.desc(), Message.id.desc())
        .limit(1)
    )
    return (conversation.phone_number_id, wamid) if wamid else None


@dataclass(frozen=True)
class NumberRow:
    id: str
    label: str
    display_phone_number: str
    waba_id: str | None
    is_test_number: bool


def number_rows(session: Session) -> list[NumberRow]:
    return [
        NumberRow(
            id=n.id,
            label=n.verified_name or n.display_phone_number,
            display_phone_number=n.display_phone_number,
            waba_id=n.waba_id,
            is_test_number=n.is_test_number,
        )
        for n in session.scalars(select(PhoneNumber).order_by(PhoneNumber.display_phone_number))
    ]


def stored_payload_text(session: Session, message_id: int) -> str | None:
    """The message's payload exactly as stored (raw JSON text), whatever its shape.

    For "copy as received" on a message the inbox could not read or show: read without the
    ORM's JSON decoding, which is what may have failed.
    """
    raw = (
        session.connection()
        .exec_driver_sql("SELECT payload FROM message WHERE id = ?", (message_id,))
        .scalar()
    )
    if raw is None:
        return None
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    return str(raw)
