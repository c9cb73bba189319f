"""Find-or-create for contacts and conversations, shared by ingest and the outbox.

A contact is identified by the business-scoped user id (BSUID) when Meta gives one and by
``wa_id`` otherwise; when both arrive together they are linked, so a customer who later
hides their number behind a username stays the same contact.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, PhoneNumber
from desktop.services.pricing.markets import stored_country


def upsert_contact(
    session: Session,
    *,
    wa_id: str | None = None,
    user_id: str | None = None,
    profile_name: str | None = None,
    username: str | None = None,
) -> Contact:
    """The contact for these ids, created or completed with what is new."""
    if not wa_id and not user_id:
        raise ValueError("a contact needs a wa_id or a user_id")
    clauses = []
    if user_id:
        clauses.append(Contact.user_id == user_id)
    if wa_id:
        clauses.append(Contact.wa_id == wa_id)
    found = list(session.scalars(select(Contact).where(or_(*clauses))))
    contact = next((c for c in found if user_id and c.user_id == user_id), None) or (
        found[0] if found else None
    )
    if contact is None:
        contact = Contact(
            wa_id=wa_id or None, user_id=user_id or None, country=stored_country(wa_id)
        )
        session.add(contact)
    else:
        if user_id and not contact.user_id:
            contact.user_id = user_id
        if wa_id and not contact.wa_id and not any(c.wa_id == wa_id for c in found):
            contact.wa_id = wa_id
            contact.country = stored_country(wa_id)
    if profile_name:
        contact.profile_name = profile_name
    if username:
        contact.username = username
    session.flush()
    return contact


def ensure_phone_number(
    session: Session, phone_number_id: str, display_phone_number: str | None = None
) -> PhoneNumber:
    """The number row; one we have never heard of is created and flagged ``unknown``."""
    number = session.get(PhoneNumber, phone_number_id)
    if number is None:
        number = PhoneNumber(
            id=phone_number_id,
            display_phone_number=display_phone_number or phone_number_id,
            unknown=True,
        )
        session.add(number)
        session.flush()
    return number


def upsert_conversation(session: Session, phone_number_id: str, contact_id: int) -> Conversation:
    conversation = session.scalar(
        select(Conversation).where(
            Conversation.phone_number_id == phone_number_id,
            Conversation.contact_id == contact_id,
        )
    )
    if conversation is None:
        conversation = Conversation(
            phone_number_id=phone_number_id, contact_id=contact_id, unread_count=0
        )
        session.add(conversation)
        session.flush()
    return conversation
