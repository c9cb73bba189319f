"""A contact card the desk sends: a name and a WhatsApp number, as Meta's ``contacts``.

The number is read like a new chat's (``phonenumbers``, any common format, national
numbers in the country of the channel's number). Meta wants ``formatted_name`` and at least
one other part of the name, so the first word becomes ``first_name`` and the rest
``last_name``; the phone carries the ``wa_id`` so the customer's WhatsApp offers "Message".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.models.entities import PhoneNumber
from desktop.services.new_chat import NumberCheck, check_number, region_of
from desktop.services.rich_messages.drafts import Problem, check_text, phrase
from desktop.services.text import QT_TRANSLATE_NOOP

NAME_MAX = 256


def channel_region(session: Session, phone_number_id: str) -> str | None:
    """The country a national number is read in: that of the channel's own number."""
    number = session.get(PhoneNumber, phone_number_id)
    return region_of(number.display_phone_number) if number is not None else None


@dataclass(frozen=True)
class ContactCardDraft:
    name: str = ""
    number: str = ""
    #: where a number without a country code is read (the channel's country), if known
    region: str | None = None
    #: a stored contact's number, taken as Meta gave it (no check needed)
    known_wa_id: str | None = None
    message_type: str = field(default="contacts", init=False)

    def checked_number(self) -> NumberCheck:
        if self.known_wa_id:
            checked = check_number("+" + self.known_wa_id)
            if checked.wa_id is not None:
                return checked
            return NumberCheck(self.known_wa_id, international="+" + self.known_wa_id)
        return check_number(self.number, self.region)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        check_text(
            found,
            "name",
            phrase(QT_TRANSLATE_NOOP("RichMessages", "The contact's name")),
            self.name,
            NAME_MAX,
            required=True,
        )
        checked = self.checked_number()
        if checked.problem is not None:
            found.append(Problem("number", checked.problem))
        return found

    def content(self) -> list[dict[str, Any]]:
        name = " ".join(self.name.split())
        first, _, rest = name.partition(" ")
        parts: dict[str, Any] = {"formatted_name": name, "first_name": first}
        if rest:
            parts["last_name"] = rest
        checked = self.checked_number()
        phone: dict[str, Any] = {"phone": self.number.strip(), "type": "CELL"}
        if checked.wa_id is not None:  # else not sendable; the live preview shows what is typed
            phone = {
                "phone": checked.international or "+" + checked.wa_id,
                "type": "CELL",
                "wa_id": checked.wa_id,
            }
        return [{"name": parts, "phones": [phone] if phone["phone"] else []}]
