"""The outbox's lease rounds read through indexes: a year of messages never slows them.

Every few seconds the outbox renews its claims and sweeps for rows left by a gone worker,
on the single DB thread that also opens threads and stores webhooks. A full scan of the
message table there (~0.3 s at 1,000,000 messages) stalls all of them, so each statement a
round issues is checked with SQLite's query plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from desktop.models.db import Database
from desktop.services.outbox import _claim, _due, _recover, _release, _renew

ME = "worker-a"


@pytest.fixture
def db(tmp_path: Any) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'outbox.sqlite3'}")
    database.migrate_sync()
    yield database
    database.close()


def _record(db: Database, round_: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        db.call(round_)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def _full_scans(db: Database, statements: list[tuple[str, Any]]) -> list[str]:
    """The plans that read every row of ``message`` (a scan with no index)."""
    found = []
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for statement, params in statements:
            for row in raw.execute("EXPLAIN QUERY PLAN " + statement, params).fetchall():
                detail = str(row[-1])
                if detail.startswith("SCAN message") and "INDEX" not in detail:
                    found.append(f"{detail}: {statement}")
    return found


def test_a_lease_round_reads_the_messages_through_indexes(db: Database) -> None:
    def lease_round(session: Any) -> None:
        _renew(session, ME, 1000.0)
        _recover(session, ME, 1000.0, 30.0, True)

    statements = _record(db, lease_round)
    assert len(statements) >= 2
    assert _full_scans(db, statements) == []


def test_claiming_and_releasing_read_the_messages_through_indexes(db: Database) -> None:
    def claim_round(session: Any) -> None:
        _claim(session, "15550001", 1000.0, 20, ME, 30.0)
        _due(session, "15550001", 1000.0, 20, ME, 30.0)
        _release(session, ME)

    statements = _record(db, claim_round)
    assert len(statements) >= 3
    assert _full_scans(db, statements) == []
