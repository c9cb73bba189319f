"""Synchronous checks on a ``POST /{phone-number-id}/messages`` body, with Meta's codes.

Only what Meta rejects at request time lives here (missing fields 131008, bad values
131009 / 100). Window and delivery problems are reported later by status webhooks.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.sandbox.errors import GraphError, invalid_parameter, invalid_value, missing_parameter

MESSAGE_TYPES = (
    "audio",
    "contacts",
    "document",
    "image",
    "interactive",
    "location",
    "reaction",
    "sticker",
    "template",
    "text",
    "video",
)
MEDIA_TYPES = ("audio", "document", "image", "sticker", "video")
INTERACTIVE_TYPES = (
    "button",
    "list",
    "cta_url",
    "product",
    "product_list",
    "catalog_message",
    "flow",
    "location_request_message",
    "address_message",
    "call_permission_request",
    "voice_call",
)
BSUID_RE = re.compile(r"^[A-Z]{2}\.(?:ENT\.)?\d+$")


def normalise_recipient(raw: str) -> str:
    """Digits of a phone number (``+``, spaces, ``-``, brackets allowed), or a BSUID."""
    raw = raw.strip()
    if BSUID_RE.match(raw):
        return raw
    cleaned = re.sub(r"[\s\-()+]", "", raw)
    if not cleaned.isdigit() or not 6 <= len(cleaned) <= 15:
        raise invalid_value(f"Invalid recipient '{raw}': use the full number with country code.")
    return cleaned


def _text_limit(value: Any, path: str, limit: int, *, required: bool = True) -> None:
    if value is None or value == "":
        if required:
            raise missing_parameter(f"The parameter {path} is required.")
        return
    if not isinstance(value, str):
        raise invalid_parameter(f"Param {path} must be a string.")
    if len(value) > limit:
        raise invalid_parameter(f"Param {path} must be at most {limit} characters long.")


def _object(body: dict[str, Any], key: str) -> dict[str, Any]:
    value = body.get(key)
    if value is None:
        raise missing_parameter(f"The parameter {key} is required.")
    if not isinstance(value, dict):
        raise invalid_parameter(f"Param {key} must be a JSON object.")
    return value


def check_message(body: dict[str, Any], media_ids: set[str]) -> str:
    """Validate ``body``; return its message type."""
    msg_type = body.get("type", "text")
    if msg_type not in MESSAGE_TYPES:
        choices = ", ".join(t.upper() for t in MESSAGE_TYPES)
        raise invalid_parameter(f'Param type must be one of {{{choices}}} - got "{msg_type}".')
    if msg_type == "contacts":
        contacts = body.get("contacts")
        if not isinstance(contacts, list) or not contacts:
            raise missing_parameter("The parameter contacts is required.")
        for index, contact in enumerate(contacts):
            _check_contact(index, contact)
        return msg_type
    obj = _object(body, msg_type)
    if msg_type == "text":
        _text_limit(obj.get("body"), "text['body']", 4096)
    elif msg_type in MEDIA_TYPES:
        _check_media(msg_type, obj, media_ids)
    elif msg_type == "location":
        for key, limit in (("latitude", 90.0), ("longitude", 180.0)):
            if obj.get(key) is None:
                raise missing_parameter(f"The parameter location['{key}'] is required.")
            try:
                value = float(obj[key])
            except (TypeError, ValueError):
                raise invalid_value(f"location['{key}'] must be a number.") from None
            if not -limit <= value <= limit:  # also refuses NaN
                raise invalid_value(
                    f"location['{key}'] must be between -{limit:g} and {limit:g}, got {value:g}."
                )
        for key in ("name", "address"):
            if key in obj and not isinstance(obj[key], str):
                raise invalid_parameter(f"Param location['{key}'] must be a string.")
    elif msg_type == "reaction":
        if not obj.get("message_id"):
            raise missing_parameter("The parameter reaction['message_id'] is required.")
        if "emoji" not in obj:
            raise missing_parameter("The parameter reaction['emoji'] is required.")
    elif msg_type == "interactive":
        _check_interactive(obj, media_ids)
    elif msg_type == "template":
        if not obj.get("name"):
            raise missing_parameter("The parameter template['name'] is required.")
        language = obj.get("language")
        if not isinstance(language, dict) or not language.get("code"):
            raise missing_parameter("The parameter template['language']['code'] is required.")
        components = obj.get("components", [])
        if not isinstance(components, list):
            raise invalid_parameter("Param template['components'] must be an array.")
        for comp in components:
            for param in comp.get("parameters") or [] if isinstance(comp, dict) else []:
                text = param.get("text") if isinstance(param, dict) else None
                if isinstance(text, str) and ("\n" in text or "\t" in text or "     " in text):
                    raise GraphError(
                        132018,
                        "There was an issue with the parameters in your template.",
                        "Param text cannot have new-line/tab characters or more than 4 "
                        "consecutive spaces",
                    )
    return msg_type


def _check_media(kind: str, obj: dict[str, Any], media_ids: set[str]) -> None:
    media_id, link = obj.get("id"), obj.get("link")
    if not media_id and not link:
        raise missing_parameter(f"The parameter {kind}['id'] or {kind}['link'] is required.")
    if media_id and link:
        raise invalid_parameter(f"Param {kind} can have either an id or a link, not both.")
    if media_id and str(media_id) not in media_ids:
        raise invalid_value(f"Media id {media_id} is not valid or has expired: upload it again.")
    if link and not str(link).startswith(("http://", "https://")):
        raise invalid_value(f"{kind}['link'] must be an http(s) URL.")
    if "caption" in obj:
        if kind in ("audio", "sticker"):
            raise invalid_parameter(f"Param {kind}['caption'] is not allowed for {kind}.")
        _text_limit(obj["caption"], f"{kind}['caption']", 1024, required=False)


def _check_interactive(obj: dict[str, Any], media_ids: set[str]) -> None:
    kind = obj.get("type")
    if not kind:
        raise missing_parameter("The parameter interactive['type'] is required.")
    if kind not in INTERACTIVE_TYPES:
        choices = ", ".join(INTERACTIVE_TYPES)
        raise invalid_parameter(
            f"Param interactive['type'] must be one of {{{choices}}} - got \"{kind}\"."
        )
    if kind not in ("button", "list", "cta_url"):
        return
    body = obj.get("body")
    if not isinstance(body, dict):
        raise missing_parameter("The parameter interactive['body'] is required.")
    _text_limit(body.get("text"), "interactive['body']['text']", 4096 if kind == "list" else 1024)
    footer = obj.get("footer")
    if isinstance(footer, dict):
        _text_limit(footer.get("text"), "interactive['footer']['text']", 60)
    header = obj.get("header")
    if isinstance(header, dict) and header.get("type") == "text":
        _text_limit(header.get("text"), "interactive['header']['text']", 60)
    elif isinstance(header, dict) and header.get("type") in ("image", "video", "document"):
        if kind == "list":
            raise invalid_parameter("A list message header can only be text.")
        _check_media(header["type"], header.get(header["type"]) or {}, media_ids)
    action = obj.get("action")
    if not isinstance(action, dict):
        raise missing_parameter("The parameter interactive['action'] is required.")
    if kind == "button":
        buttons = action.get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
            count = len(buttons) if isinstance(buttons, list) else 0
            raise invalid_value(
                f"Invalid buttons count {count}. Min allowed buttons: 1, Max allowed buttons: 3"
            )
        titles: set[str] = set()
        ids: set[str] = set()
        for index, button in enumerate(buttons):
            reply = button.get("reply") if isinstance(button, dict) else None
            if not isinstance(reply, dict):
                raise missing_parameter(f"The parameter buttons[{index}]['reply'] is required.")
            _text_limit(reply.get("id"), f"buttons[{index}]['reply']['id']", 256)
            _text_limit(reply.get("title"), f"buttons[{index}]['reply']['title']", 20)
            if reply["title"] in titles:
                raise invalid_value("Button titles must be unique.")
            if reply["id"] in ids:
                raise invalid_value("Button ids must be unique.")
            titles.add(reply["title"])
            ids.add(reply["id"])
    elif kind == "list":
        _text_limit(action.get("button"), "action['button']", 20)
        sections = action.get("sections")
        if not isinstance(sections, list) or not 1 <= len(sections) <= 10:
            raise invalid_value("A list message needs 1 to 10 sections.")
        rows = 0
        row_ids: set[str] = set()
        for s_index, section in enumerate(sections):
            if not isinstance(section, dict):
                raise invalid_parameter(f"Param sections[{s_index}] must be a JSON object.")
            if len(sections) > 1 or section.get("title"):
                _text_limit(section.get("title"), f"sections[{s_index}]['title']", 24)
            section_rows = section.get("rows")
            if not isinstance(section_rows, list):
                raise missing_parameter(f"The parameter sections[{s_index}]['rows'] is required.")
            for r_index, row in enumerate(section_rows):
                if not isinstance(row, dict):
                    raise invalid_parameter(
                        f"Param sections[{s_index}]['rows'][{r_index}] must be a JSON object."
                    )
                rows += 1
                _text_limit(row.get("id"), f"sections[{s_index}]['rows'][{r_index}]['id']", 200)
                _text_limit(
                    row.get("title"), f"sections[{s_index}]['rows'][{r_index}]['title']", 24
                )
                _text_limit(
                    row.get("description"),
                    f"sections[{s_index}]['rows'][{r_index}]['description']",
                    72,
                    required=False,
                )
                if row["id"] in row_ids:
                    raise invalid_value("Row ids must be unique across all sections.")
                row_ids.add(row["id"])
        if not 1 <= rows <= 10:
            raise invalid_value(f"Total row count {rows} is invalid: a list holds 1 to 10 rows.")
    elif kind == "cta_url":
        params = action.get("parameters")
        if action.get("name") != "cta_url" or not isinstance(params, dict):
            raise missing_parameter("The parameter action['parameters'] is required.")
        _text_limit(params.get("display_text"), "parameters['display_text']", 20)
        url = params.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise invalid_value("parameters['url'] must be an http(s) URL.")


_NAME_PARTS = ("first_name", "last_name", "middle_name", "suffix", "prefix")


def _check_contact(index: int, contact: Any) -> None:
    """A shared contact: a formatted name with at least one other part, phones as text."""
    name = contact.get("name") if isinstance(contact, dict) else None
    if not isinstance(name, dict) or not name.get("formatted_name"):
        raise missing_parameter(
            f"The parameter contacts[{index}]['name']['formatted_name'] is required."
        )
    if not isinstance(name["formatted_name"], str):
        raise invalid_parameter(
            f"Param contacts[{index}]['name']['formatted_name'] must be a string."
        )
    if not any(isinstance(name.get(part), str) and name[part] for part in _NAME_PARTS):
        raise missing_parameter(
            f"contacts[{index}]['name'] needs at least one of first_name, last_name, "
            "middle_name, suffix or prefix besides formatted_name."
        )
    phones = contact.get("phones", [])
    if not isinstance(phones, list):
        raise invalid_parameter(f"Param contacts[{index}]['phones'] must be an array.")
    for p_index, phone in enumerate(phones):
        if not isinstance(phone, dict):
            raise invalid_parameter(
                f"Param contacts[{index}]['phones'][{p_index}] must be a JSON object."
            )
        for key in ("phone", "wa_id", "type"):
            if key in phone and not isinstance(phone[key], str):
                raise invalid_parameter(
                    f"Param contacts[{index}]['phones'][{p_index}]['{key}'] must be a string."
                )
