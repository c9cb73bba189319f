"""What the status bar shows about the webhook receiver: a snapshot, cheap to read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WebhookHealth:
    """Counters since the receiver started; ``last_error`` says what went wrong last."""

    url: str | None = None
    listening: bool = False
    events_received: int = 0  # bodies stored (answered 200)
    events_flagged: int = 0  # stored with a note or unprocessed (see webhook_event.error)
    last_event_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    rejected_signature: int = 0  # 401
    rejected_malformed: int = 0  # 400
    rejected_oversize: int = 0  # 413
    unavailable: int = 0  # 503: the database refused, Meta will re-deliver
    batches_committed: int = 0  # transactions; events_received / this = bodies per commit
    batches_retried: int = 0  # written again after a deadlock or serialization failure
