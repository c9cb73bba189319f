"""Starts and stops every service of a running app, in sandbox or live mode.

The GUI's composition root (desktop/app.py) and the UI tests both call
:meth:`AppServices.start`; nothing here knows Qt. In sandbox mode the Cloud API simulator
runs in-process on loopback and posts signed webhooks to our own receiver, so the same code
path as live mode is exercised end to end.
"""

from __future__ import annotations

import asyncio
import logging
import secrets as token_source
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop.models.db import Database, data_dir
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.events import ConversationsChanged, ErrorReported, EventHub, HealthChanged
from desktop.services.inbox import mark_read
from desktop.services.media_cache import MediaCache
from desktop.services.outbox import Outbox
from desktop.services.settings import (
    AppSettings,
    LiveCredentials,
    MemorySecretStore,
    SecretStore,
    live_credentials,
)
from desktop.services.supervisor import TaskSupervisor
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.webhooks import ReceiverStartError, WebhookReceiver

if TYPE_CHECKING:
    from desktop.sandbox.server import SandboxServer

log = logging.getLogger(__name__)

Mode = Literal["sandbox", "live"]
SANDBOX_TOKEN = "sandbox-token"


@dataclass
class SandboxTuning:
    """How lively the simulated customers are (tests make everything fast)."""

    customer_interval: float = 25.0
    review_delay: float = 6.0
    status_delay: float = 0.8
    read_delay: float = 3.0
    simulate_customers: bool = True
    seed: int | None = 0


@dataclass
class StartOptions:
    settings: AppSettings = field(default_factory=AppSettings)
    secrets: SecretStore = field(default_factory=MemorySecretStore)
    db_url: str | None = None
    force_sandbox: bool = False
    sandbox: SandboxTuning = field(default_factory=SandboxTuning)
    health_interval: float = 30.0


def default_db_url_for(mode: Mode) -> str:
    """Sandbox demo data lives apart from the real inbox."""
    name = "sandbox.sqlite3" if mode == "sandbox" else "wabadesk.sqlite3"
    return f"sqlite:///{Path(data_dir()) / name}"


class AppServices:
    """Everything a running app needs, started in order and stopped in reverse."""

    def __init__(self, mode: Mode, db: Database, hub: EventHub, settings: AppSettings) -> None:
        self.mode: Mode = mode
        self.db = db
        self.hub = hub
        self.settings = settings
        self.supervisor = TaskSupervisor()
        self.client: CloudApiClient | None = None
        self.receiver: WebhookReceiver | None = None
        self.sandbox: SandboxServer | None = None
        self.outbox: Outbox | None = None
        self.media: MediaCache | None = None
        self.webhook_url: str = ""
        self.last_health: HealthChanged = HealthChanged(mode=mode, api_ok=None)
        self.recent_errors: deque[ErrorReported] = deque(maxlen=20)

    # -- start / stop ------------------------------------------------------------------------
    @classmethod
    async def start(cls, options: StartOptions) -> AppServices:
        creds = (
            None if options.force_sandbox else live_credentials(options.settings, options.secrets)
        )
        mode: Mode = "live" if creds else "sandbox"
        import os

        url = (
            options.db_url
            or os.environ.get("WABADESK_DB")
            or options.settings.db_url
            or default_db_url_for(mode)
        )
        db = Database(url)
        try:
            await db.migrate()
        except Exception:
            db.close()
            raise
        services = cls(mode, db, EventHub(), options.settings)
        try:
            if creds is None:
                await services._start_sandbox(options.sandbox)
            else:
                await services._start_live(creds)
            assert services.client is not None
            services.media = MediaCache(db, services.hub, services.client)
            services.media.attach()
            services.outbox = Outbox(
                db, services.hub, services.client, supervisor=services.supervisor
            )
            await services.outbox.start()
            services.supervisor.start(services._health_loop(options.health_interval), name="health")
        except BaseException:
            await services.aclose()
            raise
        return services

    async def _start_sandbox(self, tuning: SandboxTuning) -> None:
        from desktop.sandbox.server import SandboxServer

        app_secret = token_source.token_hex(16)
        verify_token = token_source.token_hex(8)
        self.receiver = WebhookReceiver(
            self.db, self.hub, app_secret=app_secret, verify_token=verify_token
        )
        self.webhook_url = await self.receiver.start("127.0.0.1", 0)
        self.sandbox = SandboxServer(
            webhook_url=self.webhook_url,
            app_secret=app_secret,
            access_token=SANDBOX_TOKEN,
            seed=tuning.seed,
            customer_interval=tuning.customer_interval,
            review_delay=tuning.review_delay,
            status_delay=tuning.status_delay,
            read_delay=tuning.read_delay,
            simulate_customers=tuning.simulate_customers,
        )
        base_url = await self.sandbox.start("127.0.0.1", 0)
        self.client = CloudApiClient(
            SANDBOX_TOKEN, base_url=base_url, version=self.settings.graph_version
        )
        await sync_accounts(
            self.client, self.db, self.hub, business_id=self.sandbox.business_id, sandbox=True
        )

    async def _start_live(self, creds: LiveCredentials) -> None:
        s = self.settings
        self.client = CloudApiClient(
            creds.access_token, base_url=s.base_url, version=s.graph_version
        )
        self.receiver = WebhookReceiver(
            self.db, self.hub, app_secret=creds.app_secret, verify_token=creds.verify_token
        )
        try:
            self.webhook_url = await self.receiver.start(s.webhook_host, s.webhook_port)
        except ReceiverStartError as exc:
            self.report(
                Phrase("Runtime", QT_TRANSLATE_NOOP("Runtime", "Webhook receiver not started")),
                exc.phrase,
            )
            self.receiver = None
        try:
            await self.refresh_accounts()
        except CloudApiError as exc:
            self.report(exc.title, exc.advice)

    async def aclose(self) -> None:
        await self.supervisor.aclose()
        if self.media is not None:
            await self.media.aclose()
        if self.outbox is not None:
            await self.outbox.aclose()
        if self.sandbox is not None:
            await self.sandbox.stop()
        if self.receiver is not None:
            await self.receiver.stop()
        if self.client is not None:
            await self.client.aclose()
        await asyncio.get_running_loop().run_in_executor(None, self.db.close)

    # -- use cases ---------------------------------------------------------------------------
    async def refresh_accounts(self) -> None:
        assert self.client is not None
        if self.sandbox is not None:
            await sync_accounts(
                self.client, self.db, self.hub, business_id=self.sandbox.business_id, sandbox=True
            )
        else:
            await sync_accounts(
                self.client,
                self.db,
                self.hub,
                business_id=self.settings.business_id,
                waba_ids=self.settings.waba_ids,
            )

    async def mark_conversation_read(self, conversation_id: int) -> None:
        """Clear the unread badge and send Meta the read receipt (blue ticks for the customer)."""
        target = await self.db.run(mark_read, conversation_id)
        if target is None:
            return
        self.hub.publish(ConversationsChanged(frozenset({conversation_id})))
        if self.client is None:
            return
        phone_number_id, wamid = target
        try:
            await self.client.mark_read(phone_number_id, wamid)
        except CloudApiError as exc:
            log.info("mark as read failed: %s", exc.message)

    def report(self, title: Phrase, advice: Phrase, **details: Any) -> None:
        event = ErrorReported(title, advice, dict(details))
        self.recent_errors.append(event)  # start-up errors happen before the UI listens
        self.hub.publish(event)

    # -- health --------------------------------------------------------------------------------
    async def check_health(self) -> HealthChanged:
        api_ok: bool | None = None
        api_detail = ""
        if self.client is not None:
            try:
                api_ok = await self._ping()
            except CloudApiError as exc:
                api_ok, api_detail = False, exc.advice.render()
        self.last_health = HealthChanged(
            mode=self.mode,
            api_ok=api_ok,
            api_detail=api_detail,
            webhook_ok=None if self.receiver is not None else False,
        )
        health = self.snapshot()  # adds the receiver's live state
        self.last_health = health
        self.hub.publish(health)
        return health

    def snapshot(self) -> HealthChanged:
        """The last API check with the receiver's live counters (cheap: no I/O)."""
        if self.receiver is None:
            return self.last_health
        health = self.receiver.health
        return replace(
            self.last_health,
            webhook_ok=health.listening,
            webhook_detail=health.last_error or health.url or "",
            webhook_events=health.events_received,
        )

    async def _ping(self) -> bool:
        assert self.client is not None
        ids = self.settings.waba_ids
        if self.sandbox is not None:
            ids = list(self.sandbox.waba_ids)
        if not ids:
            return True
        await self.client.get_waba(ids[0])
        return True

    async def _health_loop(self, interval: float) -> None:
        while True:
            try:
                await self.check_health()
            except Exception:  # health must never take the app down
                log.exception("health check failed")
            await asyncio.sleep(interval)
