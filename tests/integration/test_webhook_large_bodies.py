"""A body with thousands of messages is written in parts; other webhooks are answered meanwhile."""

from __future__ import annotations

import asyncio
import copy
import json
import threading
import time
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.entities import Message, WebhookEvent
from desktop.services.webhooks import receiver as receiver_module
from tests.integration.webhook_support import count, fixture_json, running_receiver, value_of


def big_body(n: int) -> bytes:
    payload = fixture_json("in_text")
    value = value_of(payload)
    template = value["messages"][0]
    value["contacts"] = [
        {"profile": {"name": f"Customer {i}"}, "wa_id": f"8190{i:08d}"} for i in range(n)
    ]
    value["messages"] = [
        copy.deepcopy(template)
        | {"from": f"8190{i:08d}", "id": f"wamid.BIG{i:06d}", "text": {"body": f"hi {i}"}}
        for i in range(n)
    ]
    for message in value["messages"]:
        message.pop("from_user_id", None)
    return json.dumps(payload).encode()


async def until(predicate: Any, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_other_webhooks_are_answered_while_a_large_body_is_written(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered, gate = threading.Event(), threading.Event()
    real = receiver_module.apply_payloads

    def gated(session: Any, bodies: Any) -> Any:
        if not entered.is_set():  # hold the first write until the small body is queued
            entered.set()
            gate.wait(30)
        return real(session, bodies)

    monkeypatch.setattr(receiver_module, "apply_payloads", gated)
    big = big_body(400)
    small = json.dumps(fixture_json("in_text")).encode()
    order: list[tuple[str, int]] = []
    async with running_receiver(db_url, max_body=10_000_000, part_items=100) as h:

        async def post(name: str, body: bytes) -> None:
            response = await h.post(body)
            order.append((name, response.status_code))

        big_task = asyncio.create_task(post("big", big))
        await asyncio.to_thread(entered.wait, 30)
        small_task = asyncio.create_task(post("small", small))
        queue = h.receiver._queue
        assert queue is not None
        await until(lambda: queue.qsize() >= 1)
        gate.set()
        await asyncio.gather(big_task, small_task)
        assert order == [("small", 200), ("big", 200)]
        assert count(h.db, Message) == 401
        raws = h.db.call(lambda s: list(s.scalars(select(WebhookEvent.raw))))
        assert sorted(len(r) for r in raws) == sorted([len(small), len(big)])
        assert h.receiver.health.events_received == 2
