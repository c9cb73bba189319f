"""Writing webhook batches on PostgreSQL: retried after a deadlock, two at a time.

A batch that PostgreSQL rolls back for a deadlock is written again, not answered 503.

Two receivers on one database can still deadlock on something the ingest statements do not
order (an index page, a row another program holds). PostgreSQL then rolls one transaction
back with SQLSTATE 40P01 and expects it to be tried again. A trigger here raises that very
error for the first attempts at storing a body, so the real receiver meets it over HTTP.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message, WebhookEvent
from tests.integration.webhook_support import count, fixture_json, running_receiver

pytestmark = pytest.mark.asyncio


def _fail_first_attempts(db_url: str, failures: int, sqlstate: str = "40P01") -> None:
    """Every insert into webhook_event fails with ``sqlstate`` until ``failures`` have."""
    db = Database(db_url)
    db.migrate_sync()

    def install(session: Session) -> None:
        run = session.execute
        # A sequence counts the attempts: it is not rolled back with the failed transaction.
        run(text("CREATE SEQUENCE test_attempts"))
        run(
            text(
                "CREATE FUNCTION test_fail_first() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN IF nextval('test_attempts') <= :failures THEN "
                f"RAISE EXCEPTION 'forced by the test' USING ERRCODE = '{sqlstate}'; "
                "END IF; RETURN NEW; END $$".replace(":failures", str(failures))
            )
        )
        run(
            text(
                "CREATE TRIGGER test_fail_first BEFORE INSERT ON webhook_event "
                "FOR EACH ROW EXECUTE FUNCTION test_fail_first()"
            )
        )

    db.call(install)
    db.close()


def _attempts(db: Database) -> int:
    return int(db.call(lambda s: s.scalar(text("SELECT last_value FROM test_attempts"))))


async def test_a_deadlocked_batch_is_written_again_and_answered_200(pg_url: str) -> None:
    _fail_first_attempts(pg_url, failures=2)
    body = fixture_json("in_text")
    raw = json.dumps(body).encode()
    async with running_receiver(pg_url, retry_wait=0.001) as harness:
        response = await harness.post(raw)
        assert response.status_code == 200
        assert _attempts(harness.db) == 3  # two rolled back, the third stored
        assert count(harness.db, WebhookEvent) == 1
        wamid = body["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
        stored = harness.db.call(lambda s: s.scalars(select(Message.wamid)).all())
        assert stored == [wamid]
        assert harness.receiver.health.batches_retried == 2
        assert harness.receiver.health.unavailable == 0


async def test_a_serialization_failure_is_retried_too(pg_url: str) -> None:
    _fail_first_attempts(pg_url, failures=1, sqlstate="40001")
    raw = json.dumps(fixture_json("status_read")).encode()
    async with running_receiver(pg_url, retry_wait=0.001) as harness:
        assert (await harness.post(raw)).status_code == 200
        assert count(harness.db, WebhookEvent) == 1
        assert harness.receiver.health.batches_retried == 1


async def test_retries_are_bounded_then_the_delivery_is_refused_for_meta_to_retry(
    pg_url: str,
) -> None:
    _fail_first_attempts(pg_url, failures=1000)
    raw = json.dumps(fixture_json("in_text")).encode()
    async with running_receiver(pg_url, retries=3, retry_wait=0.001) as harness:
        response = await harness.post(raw)
        assert response.status_code == 503
        assert _attempts(harness.db) == 4  # tried once, then three more times
        assert count(harness.db, WebhookEvent) == 0  # nothing kept raw as "not applied"
        assert harness.receiver.health.unavailable == 1


def _text_from(wa_id: str, wamid: str) -> bytes:
    body = fixture_json("in_text")
    value = body["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["wa_id"] = wa_id
    value["contacts"][0].pop("user_id", None)
    message = value["messages"][0]
    message.update({"from": wa_id, "id": wamid})
    message.pop("from_user_id", None)
    return json.dumps(body).encode()


async def test_the_receiver_writes_two_batches_at_once_on_postgresql(pg_url: str) -> None:
    async with running_receiver(pg_url) as harness:
        assert harness.receiver._writers == 2


async def test_a_batch_reads_what_it_needs_in_one_statement(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Known customers writing and statuses of our messages: a batch asks PostgreSQL one
    question before it writes (repeated bodies included), not one per kind of row."""
    from desktop.services.ingest import apply_payloads
    from desktop.services.ingest.pg_queries import PostgresStore

    db = Database(pg_url)
    db.migrate_sync()
    first = json.loads(_text_from("15550001001", "wamid.K1"))
    db.call(lambda s: apply_payloads(s, [(json.dumps(first), first)]))
    bodies = [json.loads(_text_from("15550001001", "wamid.K2"))]
    for name in ("sent", "delivered"):
        status = fixture_json(f"status_{name}")
        status["entry"][0]["changes"][0]["value"]["statuses"][0]["id"] = "wamid.K1"
        bodies.append(status)
    statements: list[str] = []
    run = PostgresStore._run

    def counted(conn: Any, sql: str, *args: Any, **kwargs: Any) -> list[Any]:
        statements.append(sql)
        return run(conn, sql, *args, **kwargs)

    monkeypatch.setattr(PostgresStore, "_run", staticmethod(counted))
    results = db.call(lambda s: apply_payloads(s, [(json.dumps(b), b) for b in bodies]))
    db.close()
    assert [r.new_messages for r in results] == [1, 0, 0]
    assert [r.new_statuses for r in results] == [0, 1, 1]
    reads = [sql for sql in statements if "INSERT" not in sql and "UPDATE" not in sql]
    assert len(reads) == 1, reads  # bodies seen before and everything else, at once
