"""PC → PC latency of live updates on PostgreSQL, against a same-PC baseline.

PC A stores an inbound message (one transaction; the change feed's ``NOTIFY`` rides in it);
PC B listens (:class:`LiveUpdates`, its own connection) and publishes the change on its event
hub. Printed: p50/p99 from the start of A's write to B's hub, and, as the baseline measured in
the same run, from the start of A's write to A's own hub (what the PC that wrote sees). Both
are measured idle and while a second writer stores webhook-sized batches as fast as it can
(``ingest``). Target (issue 13): p99 <= 1 s PC → PC while ingest runs.

Needs PostgreSQL: ``WABADESK_TEST_PG_URL`` (as ``.ci/postgres start`` prints), else it
starts one with ``.ci/postgres`` and stops it at the end.

    python benchmarks/bench_pg_live.py [--events 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.events import Event, EventHub, MessagesChanged
from desktop.services.live_updates import LiveUpdates

ROOT = Path(__file__).resolve().parents[1]


def seed(session: Session) -> int:
    session.add(PhoneNumber(id="1001", display_phone_number="15550001001"))
    contact = upsert_contact(session, wa_id="15551230000", profile_name="Ada")
    conversation = upsert_conversation(session, "1001", contact.id)
    session.flush()
    return conversation.id


def store_inbound(session: Session, conversation_id: int, text: str) -> int:
    message = Message(
        conversation_id=conversation_id,
        phone_number_id="1001",
        direction="in",
        type="text",
        text=text,
        timestamp=int(time.time()),
    )
    session.add(message)
    session.flush()
    return message.id


def ingest(url: str, conversation_id: int, stop: threading.Event, counted: list[int]) -> None:
    """Another receiver's load: batches of 50 inbound messages, committed back to back."""
    db = Database(url)
    n = 0
    while not stop.is_set():
        with db.session() as session, session.begin():
            session.add_all(
                Message(
                    conversation_id=conversation_id,
                    phone_number_id="1001",
                    direction="in",
                    type="text",
                    text=f"load {n + i}",
                    timestamp=int(time.time()),
                )
                for i in range(50)
            )
            n += 50
    counted.append(n)
    db.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def measure(url: str, conversation_id: int, events: int) -> tuple[list[float], list[float]]:
    """Seconds from A's write to A's hub (local) and to B's hub (remote), per event."""
    db_a, db_b = Database(url), Database(url)
    hub_a, hub_b = EventHub(), EventHub()
    local: dict[int, float] = {}
    remote: dict[int, float] = {}
    wanted = asyncio.Event()
    waiting_for: list[int] = [0]

    def on_b(event: Event) -> None:
        if isinstance(event, MessagesChanged):
            for message_id in event.message_ids:
                remote.setdefault(message_id, time.perf_counter())
            if waiting_for[0] in event.message_ids:
                wanted.set()

    def on_a(event: Event) -> None:
        if isinstance(event, MessagesChanged):
            for message_id in event.message_ids:
                local.setdefault(message_id, time.perf_counter())

    hub_a.subscribe(on_a)
    hub_b.subscribe(on_b)
    live = LiveUpdates(url, hub_b, db_b.origin)
    live.start()
    assert await live.listening(), "the listener did not connect"
    started: dict[int, float] = {}
    for i in range(events):
        t0 = time.perf_counter()
        message_id = await db_a.run(store_inbound, conversation_id, f"bench {i}")
        started[message_id] = t0
        hub_a.publish(MessagesChanged(frozenset({conversation_id}), frozenset({message_id})))
        waiting_for[0] = message_id
        wanted.clear()
        if message_id not in remote:
            await asyncio.wait_for(wanted.wait(), 10)
        await asyncio.sleep(0.005)
    await live.aclose()
    db_a.close()
    db_b.close()
    return (
        [local[m] - t for m, t in started.items()],
        [remote[m] - t for m, t in started.items()],
    )


def report(label: str, local: list[float], remote: list[float]) -> None:
    def ms(values: list[float], q: float) -> str:
        return f"{percentile(values, q) * 1000:7.2f} ms"

    print(f"{label}:")
    print(f"  baseline, write to the same PC's hub: p50 {ms(local, 0.5)}  p99 {ms(local, 0.99)}")
    print(f"  PC to PC, write to the other's hub:   p50 {ms(remote, 0.5)}  p99 {ms(remote, 0.99)}")
    extra = statistics.median(r - loc for r, loc in zip(remote, local, strict=True))
    print(f"  the other PC hears it {extra * 1000:.2f} ms later (median)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    args = parser.parse_args()
    server = os.environ.get("WABADESK_TEST_PG_URL")
    env: dict[str, str] = {}
    if not server:
        out = subprocess.run(
            ["bash", str(ROOT / ".ci" / "postgres"), "start"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        env = dict(
            line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line
        )
        server = env["WABADESK_TEST_PG_URL"]
    name = f"bench_live_{secrets.token_hex(4)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database(url)
        db.migrate_sync()
        conversation_id = db.call(seed)
        db.close()
        idle = asyncio.run(measure(url, conversation_id, args.events))
        stop = threading.Event()
        counted: list[int] = []
        load = threading.Thread(target=ingest, args=(url, conversation_id, stop, counted))
        t0 = time.perf_counter()
        load.start()
        busy = asyncio.run(measure(url, conversation_id, args.events))
        stop.set()
        load.join()
        rate = counted[0] / (time.perf_counter() - t0)
        print(f"{args.events} events each, PostgreSQL at {make_url(server).host}")
        report("idle", *idle)
        report(f"while another writer stores {rate:,.0f} messages/s", *busy)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
        if env:
            subprocess.run(
                ["bash", str(ROOT / ".ci" / "postgres"), "stop"],
                env={**os.environ, **env},
                check=False,
            )


if __name__ == "__main__":
    main()
