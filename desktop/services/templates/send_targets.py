"""Who can send a template, to whom: the designer's "send a test" form.

A send goes through the outbox, which needs a conversation row; sending from the designer
to someone who never wrote creates the contact and the conversation first (on the DB
thread, through :mod:`desktop.services.directory`). Templates may be sent outside the
24-hour window, so a brand-new conversation is fine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, PhoneNumber, Template
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.inbox import TemplateChoice, template_graph
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_CTX = "TemplateSend"
_WA_ID_RE = re.compile(r"^\d{7,15}$")


@dataclass(frozen=True)
class SenderChoice:
    """A phone number of the template's WABA."""

    id: str
    display: str
    is_test: bool


@dataclass(frozen=True)
class RecipientChoice:
    wa_id: str
    name: str


def senders_for_waba(session: Session, waba_id: str) -> list[SenderChoice]:
    rows = session.scalars(
        select(PhoneNumber)
        .where(PhoneNumber.waba_id == waba_id, PhoneNumber.unknown.is_(False))
        .order_by(PhoneNumber.display_phone_number)
    )
    return [
        SenderChoice(
            n.id,
            f"{n.verified_name or ''} {n.display_phone_number}".strip(),
            bool(n.is_test_number),
        )
        for n in rows
    ]


def known_recipients(session: Session) -> list[RecipientChoice]:
    """Contacts with a phone number, by name."""
    rows = session.scalars(select(Contact).where(Contact.wa_id.is_not(None)))
    out = [RecipientChoice(str(c.wa_id), c.profile_name or c.username or "") for c in rows]
    return sorted(out, key=lambda r: (r.name.casefold(), r.wa_id))


def approved_template(session: Session, template_id: int) -> TemplateChoice | None:
    """The template as the send form needs it, if it is APPROVED."""
    t = session.get(Template, template_id)
    if t is None or t.status != "APPROVED":
        return None
    return TemplateChoice(t.id, t.name, t.language, t.category, template_graph(t))


def normalise_wa_id(text: str) -> str | None:
    """``+1 650-555-1241`` → ``16505551241``; None when it is not a phone number."""
    digits = re.sub(r"[\s\-().+]", "", text or "")
    return digits if _WA_ID_RE.match(digits) else None


BAD_RECIPIENT = Phrase(
    _CTX,
    QT_TRANSLATE_NOOP(
        "TemplateSend",
        "Enter the recipient's WhatsApp number with country code, digits only "
        "(for example 16505551241).",
    ),
)


def conversation_for(
    session: Session, phone_number_id: str, wa_id: str, name: str | None = None
) -> int:
    """The conversation between our number and ``wa_id``, created when new."""
    contact = upsert_contact(session, wa_id=wa_id, profile_name=name or None)
    return upsert_conversation(session, phone_number_id, contact.id).id
