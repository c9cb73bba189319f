"""A fast sandbox posting to a signature-checking recorder, with a Graph API client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from webhook_recorder import WebhookRecorder

from desktop.sandbox.server import SandboxServer

SandboxTrio = tuple[SandboxServer, WebhookRecorder, httpx.AsyncClient]


@asynccontextmanager
async def running_sandbox(
    secret: str, version: str, *, review_delay: float = 0.05
) -> AsyncIterator[SandboxTrio]:
    """The sandbox (tiny delays, no spontaneous customers), its recorder and a client."""
    recorder = WebhookRecorder(secret)
    await recorder.start()
    server = SandboxServer(
        webhook_url=recorder.url,
        app_secret=secret,
        review_delay=review_delay,
        status_delay=0.01,
        read_delay=0.01,
        simulate_customers=False,
        webhook_retry_base=0.01,
    )
    base = await server.start()
    try:
        async with httpx.AsyncClient(
            base_url=f"{base}/{version}", headers={"Authorization": "Bearer sandbox-token"}
        ) as client:
            yield server, recorder, client
    finally:
        await server.stop()
        await recorder.stop()
