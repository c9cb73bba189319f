"""The always-on receiver on PostgreSQL, broken while a burst of webhooks arrives.

Each drill runs ``wabadesk webhook-server`` as its own process and posts signed webhooks
the way Meta does: many at once, and again later for any that were not answered 200.
What must hold: every event answered 200 is stored, each event is stored once, and the
receiver gets through the fault by itself.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx
import pytest
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.webhooks import sign

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = json.loads(
    (REPO_ROOT / "tests" / "fixtures" / "webhooks" / "in_text.json").read_text(encoding="utf-8")
)
SECRET = "drill-secret"
CONCURRENCY = 32


PER_BODY = 10  # Meta batches several events into one delivery


def body_for(n: int) -> bytes:
    """Delivery ``n``: events ``n * PER_BODY`` to ``(n + 1) * PER_BODY - 1``."""
    payload = json.loads(json.dumps(TEMPLATE))
    value = payload["entry"][0]["changes"][0]["value"]
    message = value["messages"][0]
    value["messages"] = [
        {**message, "id": wamid(e), "text": {"body": f"drill {e}"}} for e in events_of(n)
    ]
    return json.dumps(payload).encode()


def events_of(delivery: int) -> range:
    return range(delivery * PER_BODY, (delivery + 1) * PER_BODY)


def wamid(n: int) -> str:
    return f"wamid.drill{n:06d}"


@contextmanager
def receiver(db_url: str, log: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """The headless receiver on a free port; its log goes to a file (a full pipe would
    stall it), its first line says where it listens."""
    with log.open("ab") as err:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop",
                "webhook-server",
                "--port",
                "0",
                "--db",
                db_url,
                "--app-secret",
                SECRET,
                "--verify-token",
                "t",
            ],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert process.stdout is not None
            url = _first_line(process.stdout).rsplit(" ", 1)[1].strip()
            yield process, url
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(60)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(30)
            assert process.stdout is not None
            process.stdout.close()


def _first_line(stream: IO[bytes]) -> str:
    line = stream.readline().decode()
    if not line:
        raise AssertionError("the receiver stopped before it listened")
    return line


async def post_all(
    url: str,
    numbers: list[int],
    *,
    answered: Callable[[int, int], None],
    retry_until: float | None = None,
) -> list[int]:
    """Post each event once (or, with ``retry_until``, again after a non-200 answer until
    then, as Meta does); returns the events never answered 200."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in numbers:
        queue.put_nowait(n)
    left: list[int] = []
    timeout = httpx.Timeout(60.0, pool=None)
    async with httpx.AsyncClient(timeout=timeout) as client:

        async def worker() -> None:
            while not queue.empty():
                n = queue.get_nowait()
                body = body_for(n)
                try:
                    response = await client.post(
                        url, content=body, headers={"X-Hub-Signature-256": sign(SECRET, body)}
                    )
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0  # no answer: the process is gone
                answered(n, status)
                if status == 200:
                    continue
                if retry_until is not None and time.monotonic() < retry_until:
                    await asyncio.sleep(0.2)
                    queue.put_nowait(n)
                else:
                    left.append(n)

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return left


def stored(db_url: str) -> Counter[str]:
    db = Database(db_url)
    try:
        rows = db.call(
            lambda s: list(s.execute(select(Message.wamid, func.count()).group_by(Message.wamid)))
        )
    finally:
        db.close()
    return Counter({str(w): int(c) for w, c in rows})


def test_receiver_killed_during_a_burst_of_10000_keeps_every_acknowledged_event(
    pg_url: str, tmp_path: Path
) -> None:
    total = 10_000  # events, in deliveries of PER_BODY
    deliveries = total // PER_BODY
    acknowledged: set[int] = set()
    log = tmp_path / "receiver.log"

    with receiver(pg_url, log) as (process, url):

        def answered(n: int, status: int) -> None:
            if status == 200:
                acknowledged.update(events_of(n))
                if len(acknowledged) == 4_000:
                    process.send_signal(signal.SIGKILL)  # mid-burst, no goodbye

        unanswered = asyncio.run(post_all(url, list(range(deliveries)), answered=answered))
        process.wait(30)
        assert process.returncode == -signal.SIGKILL
    assert 4_000 <= len(acknowledged) < total and unanswered  # the kill cut the burst

    counts = stored(pg_url)
    assert [e for e in sorted(acknowledged) if counts[wamid(e)] != 1] == []

    # Started again, it takes the re-deliveries; nothing is stored twice.
    with receiver(pg_url, log) as (_process, url):
        again = asyncio.run(post_all(url, unanswered, answered=lambda n, s: None))
    assert again == []
    counts = stored(pg_url)
    assert len(counts) == total and set(counts.values()) == {1}


def test_database_restarted_during_a_burst_gets_503_then_recovers_by_itself(
    pg_url: str, tmp_path: Path
) -> None:
    if not os.environ.get("WABADESK_PG_DIR"):
        pytest.skip("WABADESK_PG_DIR is not set (the PostgreSQL of .ci/run can be restarted)")
    total = 5_000  # events, in deliveries of PER_BODY
    statuses: Counter[int] = Counter()
    acknowledged: set[int] = set()
    restarted: list[subprocess.Popen[bytes]] = []

    with receiver(pg_url, tmp_path / "receiver.log") as (process, url):

        def answered(n: int, status: int) -> None:
            statuses[status] += 1
            if status == 200:
                acknowledged.update(events_of(n))
                if len(acknowledged) >= 1_000 and not restarted:
                    restarted.append(
                        subprocess.Popen(
                            [str(REPO_ROOT / ".ci" / "postgres"), "restart", "3"], cwd=REPO_ROOT
                        )
                    )

        unanswered = asyncio.run(
            post_all(
                url,
                list(range(total // PER_BODY)),
                answered=answered,
                retry_until=time.monotonic() + 240,
            )
        )
        assert restarted and restarted[0].wait(60) == 0
        assert process.poll() is None  # the receiver rode it out
    assert unanswered == []
    assert statuses[503] > 0  # refused while the database was down, so Meta re-delivers
    assert set(statuses) <= {200, 503}  # never a 500, never a dropped connection
    counts = stored(pg_url)
    assert len(counts) == total and set(counts.values()) == {1}
