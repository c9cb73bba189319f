"""A tiny webhook receiver that checks signatures and records changes (sandbox tests).

It answers like a careful app: 401 for a bad ``X-Hub-Signature-256``, 200 otherwise, and
can be told to fail the next N deliveries so retry behaviour can be observed.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

from aiohttp import web


class WebhookRecorder:
    def __init__(self, app_secret: str) -> None:
        self.app_secret = app_secret
        self.posts: list[dict[str, Any]] = []
        self.rejected_signatures = 0
        self.fail_next = 0
        self.failed = 0
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/webhook", self._receive)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/webhook"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        raw = await request.read()
        header = request.headers.get("X-Hub-Signature-256", "")
        expected = hmac.new(self.app_secret.encode(), raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, header.removeprefix("sha256=")):
            self.rejected_signatures += 1
            self._changed.set()
            return web.Response(status=401, text="bad signature")
        if self.fail_next > 0:
            self.fail_next -= 1
            self.failed += 1
            self._changed.set()
            return web.Response(status=500, text="try later")
        self.posts.append(json.loads(raw))
        self._changed.set()
        return web.Response(text="EVENT_RECEIVED")

    def changes(self, field: str | None = None) -> list[dict[str, Any]]:
        """Every ``value`` received, oldest first, optionally of one ``field``."""
        out = []
        for post in self.posts:
            for entry in post["entry"]:
                for change in entry["changes"]:
                    if field is None or change["field"] == field:
                        out.append({**change["value"], "_waba_id": entry["id"]})
        return out

    def statuses(self, wamid: str | None = None) -> list[dict[str, Any]]:
        return [
            s
            for value in self.changes("messages")
            for s in value.get("statuses", [])
            if wamid is None or s["id"] == wamid
        ]

    def messages(self) -> list[dict[str, Any]]:
        return [m for value in self.changes("messages") for m in value.get("messages", [])]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate()`` is truthy; returns its value (TimeoutError otherwise)."""

        async def _wait() -> Any:
            while True:
                result = predicate()
                if result:
                    return result
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(_wait(), timeout)
