"""How each Cloud API message type looks as a chat bubble in the inbox."""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QPixmap

from desktop.services.cloud_api.error_catalog import lookup
from desktop.services.delivery_check import is_withdrawn
from desktop.services.inbox import MessageRow
from desktop.services.media_cache import media_id_of, media_path
from desktop.services.message_text import (
    KNOWN_TYPES,
    as_dict,
    as_list,
    as_text,
    local_datetime,
)
from desktop.services.rich_messages import map_link
from desktop.services.templates import render_sent
from desktop.services.text import Phrase
from desktop.ui.chat import BubbleButton, BubbleHeader, BubbleSpec, spec_from_sample
from desktop.ui.chat.bubble_spec import Direction, Theme
from desktop.ui.chat.row_guard import unavailable_text
from desktop.ui.i18n import render
from desktop.ui.inbox.price_line import with_cost

log = logging.getLogger(__name__)

_MEDIA_HEADER = {"image": "image", "video": "video", "document": "document"}


def spec_for_message(row: MessageRow | None, theme: str = "light") -> BubbleSpec:
    """The bubble of a stored message; any field of the wrong type is treated as absent.
    A sent message shows what it cost beside its time."""
    spec = _message_spec(row, theme)
    if row is None or spec.direction != "out":
        return spec
    if row.cost is not None:
        spec = replace(spec, time=with_cost(spec.time, row.cost))
    if is_withdrawn(row.status, row.error_details):
        # Taken back before it went out (a cancelled bulk send): not a failure to fix.
        note = QCoreApplication.translate("Bubble", "Not sent: the bulk send was cancelled")
        spec = replace(spec, status=None, error=None, footer=_below(spec.footer, note))
    elif planned := _scheduled_for(row):
        spec = replace(spec, footer=_below(spec.footer, planned))
    return spec


def _below(footer: str, note: str) -> str:
    return f"{footer}\n{note}" if footer else note


def _message_spec(row: MessageRow | None, theme: str) -> BubbleSpec:
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
    edited = isinstance(row.edited_text, str)
    body = as_text(row.edited_text) if edited else as_text(row.text)
    direction: Direction = "out" if row.direction == "out" else "in"
    status = as_text(row.status) or None if direction == "out" else None
    error = _error_text(row)
    if direction == "out" and "from" in payload:
        # Typed in the WhatsApp Business app on the phone (an echo or imported history).
        footer = QCoreApplication.translate("Bubble", "Sent from the phone")
    if row.revoked:
        return BubbleSpec(
            body="🚫 _" + QCoreApplication.translate("Bubble", "This message was deleted") + "_",
            direction=direction,
            footer=footer,
            time=_clock(row.timestamp),
            status=status,
            theme=look,
        )
    if kind == "sticker":
        media_id = _media_id(kind, payload)
        pixmap = _pixmap(media_id) if media_id else None
        header = BubbleHeader(
            media_kind="sticker",
            pixmap=pixmap,
            placeholder=QCoreApplication.translate("Bubble", "Sticker"),
        )
        body = ""
    elif kind in _MEDIA_HEADER:
        name = as_text(obj.get("filename"))
        pixmap = None
        if kind == "image":
            media_id = _media_id(kind, payload)
            pixmap = _pixmap(media_id) if media_id else None
        header = BubbleHeader(media_kind=_MEDIA_HEADER[kind], placeholder=name, pixmap=pixmap)
        if kind == "document" and body == name:
            body = ""
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
        if map_url(row) is not None:
            buttons = (BubbleButton(QCoreApplication.translate("Bubble", "Open in map"), "url"),)
    elif kind == "contacts":
        body, buttons = _contacts(body_obj, body)
    elif kind == "template" and obj and isinstance(row.template, dict):
        spec = _template_spec(row, obj, direction, status, look)
        if spec is not None:
            return spec
        body = _template_label(obj)
    elif kind == "template" and obj:
        body = _template_label(obj)
    elif kind == "interactive" and obj:
        body, header, footer_text, buttons = _interactive(obj, body)
        footer = footer_text or footer
    elif kind == "order" and obj:
        body = _order(obj, body)
    elif kind == "system":
        body = _system(obj, body)
    elif kind == "unsupported" or row.error_code == UNAVAILABLE_CODE:
        body = _unavailable(row)
        error = None if direction == "in" else error
    elif kind not in KNOWN_TYPES:
        body = unknown_type_text(kind)
        footer = QCoreApplication.translate(
            "Bubble", "Right-click and choose “Show as received (JSON)” to see it"
        )
    if not body and header is None and not buttons:
        # Nothing readable in a message of this type (or of an unexpected shape).
        body = QCoreApplication.translate("Bubble", "[{type} message]").format(type=kind[:40])
    time = _clock(row.timestamp)
    if edited:
        time = QCoreApplication.translate("Bubble", "edited {time}").format(time=time).strip()

    return BubbleSpec(
        body=body,
        direction=direction,
        header=header,
        footer=footer,
        buttons=buttons,
        time=time,
        status=status,
        reply_quote=as_text(row.quoted_text) if row.context_wamid else None,
        reaction=as_text(row.reaction) or None,
        error=error,
        theme=look,
    )


#: Meta's code for an inbound message it could not pass on ("This message is unavailable").
UNAVAILABLE_CODE = 131060


def unknown_type_text(kind: str) -> str:
    """What the inbox says for a message type it does not know (its JSON is on demand)."""
    return QCoreApplication.translate(
        "Bubble", "A message of type “{type}” that WABA Desk cannot show yet"
    ).format(type=kind[:40])


def _unavailable(row: MessageRow) -> str:
    """An unsupported or unavailable message, explained to the business that received it."""
    if row.error_code == UNAVAILABLE_CODE:
        return "⚠ " + QCoreApplication.translate(
            "Bubble",
            "This message is unavailable. WhatsApp did not pass its content on to WABA "
            "Desk; the customer sees it as sent. If it matters, ask them what it said.",
        )
    return "⚠ " + QCoreApplication.translate(
        "Bubble",
        "The customer sent something WhatsApp does not pass on to business apps (for "
        "example a poll, a view-once photo or an event). It cannot be shown here; ask them "
        "on WhatsApp if you need its content.",
    )


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.2f} {currency}".strip()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _order(obj: dict[str, Any], note: str) -> str:
    """Every product with its quantity and price, and the total per currency."""
    lines = ["🛒 *" + QCoreApplication.translate("Bubble", "Order") + "*"]
    totals: dict[str, float] = {}
    for item in as_list(obj.get("product_items")):
        item = as_dict(item)
        product = as_text(item.get("product_retailer_id")) or "?"
        quantity = _number(item.get("quantity")) or 0.0
        price = _number(item.get("item_price"))
        currency = as_text(item.get("currency"))
        shown_quantity = f"{quantity:g}"
        if price is None:
            lines.append(f"{shown_quantity} × {product}")
            continue
        subtotal = price * quantity
        totals[currency] = totals.get(currency, 0.0) + subtotal
        lines.append(
            QCoreApplication.translate(
                "Bubble", "{quantity} × {product} at {price} = {subtotal}"
            ).format(
                quantity=shown_quantity,
                product=product,
                price=_money(price, currency),
                subtotal=_money(subtotal, currency),
            )
        )
    if len(lines) == 1:
        lines.append(QCoreApplication.translate("Bubble", "No products could be read"))
    for currency, total in totals.items():
        lines.append(
            "*"
            + QCoreApplication.translate("Bubble", "Total: {amount}").format(
                amount=_money(total, currency)
            )
            + "*"
        )
    if note:
        lines.append(note)
    return "\n".join(lines)


def _contacts(cards: Any, fallback: str) -> tuple[str, tuple[BubbleButton, ...]]:
    """Every shared contact: name, phones and emails; and the actions on the first phone."""
    lines: list[str] = []
    phones = 0
    for card in as_list(cards):
        card = as_dict(card)
        name = as_dict(card.get("name"))
        shown = as_text(name.get("formatted_name")) or " ".join(
            p for p in (as_text(name.get("first_name")), as_text(name.get("last_name"))) if p
        )
        lines.append("👤 " + (shown or QCoreApplication.translate("Bubble", "Contact card")))
        for phone in as_list(card.get("phones")):
            number = as_text(as_dict(phone).get("phone")) or as_text(as_dict(phone).get("wa_id"))
            if number:
                phones += 1
                lines.append("📞 " + number)
        for email in as_list(card.get("emails")):
            address = as_text(as_dict(email).get("email"))
            if address:
                lines.append("✉ " + address)
        company = as_text(as_dict(card.get("org")).get("company"))
        if company:
            lines.append("🏢 " + company)
    if not lines:
        lines.append("👤 " + (fallback or QCoreApplication.translate("Bubble", "Contact card")))
    buttons: tuple[BubbleButton, ...] = ()
    if phones:
        buttons = (
            BubbleButton(QCoreApplication.translate("Bubble", "Message"), "message"),
            BubbleButton(QCoreApplication.translate("Bubble", "Copy number"), "copy_code"),
        )
    return "\n".join(lines), buttons


def map_url(row: MessageRow) -> str | None:
    """The place of a ``location`` message on OpenStreetMap, if it has coordinates."""
    if row.type != "location":
        return None
    obj = as_dict(as_dict(row.payload).get("location"))
    latitude, longitude = _number(obj.get("latitude")), _number(obj.get("longitude"))
    if latitude is None or longitude is None or not (-90 <= latitude <= 90):
        return None
    if not -180 <= longitude <= 180:
        return None
    return map_link(latitude, longitude)


def list_sections(row: MessageRow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(option, description)]) of a list message we sent, for its sheet."""
    obj = as_dict(as_dict(row.payload).get("interactive"))
    if row.type != "interactive" or obj.get("type") != "list":
        return []
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for section in as_list(as_dict(obj.get("action")).get("sections")):
        section = as_dict(section)
        rows = [
            (as_text(as_dict(r).get("title")), as_text(as_dict(r).get("description")))
            for r in as_list(section.get("rows"))
        ]
        found.append((as_text(section.get("title")), rows))
    return found


def contact_cards(row: MessageRow) -> list[tuple[str, str, str | None]]:
    """(name, phone as shown, WhatsApp id) of every phone in a ``contacts`` message."""
    found: list[tuple[str, str, str | None]] = []
    for card in as_list(as_dict(row.payload).get("contacts")):
        card = as_dict(card)
        name = as_text(as_dict(card.get("name")).get("formatted_name"))
        for phone in as_list(card.get("phones")):
            phone = as_dict(phone)
            shown = as_text(phone.get("phone")) or as_text(phone.get("wa_id"))
            wa_id = as_text(phone.get("wa_id")) or None
            if shown:
                found.append((name, shown, wa_id))
    return found


def _system(obj: dict[str, Any], fallback: str) -> str:
    event = obj.get("type")
    if event == "user_changed_number":
        number = as_text(obj.get("wa_id")) or as_text(obj.get("new_wa_id"))
        return (
            "📱 _"
            + QCoreApplication.translate(
                "Bubble",
                "The customer changed their phone number to +{number}. This chat continues.",
            ).format(number=number.lstrip("+"))
            + "_"
        )
    if event == "user_changed_user_id":
        return (
            "📱 _"
            + QCoreApplication.translate(
                "Bubble", "The customer's WhatsApp account changed. This chat continues."
            )
            + "_"
        )
    return f"_{fallback}_" if fallback else QCoreApplication.translate("Bubble", "System notice")


def unavailable_spec(theme: str = "light") -> BubbleSpec:
    """The bubble of a stored message that could not be read or shown at all."""
    return BubbleSpec(body=unavailable_text(), theme="dark" if theme == "dark" else "light")


def _scheduled_for(row: MessageRow) -> str:
    """ "Scheduled for …" on a message that waits in the outbox for its time, else ""."""
    if row.status != "queued":
        return ""
    moment = local_datetime(row.timestamp)
    if moment is None or moment.timestamp() <= time.time() + 5:
        return ""
    when = QLocale().toString(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute),
        ),
        QLocale.FormatType.ShortFormat,
    )
    return "🕒 " + QCoreApplication.translate("Bubble", "Scheduled for {when}").format(when=when)


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
    # The customer's answer: what they picked, said as such (the quote above shows the
    # question it answers).
    if kind == "button_reply":
        title = as_text(as_dict(obj.get(kind)).get("title"))
        picked = QCoreApplication.translate("Bubble", "Tapped the button")
        return "☑ " + (title or fallback), None, picked, ()
    if kind == "list_reply":
        reply = as_dict(obj.get(kind))
        title = "☑ " + (as_text(reply.get("title")) or fallback)
        description = as_text(reply.get("description"))
        picked = QCoreApplication.translate("Bubble", "Picked from the list")
        return (f"{title}\n_{description}_" if description else title), None, picked, ()
    if kind == "nfm_reply":
        return _flow_reply(as_dict(obj.get(kind)), fallback), None, "", ()
    if kind == "call_permission_reply":
        return _call_permission(as_dict(obj.get(kind))), None, "", ()
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


def _flow_reply(reply: dict[str, Any], fallback: str) -> str:
    """A submitted WhatsApp Flow: one line per field the customer filled in."""
    lines = ["📋 *" + QCoreApplication.translate("Bubble", "Form submitted") + "*"]
    try:
        answers = json.loads(as_text(reply.get("response_json")) or "{}")
    except ValueError:
        answers = {}
    for key, value in as_dict(answers).items():
        if key == "flow_token":
            continue
        label = str(key).replace("_", " ").strip().capitalize()
        if isinstance(value, list):
            shown = ", ".join(as_text(v) or json.dumps(v, ensure_ascii=False) for v in value)
        elif isinstance(value, bool):
            shown = (
                QCoreApplication.translate("Bubble", "Yes")
                if value
                else QCoreApplication.translate("Bubble", "No")
            )
        else:
            shown = as_text(value) or json.dumps(value, ensure_ascii=False)
        lines.append(f"{label}: {shown}")
    if len(lines) == 1 and (fallback or as_text(reply.get("body"))):
        lines.append(fallback or as_text(reply.get("body")))
    return "\n".join(lines)


def _call_permission(reply: dict[str, Any]) -> str:
    """The customer's answer to a request to call them."""
    if as_text(reply.get("response")) == "accept":
        moment = local_datetime(_number(reply.get("expiration_timestamp")))
        if moment is not None:
            return "📞 " + QCoreApplication.translate(
                "Bubble", "Allowed you to call them until {date}"
            ).format(date=moment.strftime("%Y-%m-%d %H:%M"))
        return "📞 " + QCoreApplication.translate("Bubble", "Allowed you to call them")
    return "📞 " + QCoreApplication.translate("Bubble", "Declined calls from you")
