"""Starting a chat from the inbox: read the number the user typed, find the chat or make it.

A number may be typed or pasted in any common format: ``+1 650-555-1243``, ``0044 20 7946
0958``, ``16505551243`` (country code without the plus) or a national number such as
``090-1234-5678`` read in the country of the channel's own number. It is checked with
``phonenumbers``; a number that is not a valid phone number is refused with words that say
how to write it. A new chat's 24-hour window is closed, so the inbox sends a template next;
the conversation it makes for that is dropped again if the user gives up before sending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType

import phonenumbers
from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, ConversationLabel, Message, PhoneNumber
from desktop.services.contacts import display_name
from desktop.services.search.contacts import contact_matches
from desktop.services.templates.send_targets import conversation_for
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.window import window_closes_at

_C = "NewChat"
CONTACTS_SHOWN = 20


@dataclass(frozen=True)
class NumberCheck:
    """A typed number read: its ``wa_id`` (digits with country code) or what is wrong."""

    wa_id: str | None
    international: str = ""  # "+1 650-555-1243"
    region: str = ""  # "US"
    problem: Phrase | None = None


def region_of(display_phone_number: str) -> str | None:
    """The country of one of our numbers (where a national number is read), if known."""
    digits = re.sub(r"\D", "", display_phone_number or "")
    if not digits:
        return None
    try:
        parsed = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed)


def check_number(text: str, default_region: str | None = None) -> NumberCheck:
    """Read ``text`` as a customer's WhatsApp number (see the module docstring)."""
    typed = (text or "").strip()
    if typed.lower().startswith("tel:"):
        typed = typed[4:].strip()
    if not re.search(r"\d", typed):
        return NumberCheck(
            None,
            problem=Phrase(
                _C,
                QT_TRANSLATE_NOOP(
                    "NewChat",
                    "Enter the customer's WhatsApp number, for example +1 650 555 1234, or "
                    "pick a contact from the list.",
                ),
            ),
        )
    if typed.startswith("00"):
        typed = "+" + typed[2:]
    digits = re.sub(r"\D", "", typed)
    candidates: list[tuple[str, str | None]] = []
    if typed.startswith("+"):
        candidates.append((typed, None))
    else:
        if default_region:
            candidates.append((typed, default_region))
        candidates.append(("+" + digits, None))
    for candidate, region in candidates:
        try:
            parsed = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            return NumberCheck(
                wa_id=e164.lstrip("+"),
                international=phonenumbers.format_number(
                    parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                ),
                region=phonenumbers.region_code_for_number(parsed) or "",
            )
    return NumberCheck(
        None,
        problem=Phrase(
            _C,
            QT_TRANSLATE_NOOP(
                "NewChat",
                "“{text}” is not a valid phone number. Write it with the country code, for "
                "example +1 650 555 1234 or +81 90 1234 5678.",
            ),
            MappingProxyType({"text": text.strip()[:40]}),
        ),
    )


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    wa_id: str


def find_contacts(session: Session, text: str, limit: int = CONTACTS_SHOWN) -> list[ContactChoice]:
    """Contacts with a number whose name, username or number matches ``text``."""
    if not text.strip():
        return []
    dialect = session.get_bind().dialect.name
    query = (
        select(Contact)
        .where(contact_matches(text, dialect), Contact.wa_id.is_not(None), Contact.wa_id != "")
        .order_by(Contact.id)
        .limit(limit)
    )
    choices = [ContactChoice(c.id, display_name(c), str(c.wa_id)) for c in session.scalars(query)]
    return sorted(choices, key=lambda c: (c.name.casefold(), c.wa_id))


def known_wa_id(session: Session, wa_id: str) -> bool:
    """A contact with exactly this number is stored (then no validation is needed)."""
    return session.scalar(select(exists().where(Contact.wa_id == wa_id))) or False


@dataclass(frozen=True)
class ChatStart:
    conversation_id: int
    created: bool  # made now, for this new chat (dropped again if nothing is sent)
    window_open: bool  # the customer wrote within 24 hours: no template needed


def start_chat(session: Session, phone_number_id: str, wa_id: str, now: float) -> ChatStart:
    """The chat between our number and ``wa_id``: the one that exists, or a new one."""
    if session.get(PhoneNumber, phone_number_id) is None:
        raise ValueError(f"unknown phone number {phone_number_id}")
    existing = session.scalar(
        select(Conversation)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.phone_number_id == phone_number_id, Contact.wa_id == wa_id)
    )
    if existing is not None:
        closes = window_closes_at(existing.last_inbound_ts)
        return ChatStart(existing.id, False, closes is not None and now < closes)
    conversation_id = conversation_for(session, phone_number_id, wa_id)
    return ChatStart(conversation_id, True, False)


def drop_unused_chat(session: Session, conversation_id: int) -> bool:
    """Remove a chat made for a new chat when nothing was sent in it (the user gave up)."""
    for table_column in (Message.conversation_id, ConversationLabel.conversation_id):
        if session.scalar(select(exists().where(table_column == conversation_id))):
            return False
    session.execute(delete(Conversation).where(Conversation.id == conversation_id))
    return True
