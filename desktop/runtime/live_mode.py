"""Live mode: graph.facebook.com with the keyring's token, our receiver on the set port.

A receiver that cannot bind, or a token Meta refuses, does not stop the app: the inbox
still opens on what the database holds and the status bar says what to fix.
"""

from __future__ import annotations

from contextlib import AsyncExitStack

from desktop.models.db import Database
from desktop.runtime.connection import Connection
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.error_log import ErrorLog
from desktop.services.events import EventHub
from desktop.services.recipients import StoredRecipients
from desktop.services.settings import AppSettings, LiveCredentials
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase
from desktop.services.webhooks import ReceiverStartError, WebhookReceiver


async def start_live_mode(
    db: Database,
    hub: EventHub,
    settings: AppSettings,
    creds: LiveCredentials,
    errors: ErrorLog,
    stack: AsyncExitStack,
) -> Connection:
    """Start client and receiver (each registered on ``stack`` to stop) and sync accounts."""
    s = settings
    client = CloudApiClient(creds.access_token, base_url=s.base_url, version=s.graph_version)
    stack.push_async_callback(client.aclose)
    receiver: WebhookReceiver | None = WebhookReceiver(
        db, hub, app_secret=creds.app_secret, verify_token=creds.verify_token
    )
    webhook_url = ""
    try:
        assert receiver is not None
        webhook_url = await receiver.start(s.webhook_host, s.webhook_port)
        stack.push_async_callback(receiver.stop)
    except ReceiverStartError as exc:
        errors.report(
            Phrase("Runtime", QT_TRANSLATE_NOOP("Runtime", "Webhook receiver not started")),
            exc.phrase,
        )
        receiver = None

    async def sync() -> object:
        return await sync_accounts(client, db, hub, business_id=s.business_id, waba_ids=s.waba_ids)

    try:
        await sync()
    except CloudApiError as exc:
        errors.report(exc.title, exc.advice)
    return Connection(
        client=client,
        receiver=receiver,
        webhook_url=webhook_url,
        sync_accounts=sync,
        waba_ids=lambda: list(s.waba_ids),
        recipients=StoredRecipients(db),
    )
