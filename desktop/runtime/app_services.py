"""Every service of a running app, started in order and stopped in reverse.

:func:`start_app_services` picks the mode (live when credentials are configured, else the
sandbox), opens and migrates the database, starts the mode's connection, the media cache,
the outbox senders, the live updates from other PCs (PostgreSQL) and the health checks.
Each started part registers how to stop it on one :class:`~contextlib.AsyncExitStack`, so a
failure half-way stops exactly what had started.
"""

from __future__ import annotations

import asyncio
import os
from collections import deque
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from desktop.models.db import Database, database_place, database_unavailable
from desktop.models.db_mode import claim_mode
from desktop.runtime.connection import Connection
from desktop.runtime.options import Mode, StartOptions, default_db_url_for
from desktop.services.bulk.runner import BulkRunner
from desktop.services.cloud_api import CloudApiClient
from desktop.services.database_care import check_and_back_up, mode_mismatch
from desktop.services.database_watch import DatabaseWatch
from desktop.services.error_log import ErrorLog
from desktop.services.events import ErrorReported, EventHub, HealthChanged
from desktop.services.health import HealthMonitor
from desktop.services.live_updates import LiveUpdates
from desktop.services.media_cache import MediaCache
from desktop.services.notifications import ArrivalNotifier
from desktop.services.numbers.alerts import AccountWatch
from desktop.services.outbox import Outbox
from desktop.services.read_receipts import ReadReceipts
from desktop.services.recipients import RecipientDirectory
from desktop.services.settings import AppSettings, live_credentials
from desktop.services.tasks import TaskScope
from desktop.services.webhooks import WebhookReceiver

if TYPE_CHECKING:
    from desktop.sandbox.server import SandboxServer


@dataclass
class AppServices:
    """The started services; ``sandbox`` is the simulator in sandbox mode, else None."""

    mode: Mode
    settings: AppSettings
    db: Database
    hub: EventHub
    connection: Connection
    outbox: Outbox
    arrivals: ArrivalNotifier
    account_watch: AccountWatch
    media: MediaCache
    read_receipts: ReadReceipts
    health: HealthMonitor
    errors: ErrorLog
    tasks: TaskScope  # long-lived work: senders, media downloads, health checks
    _stack: AsyncExitStack
    # quick_check and the daily backup, beside start-up: its result is the damage found
    storage_check: asyncio.Task[list[str]] | None = None
    # what the other PCs on a shared PostgreSQL change, published on ``hub`` (None: SQLite)
    live: LiveUpdates | None = None
    # bulk sends: jobs handed to the outbox row by row (None only in partial test setups)
    bulk: BulkRunner | None = None

    @property
    def client(self) -> CloudApiClient:
        return self.connection.client

    @property
    def receiver(self) -> WebhookReceiver | None:
        return self.connection.receiver

    @property
    def webhook_url(self) -> str:
        return self.connection.webhook_url

    @property
    def sandbox(self) -> SandboxServer | None:
        return self.connection.sandbox

    @property
    def recipients(self) -> RecipientDirectory:
        return self.connection.recipients

    @property
    def recent_errors(self) -> deque[ErrorReported]:
        return self.errors.recent

    async def refresh_accounts(self) -> None:
        """Bring WABAs, numbers and templates from the Cloud API into the database again."""
        await self.connection.sync_accounts()

    async def check_health(self) -> HealthChanged:
        return await self.health.check()

    def snapshot(self) -> HealthChanged:
        return self.health.snapshot()

    def close_with(self, close: Callable[[], Awaitable[object]]) -> None:
        """Close ``close``'s owner with the services (first, as it was started last)."""
        self._stack.push_async_callback(close)

    async def aclose(self) -> None:
        await self._stack.aclose()


async def start_app_services(options: StartOptions) -> AppServices:
    creds = None if options.force_sandbox else live_credentials(options.settings, options.secrets)
    mode: Mode = "live" if creds else "sandbox"
    url = (
        options.db_url
        or os.environ.get("WABADESK_DB")
        or options.settings.db_url
        or default_db_url_for(mode)
    )
    db = Database(url)
    try:
        await db.migrate()
        held = await db.run(claim_mode, mode)  # sandbox and live data never mix
        if held is not None:
            raise mode_mismatch(database_place(url), mode, held)
    except Exception:
        db.close()
        raise
    stack = AsyncExitStack()
    stack.push_async_callback(_close_database, db)
    try:
        hub = EventHub()
        errors = ErrorLog(hub)
        if creds is None:
            from desktop.runtime.sandbox_mode import start_sandbox_mode

            connection = await start_sandbox_mode(db, hub, options.settings, options.sandbox, stack)
        else:
            from desktop.runtime.live_mode import start_live_mode

            connection = await start_live_mode(db, hub, options.settings, creds, errors, stack)
        tasks = TaskScope(on_failure=errors.report_task_failure)
        stack.push_async_callback(tasks.aclose)
        media = MediaCache(db, hub, connection.client, tasks=tasks)
        media.attach()
        stack.push_async_callback(media.aclose)  # (before the tasks: no fetch starts after)
        outbox = Outbox(db, hub, connection.client, tasks=tasks)
        stack.push_async_callback(outbox.aclose)
        await outbox.start()
        bulk = BulkRunner(db, hub, outbox, tasks=tasks)
        stack.push_async_callback(bulk.aclose)
        await bulk.start()  # a job running when the app stopped goes on
        live: LiveUpdates | None = LiveUpdates(url, hub, db.origin)
        if live is not None and live.start():  # PostgreSQL: other PCs write here too
            stack.push_async_callback(live.aclose)
        else:
            live = None
        arrivals = ArrivalNotifier(db, hub, options.settings.notifications)
        stack.push_async_callback(arrivals.aclose)
        await arrivals.start()
        account_watch = AccountWatch(db, hub, reread=connection.sync_accounts)
        stack.push_async_callback(account_watch.aclose)
        await account_watch.start()
        health = HealthMonitor(
            mode, hub, connection.client, connection.receiver, connection.waba_ids
        )
        tasks.start(health.run(options.health_interval), name="health")
        database_watch = DatabaseWatch(db, hub)
        tasks.start(database_watch.run(options.database_interval), name="database-watch")
        storage_check = tasks.start(check_and_back_up(db), name="database-check")
    except SQLAlchemyError as exc:  # a lock or damage met after the checks: say which
        await stack.aclose()
        raise database_unavailable(url, exc) from exc
    except BaseException:
        await stack.aclose()
        raise
    return AppServices(
        mode=mode,
        settings=options.settings,
        db=db,
        hub=hub,
        connection=connection,
        outbox=outbox,
        arrivals=arrivals,
        account_watch=account_watch,
        media=media,
        read_receipts=ReadReceipts(db, hub, connection.client),
        health=health,
        errors=errors,
        tasks=tasks,
        _stack=stack,
        storage_check=storage_check,
        live=live,
        bulk=bulk,
    )


async def _close_database(db: Database) -> None:
    await asyncio.get_running_loop().run_in_executor(None, db.close)
