"""The webhook receiver: verify, store in group-committed batches, then answer and announce."""

from __future__ import annotations

from desktop.services.webhooks.health import WebhookHealth
from desktop.services.webhooks.receiver import (
    DEFAULT_MAX_BODY,
    ReceiverStartError,
    WebhookReceiver,
)
from desktop.services.webhooks.signature import sign, signature_matches

__all__ = [
    "DEFAULT_MAX_BODY",
    "ReceiverStartError",
    "WebhookHealth",
    "WebhookReceiver",
    "sign",
    "signature_matches",
]
