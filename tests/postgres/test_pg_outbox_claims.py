"""PostgreSQL: a conversation locked by another transaction is skipped, then claimed soon."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Conversation
from desktop.services.outbox import RECLAIM_SOON, _due

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from test_outbox_workers import seed

from desktop.sandbox.seed import NUMBER_TOKYO


def test_a_locked_conversation_is_tried_again_in_a_moment(pg_url: str) -> None:
    db = Database(pg_url)
    db.migrate_sync()
    rows = sorted(seed(db, rows=2))  # one conversation, two queued replies
    now = time.time()

    def due(session: Session) -> tuple[list[int], float | None]:
        claims, next_due = _due(session, NUMBER_TOKYO, now, 100, "me:1:a", 60.0)
        return [c.message_id for c in claims], next_due

    other = create_engine(pg_url)
    try:
        with other.connect() as conn, conn.begin():  # a webhook updating the conversation
            conn.execute(select(Conversation.id).with_for_update())
            claims, next_due = db.call(due)
            assert claims == [] and next_due == now + RECLAIM_SOON
        claims, next_due = db.call(due)
        assert claims == rows and next_due is None  # both, to be sent in order
    finally:
        other.dispose()
        db.close()
