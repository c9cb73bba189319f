"""Messages the composer builds in a small form: reply buttons, a list, a location, a contact.

Each kind is a *draft* the form fills as the user types. ``problems()`` says, in plain
words and per field, which of Meta's limits the draft breaks (the Cloud API reference
§2.1–2.2), so the form can show them at once; ``content()`` is the send payload's object,
built only from a draft without problems. :class:`RichMessageSending` checks the draft again
and queues it in the outbox like any other message.
"""

from desktop.services.rich_messages.contact_card import ContactCardDraft, channel_region
from desktop.services.rich_messages.drafts import Draft, Problem
from desktop.services.rich_messages.interactive import (
    ListDraft,
    ListRow,
    ListSection,
    ReplyButtonsDraft,
)
from desktop.services.rich_messages.location import LocationDraft, map_link, parse_coordinates
from desktop.services.rich_messages.sending import RichMessageSending

__all__ = [
    "ContactCardDraft",
    "Draft",
    "ListDraft",
    "ListRow",
    "ListSection",
    "LocationDraft",
    "Problem",
    "ReplyButtonsDraft",
    "RichMessageSending",
    "channel_region",
    "map_link",
    "parse_coordinates",
]
