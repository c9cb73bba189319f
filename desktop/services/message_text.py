"""The text a person reads in a message, whatever its Cloud API type.

Used for list previews, search and export: body, caption, button or list-reply title,
reaction emoji, location name, and so on. Works on both inbound webhook objects and our
outbound send payloads, which share their per-type shapes.
"""

from __future__ import annotations

from typing import Any

_MEDIA = ("image", "video", "document", "audio", "sticker")


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
        return _get(body, "name") or _get(body, "address")
    if message_type == "button":
        return _get(body, "text") or _get(body, "payload")
    if message_type == "interactive":
        return _interactive_text(body or {})
    if message_type == "contacts":
        names = [
            (c.get("name") or {}).get("formatted_name") for c in (body or []) if isinstance(c, dict)
        ]
        return ", ".join(n for n in names if n) or None
    if message_type == "template":
        return _get(body, "name")
    if message_type == "order":
        return _get(body, "text") or None
    if message_type == "system":
        return _get(body, "body")
    return None


def _interactive_text(body: dict[str, Any]) -> str | None:
    kind = body.get("type")
    if kind in ("button_reply", "list_reply"):
        return _get(body.get(kind), "title")
    if kind == "nfm_reply":
        return _get(body.get(kind), "body")
    # An outbound interactive message: its body text.
    return _get(body.get("body"), "text")


def _get(obj: Any, key: str) -> str | None:
    if isinstance(obj, dict):
        value = obj.get(key)
        return value if isinstance(value, str) else None
    return None
