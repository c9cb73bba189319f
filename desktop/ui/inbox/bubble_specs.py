"""How each Cloud API message type looks as a chat bubble in the inbox."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap

from desktop.services.cloud_api.error_catalog import lookup
from desktop.services.inbox import MessageRow
from desktop.services.media_cache import media_id_of, media_path
from desktop.services.message_text import as_dict, as_list, as_text, local_datetime
from desktop.services.templates import render_sent
from desktop.services.text import Phrase
from desktop.ui.chat import BubbleButton, BubbleHeader, BubbleSpec, spec_from_sample
from desktop.ui.chat.bubble_spec import Direction, Theme
from desktop.ui.chat.row_guard import unavailable_text
from desktop.ui.i18n import render

log = logging.getLogger(__name__)

_MEDIA_HEADER = {"image": "image", "video": "video", "document": "document", "sticker": "image"}


def spec_for_message(row: MessageRow | None, theme: str = "light") -> BubbleSpec:
    """The bubble of a stored message; any field of the wrong type is treated as absent."""
    look: Theme = "dark" if theme == "dark" else "light"
    if row is None:
        return BubbleSpec(body="…", theme=look)
    payload = as_dict(row.payload)
    kind = as_text(row.type)
    body_obj: Any = payload.get(kind)
    obj = as_dict(body_obj)
    header: BubbleHeader | None = None
    buttons: tuple[BubbleButton, ...] = ()
    footer = ""
    body = as_text(row.text)
    direction: Direction = "out" if row.direction == "out" else "in"
    status = as_text(row.status) or None if direction == "out" else None
    if kind in _MEDIA_HEADER:
        name = as_text(obj.get("filename"))
        pixmap = None
        if kind in ("image", "sticker"):
            media_id = _media_id(kind, payload)
            pixmap = _pixmap(media_id) if media_id else None
        header = BubbleHeader(media_kind=_MEDIA_HEADER[kind], placeholder=name, pixmap=pixmap)
        if kind == "document" and body == name:
            body = ""
        if kind == "sticker":
            body = QCoreApplication.translate("Bubble", "Sticker")
    elif kind == "audio":
        body = "🎤 " + (
            QCoreApplication.translate("Bubble", "Voice message")
            if obj.get("voice") is True
            else QCoreApplication.translate("Bubble", "Audio")
        )
    elif kind == "location" and obj:
        header = BubbleHeader(media_kind="location")
        parts = [as_text(obj.get("name")), as_text(obj.get("address"))]
        latitude, longitude = obj.get("latitude"), obj.get("longitude")
        coords = f"{latitude}, {longitude}" if _numbers(latitude, longitude) else ""
        body = "\n".join(p for p in parts if p) or coords or body
    elif kind == "contacts":
        body = "👤 " + (body or QCoreApplication.translate("Bubble", "Contact card"))
    elif kind == "template" and obj and isinstance(row.template, dict):
        spec = _template_spec(row, obj, direction, status, look)
        if spec is not None:
            return spec
        body = _template_label(obj)
    elif kind == "template" and obj:
        body = _template_label(obj)
    elif kind == "interactive" and obj:
        body, header, footer, buttons = _interactive(obj, body)
    elif kind == "order" and obj:
        items = as_list(obj.get("product_items"))
        body = QCoreApplication.translate("Bubble", "🛒 Order of {n} item(s)").format(
            n=len(items)
        ) + (f"\n{body}" if body else "")
    elif kind == "system":
        body = f"_{body}_" if body else QCoreApplication.translate("Bubble", "System notice")
    elif kind == "unsupported":
        body = QCoreApplication.translate(
            "Bubble", "This message type cannot be shown (WhatsApp does not deliver it to the API)."
        )
    if not body and header is None and not buttons:
        # Nothing readable in a message of this type (or of an unexpected shape).
        body = QCoreApplication.translate("Bubble", "[{type} message]").format(type=kind[:40])

    return BubbleSpec(
        body=body,
        direction=direction,
        header=header,
        footer=footer,
        buttons=buttons,
        time=_clock(row.timestamp),
        status=status,
        reply_quote=as_text(row.quoted_text) if row.context_wamid else None,
        reaction=as_text(row.reaction) or None,
        error=_error_text(row),
        theme=look,
    )


def unavailable_spec(theme: str = "light") -> BubbleSpec:
    """The bubble of a stored message that could not be read or shown at all."""
    return BubbleSpec(body=unavailable_text(), theme="dark" if theme == "dark" else "light")


def _clock(timestamp: Any) -> str:
    """Hours and minutes of a stored time; nothing for a time that cannot be one."""
    moment = local_datetime(timestamp)
    return moment.strftime("%H:%M") if moment else ""


def _media_id(kind: str, payload: dict[str, Any]) -> str | None:
    media_id = media_id_of(kind, payload)
    return media_id if isinstance(media_id, str) and media_id else None


def _template_label(obj: dict[str, Any]) -> str:
    language = as_text(as_dict(obj.get("language")).get("code"))
    return QCoreApplication.translate("Bubble", "Template “{name}” ({language})").format(
        name=as_text(obj.get("name")), language=language
    )


def _template_spec(
    row: MessageRow, obj: dict[str, Any], direction: Direction, status: str | None, look: Theme
) -> BubbleSpec | None:
    """The sent template drawn as the customer saw it, or None if the stored one does not fit."""
    assert row.template is not None
    try:
        sample = render_sent(row.template, obj)
    except Exception:  # a stored template or send payload of an unexpected shape
        log.warning("template of message %s cannot be rendered", row.id, exc_info=True)
        return None
    spec = spec_from_sample(
        sample, direction=direction, time=_clock(row.timestamp), status=status, theme=look
    )
    return replace(spec, error=_error_text(row), reaction=as_text(row.reaction) or None)


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
    title_text, details_text = as_text(row.error_title), as_text(row.error_details)
    if row.status not in ("failed", "uncertain") and not title_text:
        return None
    if row.status == "uncertain":
        # The outbox stores its own (translatable) advice for interrupted sends.
        return QCoreApplication.translate("Outbox", details_text) or None
    if isinstance(row.error_code, int) and not isinstance(row.error_code, bool):
        info = lookup(row.error_code, None)
        details = _meta_details(info.advice, details_text) or title_text or "-"
        details = details.rstrip(".") or details  # the advice puts its own full stop
        args = {"details": details, "status": "-", "host": ""}
        title = render(Phrase("CloudApi", info.title, args))
        advice = render(Phrase("CloudApi", info.advice, args))
        return f"{title} ({row.error_code}) — {advice}"
    parts = [title_text, details_text]
    return " — ".join(p for p in parts if p) or QCoreApplication.translate(
        "Bubble", "Not delivered"
    )


def _numbers(*values: Any) -> bool:
    return all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


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
    head = as_dict(obj.get("header"))
    if head.get("type") == "text":
        header = BubbleHeader(text=as_text(head.get("text")))
    elif head.get("type") in ("image", "video", "document"):
        header = BubbleHeader(media_kind=head["type"])
    action = as_dict(obj.get("action"))
    buttons: list[BubbleButton] = []
    if kind == "button":
        buttons = [
            BubbleButton(as_text(as_dict(as_dict(b).get("reply")).get("title")), "quick_reply")
            for b in as_list(action.get("buttons"))
        ]
    elif kind == "list":
        buttons = [BubbleButton(as_text(action.get("button")), "list")]
    elif kind == "cta_url":
        label = as_text(as_dict(action.get("parameters")).get("display_text"))
        buttons = [BubbleButton(label, "url")]
    body = as_text(as_dict(obj.get("body")).get("text")) or fallback
    footer = as_text(as_dict(obj.get("footer")).get("text"))
    return body, header, footer, tuple(buttons)
