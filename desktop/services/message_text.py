"""The text a person reads in a message, whatever its Cloud API type.

Used for list previews, search and export: body, caption, button or list-reply title,
reaction emoji, location name, and so on. Works on both inbound webhook objects and our
outbound send payloads, which share their per-type shapes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

_MEDIA = ("image", "video", "document", "audio", "sticker")

#: Every message type the inbox draws as its own kind of bubble; any other type is stored
#: and shown as one WABA Desk cannot show yet (and counted in the status bar).
KNOWN_TYPES = frozenset(
    {
        "text",
        "image",
        "video",
        "audio",
        "document",
        "sticker",
        "location",
        "contacts",
        "reaction",
        "interactive",
        "button",
        "order",
        "system",
        "unsupported",
        "template",
        "edit",
        "revoke",
    }
)
#: Types that change an earlier message instead of being one (no bubble of their own).
AMENDING_TYPES = ("edit", "revoke")


def readable_text(message_type: str, payload: dict[str, Any]) -> str | None:
    body = payload.get(message_type)
    if message_type == "text":
        return _get(body, "body")
    if message_type in _MEDIA:
        return _get(body, "caption") or (
            _get(body, "filename") if message_type == "document" else None
        )
    if message_type == "reaction":
        return _get(body, "emoji")
    if message_type == "location":
        return _get(body, "name") or _get(body, "address") or _coordinates(body)
    if message_type == "button":
        return _get(body, "text") or _get(body, "payload")
    if message_type == "interactive":
        return _interactive_text(as_dict(body))
    if message_type == "contacts":
        names = [_get(as_dict(c).get("name"), "formatted_name") for c in as_list(body)]
        return ", ".join(n for n in names if n) or None
    if message_type == "template":
        return _get(body, "name")
    if message_type == "order":
        return _get(body, "text") or None
    if message_type == "system":
        return _get(body, "body")
    if message_type == "edit":
        # {"original_message_id": ..., "message": {"type": "text", "text": {...}}}
        inner = as_dict(as_dict(body).get("message"))
        kind = inner.get("type")
        return readable_text(kind if isinstance(kind, str) else "text", inner)
    return None


def amended_wamid(message_type: str, payload: dict[str, Any]) -> str | None:
    """The message an ``edit`` or ``revoke`` changes (Meta's ``original_message_id``)."""
    if message_type not in AMENDING_TYPES:
        return None
    return _get(payload.get(message_type), "original_message_id") or None


def _interactive_text(body: dict[str, Any]) -> str | None:
    kind = body.get("type")
    if kind in ("button_reply", "list_reply"):
        return _get(body.get(kind), "title")
    if kind == "nfm_reply":
        return _get(body.get(kind), "body")
    # An outbound interactive message: its body text.
    return _get(body.get("body"), "text")


def _coordinates(body: Any) -> str | None:
    """``35.6812, 139.7671`` for a place without a name or address."""
    lat, lon = as_dict(body).get("latitude"), as_dict(body).get("longitude")
    numbers = [v for v in (lat, lon) if isinstance(v, int | float) and not isinstance(v, bool)]
    return f"📍 {lat}, {lon}" if len(numbers) == 2 else None


def _get(obj: Any, key: str) -> str | None:
    if isinstance(obj, dict):
        value = obj.get(key)
        return value if isinstance(value, str) else None
    return None


# -- values read back from the database -------------------------------------------------------
# A stored payload is whatever a customer's app or a webhook sender put there, and SQLite
# keeps any type in any column: everything shown is read through these, never trusted.

#: The latest instant ``datetime`` can show on every platform (9999-12-31 23:59:59 UTC).
LATEST_TIMESTAMP = 253_402_300_799


def as_text(value: Any) -> str:
    """``value`` as text to show: strings as they are, numbers written out, anything else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return str(value)
    return ""


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_timestamp(value: Any) -> int | None:
    """A Unix time ``datetime`` can represent, or None (absent, not a number, out of range)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or not 0 <= value <= LATEST_TIMESTAMP:  # NaN, negative, year > 9999
        return None
    return int(value)


def local_datetime(value: Any) -> datetime | None:
    """The local time of a stored Unix time, or None when it cannot be one."""
    ts = as_timestamp(value)
    if ts is None:
        return None
    try:
        return datetime.fromtimestamp(ts)
    except (OverflowError, OSError, ValueError):
        return None
