"""The 24-hour customer-service window: free-form messages only while it is open."""

from __future__ import annotations

WINDOW_SECONDS = 24 * 60 * 60


def window_closes_at(last_inbound_ts: int | None) -> int | None:
    """Unix second at which free-form sending stops, or None when the customer never wrote."""
    return None if last_inbound_ts is None else last_inbound_ts + WINDOW_SECONDS


def window_is_open(last_inbound_ts: int | None, now: float) -> bool:
    closes = window_closes_at(last_inbound_ts)
    return closes is not None and now < closes


def needs_open_window(message_type: str) -> bool:
    """Templates may start a conversation; everything else needs the window open."""
    return message_type != "template"
