"""How long to wait before trying a Cloud API request again.

Exponential backoff with jitter (so many sender tasks do not retry in lock-step), and
the server's own hints: the ``Retry-After`` header and, for Meta's API-call limits, the
``estimated_time_to_regain_access`` in ``X-Business-Use-Case-Usage`` (minutes).
Which failures are retried at all is decided by the client; this module only does time.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` counts the first try. Waits grow ``base_delay``·2ⁿ up to ``max_delay``.

    ``jitter`` in [0, 1] is the share of each wait that is random: 0 waits exactly the
    backoff, 1 is "full jitter" (anything from 0 to the backoff). A server's Retry-After
    is honoured when it is at most ``max_retry_after`` seconds; a longer one ends the
    retries at once so the caller can reschedule the work instead of blocking.
    """

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """The wait before retry ``retry_number`` (1 for the first retry)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** max(0, retry_number - 1)))
        jitter = min(1.0, max(0.0, self.jitter))
        draw = (rng or random).random()
        return ceiling * (1.0 - jitter * draw)

    def delay(
        self, retry_number: int, retry_after: float | None, rng: random.Random | None = None
    ) -> float | None:
        """The wait before the next try, or None if the server asked for too long a pause."""
        wait = self.backoff(retry_number, rng)
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            wait = max(wait, retry_after)
        return wait


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def parse_usage_wait(value: str | None) -> float | None:
    """Seconds until access returns, from ``X-Business-Use-Case-Usage`` (None if unknown).

    The header is JSON keyed by object id, each a list of usage dicts carrying
    ``estimated_time_to_regain_access`` in minutes; the longest wait wins.
    """
    if not value:
        return None
    try:
        usage: Any = json.loads(value)
    except ValueError:
        return None
    minutes: list[float] = []
    if isinstance(usage, dict):
        for entries in usage.values():
            for entry in entries if isinstance(entries, list) else [entries]:
                if isinstance(entry, dict):
                    wait = entry.get("estimated_time_to_regain_access")
                    if isinstance(wait, int | float) and not isinstance(wait, bool) and wait > 0:
                        minutes.append(float(wait))
    return max(minutes) * 60.0 if minutes else None
