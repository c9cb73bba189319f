"""What each mode contributes: a client, a receiver, the account sync and recipients."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.cloud_api import CloudApiClient
from desktop.services.recipients import RecipientDirectory
from desktop.services.webhooks import WebhookReceiver

if TYPE_CHECKING:
    from desktop.sandbox.server import SandboxServer


@dataclass(frozen=True)
class Connection:
    """The mode-specific half of a running app (see ``sandbox_mode`` and ``live_mode``)."""

    client: CloudApiClient
    receiver: WebhookReceiver | None  # None when live mode could not bind its port
    webhook_url: str
    sync_accounts: Callable[[], Awaitable[object]]
    waba_ids: Callable[[], Sequence[str]]  # what the health check pings
    recipients: RecipientDirectory
    sandbox: SandboxServer | None = None
