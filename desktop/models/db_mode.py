"""Which mode's data a database holds, so sandbox and live data never mix.

The sandbox seeds demo accounts, templates and simulated customers into its database; run
on a database with real conversations (``wabadesk --sandbox --db URL``) it would mix them
into the real inbox, and live mode on a sandbox database would show demo customers as real
ones. So the first start writes the mode into ``database_fact``; a later start in the other
mode is refused. A database from before this row existed is judged by what it holds.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop.models.entities import Conversation, DatabaseFact, Waba

MODE_KEY = "mode"


def held_mode(session: Session) -> str | None:
    """The mode whose data the database holds (None: nothing yet, any mode may use it)."""
    fact = session.get(DatabaseFact, MODE_KEY)
    if fact is not None:
        return fact.value
    if session.scalar(select(exists().where(Waba.is_sandbox.is_(False)))):
        return "live"
    if session.scalar(select(exists().where(Waba.is_sandbox.is_(True)))):
        return "sandbox"
    if session.scalar(select(exists().select_from(Conversation))):
        return "live"  # conversations without any account: a receiver's real webhooks
    return None


def claim_mode(session: Session, mode: str) -> str | None:
    """Record ``mode`` on a database that holds no other mode's data.

    Returns the mode the database holds when it differs from ``mode`` (the caller refuses
    to start), else None.
    """
    held = held_mode(session)
    if held is not None and held != mode:
        return held
    if session.get(DatabaseFact, MODE_KEY) is None:
        session.add(DatabaseFact(key=MODE_KEY, value=mode))
    return None
