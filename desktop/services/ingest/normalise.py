"""What ingest stores is what the app can show: odd values are flagged, never trusted.

A webhook body is signed, but its fields are only as sane as the client that produced them:
a timestamp of ``"1000000000000"`` (year 33658), one beyond 64 bits, ``"abc"``; a location
whose ``name`` is a number; an order whose ``product_items`` is a string. Storing such values
as they are moves the failure to every later reader (the bubble renderer, the 24-hour
window, the billing export). So:

- timestamps outside what a calendar can show become the time the body was received, with a
  note (the raw body keeps the original);
- the per-type body of a message keeps only values of the type the app reads for each field
  it knows (numbers become text where text is expected); anything else is dropped from the
  stored payload and named in the note. Unknown fields are kept as they are;
- a wire object that does not fit its model loses the offending fields one by one (and is
  skipped only if a field it cannot do without is wrong), so one bad value never costs the
  rest of the body.
"""

from __future__ import annotations

import copy
import re
import time
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

# 1970-01-01 .. 2100-01-01: every value in between renders as a local date on any platform.
MIN_TIMESTAMP = 0
MAX_TIMESTAMP = 4_102_444_800
_INTEGER = re.compile(r"\s*[+-]?\d{1,30}\s*")
_MAX_REPAIRS = 20

Model = TypeVar("Model", bound=BaseModel)


def now() -> int:
    return int(time.time())


def parse_timestamp(value: Any) -> int | None:
    """Unix seconds if ``value`` is one a calendar can show (int or digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _INTEGER.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if MIN_TIMESTAMP <= number <= MAX_TIMESTAMP else None


def timestamp_or_now(value: Any, where: str, notes: list[str], received: int) -> int:
    """``value`` as Unix seconds, or the time received with a note saying what was wrong."""
    parsed = parse_timestamp(value)
    if parsed is not None:
        return parsed
    notes.append(f"{where}: timestamp {_shown(value)} is not a valid time; used the time received")
    return received


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# -- the per-type body of a message -----------------------------------------------------------
# A schema is a Python type (str, bool, float = any number), a dict of field -> schema (the
# object's known fields; others are kept), or a one-element list [schema] (a list of those).
Schema = Any
_TEXT: Schema = str
_NUMBER: Schema = float
_MEDIA: Schema = {
    "id": str,
    "caption": str,
    "filename": str,
    "mime_type": str,
    "sha256": str,
    "url": str,
    "voice": bool,
    "animated": bool,
}
_REPLY: Schema = {"id": str, "title": str, "description": str}
_TYPE_BODIES: dict[str, Schema] = {
    "text": {"body": str, "preview_url": bool},
    "image": _MEDIA,
    "video": _MEDIA,
    "audio": _MEDIA,
    "document": _MEDIA,
    "sticker": _MEDIA,
    "location": {"latitude": float, "longitude": float, "name": str, "address": str, "url": str},
    "reaction": {"message_id": str, "emoji": str},
    "button": {"text": str, "payload": str},
    "interactive": {
        "type": str,
        "button_reply": _REPLY,
        "list_reply": _REPLY,
        "nfm_reply": {"body": str, "name": str, "response_json": str},
        "call_permission_reply": {
            "response": str,
            "expiration_timestamp": float,
            "response_source": str,
        },
        "header": {"type": str, "text": str},
        "body": {"text": str},
        "footer": {"text": str},
        "action": {
            "button": str,
            "buttons": [{"type": str, "reply": _REPLY}],
            "parameters": {"display_text": str, "url": str},
            "sections": [{"title": str, "rows": [_REPLY]}],
        },
    },
    "order": {
        "catalog_id": str,
        "text": str,
        "product_items": [
            {"product_retailer_id": str, "quantity": float, "item_price": float, "currency": str}
        ],
    },
    "contacts": [
        {
            "name": {"formatted_name": str, "first_name": str, "last_name": str},
            "phones": [{"phone": str, "wa_id": str, "type": str}],
            "emails": [{"email": str, "type": str}],
        }
    ],
    "system": {
        "body": str,
        "type": str,
        "wa_id": str,
        "new_wa_id": str,
        "user_id": str,
        "new_user_id": str,
    },
    "edit": {"original_message_id": str, "message": {"type": str, "text": {"body": str}}},
    "revoke": {"original_message_id": str},
    "template": {
        "name": str,
        "language": {"code": str, "policy": str},
        "components": [{"type": str, "parameters": [{"type": str, "text": str}]}],
    },
}
# Fields of the message object itself that readers use.
_MESSAGE_FIELDS: dict[str, Schema] = {
    "context": {"id": str, "from": str, "forwarded": bool, "frequently_forwarded": bool},
    "referral": {"source_url": str, "source_type": str, "source_id": str, "headline": str},
}


def trusted_message(message: dict[str, Any], message_type: str) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``message`` holding only values of the expected type; what was dropped.

    The returned dict shares nothing mutable with ``message`` where it changed anything.
    """
    dropped: list[str] = []
    result = dict(message)
    fields = dict(_MESSAGE_FIELDS)
    if message_type in _TYPE_BODIES:
        fields[message_type] = _TYPE_BODIES[message_type]
    for name, schema in fields.items():
        if name not in result:
            continue
        kept = _conform(result[name], schema, name, dropped)
        if kept is _DROP:
            del result[name]
        else:
            result[name] = kept
    return result, dropped


class _Dropped:
    pass


_DROP: Any = _Dropped()


def _conform(value: Any, schema: Schema, path: str, dropped: list[str]) -> Any:
    """``value`` made to fit ``schema`` (a new object if anything changed), or ``_DROP``."""
    if value is None:
        return _DROP  # absent and null read the same way; not worth a note
    if schema is str:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    elif schema is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                float(value)
            except ValueError:
                pass
            else:
                return value
    elif schema is bool:
        if isinstance(value, bool):
            return value
    elif isinstance(schema, list):
        if isinstance(value, list):
            items = []
            for index, item in enumerate(value):
                kept = _conform(item, schema[0], f"{path}[{index}]", dropped)
                if kept is not _DROP:
                    items.append(kept)
            return items
    elif isinstance(schema, dict) and isinstance(value, dict):
        result = dict(value)
        for name, inner in schema.items():
            if name in result:
                kept = _conform(result[name], inner, f"{path}.{name}", dropped)
                if kept is _DROP:
                    del result[name]
                else:
                    result[name] = kept
        return result
    dropped.append(path)
    return _DROP


# -- wire models that do not fit --------------------------------------------------------------
def lenient(model: type[Model], data: Any, where: str, notes: list[str]) -> Model | None:
    """``model`` validated from ``data``, dropping fields that do not fit (noted in ``notes``).

    Returns None (with a note) when ``data`` is not an object or a field the model cannot do
    without is missing or unusable.
    """
    if not isinstance(data, dict):
        notes.append(f"{where} is not an object; ignored")
        return None
    try:
        return model.model_validate(data)
    except ValidationError:
        pass
    work = copy.deepcopy(data)
    removed: list[str] = []
    for _ in range(_MAX_REPAIRS):
        try:
            validated = model.model_validate(work)
        except ValidationError as exc:
            error = exc.errors()[0]
            loc = tuple(error.get("loc", ()))
            shown = ".".join(str(p) for p in loc) or "it"
            if error.get("type") != "missing" and _remove(work, loc):
                removed.append(shown)
                continue
            # A required field is missing or unusable: drop the list element it belongs to.
            element = [i for i, step in enumerate(loc) if isinstance(step, int)]
            if element and _remove(work, loc[: element[-1] + 1]):
                removed.append(".".join(str(p) for p in loc[: element[-1] + 1]))
                continue
            notes.append(f"{where} ignored: {shown}: {error.get('msg', 'invalid')}")
            return None
        notes.append(f"{where}: ignored {', '.join(removed)} (unexpected type or shape)")
        return validated
    notes.append(f"{where} ignored: too many unexpected values")
    return None


def _remove(data: Any, loc: tuple[Any, ...]) -> bool:
    """Delete the deepest existing value on ``loc`` (union tags in ``loc`` are skipped)."""
    parent: Any = None
    key: Any = None
    node = data
    for step in loc:
        in_dict = isinstance(node, dict) and step in node
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if in_dict or in_list:
            parent, key, node = node, step, node[step]
        else:
            break
    if parent is None:
        return False
    del parent[key]
    return True
