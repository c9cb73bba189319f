"""message.delivered_at (migration 0027): the earliest ``delivered`` or ``read`` status of
a message, kept by ingest whatever order Meta's statuses arrive in (late ones, one body
holding several, statuses adopted from orphans), and filled by the migration for messages
stored before it. Pricing reads it instead of looking each message's statuses up, so it
must always equal what ``message_status`` says. Run on PostgreSQL too (test_pg_suites)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from desktop.models.db import MIGRATIONS_DIR, Database, upgrade_schema
from desktop.models.entities import (
    Business,
    Contact,
    Conversation,
    Message,
    MessageStatus,
    PhoneNumber,
    Waba,
)
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.ingest import adopt_orphan_statuses, apply_payload
from tests.unit.ingest.conftest import NUMBER_ID, WABA_ID, status_payload, value_of


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Session) -> None:
        session.add(Waba(id=WABA_ID, name="Sakura Flowers"))
        session.flush()
        session.add(PhoneNumber(id=NUMBER_ID, waba_id=WABA_ID, display_phone_number="+1 555"))

    database.call(seed)
    yield database
    database.close()


@pytest.fixture
def ingest(db: Database) -> Callable[[dict[str, Any]], Any]:
    return lambda payload: db.call(apply_payload, payload)


def sent(db: Database, wamid: str | None, status: str = "accepted") -> int:
    def make(session: Session) -> int:
        contact = upsert_contact(session, wa_id="16505551234")
        conversation = upsert_conversation(session, NUMBER_ID, contact.id)
        message = Message(conversation_id=conversation.id, phone_number_id=NUMBER_ID,
                          wamid=wamid, direction="out", type="text", text="Shipped",
                          payload={}, status=status, timestamp=1750030000)  # fmt: skip
        session.add(message)
        session.flush()
        return message.id

    return db.call(make)


def delivered_at(db: Database, message_id: int) -> int | None:
    return db.call(lambda s: s.scalar(select(Message.delivered_at).where(Message.id == message_id)))


def from_statuses(db: Database, message_id: int) -> int | None:
    """What message_status says: the earliest delivered or read status."""
    return db.call(
        lambda s: s.scalar(
            select(func.min(MessageStatus.timestamp)).where(
                MessageStatus.message_id == message_id,
                MessageStatus.status.in_(("delivered", "read")),
            )
        )
    )


def test_late_statuses_keep_the_earliest_delivery(
    db: Database, ingest: Callable[[dict[str, Any]], Any]
) -> None:
    mid = sent(db, "wamid.A")
    ingest(status_payload("wamid.A", "sent", 10))
    assert delivered_at(db, mid) is None  # sent is not delivered
    ingest(status_payload("wamid.A", "read", 30))
    assert delivered_at(db, mid) == 30  # read implies delivered
    ingest(status_payload("wamid.A", "delivered", 20))  # late: the status stays read
    assert delivered_at(db, mid) == 20
    ingest(status_payload("wamid.A", "played", 5))  # not a delivery status
    ingest(status_payload("wamid.A", "delivered", 25))  # a repeat of a stored status
    assert delivered_at(db, mid) == 20 == from_statuses(db, mid)
    assert db.call(lambda s: s.get(Message, mid).status) == "played"


def test_one_body_with_several_statuses(
    db: Database, ingest: Callable[[dict[str, Any]], Any]
) -> None:
    a, b = sent(db, "wamid.A"), sent(db, "wamid.B")
    payload = status_payload("wamid.A", "read", 40)
    statuses = value_of(payload)["statuses"]
    statuses.append(dict(statuses[0], status="delivered", timestamp="35"))
    statuses.append(dict(statuses[0], id="wamid.B", status="failed", timestamp="36"))
    ingest(payload)
    assert (delivered_at(db, a), delivered_at(db, b)) == (35, None)


def test_statuses_adopted_from_orphans(
    db: Database, ingest: Callable[[dict[str, Any]], Any]
) -> None:
    mid = sent(db, None, status="sending")
    ingest(status_payload("wamid.late", "read", 50))  # before the send's answer: orphans
    ingest(status_payload("wamid.late", "delivered", 45))
    assert delivered_at(db, mid) is None

    def store_wamid(session: Session) -> bool:
        message = session.get(Message, mid)
        message.wamid = "wamid.late"
        message.status = "accepted"
        return adopt_orphan_statuses(session, message)

    assert db.call(store_wamid) is True
    assert delivered_at(db, mid) == 45 == from_statuses(db, mid)
    ingest(status_payload("wamid.late", "delivered", 45))  # Meta's retry changes nothing
    assert delivered_at(db, mid) == 45


def _migrate_to(database: Database, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _backfill(url: str) -> None:
    database = Database(url)
    try:
        _migrate_to(database, "0026_contact_country")  # before the column existed
        # Core inserts name only the columns given (and Python defaults): none is new.
        with database.engine.begin() as conn:
            conn.execute(insert(Business), [{"id": "b", "name": "B"}])
            conn.execute(insert(Waba), [{"id": "w", "business_id": "b", "name": "W"}])
            conn.execute(insert(PhoneNumber), [{"id": "p", "waba_id": "w",
                                                "display_phone_number": "1"}])  # fmt: skip
            conn.execute(insert(Contact), [{"id": 1, "wa_id": "16505551234"}])
            conn.execute(insert(Conversation), [{"id": 1, "phone_number_id": "p",
                                                 "contact_id": 1}])  # fmt: skip
            conn.execute(
                insert(Message),
                [{"id": mid, "conversation_id": 1, "phone_number_id": "p",
                  "wamid": f"wamid.{mid}", "direction": "in" if mid == 4 else "out",
                  "type": "text", "payload": {}, "timestamp": 100}
                 for mid in (1, 2, 3, 4)],
            )  # fmt: skip
            # 1: delivered then read; 2: read only, an earlier sent; 3: failed; 4: inbound;
            # an orphan delivered status of no message.
            conn.execute(
                insert(MessageStatus),
                [{"message_id": mid, "wamid": f"wamid.{mid or 'x'}", "status": status,
                  "timestamp": ts, "orphan": mid is None}
                 for mid, status, ts in [(1, "read", 130), (1, "delivered", 120),
                                         (2, "sent", 101), (2, "read", 140), (3, "sent", 102),
                                         (3, "failed", 103), (None, "delivered", 99)]],
            )  # fmt: skip
        upgrade_schema(database.engine)
        with database.engine.connect() as conn:
            kept = dict(conn.execute(text("SELECT id, delivered_at FROM message")).all())
        assert kept == {1: 120, 2: 140, 3: None, 4: None}
    finally:
        database.close()


def test_the_migration_fills_stored_messages(tmp_path: Path) -> None:
    _backfill(f"sqlite:///{tmp_path / 'old.sqlite3'}")


@pytest.mark.postgres
def test_the_migration_fills_stored_messages_on_postgresql(pg_url: str) -> None:
    _backfill(pg_url)
