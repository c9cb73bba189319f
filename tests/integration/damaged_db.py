"""A real WABA Desk database with history, and the same file with 8 KB of garbage inside."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, DatabaseFact, Message
from desktop.services.directory import ensure_phone_number

CONVERSATIONS = 120
PER_CONVERSATION = 12


def seed_history(session: Session) -> None:
    number = ensure_phone_number(session, "111", "15550001111")
    contacts = [
        Contact(wa_id=f"8190{i:08d}", profile_name=f"お客様 {i}") for i in range(CONVERSATIONS)
    ]
    session.add_all(contacts)
    session.flush()
    threads = [Conversation(phone_number_id=number.id, contact_id=c.id) for c in contacts]
    session.add_all(threads)
    session.flush()
    session.execute(
        insert(Message),
        [
            {
                "conversation_id": conv.id,
                "phone_number_id": "111",
                "wamid": f"wamid.{i}.{j}",
                "direction": "in" if j % 2 else "out",
                "type": "text",
                "text": f"message {j} of thread {i}: " + "ご予約ありがとうございます。" * 6,
                "payload": {},
                "status": None if j % 2 else "read",
                "timestamp": 1_750_000_000 + i * 100 + j,
            }
            for i, conv in enumerate(threads)
            for j in range(PER_CONVERSATION)
        ],
    )


def make_history_db(path: Path, mode: str | None = None) -> str:
    """A database of CONVERSATIONS threads; ``mode`` marks it as that mode's data."""
    url = f"sqlite:///{path}"
    db = Database(url)
    db.migrate_sync()
    db.call(seed_history)
    if mode is not None:
        db.call(lambda s: s.add(DatabaseFact(key="mode", value=mode)))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return url


def damage(path: Path, size: int = 8192) -> None:
    """Overwrite ``size`` bytes of the message table's pages, as a failing disk would.

    The garbage goes where a thread half-way through the history is stored, so the damage
    hits messages whatever other tables and indexes the schema has grown.
    """
    data = path.read_bytes()
    where = data.find(f"of thread {CONVERSATIONS // 2}:".encode())
    if where < 0:
        where = len(data) // 2
    with path.open("r+b") as f:
        f.seek(where - where % 4096)
        f.write(random.Random(7).randbytes(size))


def make_damaged_db(path: Path) -> str:
    url = make_history_db(path)
    damage(path)
    return url
