"""Search on PostgreSQL goes through pg_trgm's index (migration 0018), whatever the case."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

from desktop.models.db import Database
from desktop.services.search.messages import search_messages

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_search import add_thread


def test_a_long_term_is_an_index_lookup_and_case_does_not_matter(pg_url: str) -> None:
    db = Database(pg_url)
    db.migrate_sync()
    try:
        add_thread(db, "16505551234", "Sheena", ["The Delivery was late", "明日の予約を変更"])
        found = db.call(search_messages, "delivery")
        assert [h.text for h in found.hits] == ["The Delivery was late"] and found.complete
        assert [h.text for h in db.call(search_messages, "予約を").hits] == ["明日の予約を変更"]

        def plan(session: object) -> str:
            session.execute(text("SET LOCAL enable_seqscan = off"))  # type: ignore[attr-defined]
            rows = session.execute(  # type: ignore[attr-defined]
                text(
                    "EXPLAIN SELECT id FROM message AS m WHERE m.type <> 'reaction' "
                    "AND m.text IS NOT NULL AND m.text ILIKE '%delivery%'"
                )
            )
            return "\n".join(r[0] for r in rows)

        assert "message_text_trgm" in db.call(plan)
    finally:
        db.close()
