"""Canned replies: short texts the desk reuses, typed as ``/shortcut`` in the composer.

They live in the database (table ``canned_reply``) so every PC sharing the inbox offers the
same ones. Placeholders are filled at insertion from the open conversation: a value the
desk does not know (a customer without a name) leaves a visible gap, ``[…]`` with the
placeholder's readable name, that the agent sees and fills in before sending.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Agent, CannedReply, Channel, Contact, Conversation, PhoneNumber
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CTX = "CannedReplies"
MAX_SHORTCUT = 32
MAX_TITLE = 128
MAX_TEXT = 4096  # a WhatsApp text body

PLACEHOLDERS: dict[str, str] = {
    "contact.first_name": QT_TRANSLATE_NOOP("CannedReplies", "first name"),
    "contact.name": QT_TRANSLATE_NOOP("CannedReplies", "name"),
    "agent.name": QT_TRANSLATE_NOOP("CannedReplies", "agent name"),
    "channel.name": QT_TRANSLATE_NOOP("CannedReplies", "channel name"),
}
_PLACEHOLDER = re.compile(r"\{(contact\.first_name|contact\.name|agent\.name|channel\.name)\}")
_SHORTCUT = re.compile(r"^[\w\-]+$")

SHORTCUT_SHAPE = QT_TRANSLATE_NOOP(
    "CannedReplies",
    "A shortcut is one word of letters, digits, - or _ (no spaces), at most 32 long.",
)
SHORTCUT_TAKEN = QT_TRANSLATE_NOOP(
    "CannedReplies", "The shortcut /{shortcut} is taken: choose another word."
)
TEXT_EMPTY = QT_TRANSLATE_NOOP("CannedReplies", "Write the reply's text.")
TEXT_LONG = QT_TRANSLATE_NOOP(
    "CannedReplies", "The text is longer than WhatsApp's 4,096 characters: shorten it."
)


class CannedReplyRefused(ValueError):
    """A reply that cannot be stored; ``phrase`` says why and what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class CannedReplyRow:
    id: int
    shortcut: str
    title: str
    text: str


@dataclass(frozen=True)
class Expansion:
    """The text to insert, and the placeholders left as gaps (their readable names)."""

    text: str
    gaps: tuple[str, ...]


def clean_shortcut(raw: str) -> str:
    return raw.strip().removeprefix("/").strip()


def _check(session: Session, shortcut: str, text: str, own_id: int | None) -> None:
    if not shortcut or len(shortcut) > MAX_SHORTCUT or not _SHORTCUT.match(shortcut):
        raise CannedReplyRefused(Phrase(CTX, SHORTCUT_SHAPE))
    if not text.strip():
        raise CannedReplyRefused(Phrase(CTX, TEXT_EMPTY))
    if len(text) > MAX_TEXT:
        raise CannedReplyRefused(Phrase(CTX, TEXT_LONG))
    clash = session.scalar(
        select(CannedReply.id).where(func.lower(CannedReply.shortcut) == shortcut.lower())
    )
    if clash is not None and clash != own_id:
        raise CannedReplyRefused(Phrase(CTX, SHORTCUT_TAKEN, {"shortcut": shortcut}))


def canned_replies(session: Session) -> list[CannedReplyRow]:
    return [
        CannedReplyRow(r.id, r.shortcut, r.title, r.text)
        for r in session.scalars(
            select(CannedReply).order_by(func.lower(CannedReply.shortcut), CannedReply.id)
        )
    ]


def add_canned_reply(session: Session, shortcut: str, title: str, text: str) -> CannedReplyRow:
    shortcut = clean_shortcut(shortcut)
    _check(session, shortcut, text, None)
    row = CannedReply(shortcut=shortcut, title=title.strip()[:MAX_TITLE], text=text)
    session.add(row)
    session.flush()
    return CannedReplyRow(row.id, row.shortcut, row.title, row.text)


def edit_canned_reply(
    session: Session, reply_id: int, shortcut: str, title: str, text: str
) -> CannedReplyRow:
    row = session.get(CannedReply, reply_id)
    if row is None:  # deleted on another PC meanwhile: store it again
        return add_canned_reply(session, shortcut, title, text)
    shortcut = clean_shortcut(shortcut)
    _check(session, shortcut, text, reply_id)
    row.shortcut, row.title, row.text = shortcut, title.strip()[:MAX_TITLE], text
    session.flush()
    return CannedReplyRow(row.id, row.shortcut, row.title, row.text)


def delete_canned_reply(session: Session, reply_id: int) -> None:
    row = session.get(CannedReply, reply_id)
    if row is not None:
        session.delete(row)


def matching(replies: list[CannedReplyRow], typed: str) -> list[CannedReplyRow]:
    """Replies whose shortcut starts with ``typed`` first, then those whose shortcut or
    title contains it (case-insensitive)."""
    key = typed.casefold()
    first = [r for r in replies if r.shortcut.casefold().startswith(key)]
    rest = [
        r
        for r in replies
        if r not in first and (key in r.shortcut.casefold() or key in r.title.casefold())
    ]
    return first + rest


def first_name(name: str | None) -> str | None:
    """The first word of a customer's name ("Sheena Nelson" -> "Sheena"); a name written
    without spaces (many Japanese names) is kept whole."""
    if not name or not name.strip():
        return None
    return name.strip().split()[0]


def placeholder_values(
    session: Session, conversation_id: int | None, agent_id: int | None
) -> dict[str, str | None]:
    """What each placeholder stands for in this conversation (None: unknown)."""
    values: dict[str, str | None] = dict.fromkeys(PLACEHOLDERS)
    if agent_id is not None:
        values["agent.name"] = session.scalar(select(Agent.name).where(Agent.id == agent_id))
    if conversation_id is None:
        return values
    row = session.execute(
        select(Contact.local_name, Contact.profile_name, Conversation.phone_number_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.id == conversation_id)
    ).first()
    if row is None:
        return values
    local, profile, number_id = row
    name = next((n.strip() for n in (local, profile) if n and n.strip()), None)
    values["contact.name"] = name
    values["contact.first_name"] = first_name(name)
    channel = session.scalar(select(Channel.name).where(Channel.phone_number_id == number_id))
    if not channel:
        channel = session.scalar(
            select(PhoneNumber.verified_name).where(PhoneNumber.id == number_id)
        )
    values["channel.name"] = channel or None
    return values


def expand(
    text: str,
    values: Mapping[str, str | None],
    gap: Callable[[str], str] = lambda label: f"[{label}]",
) -> Expansion:
    """``text`` with its placeholders filled; an unknown value becomes ``gap(label)``.
    Other braces are left as they are (the text is never passed to ``str.format``)."""
    gaps: list[str] = []

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        value = values.get(key)
        if value:
            return value
        label = PLACEHOLDERS[key]
        gaps.append(label)
        return gap(label)

    return Expansion(_PLACEHOLDER.sub(fill, text), tuple(gaps))


class CannedReplies:
    """The use cases behind Settings and the composer; ``listeners`` hear of changes."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.listeners: list[Callable[[], None]] = []

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    async def all(self) -> list[CannedReplyRow]:
        return await self._db.run(canned_replies)

    async def add(self, shortcut: str, title: str, text: str) -> CannedReplyRow:
        row = await self._db.run(add_canned_reply, shortcut, title, text)
        self._changed()
        return row

    async def edit(self, reply_id: int, shortcut: str, title: str, text: str) -> CannedReplyRow:
        row = await self._db.run(edit_canned_reply, reply_id, shortcut, title, text)
        self._changed()
        return row

    async def delete(self, reply_id: int) -> None:
        await self._db.run(delete_canned_reply, reply_id)
        self._changed()

    async def values(
        self, conversation_id: int | None, agent_id: int | None
    ) -> dict[str, str | None]:
        return await self._db.run(placeholder_values, conversation_id, agent_id)
