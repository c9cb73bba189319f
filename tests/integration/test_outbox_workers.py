"""Several PCs on one database: each queued row is sent exactly once, in order per chat.

Real parts only: two worker processes (two app instances) share one SQLite file (or, from
tests/postgres, one PostgreSQL database) and send through the sandbox over loopback HTTP;
the sandbox, playing Meta, counts what it received.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.cloud_api import CloudApiClient
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import EventHub
from desktop.services.ingest.statuses import referenced_row, send_reference
from desktop.services.outbox import Outbox, OutboxConfig, _claim, _due, _recover

WORKER = Path(__file__).with_name("outbox_worker.py")
CUSTOMERS = [f"8190000{n:05d}" for n in range(40)]  # 40 chats, five messages each
ROWS = 200


def seed(db: Database, rows: int = ROWS) -> dict[int, int]:
    """``rows`` queued texts spread over the customers' chats; returns row id → chat id."""

    def fill(session: Session) -> dict[int, int]:
        session.add(PhoneNumber(id=NUMBER_TOKYO, display_phone_number="81300000000"))
        session.flush()
        session.get(PhoneNumber, NUMBER_TOKYO).throughput_mps = 1000  # type: ignore[union-attr]
        chats = []
        for wa_id in CUSTOMERS[: min(len(CUSTOMERS), rows // 2)]:
            contact = upsert_contact(session, wa_id=wa_id, profile_name=wa_id)
            chat = upsert_conversation(session, NUMBER_TOKYO, contact.id)
            chat.last_inbound_ts = int(time.time())
            chats.append((chat.id, wa_id))
        session.flush()
        rows_of: dict[int, int] = {}
        for i in range(rows):
            chat_id, wa_id = chats[i % len(chats)]
            payload = {"to": f"+{wa_id}", "type": "text", "text": {"body": f"m{i}"}}
            message = Message(
                conversation_id=chat_id,
                phone_number_id=NUMBER_TOKYO,
                direction="out",
                type="text",
                text=f"m{i}",
                payload=payload,
                status="queued",
                timestamp=int(time.time()),
                attempts=0,
            )
            session.add(message)
            session.flush()
            message.payload = {
                **payload,
                "biz_opaque_callback_data": send_reference(message.id, "t"),
            }
            rows_of[message.id] = chat_id
        return rows_of

    return db.call(fill)


def received(sandbox: SandboxServer) -> list[tuple[int, str]]:
    """(outbox row, recipient) of every send the sandbox accepted, in arrival order."""
    sends = []
    for message in sandbox.world.outbound.values():
        row = referenced_row(message.biz_opaque_callback_data)
        assert row is not None
        sends.append((row, message.customer_key))
    return sends


def states(db: Database) -> Counter[str | None]:
    return Counter(db.call(lambda s: list(s.scalars(select(Message.status)))))


async def until(probe: Callable[[], Any], what: str, timeout: float = 30.0) -> Any:
    end = time.monotonic() + timeout
    while not (value := probe()):
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)
    return value


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    server = SandboxServer(
        webhook_url=None,
        app_secret="s",
        simulate_customers=False,
        status_delay=3600,  # no webhooks: only the sends are counted here
        read_delay=3600,
    )
    await server.start()
    yield server
    await server.stop()


def assert_each_row_once_in_order(sandbox: SandboxServer, rows_of: dict[int, int]) -> None:
    sends = received(sandbox)
    counts = Counter(row for row, _ in sends)
    assert set(counts) == set(rows_of)
    assert [row for row, n in counts.items() if n != 1] == []
    by_chat: dict[int, list[int]] = {}
    for row, _ in sends:
        by_chat.setdefault(rows_of[row], []).append(row)
    assert all(rows == sorted(rows) for rows in by_chat.values())  # each chat in order


@pytest.mark.asyncio
async def test_two_app_processes_send_each_row_exactly_once(
    db_url: str, sandbox: SandboxServer
) -> None:
    db = Database(db_url)
    db.migrate_sync()
    rows_of = seed(db)
    db.close()
    env = {**os.environ, "PYTHONPATH": str(WORKER.parents[2])}
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            str(WORKER),
            db_url,
            sandbox.base_url,
            f"desk-{n}:1:{n}",
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        for n in (1, 2)
    ]
    for worker in workers:  # both are up before either sends
        assert worker.stdout is not None
        assert (await asyncio.wait_for(worker.stdout.readline(), 60)).strip() == b"ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write(b"go\n")
        await worker.stdin.drain()
    outputs = [await asyncio.wait_for(w.communicate(), 120) for w in workers]
    assert [w.returncode for w in workers] == [0, 0]
    made = [int(out.split()[-1]) for out, _ in outputs]
    print("sends per worker:", made)
    assert sum(made) == ROWS  # no send was attempted twice, by either worker

    assert_each_row_once_in_order(sandbox, rows_of)
    db = Database(db_url)
    assert states(db) == Counter({"accepted": ROWS})
    db.close()


def hold(db: Database, worker: str, renewed: float, sending: int = 1) -> None:
    """``worker`` (another PC) claimed every queued row and is sending the first ``sending``."""

    def claim(session: Session) -> None:
        session.execute(
            update(Message)
            .where(Message.status == "queued")
            .values(claimed_by=worker, claimed_at=renewed)
        )
        first = list(session.scalars(select(Message).order_by(Message.id).limit(sending)))
        for message in first:
            message.status = "sending"

    db.call(claim)


def test_a_live_workers_chats_are_left_alone_until_its_lease_runs_out(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    seed(db, rows=16)
    now = time.time()
    hold(db, "other-pc:42:a", renewed=now)

    def due_for_me(session: Session, at: float) -> list[int]:
        claims, _ = _due(session, NUMBER_TOKYO, at, 100, "me:1:b", 60.0)
        return [c.message_id for c in claims]

    assert db.call(due_for_me, now + 30) == []  # renewed 30 s ago: alive
    changed, _ = db.call(_recover, "me:1:b", now + 30, 60.0, False)
    assert changed == {}
    assert states(db) == Counter({"queued": 15, "sending": 1})

    # Silent for longer than the lease: its send may have arrived (uncertain, never resent),
    # its queued rows are free, and this worker claims them all, chat by chat.
    changed, numbers = db.call(_recover, "me:1:b", now + 61, 60.0, False)
    assert sum(len(ids) for ids in changed.values()) == 1 and numbers == [NUMBER_TOKYO]
    assert len(db.call(due_for_me, now + 61)) == 15
    assert states(db) == Counter({"queued": 15, "uncertain": 1})
    db.close()


def test_a_claim_skips_chats_another_worker_holds(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    rows_of = seed(db, rows=16)
    now = time.time()
    db.call(_claim, NUMBER_TOKYO, now, 3, "a:1:a", 60.0)  # the first three rows' chats
    db.call(_claim, NUMBER_TOKYO, now, 100, "b:1:b", 60.0)  # everything else

    def owners(session: Session) -> dict[int, set[str | None]]:
        found: dict[int, set[str | None]] = {}
        for message_id, worker in session.execute(select(Message.id, Message.claimed_by)):
            found.setdefault(rows_of[message_id], set()).add(worker)
        return found

    # A's limit left the later rows of its chats unclaimed, but no chat is shared.
    by_chat = {chat: workers - {None} for chat, workers in db.call(owners).items()}
    assert sorted(len(w) for w in by_chat.values()) == [1] * 8
    assert Counter(next(iter(w)) for w in by_chat.values()) == {"a:1:a": 3, "b:1:b": 5}
    assert len(by_chat) == 8
    db.close()


def ended_process_id() -> int:
    """The id of a process of this computer that has finished."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX only")
@pytest.mark.asyncio
async def test_a_crashed_app_on_this_computer_is_taken_over_at_once(
    db_url: str, sandbox: SandboxServer
) -> None:
    import socket

    db = Database(db_url)
    db.migrate_sync()
    rows_of = seed(db, rows=24)
    hold(db, f"{socket.gethostname()[:40]}:{ended_process_id()}:c", renewed=time.time())
    client = CloudApiClient("sandbox-token", base_url=sandbox.base_url)
    outbox = Outbox(db, EventHub(), client, config=OutboxConfig(lease=3600))
    try:
        await outbox.start()  # the lease has an hour to run, but the process is gone
        await until(lambda: states(db)["queued"] == 0, "every queued row sent")
        await until(lambda: states(db)["sending"] == 0, "every send answered")
    finally:
        await outbox.aclose()
        await client.aclose()
    assert states(db) == Counter({"accepted": 23, "uncertain": 1})
    first = min(rows_of)
    assert sorted(row for row, _ in received(sandbox)) == sorted(set(rows_of) - {first})
    db.close()


@pytest.mark.asyncio
async def test_a_silent_pcs_rows_are_sent_once_its_lease_runs_out(
    db_url: str, sandbox: SandboxServer
) -> None:
    db = Database(db_url)
    db.migrate_sync()
    seed(db, rows=24)
    hold(db, "far-away-pc:7:d", renewed=time.time())
    client = CloudApiClient("sandbox-token", base_url=sandbox.base_url)
    outbox = Outbox(db, EventHub(), client, config=OutboxConfig(lease=0.4))
    try:
        await outbox.start()  # the other PC never renews: after 0.4 s its rows are free
        await until(lambda: states(db)["queued"] == 0, "every queued row sent")
        await until(lambda: states(db)["sending"] == 0, "every send answered")
    finally:
        await outbox.aclose()
        await client.aclose()
    assert states(db) == Counter({"accepted": 23, "uncertain": 1})
    assert len(received(sandbox)) == 23
    db.close()
