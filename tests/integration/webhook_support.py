"""A webhook receiver on loopback over a migrated database, and signed bodies to post to it."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from desktop.models.db import Database
from desktop.services.events import EventHub
from desktop.services.webhooks import WebhookReceiver, sign

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
SECRET = "app-secret-for-tests"
TOKEN = "verify-me"


def fixture_json(name: str) -> dict[str, Any]:
    return copy.deepcopy(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


def value_of(payload: dict[str, Any]) -> dict[str, Any]:
    return payload["entry"][0]["changes"][0]["value"]  # type: ignore[no-any-return]


def count(db: Database, entity: Any) -> int:
    return int(db.call(lambda s: s.scalar(select(func.count()).select_from(entity))))


class ReceiverHarness:
    """The receiver, its database and an HTTP client that signs what it posts."""

    def __init__(self, db: Database, receiver: WebhookReceiver, url: str) -> None:
        self.db, self.receiver, self.url = db, receiver, url
        self.events: list[Any] = []
        self.client = httpx.AsyncClient(timeout=60)

    async def post(self, body: bytes, *, signed: bool = True, **headers: str) -> httpx.Response:
        all_headers = {"X-Hub-Signature-256": sign(SECRET, body)} if signed else {}
        all_headers.update(headers)
        return await self.client.post(self.url, content=body, headers=all_headers)


@asynccontextmanager
async def running_receiver(db_url: str, **options: Any) -> AsyncIterator[ReceiverHarness]:
    db = Database(db_url)
    db.migrate_sync()
    hub = EventHub()
    receiver = WebhookReceiver(db, hub, app_secret=SECRET, verify_token=TOKEN, **options)
    url = await receiver.start("127.0.0.1", 0)
    harness = ReceiverHarness(db, receiver, url)
    hub.subscribe(harness.events.append)
    try:
        yield harness
    finally:
        await harness.client.aclose()
        await receiver.stop()
        db.close()
