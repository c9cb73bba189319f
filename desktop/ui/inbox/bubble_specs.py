"""How each Cloud API message type looks as a chat bubble in the inbox."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap

from desktop.services.cloud_api.error_catalog import lookup
from desktop.services.inbox import MessageRow
from desktop.services.media_cache import media_id_of, media_path
from desktop.services.templates import render_sent
from desktop.services.text import Phrase
from desktop.ui.chat import BubbleButton, BubbleHeader, BubbleSpec, spec_from_sample
from desktop.ui.i18n import render

_MEDIA_HEADER = {"image": "image", "video": "video", "document": "document", "sticker": "image"}


def spec_for_message(row: MessageRow | None, theme: str = "light") -> BubbleSpec:
    if row is None:
        return BubbleSpec(body="…", theme=theme)  # type: ignore[arg-type]
    body_obj: Any = row.payload.get(row.type)
    header: BubbleHeader | None = None
    buttons: tuple[BubbleButton, ...] = ()
    footer = ""
    body = row.text or ""
    if row.type in _MEDIA_HEADER:
        name = body_obj.get("filename", "") if isinstance(body_obj, dict) else ""
        pixmap = None
        if row.type in ("image", "sticker"):
            media_id = media_id_of(row.type, row.payload)
            pixmap = _pixmap(media_id) if media_id else None
        header = BubbleHeader(media_kind=_MEDIA_HEADER[row.type], placeholder=name, pixmap=pixmap)
        if row.type == "document" and body == name:
            body = ""
        if row.type == "sticker":
            body = QCoreApplication.translate("Bubble", "Sticker")
    elif row.type == "audio":
        voice = isinstance(body_obj, dict) and body_obj.get("voice")
        body = "🎤 " + (
            QCoreApplication.translate("Bubble", "Voice message")
            if voice
            else QCoreApplication.translate("Bubble", "Audio")
        )
    elif row.type == "location" and isinstance(body_obj, dict):
        header = BubbleHeader(media_kind="location")
        parts = [body_obj.get("name"), body_obj.get("address")]
        coords = f"{body_obj.get('latitude')}, {body_obj.get('longitude')}"
        body = "\n".join(p for p in parts if p) or coords
    elif row.type == "contacts":
        body = "👤 " + (body or QCoreApplication.translate("Bubble", "Contact card"))
    elif row.type == "template" and isinstance(body_obj, dict) and row.template:
        sample = render_sent(row.template, body_obj)
        spec = spec_from_sample(
            sample,
            direction="out" if row.direction == "out" else "in",
            time=datetime.fromtimestamp(row.timestamp).strftime("%H:%M"),
            status=row.status if row.direction == "out" else None,
            theme="dark" if theme == "dark" else "light",
        )
        return replace(spec, error=_error_text(row), reaction=row.reaction)
    elif row.type == "template" and isinstance(body_obj, dict):
        language = (body_obj.get("language") or {}).get("code", "")
        body = QCoreApplication.translate("Bubble", "Template “{name}” ({language})").format(
            name=body_obj.get("name", ""), language=language
        )
    elif row.type == "interactive" and isinstance(body_obj, dict):
        body, header, footer, buttons = _interactive(body_obj, body)
    elif row.type == "order" and isinstance(body_obj, dict):
        items = body_obj.get("product_items") or []
        body = QCoreApplication.translate("Bubble", "🛒 Order of {n} item(s)").format(
            n=len(items)
        ) + (f"\n{body}" if body else "")
    elif row.type == "system":
        body = f"_{body}_" if body else QCoreApplication.translate("Bubble", "System notice")
    elif row.type == "unsupported":
        body = QCoreApplication.translate(
            "Bubble", "This message type cannot be shown (WhatsApp does not deliver it to the API)."
        )
    elif not body:
        body = QCoreApplication.translate("Bubble", "[{type} message]").format(type=row.type)

    error = _error_text(row)
    return BubbleSpec(
        body=body,
        direction="out" if row.direction == "out" else "in",
        header=header,
        footer=footer,
        buttons=buttons,
        time=datetime.fromtimestamp(row.timestamp).strftime("%H:%M"),
        status=row.status if row.direction == "out" else None,
        reply_quote=row.quoted_text if row.context_wamid else None,
        reaction=row.reaction,
        error=error,
        theme="dark" if theme == "dark" else "light",
    )


_PIXMAPS: dict[str, QPixmap] = {}


def _pixmap(media_id: str) -> QPixmap | None:
    """The downloaded picture, once the media cache has it (misses are not remembered)."""
    cached = _PIXMAPS.get(media_id)
    if cached is not None:
        return cached
    path = media_path(media_id)
    if not path.exists():
        return None
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return None
    if len(_PIXMAPS) > 256:
        _PIXMAPS.clear()
    _PIXMAPS[media_id] = pixmap
    return pixmap


def _error_text(row: MessageRow) -> str | None:
    """What went wrong, in the user's language, with what to do next."""
    if row.status not in ("failed", "uncertain") and not row.error_title:
        return None
    if row.status == "uncertain":
        # The outbox stores its own (translatable) advice for interrupted sends.
        return QCoreApplication.translate("Outbox", row.error_details or "") or None
    if row.error_code is not None:
        info = lookup(row.error_code, None)
        details = _meta_details(info.advice, row.error_details) or row.error_title or "-"
        details = details.rstrip(".") or details  # the advice puts its own full stop
        args = {"details": details, "status": "-", "host": ""}
        title = render(Phrase("CloudApi", info.title, args))
        advice = render(Phrase("CloudApi", info.advice, args))
        return f"{title} ({row.error_code}) — {advice}"
    parts = [row.error_title or "", row.error_details or ""]
    return " — ".join(p for p in parts if p) or QCoreApplication.translate(
        "Bubble", "Not delivered"
    )


def _meta_details(advice: str, stored: str | None) -> str | None:
    """Meta's own details from ``stored``, which may hold our whole advice sentence.

    The outbox keeps the rendered (English) advice of a failed send in ``error_details``;
    the bubble renders that advice again from the catalog, in the user's language, with
    Meta's details in its ``{details}`` slot. Filling the slot with the stored advice
    showed the advice twice, so the details are taken back out of it when it matches.
    """
    if not stored:
        return stored
    pattern = "".join(
        "(.*)" if part.startswith("{") else re.escape(part)
        for part in re.split(r"(\{\w+\})", advice)
        if part
    )
    match = re.fullmatch(pattern, stored, re.DOTALL)
    if match is None:
        return stored
    inner = [g for g in match.groups() if g and g != "-"]
    return inner[0] if inner else None


def _interactive(
    obj: dict[str, Any], fallback: str
) -> tuple[str, BubbleHeader | None, str, tuple[BubbleButton, ...]]:
    kind = obj.get("type")
    if kind in ("button_reply", "list_reply", "nfm_reply"):
        return fallback, None, "", ()
    header = None
    head = obj.get("header") or {}
    if head.get("type") == "text":
        header = BubbleHeader(text=head.get("text", ""))
    elif head.get("type") in ("image", "video", "document"):
        header = BubbleHeader(media_kind=head["type"])
    action = obj.get("action") or {}
    buttons: list[BubbleButton] = []
    if kind == "button":
        buttons = [
            BubbleButton(b.get("reply", {}).get("title", ""), "quick_reply")
            for b in action.get("buttons", [])
        ]
    elif kind == "list":
        buttons = [BubbleButton(action.get("button", ""), "list")]
    elif kind == "cta_url":
        buttons = [BubbleButton((action.get("parameters") or {}).get("display_text", ""), "url")]
    body = (obj.get("body") or {}).get("text", fallback)
    footer = (obj.get("footer") or {}).get("text", "")
    return body, header, footer, tuple(buttons)
