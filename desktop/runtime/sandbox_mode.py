"""Sandbox mode: the Cloud API simulator on loopback posts signed webhooks to our receiver.

The same client, receiver and ingest run as in live mode; only the base URL and the secrets
differ. The simulator also answers the send dialog's question "who may this test number
message?" (:class:`SandboxRecipients`), which Meta's API does not expose.
"""

from __future__ import annotations

import secrets as token_source
from collections.abc import Mapping, Sequence
from contextlib import AsyncExitStack

from desktop.models.db import Database
from desktop.runtime.connection import Connection
from desktop.runtime.options import SandboxTuning
from desktop.sandbox.server import SandboxServer
from desktop.services.accounts import sync_accounts
from desktop.services.cloud_api import CloudApiClient
from desktop.services.events import EventHub
from desktop.services.recipients import StoredRecipients
from desktop.services.settings import AppSettings
from desktop.services.templates.send_targets import RecipientChoice
from desktop.services.webhooks import WebhookReceiver

SANDBOX_TOKEN = "sandbox-token"


class SandboxRecipients(StoredRecipients):
    """Stored contacts, plus each simulated number's allowed recipients (test numbers)."""

    def __init__(self, db: Database, sandbox: SandboxServer) -> None:
        super().__init__(db)
        self._sandbox = sandbox

    def recipients_by_number(self) -> Mapping[str, Sequence[RecipientChoice]]:
        state = self._sandbox.state()
        names = {c["wa_id"]: c["name"] for c in state.get("customers", []) if c.get("wa_id")}
        out: dict[str, list[RecipientChoice]] = {}
        for number in state.get("phone_numbers", []):
            allowed = (
                number.get("allowed_recipients") or []
                if number.get("is_test_number")
                else list(names)
            )
            out[number["id"]] = [RecipientChoice(w, names.get(w, "")) for w in allowed]
        return out


async def start_sandbox_mode(
    db: Database,
    hub: EventHub,
    settings: AppSettings,
    tuning: SandboxTuning,
    stack: AsyncExitStack,
) -> Connection:
    """Start receiver, simulator and client (each registered on ``stack`` to stop)."""
    app_secret = token_source.token_hex(16)
    verify_token = token_source.token_hex(8)
    receiver = WebhookReceiver(db, hub, app_secret=app_secret, verify_token=verify_token)
    stack.push_async_callback(receiver.stop)
    webhook_url = await receiver.start("127.0.0.1", 0)
    sandbox = SandboxServer(
        webhook_url=webhook_url,
        app_secret=app_secret,
        access_token=SANDBOX_TOKEN,
        seed=tuning.seed,
        customer_interval=tuning.customer_interval,
        review_delay=tuning.review_delay,
        status_delay=tuning.status_delay,
        read_delay=tuning.read_delay,
        simulate_customers=tuning.simulate_customers,
    )
    stack.push_async_callback(sandbox.stop)
    base_url = await sandbox.start("127.0.0.1", 0)
    client = CloudApiClient(SANDBOX_TOKEN, base_url=base_url, version=settings.graph_version)
    stack.push_async_callback(client.aclose)

    async def sync() -> object:
        return await sync_accounts(client, db, hub, business_id=sandbox.business_id, sandbox=True)

    await sync()
    return Connection(
        client=client,
        receiver=receiver,
        webhook_url=webhook_url,
        sync_accounts=sync,
        waba_ids=lambda: list(sandbox.waba_ids),
        recipients=SandboxRecipients(db, sandbox),
        sandbox=sandbox,
    )
