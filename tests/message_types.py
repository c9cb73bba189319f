"""Webhook bodies of every message type Meta sends, in Meta's documented shapes.

One customer's thread (Sheena, who has a BSUID and a username) holding every type, in the
order a thread would show them, plus the coexistence fields (``smb_message_echoes``,
``history``) and ``user_preferences``. Shapes follow Meta's webhook references
(messages/*, edit, revoke, smb_message_echoes, history, user_preferences): the username
arrives with its ``@``, ``country_code`` sits inside ``profile``, timestamps are strings.
"""

from __future__ import annotations

import json
from typing import Any

WABA_ID = "102290129340398"
NUMBER_ID = "106540352242922"
BUSINESS = "15550783881"
PHONE = "16505551234"
NEW_PHONE = "12195555358"
USER_ID = "US.13491208655302741918"
NEW_USER_ID = "US.99887766554433221100"
START = 1_764_700_000  # 2025-12-02 18:26 UTC


def envelope(field: str, value: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": WABA_ID, "changes": [{"field": field, "value": value}]}],
    }


def metadata() -> dict[str, str]:
    return {"display_phone_number": BUSINESS, "phone_number_id": NUMBER_ID}


def contact(wa_id: str | None = PHONE, user_id: str | None = USER_ID) -> dict[str, Any]:
    found: dict[str, Any] = {
        "profile": {"name": "Sheena Nelson", "username": "@realsheenanelson", "country_code": "US"}
    }
    if wa_id:
        found["wa_id"] = wa_id
    if user_id:
        found["user_id"] = user_id
    return found


def inbound(
    wamid: str,
    offset: int,
    kind: str,
    content: Any,
    *,
    wa_id: str | None = PHONE,
    user_id: str | None = USER_ID,
    **extra: Any,
) -> dict[str, Any]:
    """A ``messages`` webhook with one message from the customer."""
    message: dict[str, Any] = {}
    if wa_id:
        message["from"] = wa_id
    if user_id:
        message["from_user_id"] = user_id
    message.update({"id": wamid, "timestamp": str(START + offset), "type": kind})
    if content is not None:
        message[kind] = content
    message.update(extra)
    return envelope(
        "messages",
        {
            "messaging_product": "whatsapp",
            "metadata": metadata(),
            "contacts": [contact(wa_id, user_id)],
            "messages": [message],
        },
    )


def media(kind: str, media_id: str, mime: str, **extra: Any) -> dict[str, Any]:
    return {
        "mime_type": mime,
        "sha256": "SfInY4dsdQ3OW9EObGt4T1ZQ4m1qExf3nUq5SgO4Zm4=",
        "id": media_id,
        "url": f"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid={media_id}",
        **extra,
    }


def wamid(n: int) -> str:
    return f"wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdFRkM{n:04d}"


OUR_MESSAGE = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJCUVNJTkVTU09VVDAwMDEA"

FLOW_ANSWERS = {
    "flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s.",
    "delivery_date": "2026-12-05",
    "size": "M",
    "gift_wrap": True,
}


def thread() -> list[tuple[str, dict[str, Any]]]:
    """(name, body) of every type, oldest first, all from or about one customer."""
    text_id, deleted_id = wamid(1), wamid(2)
    bodies: list[tuple[str, dict[str, Any]]] = [
        ("text", inbound(text_id, 0, "text", {"body": "Is the blue vase still available?"})),
        (
            "edit",
            inbound(
                wamid(50),
                30,
                "edit",
                {
                    "original_message_id": text_id,
                    "message": {"type": "text", "text": {"body": "Is the green vase available?"}},
                },
            ),
        ),
        (
            "image",
            inbound(
                wamid(3),
                60,
                "image",
                media("image", "1003383421387256", "image/jpeg", caption="This one"),
            ),
        ),
        (
            "image_no_caption",
            inbound(wamid(4), 70, "image", media("image", "1003383421387257", "image/jpeg")),
        ),
        (
            "sticker",
            inbound(
                wamid(5),
                80,
                "sticker",
                media("sticker", "1003383421387258", "image/webp", animated=True),
            ),
        ),
        (
            "audio",
            inbound(
                wamid(6),
                90,
                "audio",
                media("audio", "1003383421387259", "audio/ogg; codecs=opus", voice=True),
            ),
        ),
        ("video", inbound(wamid(7), 100, "video", media("video", "1003383421387260", "video/mp4"))),
        (
            "document",
            inbound(
                wamid(8),
                110,
                "document",
                media(
                    "document", "1003383421387261", "application/pdf", filename="invoice-0042.pdf"
                ),
            ),
        ),
        (
            "location",
            inbound(
                wamid(9),
                120,
                "location",
                {
                    "latitude": 37.44216,
                    "longitude": -122.16199,
                    "name": "Philz Coffee",
                    "address": "101 Forest Ave, Palo Alto, CA 94301",
                    "url": "https://philzcoffee.com",
                },
            ),
        ),
        (
            "contacts",
            inbound(
                wamid(10),
                130,
                "contacts",
                [
                    {
                        "name": {
                            "formatted_name": "Lucía Gómez",
                            "first_name": "Lucía",
                            "last_name": "Gómez",
                        },
                        "phones": [
                            {
                                "phone": "+1 (983) 555-2319",
                                "wa_id": "19835552319",
                                "type": "MOBILE",
                            },
                            {"phone": "+1 (983) 555-0100", "type": "WORK"},
                        ],
                        "emails": [{"email": "lucia@example.com", "type": "WORK"}],
                    },
                    {
                        "name": {"formatted_name": "Kenji Sato", "first_name": "Kenji"},
                        "phones": [
                            {"phone": "+81 90-1234-5678", "wa_id": "819012345678", "type": "CELL"}
                        ],
                    },
                ],
            ),
        ),
        (
            "button_reply",
            inbound(
                wamid(11),
                140,
                "interactive",
                {"type": "button_reply", "button_reply": {"id": "change", "title": "Change"}},
                context={"from": BUSINESS, "id": OUR_MESSAGE},
            ),
        ),
        (
            "list_reply",
            inbound(
                wamid(12),
                150,
                "interactive",
                {
                    "type": "list_reply",
                    "list_reply": {
                        "id": "priority_express",
                        "title": "Priority Mail Express",
                        "description": "Next Day to 2 Days",
                    },
                },
                context={"from": BUSINESS, "id": OUR_MESSAGE},
            ),
        ),
        (
            "nfm_reply",
            inbound(
                wamid(13),
                160,
                "interactive",
                {
                    "type": "nfm_reply",
                    "nfm_reply": {
                        "response_json": json.dumps(FLOW_ANSWERS),
                        "body": "Sent",
                        "name": "flow",
                    },
                },
                context={"from": BUSINESS, "id": OUR_MESSAGE},
            ),
        ),
        (
            "call_permission_reply",
            inbound(
                wamid(14),
                170,
                "interactive",
                {
                    "type": "call_permission_reply",
                    "call_permission_reply": {
                        "response": "accept",
                        "is_permanent": False,
                        "expiration_timestamp": START + 7 * 86400,
                        "response_source": "user_action",
                    },
                },
            ),
        ),
        (
            "button",
            inbound(
                wamid(15),
                180,
                "button",
                {"payload": "Stop promotions", "text": "Stop promotions"},
                context={"from": BUSINESS, "id": OUR_MESSAGE},
            ),
        ),
        (
            "order",
            inbound(
                wamid(16),
                190,
                "order",
                {
                    "catalog_id": "1537209433764821",
                    "text": "Gift wrap please",
                    "product_items": [
                        {
                            "product_retailer_id": "vase-green",
                            "quantity": 2,
                            "item_price": 30,
                            "currency": "USD",
                        },
                        {
                            "product_retailer_id": "card-thanks",
                            "quantity": 1,
                            "item_price": 4.5,
                            "currency": "USD",
                        },
                    ],
                },
            ),
        ),
        ("reaction", inbound(wamid(17), 200, "reaction", {"message_id": text_id, "emoji": "❤️"})),
        ("to_delete", inbound(deleted_id, 210, "text", {"body": "Sorry, wrong chat"})),
        ("revoke", inbound(wamid(51), 220, "revoke", {"original_message_id": deleted_id})),
        (
            "unsupported",
            inbound(
                wamid(18),
                230,
                "unsupported",
                None,
                errors=[
                    {
                        "code": 131051,
                        "title": "Message type unknown",
                        "message": "Message type unknown",
                        "error_data": {"details": "Message type is currently not supported."},
                    }
                ],
            ),
        ),
        (
            "unavailable",
            inbound(
                wamid(19),
                240,
                "unsupported",
                None,
                errors=[
                    {
                        "code": 131060,
                        "title": "This message is unavailable",
                        "message": "This message is unavailable",
                        "error_data": {"details": "This message is unavailable."},
                    }
                ],
            ),
        ),
        (
            "unknown_type",
            inbound(wamid(20), 250, "hologram", {"id": "h-1", "shape": "vase", "spin": True}),
        ),
        (
            "user_changed_number",
            inbound(
                wamid(21),
                260,
                "system",
                {
                    "body": f"User Sheena Nelson changed from {PHONE} to {NEW_PHONE}",
                    "wa_id": NEW_PHONE,
                    "type": "user_changed_number",
                },
            ),
        ),
        (
            "after_number_change",
            inbound(wamid(22), 270, "text", {"body": "New number, same me"}, wa_id=NEW_PHONE),
        ),
        (
            "user_changed_user_id",
            inbound(
                wamid(23),
                280,
                "system",
                {
                    "body": f"User {USER_ID} changed to {NEW_USER_ID}",
                    "type": "user_changed_user_id",
                    "user_id": NEW_USER_ID,
                },
                wa_id=NEW_PHONE,
            ),
        ),
        ("echo", echo(wamid(24), 290, "Yes, I'll keep the green one for you.")),
    ]
    return bodies


def echo(message_id: str, offset: int, text: str, to: str = NEW_PHONE) -> dict[str, Any]:
    """What the business typed in the WhatsApp Business app (``smb_message_echoes``)."""
    return envelope(
        "smb_message_echoes",
        {
            "messaging_product": "whatsapp",
            "metadata": metadata(),
            "message_echoes": [
                {
                    "from": BUSINESS,
                    "to": to,
                    "id": message_id,
                    "timestamp": str(START + offset),
                    "type": "text",
                    "text": {"body": text},
                }
            ],
        },
    )


def history(customer: str = "447700900123", days_ago: int = 30) -> dict[str, Any]:
    """A past chat of a coexistence number: one message each way (``history``)."""
    when = START - days_ago * 86400
    return envelope(
        "history",
        {
            "messaging_product": "whatsapp",
            "metadata": metadata(),
            "history": [
                {
                    "metadata": {"phase": 1, "chunk_order": 1, "progress": 100},
                    "threads": [
                        {
                            "id": customer,
                            "messages": [
                                {
                                    "from": customer,
                                    "id": "wamid.HISTORY0001",
                                    "timestamp": str(when),
                                    "type": "text",
                                    "text": {"body": "Do you deliver to Leeds?"},
                                    "history_context": {"status": "READ"},
                                },
                                {
                                    "from": BUSINESS,
                                    "to": customer,
                                    "id": "wamid.HISTORY0002",
                                    "timestamp": str(when + 600),
                                    "type": "text",
                                    "text": {"body": "We do, within two days."},
                                    "history_context": {"status": "DELIVERED"},
                                },
                            ],
                        }
                    ],
                }
            ],
        },
    )


def preferences(value: str, offset: int = 300, wa_id: str = NEW_PHONE) -> dict[str, Any]:
    """The customer stopped (``stop``) or resumed (``resume``) marketing messages."""
    return envelope(
        "user_preferences",
        {
            "messaging_product": "whatsapp",
            "metadata": metadata(),
            "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": wa_id}],
            "user_preferences": [
                {
                    "wa_id": wa_id,
                    "detail": "User requested to stop marketing messages"
                    if value == "stop"
                    else "User requested to resume marketing messages",
                    "category": "marketing_messages",
                    "value": value,
                    "timestamp": START + offset,
                }
            ],
        },
    )
