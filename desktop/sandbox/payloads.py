"""Webhook ``value`` objects in Meta's shapes: inbound messages, statuses, template updates."""

from __future__ import annotations

from typing import Any

from desktop.sandbox.state import Customer, OutboundMessage, PhoneNumber, Template


def metadata(number: PhoneNumber) -> dict[str, str]:
    return {"display_phone_number": number.digits, "phone_number_id": number.id}


def contact_of(customer: Customer) -> dict[str, Any]:
    """Meta's 2026 shape: the username with its ``@``, ``country_code`` inside ``profile``."""
    profile: dict[str, Any] = {"name": customer.name}
    if customer.username:
        profile["username"] = "@" + customer.username.lstrip("@")
    profile["country_code"] = customer.country_code
    contact: dict[str, Any] = {"profile": profile}
    if customer.wa_id:
        contact["wa_id"] = customer.wa_id
    contact["user_id"] = customer.user_id
    return contact


def inbound_value(
    number: PhoneNumber, customer: Customer, message: dict[str, Any]
) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "metadata": metadata(number),
        "contacts": [contact_of(customer)],
        "messages": [message],
    }


def inbound_message(
    customer: Customer, wamid: str, timestamp: int, msg_type: str, content: Any
) -> dict[str, Any]:
    message: dict[str, Any] = {}
    if customer.wa_id:
        message["from"] = customer.wa_id
    message["from_user_id"] = customer.user_id
    message.update({"id": wamid, "timestamp": str(timestamp), "type": msg_type})
    if msg_type == "unsupported":
        message["errors"] = [
            {
                "code": 131051,
                "title": "Message type unknown",
                "message": "Message type unknown",
                "error_data": {"details": "Message type is currently not supported."},
            }
        ]
        if content:
            message["unsupported"] = content
    else:
        message[msg_type] = content
    return message


def status_value(
    number: PhoneNumber,
    message: OutboundMessage,
    status: str,
    timestamp: int,
    *,
    conversation: dict[str, Any] | None = None,
    with_pricing: bool = False,
) -> dict[str, Any]:
    """A status; a customer known only by BSUID gets ``recipient_id: ""`` (as Meta sends)."""
    item: dict[str, Any] = {
        "id": message.wamid,
        "status": status,
        "timestamp": str(timestamp),
        "recipient_id": message.recipient_id,
    }
    if message.recipient_user_id:
        item["recipient_user_id"] = message.recipient_user_id
    if message.biz_opaque_callback_data:
        item["biz_opaque_callback_data"] = message.biz_opaque_callback_data
    if conversation is not None:
        item["conversation"] = conversation
    if with_pricing:
        item["pricing"] = {
            "billable": message.pricing_type == "regular",
            "pricing_model": "PMP",
            "type": message.pricing_type,
            "category": message.category,
        }
    if status == "failed" and message.failure is not None:
        item["errors"] = [message.failure]
    return {"messaging_product": "whatsapp", "metadata": metadata(number), "statuses": [item]}


def template_status_value(
    template: Template, event: str, reason: str, rejection_info: dict[str, str] | None
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "event": event,
        "message_template_id": int(template.id),
        "message_template_name": template.name,
        "message_template_language": template.language.replace("_", "-"),
        "reason": reason,
        "message_template_category": template.category,
    }
    if rejection_info is not None:
        value["rejection_info"] = rejection_info
    return value


def echo_value(
    number: PhoneNumber, customer: Customer, wamid: str, timestamp: int, text: str
) -> dict[str, Any]:
    """``smb_message_echoes``: the business typed this in the WhatsApp Business app."""
    echo: dict[str, Any] = {"from": number.digits}
    if customer.wa_id:
        echo["to"] = customer.wa_id
    echo["to_user_id"] = customer.user_id
    echo.update({"id": wamid, "timestamp": str(timestamp), "type": "text", "text": {"body": text}})
    return {"messaging_product": "whatsapp", "metadata": metadata(number), "message_echoes": [echo]}


def preferences_value(
    number: PhoneNumber, customer: Customer, value: str, timestamp: int
) -> dict[str, Any]:
    """``user_preferences``: the customer stopped (``stop``) or resumed marketing messages."""
    entry: dict[str, Any] = {}
    if customer.wa_id:
        entry["wa_id"] = customer.wa_id
    entry["user_id"] = customer.user_id
    entry.update(
        {
            "detail": "User requested to stop marketing messages"
            if value == "stop"
            else "User requested to resume marketing messages",
            "category": "marketing_messages",
            "value": value,
            "timestamp": timestamp,
        }
    )
    return {
        "messaging_product": "whatsapp",
        "metadata": metadata(number),
        "contacts": [contact_of(customer)],
        "user_preferences": [entry],
    }
