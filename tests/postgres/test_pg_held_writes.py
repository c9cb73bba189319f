"""Writes held back while a webhook batch is written on PostgreSQL (ingest/pg_queries.py).

They go to the server together, yet every statement still runs in the order it was made:
anything else run on the connection first sends them, and an error among them surfaces
within the batch, which then rolls back whole.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import WebhookEvent, utcnow
from desktop.services.ingest.pg_queries import _HELD
from desktop.services.ingest.queries import store_for


def _event(raw: str, digest: str) -> dict[str, Any]:
    return {
        "received_at": utcnow(),
        "raw": raw,
        "processed": True,
        "error": None,
        "body_sha256": digest,
    }


def _stored(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(WebhookEvent)) or 0)


@pytest.fixture
def db(pg_url: str) -> Any:
    database = Database(pg_url)
    database.migrate_sync()
    yield database
    database.close()


def test_held_writes_are_sent_before_any_other_statement_and_at_the_end(db: Database) -> None:
    def batch(session: Session) -> tuple[int, int, int]:
        conn = session.connection()
        store = store_for(conn)
        with store.writing(conn):
            store.insert_events(conn, [_event('{"a":1}', "a" * 64)])
            held = len(conn.info[_HELD])
            seen = _stored(session)  # an ORM read: the held insert runs first
            store.insert_events(conn, [_event('{"b":2}', "b" * 64)])
        return held, seen, _stored(session)

    held, seen, after = db.call(batch)
    assert (held, seen, after) == (1, 1, 2)
    assert db.call(_stored) == 2


def test_an_error_in_a_held_write_fails_the_batch_and_nothing_stays_held(db: Database) -> None:
    bad = _event('{"c":3}', "c" * 64)
    bad["received_at"] = "not a time"

    def batch(session: Session) -> None:
        conn = session.connection()
        store = store_for(conn)
        try:
            with store.writing(conn):
                store.insert_events(conn, [_event('{"d":4}', "d" * 64)])
                store.insert_events(conn, [bad])
        finally:
            assert _HELD not in conn.info

    with pytest.raises((DBAPIError, psycopg.Error)):  # raw from the store's own statements
        db.call(batch)
    assert db.call(_stored) == 0
