"""Request bodies for ``POST /{phone-number-id}/messages``, exactly as Meta documents them.

Pure functions (no I/O) so the outbox can build, store and later re-send the very same
body, and tests can check shapes without a network.
Obvious mistakes (no recipient, both a media id and a link, a caption on audio) raise
``ValueError`` before anything is sent; Meta's length limits are left to Meta and to the
template linter so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MEDIA_KINDS = ("image", "video", "document", "audio", "sticker")
_CAPTIONED = ("image", "video", "document")


@dataclass(frozen=True)
class SendResult:
    """Meta accepted a message (not yet delivered): its wamid and the resolved recipient."""

    wamid: str
    wa_id: str | None = None
    input: str | None = None
    message_status: str | None = None


def normalize_to(to: str) -> str:
    """A recipient number as Meta wants it: digits-only input gets its ``+``.

    Without ``+`` Meta would prepend the *business* number's country code. Numbers
    already written with ``+``, spaces, dashes or brackets are passed through.
    """
    to = to.strip()
    if not to:
        raise ValueError("recipient number is empty")
    return "+" + to if to.isdigit() else to


def envelope(
    message_type: str,
    content: Any,
    *,
    to: str | None,
    recipient: str | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """The common envelope: product, recipient (``to`` wins over a BSUID), type, context."""
    body: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
    if to:
        body["to"] = normalize_to(to)
    elif recipient:
        body["recipient"] = recipient
    else:
        raise ValueError("a message needs a recipient: a phone number (to) or a user id")
    body["type"] = message_type
    body[message_type] = content
    if reply_to:
        body["context"] = {"message_id": reply_to}
    return body


def text_content(body: str, *, preview_url: bool = False) -> dict[str, Any]:
    return {"preview_url": preview_url, "body": body}


def template_content(
    name: str,
    language: str | Mapping[str, Any],
    components: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """``language`` is a code (``"ja"``, ``"en_US"``) or a full ``{"code", "policy"}`` object."""
    lang = {"code": language} if isinstance(language, str) else dict(language)
    content: dict[str, Any] = {"name": name, "language": lang}
    if components:
        content["components"] = [dict(c) for c in components]
    return content


def _header(header: str | Mapping[str, Any] | None) -> dict[str, Any] | None:
    if header is None:
        return None
    if isinstance(header, str):
        return {"type": "text", "text": header}
    return dict(header)


def reply_buttons_content(
    body: str,
    buttons: Sequence[tuple[str, str]],
    *,
    header: str | Mapping[str, Any] | None = None,
    footer: str | None = None,
) -> dict[str, Any]:
    """Interactive reply buttons; ``buttons`` are ``(id, title)``; ``header`` text or object."""
    if not buttons:
        raise ValueError("reply buttons need at least one button")
    content: dict[str, Any] = {"type": "button"}
    head = _header(header)
    if head:
        content["header"] = head
    content["body"] = {"text": body}
    if footer:
        content["footer"] = {"text": footer}
    content["action"] = {
        "buttons": [
            {"type": "reply", "reply": {"id": button_id, "title": title}}
            for button_id, title in buttons
        ]
    }
    return content


def list_content(
    body: str,
    button: str,
    sections: Sequence[Mapping[str, Any]],
    *,
    header: str | None = None,
    footer: str | None = None,
) -> dict[str, Any]:
    """Interactive list; ``sections`` are Meta's ``{"title", "rows": [{"id", "title", …}]}``."""
    if not sections:
        raise ValueError("a list message needs at least one section")
    content: dict[str, Any] = {"type": "list"}
    head = _header(header)
    if head:
        content["header"] = head
    content["body"] = {"text": body}
    if footer:
        content["footer"] = {"text": footer}
    content["action"] = {"button": button, "sections": [dict(s) for s in sections]}
    return content


def media_content(
    kind: str,
    *,
    media_id: str | None = None,
    link: str | None = None,
    caption: str | None = None,
    filename: str | None = None,
) -> dict[str, Any]:
    """An image/video/document/audio/sticker object, by uploaded id or by public link."""
    if kind not in MEDIA_KINDS:
        raise ValueError(f"unknown media kind {kind!r}; expected one of {', '.join(MEDIA_KINDS)}")
    if (media_id is None) == (link is None):
        raise ValueError("give exactly one of media_id or link")
    if caption and kind not in _CAPTIONED:
        raise ValueError(f"{kind} messages cannot have a caption")
    if filename and kind != "document":
        raise ValueError("only documents have a filename")
    content: dict[str, Any] = {"id": media_id} if media_id is not None else {"link": link}
    if caption:
        content["caption"] = caption
    if filename:
        content["filename"] = filename
    return content


def location_content(
    latitude: float, longitude: float, *, name: str | None = None, address: str | None = None
) -> dict[str, Any]:
    content: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
    if name:
        content["name"] = name
    if address:
        content["address"] = address
    return content


def reaction_content(message_id: str, emoji: str) -> dict[str, Any]:
    """A reaction to a message the customer sent; ``""`` removes an earlier reaction."""
    return {"message_id": message_id, "emoji": emoji}


def read_receipt(message_id: str, *, typing_indicator: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": message_id,
    }
    if typing_indicator:
        body["typing_indicator"] = {"type": "text"}
    return body


def parse_send_result(body: Any) -> SendResult | None:
    """The SendResult in Meta's answer, or None if the answer carries no message id."""
    if not isinstance(body, Mapping):
        return None
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not isinstance(messages[0], Mapping):
        return None
    wamid = messages[0].get("id")
    if not isinstance(wamid, str) or not wamid:
        return None
    status = messages[0].get("message_status")
    contacts = body.get("contacts")
    contact: Mapping[str, Any] = {}
    if isinstance(contacts, list) and contacts and isinstance(contacts[0], Mapping):
        contact = contacts[0]
    wa_id, given = contact.get("wa_id"), contact.get("input")
    return SendResult(
        wamid=wamid,
        # A customer known only by BSUID comes back as "wa_id": "" (no phone to tell).
        wa_id=wa_id if isinstance(wa_id, str) and wa_id else None,
        input=given if isinstance(given, str) else None,
        message_status=status if isinstance(status, str) else None,
    )
