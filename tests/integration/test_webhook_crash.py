"""Killing the receiver mid-burst loses no webhook that was answered 200."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import httpx
from cli_support import free_port, start_webhook_server
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Message
from desktop.services.webhooks import sign

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "webhooks"
SECRET = "crash-secret"


def body_for(template: dict, n: int) -> bytes:  # type: ignore[type-arg]
    payload = json.loads(json.dumps(template))
    value = payload["entry"][0]["changes"][0]["value"]
    value["messages"][0]["id"] = f"wamid.crash{n:05d}"
    value["messages"][0]["text"]["body"] = f"burst {n}"
    return json.dumps(payload).encode()


def test_sigkill_during_a_burst_keeps_every_acknowledged_event(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    port = free_port()
    process = start_webhook_server(db_url, SECRET, "t", port)
    template = json.loads((FIXTURES / "in_text.json").read_text(encoding="utf-8"))
    acknowledged: list[str] = []
    try:
        assert process.stdout is not None
        url = process.stdout.readline().rsplit(" ", 1)[1].strip()

        async def burst() -> None:
            limits = httpx.Limits(max_connections=16)
            # Waiting for a free connection is not a failure: only the server's answer is
            # timed, so a slow, busy machine still reaches 150 acknowledged posts.
            timeout = httpx.Timeout(30.0, pool=None)
            async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:

                async def post(n: int) -> None:
                    body = body_for(template, n)
                    try:
                        response = await client.post(
                            url, content=body, headers={"X-Hub-Signature-256": sign(SECRET, body)}
                        )
                    except httpx.HTTPError:
                        return  # the process died before answering: Meta would re-deliver
                    if response.status_code == 200:
                        acknowledged.append(f"wamid.crash{n:05d}")
                        if len(acknowledged) == 150:
                            process.send_signal(signal.SIGKILL)

                await asyncio.gather(*(post(n) for n in range(600)))

        asyncio.run(burst())
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(acknowledged) >= 150
    db = Database(db_url)
    stored = set(db.call(lambda s: list(s.scalars(select(Message.wamid)))))
    db.close()
    missing = [w for w in acknowledged if w not in stored]
    assert missing == []
    assert len(stored) < 600  # the kill really interrupted the burst
