"""WhatsApp Cloud API client: typed calls, Meta's errors as one exception, safe retries.

``CloudApiClient`` talks to ``https://graph.facebook.com`` in live mode and to the local
sandbox (same paths and JSON) in sandbox mode; only ``base_url`` and the token differ::

    async with CloudApiClient(token_from_keyring, base_url=sandbox.base_url) as api:
        try:
            sent = await api.send_text(phone_number_id, "+819011112222", "こんにちは")
        except CloudApiError as error:
            if error.may_have_been_delivered:
                ...  # outcome unknown: reconcile from status webhooks, do not re-send
            show(error.title, error.advice)  # Phrases: translate in the UI
"""

from __future__ import annotations

from desktop.services.cloud_api.client import (
    DEFAULT_BASE_URL,
    DEFAULT_GRAPH_VERSION,
    CloudApiClient,
)
from desktop.services.cloud_api.error_catalog import AUTO_RETRY_CODES, CATALOG, ErrorKind
from desktop.services.cloud_api.errors import CloudApiError
from desktop.services.cloud_api.payloads import SendResult
from desktop.services.cloud_api.retry import RetryPolicy

__all__ = [
    "AUTO_RETRY_CODES",
    "CATALOG",
    "DEFAULT_BASE_URL",
    "DEFAULT_GRAPH_VERSION",
    "CloudApiClient",
    "CloudApiError",
    "ErrorKind",
    "RetryPolicy",
    "SendResult",
]
