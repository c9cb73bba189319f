"""A thread page reads its reactions, edits and deletions through their own small indexes.

Found through the thread's index instead, they cost a read of every message after the page
(12,000 rows in a year-old chat) each time a thread opens. The queries write the partial
indexes' conditions as literals, which SQLite (and PostgreSQL's generic plans) need to use
them; the page must still show the reaction, the edit and the deletion.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import AMENDING_SQL
from desktop.services import inbox
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.message_text import AMENDING_TYPES

NUMBER = "109000000001"
HISTORY = 300


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'thread.sqlite3'}")
    database.migrate_sync()
    yield database
    database.close()


def seed(session: Session) -> int:
    ensure_phone_number(session, NUMBER, "+81 3-0000-0001")
    contact = upsert_contact(session, wa_id="819000000001", profile_name="Sato")
    conversation = upsert_conversation(session, NUMBER, contact.id)
    session.flush()
    connection = session.connection()

    def add(n: int, kind: str, text: str, payload: dict[str, Any]) -> None:
        connection.exec_driver_sql(
            "INSERT INTO message (conversation_id, phone_number_id, wamid, direction, type,"
            " text, payload, timestamp, attempts, created_at)"
            " VALUES (?, ?, ?, 'in', ?, ?, ?, ?, 0, '2026-01-01 00:00:00')",
            (conversation.id, NUMBER, f"wamid.{kind}.{n}", kind, text, json.dumps(payload), n),
        )

    for n in range(HISTORY):
        add(n, "text", f"message {n}", {"text": {"body": f"message {n}"}})
    last = f"wamid.text.{HISTORY - 1}"
    before = f"wamid.text.{HISTORY - 2}"
    add(HISTORY, "reaction", "", {"reaction": {"message_id": last, "emoji": "👍"}})
    add(HISTORY + 1, "edit", "message, corrected", {"edit": {"original_message_id": last}})
    add(HISTORY + 2, "revoke", "", {"revoke": {"original_message_id": before}})
    return conversation.id


def test_a_page_reads_reactions_and_amendments_through_their_indexes(db: Database) -> None:
    conversation_id = db.call(seed)
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    page = db.call(inbox.thread_latest, conversation_id, 20)
    event.remove(db.engine, "before_cursor_execute", record)

    plans = []
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params in seen:
            rows = raw.execute("EXPLAIN QUERY PLAN " + statement, params).fetchall()
            plans.append(" | ".join(str(row[-1]) for row in rows))
    assert any("ix_message_reaction" in plan for plan in plans), plans
    assert any("ix_message_amending" in plan for plan in plans), plans

    rows = [page.rows[key.id] for key in page.keys]
    assert [row.text for row in rows][-2:] == [f"message {HISTORY - 2}", f"message {HISTORY - 1}"]
    newest, deleted = rows[-1], rows[-2]
    assert newest.reaction == "👍"
    assert newest.edited_text == "message, corrected"
    assert deleted.revoked


def test_the_index_condition_names_the_amending_types() -> None:
    assert "type IN ({})".format(", ".join(f"'{t}'" for t in AMENDING_TYPES)) == AMENDING_SQL
