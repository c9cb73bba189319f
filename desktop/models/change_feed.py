"""The change feed: on PostgreSQL every transaction that changes messages, conversations or
agent profiles sends ``NOTIFY wabadesk, '<json>'``, so the other PCs on the same database can
update.

PostgreSQL delivers a notification only when its transaction commits (and never if it rolls
back), so what another PC hears about is always stored. A notice is JSON:
``{"o": origin, "c": [conversation ids], "m": [message ids]}``, or for agent profiles (added,
renamed, recoloured, made admin, given other channels, removed) ``{"o": origin, "a": [agent
ids]}``; ``origin`` names the :class:`~desktop.models.db.Database` that wrote it, so a PC can
skip its own (it has already told itself). Payloads stay under PostgreSQL's 8,000-byte limit
by splitting long id lists. A reader that does not know a key ignores it.

ORM changes to :class:`Message`, :class:`Conversation`, :class:`Agent` and
:class:`AgentChannel` rows are noted by themselves (a session hook); code that writes with
Core statements calls :func:`note_changes` or :func:`note_agents`. On SQLite nothing is sent.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from desktop.models.entities import Agent, AgentChannel, Conversation, Message

CHANNEL = "wabadesk"
# Ids per list in one notice: two lists of 250 ids of up to 12 digits (13 bytes each with the
# comma) stay below PostgreSQL's 8,000-byte payload limit.
MAX_IDS = 250

_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Notice:
    """What another writer changed: conversation, message and agent-profile ids."""

    origin: str
    conversation_ids: frozenset[int]
    message_ids: frozenset[int]
    agent_ids: frozenset[int] = frozenset()


def register_origin(engine: Engine, origin: str) -> None:
    """Name the writer behind ``engine`` in the notices its transactions send."""
    _origins[engine] = origin


def _engine_of(session: Session) -> Engine | None:
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    return engine if isinstance(engine, Engine) else None


def _postgresql(session: Session) -> Engine | None:
    engine = _engine_of(session)
    return engine if engine is not None and engine.dialect.name == "postgresql" else None


def change_notices(
    session: Session, conversations: Iterable[int] = (), messages: Iterable[int] = ()
) -> list[str]:
    """The payloads :func:`note_changes` sends on :data:`CHANNEL` (none on SQLite), for a
    writer that sends them itself (the webhook receiver, with its other statements)."""
    engine = _postgresql(session)
    if engine is None:
        return []
    conversation_ids = sorted({int(c) for c in conversations})
    message_ids = sorted({int(m) for m in messages})
    origin = _origins.get(engine, "")
    return [
        json.dumps(
            {
                "o": origin,
                "c": conversation_ids[start : start + MAX_IDS],
                "m": message_ids[start : start + MAX_IDS],
            },
            separators=(",", ":"),
        )
        for start in range(0, max(len(conversation_ids), len(message_ids)), MAX_IDS)
    ]


def note_changes(
    session: Session, conversations: Iterable[int] = (), messages: Iterable[int] = ()
) -> None:
    """Tell the other PCs (when this commits) that these rows changed; nothing on SQLite."""
    payloads = change_notices(session, conversations, messages)
    if not payloads:
        return
    statement = text("SELECT pg_notify(:channel, :payload)")
    connection = session.connection()
    for encoded in payloads:
        connection.execute(statement, {"channel": CHANNEL, "payload": encoded})


def note_agents(session: Session, agent_ids: Iterable[int]) -> None:
    """Tell the other PCs (when this commits) that these agent profiles changed (their name,
    colour, admin role or channels), were added or were removed; nothing on SQLite."""
    engine = _postgresql(session)
    if engine is None:
        return
    ids = sorted({int(a) for a in agent_ids})
    origin = _origins.get(engine, "")
    statement = text("SELECT pg_notify(:channel, :payload)")
    connection = session.connection()
    for start in range(0, len(ids), MAX_IDS):
        payload = {"o": origin, "a": ids[start : start + MAX_IDS]}
        encoded = json.dumps(payload, separators=(",", ":"))
        connection.execute(statement, {"channel": CHANNEL, "payload": encoded})


def parse_notice(payload: str) -> Notice | None:
    """A notice's payload as sent by :func:`note_changes` or :func:`note_agents`; None for
    anything else."""
    try:
        data: Any = json.loads(payload)
        return Notice(
            str(data.get("o", "")),
            frozenset(int(c) for c in data.get("c", ())),
            frozenset(int(m) for m in data.get("m", ())),
            frozenset(int(a) for a in data.get("a", ())),
        )
    except (ValueError, TypeError, AttributeError):
        return None


@event.listens_for(Session, "after_flush")
def _note_flushed(session: Session, _context: Any) -> None:
    """Message, conversation and agent rows written through the ORM are noted by themselves."""
    if _postgresql(session) is None:
        return
    conversations: set[int] = set()
    messages: set[int] = set()
    agents: set[int] = set()
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Message):
            if row.id is not None:
                messages.add(row.id)
            if row.conversation_id is not None:
                conversations.add(row.conversation_id)
        elif isinstance(row, Conversation) and row.id is not None:
            conversations.add(row.id)
        elif isinstance(row, Agent) and row.id is not None:
            agents.add(row.id)
        elif isinstance(row, AgentChannel) and row.agent_id is not None:
            agents.add(row.agent_id)
    note_changes(session, conversations, messages)
    note_agents(session, agents)
