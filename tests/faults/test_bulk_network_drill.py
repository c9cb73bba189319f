"""Drill: the network to Meta is cut during a bulk send of a few hundred recipients.

The app (PostgreSQL, receiver, outbox, bulk runner) sends through a loopback relay to the
sandbox, which plays Meta and counts what it receives per recipient. Part-way through the
relay is cut: open connections are reset (a send in flight may be lost, or reach "Meta"
with its answer lost) and new ones refused. Then it is restored on the same port.

What must hold: while the network is away the job waits and says so; once it is back the
job goes on by itself; in the end every recipient has exactly one message at "Meta" and
the job counts all of them sent. A send whose answer was lost is never re-sent blindly:
WhatsApp's status reports (which echo the row's reference) settle it, and only one that
stays unreported while later sends of the job were reported is sent again.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from meta_link import MetaLink
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.bulk.csv_import import read_csv
from desktop.services.bulk.plan import BulkPlan, Source, check_rows, recipients_from_csv
from desktop.services.bulk.runner import BulkProgress, BulkRunner
from desktop.services.cloud_api import CloudApiClient
from desktop.services.cloud_api.retry import RetryPolicy
from desktop.services.events import EventHub
from desktop.services.inbox import TemplateChoice
from desktop.services.outbox import Outbox, OutboxConfig
from desktop.services.rate_limit import TokenBucket
from desktop.services.webhooks import WebhookReceiver

ROWS = 300
CUT_AFTER = 100  # sends received by "Meta" before each cut
CUT_SECONDS = 4.0


def number(i: int) -> str:
    return f"81905555{i:04d}"


def csv_text() -> str:
    lines = ["phone,name,order"]
    for i in range(1, ROWS + 1):
        lines.append(f"+81 90-5555-{i:04d},Guest {i},A{i:04d}")
    return "\n".join(lines) + "\n"


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


def received(server: SandboxServer) -> Counter[str]:
    return Counter(m.recipient_id for m in server.world.outbound.values())


async def until(probe: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"no {what} within {timeout}s")
        await asyncio.sleep(0.02)


async def make_plan(db: Database, server: SandboxServer) -> BulkPlan:
    recipients = recipients_from_csv(read_csv(csv_text().encode()), "phone", "name")

    def make(session: Any) -> BulkPlan:
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

    return await db.run(make)


@pytest.mark.asyncio
async def test_network_to_meta_cut_mid_bulk_send_resumes_and_sends_nobody_twice(
    pg_url: str, tmp_path: Path
) -> None:
    secret = "drill-secret"
    server = SandboxServer(
        webhook_url=None,
        app_secret=secret,
        simulate_customers=False,
        status_delay=0.05,
        read_delay=3600,
        webhook_retry_base=0.05,
    )
    base = await server.start()
    link = MetaLink("127.0.0.1", int(base.rsplit(":", 1)[1]))
    await link.start()
    db = Database(pg_url)
    await db.migrate()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=secret, verify_token="v")
    # The webhooks come back on their own path (the always-on receiver is elsewhere).
    server.set_webhook(await receiver.start("127.0.0.1", 0), secret)
    # One quick retry in the client: the outbox's own retries are what the drill outlasts.
    client = CloudApiClient(
        "sandbox-token",
        base_url=link.url,
        retry=RetryPolicy(attempts=2, base_delay=0.05, max_delay=0.1),
    )
    outbox = Outbox(
        db,
        hub,
        client,
        config=OutboxConfig(backoff_base=0.2, backoff_max=1.0),
        bucket_factory=lambda _rate: TokenBucket(40, 1),
    )
    await outbox.start()
    # Sends whose answer was lost are settled by WhatsApp's reports within seconds here.
    runner = BulkRunner(db, hub, outbox, poll=0.05, settle_after=5.0)
    try:
        made = await make_plan(db, server)
        assert len(made.sendable) == ROWS and not made.with_problems
        job = await runner.create(made)
        await until(lambda: sum(received(server).values()) >= CUT_AFTER, "the first sends")

        # The network to Meta goes down twice mid-job: first while an answer is on its way
        # (the send reached "Meta"), then while a request is (it never arrived).
        for cut, answer_lost in ((1, True), (2, False)):
            await until(lambda c=cut: sum(received(server).values()) >= CUT_AFTER * c, "more sends")
            await asyncio.wait_for(link.cut_mid_send(answer_lost=answer_lost), 30)
            at_cut = sum(received(server).values())
            progress: BulkProgress | None = None

            async def waiting_for_network() -> bool:
                nonlocal progress
                progress = await runner.progress(job)
                return progress is not None and progress.retrying > 0

            end = time.monotonic() + 30
            while not await waiting_for_network():  # the job says it waits for the network
                assert time.monotonic() < end, progress
                await asyncio.sleep(0.05)
            assert progress is not None and progress.state == "running"
            assert progress.problem is not None  # in words, for the progress view
            assert "cannot be reached" in progress.problem.render()
            await asyncio.sleep(CUT_SECONDS)  # longer than the outbox's own retries last
            assert sum(received(server).values()) == at_cut  # nothing got through meanwhile
            assert at_cut < ROWS
            await link.restore()  # back: the job goes on by itself

        async def settled() -> bool:
            nonlocal progress
            progress = await runner.progress(job)
            return progress is not None and progress.state == "done"

        end = time.monotonic() + 120
        while not await settled():
            assert time.monotonic() < end, progress
            await asyncio.sleep(0.1)
        assert progress is not None
        counts = received(server)
        unsent = await db.run(  # for the failure message: rows without Meta's id
            lambda s: s.execute(
                select(Message.id, Message.status, Message.status_ts).where(
                    Message.direction == "out", Message.wamid.is_(None)
                )
            ).all()
        )
        everyone = {number(i) for i in range(1, ROWS + 1)}
        assert set(counts) == everyone, (everyone - set(counts), unsent, progress)
        assert max(counts.values()) == 1  # nobody twice
        assert (progress.sent, progress.failed, progress.uncertain) == (ROWS, 0, 0), progress
        assert progress.waiting == progress.sending == progress.retrying == 0
        results = await runner.results(job)
        assert {r.outcome for r in results} <= {"sent", "delivered", "read"}
        # one outbox row per recipient, ever
        per_conversation = await db.run(
            lambda s: s.execute(
                select(Message.conversation_id, func.count())
                .where(Message.direction == "out")
                .group_by(Message.conversation_id)
            ).all()
        )
        assert len(per_conversation) == ROWS and {c for _, c in per_conversation} == {1}
        print(f"drill: cut after {at_cut} of {ROWS}; sent again after no report: {progress.resent}")
    finally:
        await runner.aclose()
        await outbox.aclose()
        await receiver.stop()
        await client.aclose()
        await link.close()
        await server.stop()
        db.close()
