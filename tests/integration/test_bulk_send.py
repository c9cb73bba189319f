"""A bulk send of 50 rows through the sandbox over real HTTP (issue 10 item 10).

The sandbox plays Meta: one recipient is not on WhatsApp, so its send fails by webhook with
131026 in the middle of the job. The app (database, receiver, outbox, bulk runner) stops
halfway and starts again on the same SQLite file; the sandbox, which stays up, counts what
it received per recipient: nobody gets the template twice.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import subprocess
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.bulk.csv_import import read_csv
from desktop.services.bulk.plan import BulkPlan, Source, check_rows, recipients_from_csv
from desktop.services.bulk.runner import BulkProgress, BulkRunner
from desktop.services.cloud_api import CloudApiClient
from desktop.services.delivery_check import resend_allowed
from desktop.services.events import EventHub
from desktop.services.inbox import TemplateChoice
from desktop.services.outbox import Outbox
from desktop.services.rate_limit import TokenBucket
from desktop.services.webhooks import WebhookReceiver

ROWS = 50
FAILING = 25  # the 25th recipient is not on WhatsApp


def number(i: int) -> str:
    return f"8190555500{i:02d}"


def csv_text() -> str:
    lines = ["phone,name,order"]
    for i in range(1, ROWS + 1):
        lines.append(f"+81 90-5555-00{i:02d},Guest {i},A{i:03d}")
    return "\n".join(lines) + "\n"


@dataclass
class App:
    """The parts of the app a bulk send uses, on one database file."""

    db: Database
    receiver: WebhookReceiver
    client: CloudApiClient
    outbox: Outbox
    runner: BulkRunner

    async def stop(self) -> None:
        await self.runner.aclose()
        await self.outbox.aclose()
        await self.receiver.stop()
        await self.client.aclose()
        self.db.close()


@asynccontextmanager
async def sandbox() -> AsyncIterator[tuple[SandboxServer, str, str]]:
    secret = secrets.token_hex(8)
    server = SandboxServer(
        webhook_url=None,
        app_secret=secret,
        simulate_customers=False,
        status_delay=0.01,
        read_delay=3600,
        webhook_retry_base=0.05,
    )
    base = await server.start()
    try:
        yield server, base, secret
    finally:
        await server.stop()


async def start_app(path: Path, server: SandboxServer, base: str, secret: str) -> App:
    db = Database(f"sqlite:///{path}")
    await db.migrate()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    server.set_webhook(await receiver.start("127.0.0.1", 0), secret)
    client = CloudApiClient("sandbox-token", base_url=base)
    # 20 messages a second: slow enough to stop the app while the job is half done
    outbox = Outbox(
        db, hub, client, bucket_factory=lambda _rate: TokenBucket(20, 1), worker=worker()
    )
    await outbox.start()
    runner = BulkRunner(db, hub, outbox, window=5, poll=0.02)
    return App(db, receiver, client, outbox, runner)


def worker() -> str:
    """An outbox worker name as a process of its own would have (each start is a new app).

    The outbox knows that a worker of an ended process on this computer is gone, so the
    second start takes over at once what the first left, as after a real restart.
    """
    ended = subprocess.Popen(["true"])
    ended.wait()
    return f"{socket.gethostname()[:40] or 'host'}:{ended.pid}:{secrets.token_hex(4)}"


def the_template(server: SandboxServer) -> TemplateChoice:
    found = next(
        t
        for t in server.world.templates.values()
        if t.name == "order_confirmation"
        and t.language == "en_US"
        and t.waba_id == server.world.numbers[NUMBER_TOKYO].waba_id
    )
    graph = {
        "name": found.name,
        "language": found.language,
        "category": found.category,
        "parameter_format": "POSITIONAL",
        "components": found.components,
    }
    return TemplateChoice(1, found.name, found.language, found.category, graph)


async def until(probe: Callable[[], Any], what: str, timeout: float = 30.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)


def received(server: SandboxServer) -> Counter[str]:
    return Counter(m.recipient_id for m in server.world.outbound.values())


async def plan(app: App, server: SandboxServer) -> BulkPlan:
    table = read_csv(csv_text().encode())
    recipients = recipients_from_csv(table, "phone", "name")

    def make(session: Any) -> BulkPlan:
        if session.get(PhoneNumber, NUMBER_TOKYO) is None:
            n = server.world.numbers[NUMBER_TOKYO]
            session.add(PhoneNumber(id=n.id, display_phone_number=n.display_phone_number))
            session.flush()
        return check_rows(
            session,
            NUMBER_TOKYO,
            the_template(server),
            recipients,
            {"body:1": Source("name"), "body:2": Source("order")},
            now=int(time.time()),
            book=None,
            source="guests.csv",
        )

    return await app.db.run(make)


@pytest.mark.asyncio
async def test_fifty_rows_one_failure_and_a_restart_halfway_send_nobody_twice(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bulk.sqlite3"
    async with sandbox() as (server, base, secret):
        server.world.unreachable.add(number(FAILING))
        app = await start_app(path, server, base, secret)
        made = await plan(app, server)
        assert len(made.sendable) == ROWS and not made.with_problems
        job = await app.runner.create(made)
        await until(lambda: sum(received(server).values()) >= 12, "a dozen sends")
        await app.stop()  # the app stops (quit or crash) halfway
        halfway = sum(received(server).values())
        assert 12 <= halfway < ROWS

        app = await start_app(path, server, base, secret)
        try:
            assert await app.runner.start() == [job]  # the running job resumes by itself
            progress: BulkProgress | None = None

            async def settled() -> bool:
                nonlocal progress
                progress = await app.runner.progress(job)
                return progress is not None and progress.state == "done" and (progress.failed == 1)

            end = time.monotonic() + 30
            while not await settled():
                assert time.monotonic() < end, progress
                await asyncio.sleep(0.05)
            results = await app.runner.results(job)
            counts = received(server)
            # nobody twice; everyone once, but a send cut off by the stop may be unknown
            assert max(counts.values()) == 1
            uncertain = {r.wa_id for r in results if r.outcome == "uncertain"}
            assert set(counts) | uncertain == {number(i) for i in range(1, ROWS + 1)}
            assert len(uncertain) <= 5
            for r in results:
                if r.outcome != "uncertain":
                    assert counts[r.wa_id] == 1, r
            # one outbox row per recipient, ever
            per_conversation = app.db.call(
                lambda s: s.execute(
                    select(Message.conversation_id, func.count())
                    .where(Message.direction == "out")
                    .group_by(Message.conversation_id)
                ).all()
            )
            assert len(per_conversation) == ROWS and {c for _, c in per_conversation} == {1}
            failed = [r for r in results if r.outcome == "failed"]
            assert [(r.position, r.wa_id, r.error_code) for r in failed] == [
                (FAILING + 1, number(FAILING), 131026)
            ]
            assert failed[0].problem is not None
            words = failed[0].problem.render()
            assert "(131026)" in words and "WhatsApp" in words
            assert progress is not None
            assert progress.sent + progress.uncertain == ROWS - 1
            assert progress.waiting == progress.sending == 0
        finally:
            await app.stop()


@pytest.mark.asyncio
async def test_pause_holds_the_rest_resume_goes_on_and_cancel_withdraws(tmp_path: Path) -> None:
    async with sandbox() as (server, base, secret):
        app = await start_app(tmp_path / "pause.sqlite3", server, base, secret)
        try:
            job = await app.runner.create(await plan(app, server))
            await until(lambda: sum(received(server).values()) >= 5, "the first sends")
            await app.runner.pause(job)
            # what was handed to the outbox before the pause still goes out, nothing more
            await until(
                lambda: app.db.call(
                    lambda s: (
                        not s.scalar(
                            select(func.count()).where(Message.status.in_(("queued", "sending")))
                        )
                    )
                ),
                "the outbox to drain",
            )
            held = sum(received(server).values())
            progress = await app.runner.progress(job)
            assert progress is not None and progress.state == "paused"
            assert progress.waiting == ROWS - held and progress.sending == 0
            await app.runner.resume(job)
            await until(lambda: sum(received(server).values()) >= held + 5, "more sends")
            await app.runner.cancel(job)
            progress = await app.runner.progress(job)
            assert progress is not None and progress.state == "cancelled"
            assert progress.waiting == 0 and progress.cancelled > 0
            # cancelled rows never reach WhatsApp, even after a while
            await asyncio.sleep(0.5)
            results = await app.runner.results(job)
            counts = received(server)
            for r in results:
                if r.outcome == "cancelled":
                    assert counts[r.wa_id] == 0 and r.problem is not None
            assert sum(counts.values()) + progress.cancelled == ROWS
            # a withdrawn row is no failure: it is never offered (nor taken) for sending again
            withdrawn = app.db.call(
                lambda s: list(s.scalars(select(Message.id).where(Message.status == "withdrawn")))
            )
            assert withdrawn
            for message_id in withdrawn:
                row = app.db.call(lambda s, i=message_id: s.get(Message, i))
                assert not resend_allowed(row.status, row.error_details)
                await app.outbox.retry(message_id)
            await asyncio.sleep(0.3)
            assert sum(received(server).values()) == sum(counts.values())
        finally:
            await app.stop()
