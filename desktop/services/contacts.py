"""Who a customer is, in one place: names, number in every format, ids, notes, channels.

The contact panel beside a thread reads :func:`contact_details`; edits go through
:func:`save_local_name` and :func:`save_notes`. The desk's own name for a customer wins over
the WhatsApp profile name everywhere the inbox names them, and the profile name is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, Message
from desktop.services.events import ConversationsChanged, EventHub
from desktop.services.numbers.channels import channels_by_number

if TYPE_CHECKING:
    from desktop.models.db import Database

NAME_LIMIT = 256
NOTES_LIMIT = 20_000


@dataclass(frozen=True)
class FormattedNumber:
    """A customer's number as people write it (empty parts when it cannot be parsed)."""

    e164: str
    international: str
    national: str
    region: str  # ISO 3166 code, e.g. "JP"
    country: str  # the country's name in the requested language


@dataclass(frozen=True)
class ContactChannel:
    """One of our numbers this customer talks to, with that conversation."""

    conversation_id: int
    phone_number_id: str
    channel: str
    last_message_ts: int | None
    unread_count: int
    colour: str = ""  # the channel's "#rrggbb", as the inbox list shows it


@dataclass(frozen=True)
class IdentityChange:
    """A number or WhatsApp-id change Meta reported (a ``system`` message)."""

    timestamp: int
    text: str


@dataclass(frozen=True)
class ContactDetails:
    id: int
    name: str  # what the inbox shows
    profile_name: str | None  # what the customer set in WhatsApp
    local_name: str | None
    number: FormattedNumber | None
    user_id: str | None  # business-scoped user id (BSUID)
    username: str | None  # shown with one "@"
    notes: str
    channels: tuple[ContactChannel, ...]
    identity_changes: tuple[IdentityChange, ...]
    # The customer's own choice in WhatsApp (user_preferences): True stopped, None never said.
    marketing_opt_out: bool | None = None


def format_number(wa_id: str | None, language: str = "en") -> FormattedNumber | None:
    """``wa_id`` is digits with the country code; anything else gives None."""
    digits = "".join(ch for ch in (wa_id or "") if ch.isdigit())
    if not digits or len(digits) > 17:
        return None
    try:
        parsed = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed) or ""
    # Imported here: the geocoder loads every prefix's place names (~100 MB, seconds at
    # start-up) and only the customer details panel asks for a country's name.
    from phonenumbers import geocoder

    return FormattedNumber(
        e164=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        international=phonenumbers.format_number(
            parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ),
        national=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
        region=region,
        country=geocoder.country_name_for_number(parsed, language) if region else "",
    )


def username_label(username: str | None) -> str | None:
    """Meta sends usernames with their "@" (and older data without): show exactly one."""
    bare = (username or "").strip().lstrip("@")
    return "@" + bare if bare else None


class NamedContact(Protocol):
    """What naming a customer reads: a :class:`Contact`, or a row of those columns."""

    @property
    def local_name(self) -> str | None: ...
    @property
    def profile_name(self) -> str | None: ...
    @property
    def username(self) -> str | None: ...
    @property
    def wa_id(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...


def display_name(contact: NamedContact) -> str:
    """The inbox's name for a customer: ours, theirs, @username, number, id."""
    for name in (contact.local_name, contact.profile_name):
        if name and name.strip():
            return name.strip()
    if label := username_label(contact.username):
        return label
    if contact.wa_id:
        return "+" + contact.wa_id
    return contact.user_id or "?"


def contact_of_conversation(session: Session, conversation_id: int) -> int | None:
    return session.scalar(select(Conversation.contact_id).where(Conversation.id == conversation_id))


def contact_details(
    session: Session, contact_id: int, language: str = "en"
) -> ContactDetails | None:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    rows = session.scalars(
        select(Conversation)
        .where(Conversation.contact_id == contact_id)
        .order_by(Conversation.last_message_ts.desc(), Conversation.id.desc())
    ).all()
    named = channels_by_number(session) if rows else {}
    channels = tuple(
        ContactChannel(
            conversation_id=conv.id,
            phone_number_id=conv.phone_number_id,
            channel=info.name if info is not None else conv.phone_number_id,
            last_message_ts=conv.last_message_ts,
            unread_count=conv.unread_count or 0,
            colour=info.colour if info is not None else "",
        )
        for conv in rows
        for info in (named.get(conv.phone_number_id),)
    )
    changes = tuple(
        IdentityChange(timestamp=ts, text=text or "")
        for ts, text in session.execute(
            select(Message.timestamp, Message.text)
            .where(
                Message.conversation_id.in_([c.conversation_id for c in channels]),
                Message.type == "system",
            )
            .order_by(Message.timestamp.desc())
            .limit(20)
        )
    )
    return ContactDetails(
        id=contact.id,
        name=display_name(contact),
        profile_name=contact.profile_name,
        local_name=contact.local_name,
        number=format_number(contact.wa_id, language),
        user_id=contact.user_id,
        username=username_label(contact.username),
        notes=contact.notes or "",
        channels=channels,
        identity_changes=changes,
        marketing_opt_out=contact.marketing_opt_out,
    )


def save_local_name(session: Session, contact_id: int, name: str) -> list[int]:
    """Store the desk's name (blank: back to the profile name); returns the conversations
    that now show another name."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return []
    cleaned = " ".join(name.split())[:NAME_LIMIT] or None
    contact.local_name = cleaned
    return list(
        session.scalars(select(Conversation.id).where(Conversation.contact_id == contact_id))
    )


def save_notes(session: Session, contact_id: int, notes: str) -> bool:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return False
    contact.notes = notes[:NOTES_LIMIT] or None
    return True


class ContactBook:
    """The contact panel's use cases: read a customer's card, rename, keep notes."""

    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    async def for_conversation(
        self, conversation_id: int, language: str = "en"
    ) -> ContactDetails | None:
        contact_id = await self._db.run(contact_of_conversation, conversation_id)
        if contact_id is None:
            return None
        return await self._db.run(contact_details, contact_id, language)

    async def rename(self, contact_id: int, name: str) -> None:
        changed = await self._db.run(save_local_name, contact_id, name)
        if changed:
            self._hub.publish(ConversationsChanged(frozenset(changed)))

    async def write_notes(self, contact_id: int, notes: str) -> bool:
        return await self._db.run(save_notes, contact_id, notes)


def conversation_with(session: Session, phone_number_id: str, wa_id: str) -> int:
    """The thread between our number and the WhatsApp user ``wa_id`` (made if new)."""
    from desktop.services.directory import upsert_contact, upsert_conversation

    phone = "".join(ch for ch in wa_id if ch.isdigit())
    if not phone:
        raise ValueError("a phone number needs digits")
    contact = upsert_contact(session, wa_id=phone)
    return upsert_conversation(session, phone_number_id, contact.id).id
