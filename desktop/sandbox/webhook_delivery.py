"""Signed webhook delivery, in order per phone number, retried with backoff like Meta.

Every change (an inbound message, a status, a template update) is queued under an ordering
key (the phone number, or the WABA for account-level fields). One task per key POSTs the
oldest changes, sometimes several in one envelope, with ``X-Hub-Signature-256`` computed
over the raw body, and keeps retrying with exponential backoff until the receiver says 200.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import random
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiohttp

log = logging.getLogger(__name__)


@dataclass
class QueuedChange:
    waba_id: str
    field: str
    value: dict[str, Any]


@dataclass
class DeliveryStats:
    delivered_posts: int = 0
    delivered_changes: int = 0
    failed_attempts: int = 0
    dropped_changes: int = 0
    last_error: str = ""
    recent: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=50))


def sign(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def envelope(changes: list[QueuedChange], now: int) -> dict[str, Any]:
    entries: dict[str, dict[str, Any]] = {}
    for change in changes:
        entry = entries.setdefault(change.waba_id, {"id": change.waba_id, "changes": []})
        if change.field != "messages":
            entry["time"] = now
        entry["changes"].append({"value": change.value, "field": change.field})
    return {"object": "whatsapp_business_account", "entry": list(entries.values())}


class WebhookDispatcher:
    """Queues and posts webhooks; ``flush()`` waits until everything queued was accepted."""

    def __init__(
        self,
        *,
        url: str | None,
        app_secret: str,
        rng: random.Random,
        retry_base: float = 1.0,
        retry_max: float = 60.0,
        max_batch: int = 5,
        max_queued: int = 5000,
    ) -> None:
        self.url = url
        self.app_secret = app_secret
        self._rng = rng
        self._retry_base = retry_base
        self._retry_max = retry_max
        self._max_batch = max_batch
        self._max_queued = max_queued
        self._queues: dict[str, deque[QueuedChange]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._wakeup = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        self.stats = DeliveryStats()

    def configure(self, url: str | None, app_secret: str) -> None:
        self.url = url
        self.app_secret = app_secret
        self._wakeup.set()

    @property
    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def enqueue(self, key: str, change: QueuedChange) -> None:
        if self._closed:
            return
        queue = self._queues.setdefault(key, deque())
        if self.pending >= self._max_queued:
            queue.popleft() if queue else None
            self.stats.dropped_changes += 1
        queue.append(change)
        self._idle.clear()
        worker = self._workers.get(key)
        if worker is None or worker.done():
            self._workers[key] = asyncio.get_running_loop().create_task(
                self._run(key), name=f"webhooks:{key}"
            )

    async def flush(self, timeout: float = 5.0) -> None:
        """Wait until every queued change has been delivered (TimeoutError otherwise)."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    async def close(self) -> None:
        self._closed = True
        for task in self._workers.values():
            task.cancel()
        for task in self._workers.values():
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass
        self._workers.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _check_idle(self) -> None:
        if self.pending == 0:
            self._idle.set()

    async def _run(self, key: str) -> None:
        queue = self._queues[key]
        attempt = 0
        while queue:
            if not self.url:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            batch_size = 1
            if len(queue) > 1 and self._rng.random() < 0.5:
                batch_size = min(len(queue), self._max_batch)
            batch = [queue[i] for i in range(batch_size)]
            ok = await self._post(batch)
            if ok:
                for _ in range(batch_size):
                    queue.popleft()
                attempt = 0
                self._check_idle()
                continue
            attempt += 1
            delay = min(self._retry_base * (2 ** (attempt - 1)), self._retry_max)
            await asyncio.sleep(delay * self._rng.uniform(0.8, 1.2))
        self._check_idle()

    async def _post(self, batch: list[QueuedChange]) -> bool:
        assert self.url is not None
        payload = envelope(batch, int(time.time()))
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "facebookexternalua",
            "X-Hub-Signature-256": sign(body, self.app_secret),
        }
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        try:
            async with self._session.post(self.url, data=body, headers=headers) as response:
                await response.read()
                if response.status == 200:
                    self.stats.delivered_posts += 1
                    self.stats.delivered_changes += len(batch)
                    self.stats.recent.append(payload)
                    return True
                self.stats.last_error = f"HTTP {response.status} from {self.url}"
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            self.stats.last_error = f"{type(exc).__name__}: {exc}"
        self.stats.failed_attempts += 1
        log.info("webhook delivery failed, will retry: %s", self.stats.last_error)
        return False
