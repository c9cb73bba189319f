"""Who a template may be sent to from one of our numbers, besides the inbox's contacts.

The send dialog offers recipients per sender. Live mode knows only the contacts stored in
the database; the sandbox also knows each test number's allowed-recipient list (Meta lets
a test number message at most five registered numbers). The dialog asks this directory and
never looks at the simulator itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from desktop.models.db import Database
from desktop.services.templates.send_targets import RecipientChoice, known_recipients


class RecipientDirectory(Protocol):
    async def known(self) -> Sequence[RecipientChoice]:
        """Every contact with a phone number, sorted by name."""
        ...

    def recipients_by_number(self) -> Mapping[str, Sequence[RecipientChoice]]:
        """Per phone number id: the only people it may message (empty: no such limit known)."""
        ...


class StoredRecipients:
    """Live mode: the contacts in the database; Meta does not list a number's allowed set."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def known(self) -> list[RecipientChoice]:
        return await self._db.run(known_recipients)

    def recipients_by_number(self) -> Mapping[str, Sequence[RecipientChoice]]:
        return {}
