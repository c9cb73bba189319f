"""Decode a verified webhook body into something ingest can store, or say why it is not JSON.

The fast path is pydantic's own JSON parser straight into the wire models. It refuses a few
things that are valid JSON and that Meta may well send, above all a lone surrogate escape
(``"\\ud800"``, e.g. half of an emoji cut by a client); those bodies take the slow path:
Python's parser, then every lone surrogate becomes U+FFFD so the text can be stored and
shown. What is not JSON at all (or only JavaScript's ``NaN``/``Infinity``, or nesting deep
enough to exhaust the parser) is refused as malformed.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from pydantic import ValidationError

from desktop.models.wire import Envelope

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Meta's bodies nest about ten levels; pydantic's parser stops at 200, so does this path.
MAX_DEPTH = 200


class MalformedBody(ValueError):
    """The body is not UTF-8 JSON; the first line of the message says why."""


def decode_body(body: bytes) -> tuple[str, Any]:
    """``(raw text, Envelope or plain JSON value)``; raises :class:`MalformedBody`."""
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedBody(f"not UTF-8: {exc}") from exc
    try:
        return raw, Envelope.model_validate_json(body)
    except ValidationError:
        pass  # valid JSON of another shape, or JSON pydantic's parser refuses: look closer
    except RecursionError as exc:
        raise MalformedBody("nested too deeply") from exc
    return raw, without_lone_surrogates(loads_strict(raw))


def loads_strict(raw: str) -> Any:
    """``json.loads`` that refuses ``NaN``, ``Infinity`` and numbers too large for a float."""
    try:
        return json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError as exc:
        raise MalformedBody("nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, oversized integers, the hooks below
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise MalformedBody(first) from exc


def without_lone_surrogates(value: Any, depth: int = 0) -> Any:
    """``value`` with every unpaired UTF-16 surrogate (in keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if depth > MAX_DEPTH:
        raise MalformedBody("nested too deeply")
    if isinstance(value, list):
        return [without_lone_surrogates(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {
            _LONE_SURROGATE.sub("\ufffd", key): without_lone_surrogates(item, depth + 1)
            for key, item in value.items()
        }
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number {text[:20]} is too large")
    return number
