"""Ingest: store what Meta's webhooks tell us, once, in one transaction per batch of bodies.

``apply_payload(session, payload)`` is the pure entry point for one body (tests, tools);
the webhook receiver calls ``apply_payloads`` with many bodies per commit. The outbox uses
``status_rank`` and ``adopt_orphan_statuses``.
"""

from __future__ import annotations

from desktop.services.ingest.apply import (
    IngestResult,
    apply_payload,
    apply_payloads,
    body_digest,
    deliveries,
    store_unprocessed,
)
from desktop.services.ingest.plan import PayloadShapeError, normalise_language
from desktop.services.ingest.statuses import adopt_orphan_statuses, should_advance, status_rank

__all__ = [
    "IngestResult",
    "PayloadShapeError",
    "adopt_orphan_statuses",
    "apply_payload",
    "apply_payloads",
    "body_digest",
    "deliveries",
    "normalise_language",
    "should_advance",
    "status_rank",
    "store_unprocessed",
]
