"""Connection health for the status bar: the Cloud API answers, the receiver listens.

The API check costs one request, so it runs on an interval; :meth:`HealthMonitor.snapshot`
adds the receiver's live counters without any I/O and can be read every few seconds.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.events import EventHub, HealthChanged
from desktop.services.webhooks import WebhookReceiver

log = logging.getLogger(__name__)


class HealthMonitor:
    def __init__(
        self,
        mode: str,
        hub: EventHub,
        client: CloudApiClient,
        receiver: WebhookReceiver | None,
        waba_ids: Callable[[], Sequence[str]],
    ) -> None:
        self._hub = hub
        self._client = client
        self._receiver = receiver
        self._waba_ids = waba_ids
        self._mode = mode
        self.last = HealthChanged(mode=mode, api_ok=None)

    async def check(self) -> HealthChanged:
        """Ask the API once, publish and return the result with the receiver's state."""
        api_ok: bool | None = None
        api_detail = ""
        try:
            api_ok = await self._ping()
        except CloudApiError as exc:
            api_ok, api_detail = False, exc.advice.render()
        self.last = HealthChanged(
            mode=self._mode,
            api_ok=api_ok,
            api_detail=api_detail,
            webhook_ok=None if self._receiver is not None else False,
        )
        health = self.snapshot()
        self.last = health
        self._hub.publish(health)
        return health

    def snapshot(self) -> HealthChanged:
        """The last API check with the receiver's live counters (cheap: no I/O)."""
        if self._receiver is None:
            return self.last
        health = self._receiver.health
        return replace(
            self.last,
            webhook_ok=health.listening,
            webhook_detail=health.last_error or health.url or "",
            webhook_events=health.events_received,
        )

    async def run(self, interval: float) -> None:
        """Check forever, every ``interval`` seconds (cancelled at shutdown)."""
        while True:
            try:
                await self.check()
            except Exception:  # health must never take the app down
                log.exception("health check failed")
            await asyncio.sleep(interval)

    async def _ping(self) -> bool:
        ids = self._waba_ids()
        if not ids:
            return True
        await self._client.get_waba(ids[0])
        return True
