"""Meta's template words in the user's words: enum labels and form-field names.

The Graph API says ``UTILITY``, ``QUICK_REPLY`` and ``components[1].example.body_text[0][3]``;
a user sees "Utility", "Quick reply" and "Body, sample for {{4}}" — the label the form
shows for that field. Every label is a :class:`~desktop.services.text.Phrase`, so the UI
shows it translated and the CLI in English. A value with no label (a new enum Meta added)
is shown as it is rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.services.templates.placeholders import variable_keys
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

_CTX = "TemplateLabels"


def _labels(pairs: Mapping[str, str]) -> dict[str, Phrase]:
    return {key: Phrase(_CTX, source) for key, source in pairs.items()}


CATEGORY_LABELS = _labels(
    {
        "MARKETING": QT_TRANSLATE_NOOP("TemplateLabels", "Marketing"),
        "UTILITY": QT_TRANSLATE_NOOP("TemplateLabels", "Utility"),
        "AUTHENTICATION": QT_TRANSLATE_NOOP("TemplateLabels", "Authentication"),
    }
)
HEADER_LABELS = _labels(
    {
        "": QT_TRANSLATE_NOOP("TemplateLabels", "No header"),
        "TEXT": QT_TRANSLATE_NOOP("TemplateLabels", "Text"),
        "IMAGE": QT_TRANSLATE_NOOP("TemplateLabels", "Image"),
        "VIDEO": QT_TRANSLATE_NOOP("TemplateLabels", "Video"),
        "GIF": QT_TRANSLATE_NOOP("TemplateLabels", "GIF animation"),
        "DOCUMENT": QT_TRANSLATE_NOOP("TemplateLabels", "Document"),
        "LOCATION": QT_TRANSLATE_NOOP("TemplateLabels", "Location"),
        "PRODUCT": QT_TRANSLATE_NOOP("TemplateLabels", "Product"),
    }
)
BUTTON_LABELS = _labels(
    {
        "QUICK_REPLY": QT_TRANSLATE_NOOP("TemplateLabels", "Quick reply"),
        "URL": QT_TRANSLATE_NOOP("TemplateLabels", "Visit website"),
        "PHONE_NUMBER": QT_TRANSLATE_NOOP("TemplateLabels", "Call phone number"),
        "COPY_CODE": QT_TRANSLATE_NOOP("TemplateLabels", "Copy offer code"),
        "OTP": QT_TRANSLATE_NOOP("TemplateLabels", "One-time password"),
        "FLOW": QT_TRANSLATE_NOOP("TemplateLabels", "Open form (Flow)"),
        "VOICE_CALL": QT_TRANSLATE_NOOP("TemplateLabels", "WhatsApp call"),
        "MPM": QT_TRANSLATE_NOOP("TemplateLabels", "Several products"),
        "SPM": QT_TRANSLATE_NOOP("TemplateLabels", "One product"),
        "CATALOG": QT_TRANSLATE_NOOP("TemplateLabels", "View catalog"),
        "APP": QT_TRANSLATE_NOOP("TemplateLabels", "Open app"),
        "CALL_PERMISSION_REQUEST": QT_TRANSLATE_NOOP("TemplateLabels", "Ask permission to call"),
        "REQUEST_CONTACT_INFO": QT_TRANSLATE_NOOP("TemplateLabels", "Ask for contact details"),
    }
)
#: The one-time-password buttons of an authentication template (Meta allows only these).
OTP_LABELS = _labels(
    {
        "COPY_CODE": QT_TRANSLATE_NOOP("TemplateLabels", "Copy code"),
        "ONE_TAP": QT_TRANSLATE_NOOP("TemplateLabels", "One-tap autofill"),
        "ZERO_TAP": QT_TRANSLATE_NOOP("TemplateLabels", "Zero-tap"),
    }
)
STATUS_LABELS = _labels(
    {
        "APPROVED": QT_TRANSLATE_NOOP("TemplateLabels", "Approved"),
        "PENDING": QT_TRANSLATE_NOOP("TemplateLabels", "In review"),
        "REJECTED": QT_TRANSLATE_NOOP("TemplateLabels", "Rejected"),
        "PAUSED": QT_TRANSLATE_NOOP("TemplateLabels", "Paused"),
        "DISABLED": QT_TRANSLATE_NOOP("TemplateLabels", "Disabled"),
        "IN_APPEAL": QT_TRANSLATE_NOOP("TemplateLabels", "Appeal in review"),
        "PENDING_DELETION": QT_TRANSLATE_NOOP("TemplateLabels", "Being deleted"),
        "DELETED": QT_TRANSLATE_NOOP("TemplateLabels", "Deleted"),
        "LIMIT_EXCEEDED": QT_TRANSLATE_NOOP("TemplateLabels", "Over the template limit"),
    }
)
#: Meta's rejection reasons (the review line explains each with a hint).
REASON_LABELS = _labels(
    {
        "INVALID_FORMAT": QT_TRANSLATE_NOOP("TemplateLabels", "formatting problem"),
        "PROMOTIONAL": QT_TRANSLATE_NOOP("TemplateLabels", "reads as an offer"),
        "INCORRECT_CATEGORY": QT_TRANSLATE_NOOP("TemplateLabels", "wrong category"),
        "TAG_CONTENT_MISMATCH": QT_TRANSLATE_NOOP("TemplateLabels", "wrong category"),
        "ABUSIVE_CONTENT": QT_TRANSLATE_NOOP("TemplateLabels", "abusive wording"),
        "SCAM": QT_TRANSLATE_NOOP("TemplateLabels", "could mislead customers"),
        "INVALID_URL": QT_TRANSLATE_NOOP("TemplateLabels", "link not allowed"),
        "UNKNOWN": QT_TRANSLATE_NOOP("TemplateLabels", "reason not given"),
        "NONE": QT_TRANSLATE_NOOP("TemplateLabels", "reason not given"),
    }
)
QUALITY_LABELS = _labels(
    {
        "GREEN": QT_TRANSLATE_NOOP("TemplateLabels", "High quality"),
        "HIGH": QT_TRANSLATE_NOOP("TemplateLabels", "High quality"),
        "YELLOW": QT_TRANSLATE_NOOP("TemplateLabels", "Medium quality"),
        "MEDIUM": QT_TRANSLATE_NOOP("TemplateLabels", "Medium quality"),
        "RED": QT_TRANSLATE_NOOP("TemplateLabels", "Low quality"),
        "LOW": QT_TRANSLATE_NOOP("TemplateLabels", "Low quality"),
        "UNKNOWN": QT_TRANSLATE_NOOP("TemplateLabels", "Quality not rated yet"),
    }
)


def label_of(labels: Mapping[str, Phrase], value: str | None) -> Phrase:
    """The label of ``value`` in ``labels``; an unknown value is shown as it is."""
    key = (value or "").upper()
    found = labels.get(key)
    if found is not None:
        return found
    return Phrase(_CTX, "{value}", {"value": value or ""})


_INDEX = re.compile(r"\[(\d+)\]")


def _phrase(source: str, **args: Any) -> Phrase:
    return Phrase(_CTX, source, args)


def field_label(path: str, template: Mapping[str, Any]) -> Phrase:
    """The form's name for the field at lint ``path`` of ``template``.

    ``components[1].example.body_text[0][3]`` of a body ``Hi {{1}} … {{4}}`` is "Body,
    sample for {{4}}": the same words and numbering as the samples table.
    """
    if not path:
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Template"))
    top = path.split(".", 1)[0].split("[", 1)[0]
    simple = {
        "name": QT_TRANSLATE_NOOP("TemplateLabels", "Name"),
        "language": QT_TRANSLATE_NOOP("TemplateLabels", "Language"),
        "category": QT_TRANSLATE_NOOP("TemplateLabels", "Category"),
        "parameter_format": QT_TRANSLATE_NOOP("TemplateLabels", "Variables"),
    }
    if top in simple:
        return _phrase(simple[top])
    if top != "components":
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Template"))
    numbers = [int(n) for n in _INDEX.findall(path)]
    components = template.get("components")
    if not numbers or not isinstance(components, list) or numbers[0] >= len(components):
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Template"))
    component = components[numbers[0]]
    kind = str(component.get("type") or "").upper() if isinstance(component, dict) else ""
    rest = path.split("]", 1)[1] if "]" in path else ""
    if kind in ("HEADER", "BODY"):
        return _text_part_label(kind, rest, numbers[1:], component)
    if kind == "FOOTER":
        if rest.startswith(".code_expiration_minutes"):
            return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Expires after"))
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Footer"))
    if kind == "BUTTONS":
        return _button_label(rest, numbers[1:])
    return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Template"))


def _text_part_label(kind: str, rest: str, numbers: list[int], component: Any) -> Phrase:
    header = kind == "HEADER"
    if header and rest.startswith(".example.header_handle"):
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Header, sample file"))
    if not header and rest.startswith(".add_security_recommendation"):
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Security recommendation"))
    if rest.startswith(".example"):
        text = str(component.get("text") or "") if isinstance(component, dict) else ""
        keys = variable_keys(text)
        # body_text[0][j] and header_text[j] name the j-th variable; named params [j] too
        position = numbers[-1] if numbers else None
        if "body_text[0]" in rest and len(numbers) < 2:
            position = None
        if position is not None and position < len(keys):
            variable = "{{" + keys[position] + "}}"
            if header:
                return _phrase(
                    QT_TRANSLATE_NOOP("TemplateLabels", "Header, sample for {variable}"),
                    variable=variable,
                )
            return _phrase(
                QT_TRANSLATE_NOOP("TemplateLabels", "Body, sample for {variable}"),
                variable=variable,
            )
        if header:
            return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Header, samples"))
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Body, samples"))
    if header:
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Header"))
    return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Body"))


def _button_label(rest: str, numbers: list[int]) -> Phrase:
    if not rest.startswith(".buttons[") or not numbers:
        return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Buttons"))
    number = numbers[0] + 1
    after = rest.split("]", 1)[1] if "]" in rest else ""
    parts = {
        ".text": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, label"),
        ".url": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, website address"),
        ".phone_number": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, phone number"),
        ".example": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, sample"),
        ".otp_type": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, code type"),
        ".supported_apps": QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}, Android app"),
        ".zero_tap_terms_accepted": QT_TRANSLATE_NOOP(
            "TemplateLabels", "Button {number}, zero-tap terms"
        ),
    }
    for prefix, source in parts.items():
        if after.startswith(prefix):
            return _phrase(source, number=number)
    return _phrase(QT_TRANSLATE_NOOP("TemplateLabels", "Button {number}"), number=number)
