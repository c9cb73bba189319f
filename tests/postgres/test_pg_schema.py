"""The same Alembic migrations build the same schema on PostgreSQL, with Meta's real sizes."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Contact, MessageStatus

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "numbers"))
from test_schema_matches_models import schema_differences

BSUID = "US." + "1234567890" * 25 + "123"  # 256 characters, the longest Meta documents


def test_migrations_build_the_models_on_postgresql(pg_url: str) -> None:
    db = Database(pg_url)
    db.migrate_sync()
    db.migrate_sync()  # at every start-up: a no-op
    db.close()
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.dialect.name == "postgresql"
            assert schema_differences(conn) == []  # lengths included: PostgreSQL enforces them
    finally:
        engine.dispose()


def test_bsuids_of_256_characters_are_kept(pg_url: str) -> None:
    assert len(BSUID) == 256
    db = Database(pg_url)
    db.migrate_sync()

    def store(session: Session) -> None:
        session.add(Contact(user_id=BSUID, profile_name="長い BSUID"))
        session.add(MessageStatus(wamid="wamid.x", status="sent", timestamp=1, recipient_id=BSUID))

    db.call(store)
    assert db.call(lambda s: s.scalar(select(Contact.user_id))) == BSUID
    assert db.call(lambda s: s.scalar(select(MessageStatus.recipient_id))) == BSUID
    db.close()
