"""Template creation checks, the simulated review decision and send-time parameter counts.

Meta rejects a template synchronously for malformed requests (code 100) and decides the
rest in review: ``INVALID_FORMAT`` for variables that touch each other or the edge of the
text, ``PROMOTIONAL`` for obvious sales wording in a UTILITY template, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.sandbox.errors import GraphError, invalid_parameter

VARIABLE = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")
NAME_RE = re.compile(r"^[a-z0-9_]{1,512}$")
CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
PROMOTIONAL_WORDS = (
    "sale",
    "discount",
    "% off",
    "offer",
    "coupon",
    "buy now",
    "limited time",
    "promo",
    "セール",
    "割引",
    "キャンペーン",
    "クーポン",
)
ABUSIVE_WORDS = ("idiot", "stupid", "バカ")


@dataclass(frozen=True)
class ReviewOutcome:
    status: str  # APPROVED | REJECTED
    reason: str  # NONE or a rejection reason
    rejection_info: dict[str, str] | None = None


def check_create(body: dict[str, Any]) -> None:
    """Raise Meta's synchronous error for a create request that cannot be reviewed."""
    name = body.get("name")
    if not name:
        raise GraphError(100, "The parameter name is required.", plain_message=False)
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise GraphError(
            100,
            "Invalid parameter",
            "Template name can only contain lowercase alphanumeric characters and underscores.",
            subcode=2388023,
        )
    if not body.get("language"):
        raise GraphError(100, "The parameter language is required.")
    category = body.get("category")
    if category not in CATEGORIES:
        raise invalid_parameter(
            "Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}"
            f' - got "{category}".'
        )
    components = body.get("components")
    if not isinstance(components, list) or not components:
        raise GraphError(100, "The parameter components is required.")
    check_components(components)


def check_components(components: list[Any]) -> None:
    bodies = [c for c in components if isinstance(c, dict) and c.get("type") == "BODY"]
    if len(bodies) != 1:
        raise invalid_parameter("Message template must have exactly one BODY component.")
    for comp in components:
        if not isinstance(comp, dict) or comp.get("type") not in (
            "HEADER",
            "BODY",
            "FOOTER",
            "BUTTONS",
            "CAROUSEL",
            "LIMITED_TIME_OFFER",
        ):
            raise invalid_parameter(f"Invalid component: {comp!r}")
        text = comp.get("text") or ""
        if comp["type"] == "BODY" and len(text) > 1024:
            raise GraphError(
                100, "Invalid parameter", "Body text is too long (max 1024).", subcode=2388040
            )
        if comp["type"] == "HEADER" and comp.get("format", "TEXT") == "TEXT" and len(text) > 60:
            raise GraphError(
                100, "Invalid parameter", "Header text is too long (max 60).", subcode=2388040
            )
        if comp["type"] == "FOOTER" and len(text) > 60:
            raise GraphError(
                100, "Invalid parameter", "Footer text is too long (max 60).", subcode=2388040
            )
        if comp["type"] == "BUTTONS":
            buttons = comp.get("buttons") or []
            if not buttons or len(buttons) > 10:
                raise invalid_parameter("A BUTTONS component needs 1 to 10 buttons.")


def _texts(components: list[dict[str, Any]]) -> list[str]:
    return [c.get("text") or "" for c in components if c.get("type") in ("HEADER", "BODY")]


ADJACENT = re.compile(r"\}\}\s*\{\{")
EDGE_VARIABLE = re.compile(r"^\{\{\s*[a-z0-9_]+\s*\}\}|\{\{\s*[a-z0-9_]+\s*\}\}[.!?。！？]?$")


def review(category: str, components: list[dict[str, Any]]) -> ReviewOutcome:
    """What Meta's review would most likely decide."""
    for comp in components:
        if comp.get("type") not in ("HEADER", "BODY"):
            continue
        text = (comp.get("text") or "").strip()
        if ADJACENT.search(text):
            return ReviewOutcome(
                "REJECTED",
                "INVALID_FORMAT",
                {
                    "reason": "The message template has parameters placed next to each other.",
                    "recommendation": "Add words between the variables, like {{1}} and {{2}}.",
                },
            )
        is_body = comp.get("type") == "BODY"
        if is_body and category != "AUTHENTICATION" and EDGE_VARIABLE.search(text):
            return ReviewOutcome(
                "REJECTED",
                "INVALID_FORMAT",
                {
                    "reason": "The message template starts or ends with a parameter.",
                    "recommendation": "Add text before the first and after the last variable.",
                },
            )
    joined = " ".join(_texts(components)).lower()
    if any(word in joined for word in ABUSIVE_WORDS):
        return ReviewOutcome("REJECTED", "ABUSIVE_CONTENT")
    if category == "UTILITY" and any(word in joined for word in PROMOTIONAL_WORDS):
        return ReviewOutcome("REJECTED", "PROMOTIONAL")
    return ReviewOutcome("APPROVED", "NONE")


def expected_params(components: list[dict[str, Any]]) -> dict[str, int]:
    """Parameters a send must give, by component: header, body, button:<index>."""
    expected: dict[str, int] = {}
    for comp in components:
        kind = comp.get("type")
        if kind == "HEADER":
            fmt = comp.get("format", "TEXT")
            if fmt == "TEXT":
                expected["header"] = len(VARIABLE.findall(comp.get("text") or ""))
            elif fmt in ("IMAGE", "VIDEO", "DOCUMENT", "GIF", "LOCATION"):
                expected["header"] = 1
        elif kind == "BODY":
            # an authentication template created without text still takes the code
            text = comp.get("text")
            expected["body"] = 1 if text is None else len(VARIABLE.findall(text))
        elif kind == "BUTTONS":
            for index, button in enumerate(comp.get("buttons") or []):
                dynamic_url = button.get("type") == "URL" and VARIABLE.search(
                    button.get("url") or ""
                )
                if dynamic_url or button.get("type") in ("COPY_CODE", "OTP"):
                    expected[f"button:{index}"] = 1
    return {k: v for k, v in expected.items() if v}


def given_params(send_components: list[dict[str, Any]]) -> dict[str, int]:
    given: dict[str, int] = {}
    for comp in send_components:
        if not isinstance(comp, dict):
            continue
        kind = str(comp.get("type", "")).lower()
        count = len(comp.get("parameters") or [])
        if kind in ("header", "body"):
            given[kind] = given.get(kind, 0) + count
        elif kind == "button":
            given[f"button:{comp.get('index', '0')}"] = count
    return {k: v for k, v in given.items() if v}


def param_mismatch(components: list[dict[str, Any]], send_components: list[Any]) -> str | None:
    """Meta's 132000 details when the counts differ, else ``None``."""
    expected = expected_params(components)
    given = given_params(send_components)
    for key in sorted(set(expected) | set(given)):
        want, got = expected.get(key, 0), given.get(key, 0)
        if want != got:
            label = key.replace("button:", "button at index ")
            return (
                f"{label}: number of localizable_params ({got}) does not match the expected "
                f"number of params ({want})"
            )
    return None
