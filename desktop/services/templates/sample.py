"""A template rendered with sample values, as plain data for the preview and the inbox.

The designer's live preview and the inbox's bubble for a sent template both come from
:func:`render_sample`, so they show the same thing. It is called on every keystroke with
whatever the user has typed so far, so it never raises: a broken part is shown as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.services.formatting import neutralize_markup
from desktop.services.templates.fetched import editable_template
from desktop.services.templates.model import MessageTemplate
from desktop.services.templates.placeholders import substitute, variable_keys

#: Graph button type → the bubble's button kind.
BUTTON_KINDS = {
    "QUICK_REPLY": "quick_reply",
    "URL": "url",
    "PHONE_NUMBER": "phone",
    "COPY_CODE": "copy_code",
    "OTP": "otp",
    "FLOW": "flow",
    "VOICE_CALL": "voice_call",
    "CATALOG": "catalog",
    "MPM": "mpm",
    "SPM": "spm",
    "APP": "app",
    "CALL_PERMISSION_REQUEST": "phone",
    "REQUEST_CONTACT_INFO": "quick_reply",
}

# What WhatsApp itself writes for fixed parts (shown in the template's language on phones;
# the preview uses Meta's English wording).
AUTH_BODY = "*{code}* is your verification code."
AUTH_SECURITY = "For your security, do not share this code."
AUTH_EXPIRY = "This code expires in {minutes} minutes."
AUTH_BUTTON = "Copy code"
COPY_CODE_LABEL = "Copy offer code"
SAMPLE_OTP = "123456"


@dataclass(frozen=True)
class SampleButton:
    label: str
    kind: str


@dataclass(frozen=True)
class SampleMessage:
    """What a template looks like once its variables are filled in."""

    header_text: str = ""
    header_media_kind: str | None = None  # image | video | gif | document | location | product
    body: str = ""
    footer: str = ""
    buttons: tuple[SampleButton, ...] = ()


Values = Sequence[str] | Mapping[str, str]


def render_sample(
    template: Mapping[str, Any] | MessageTemplate,
    values: Values | None = None,
    *,
    header_value: str | None = None,
    escape_markup: bool = False,
    mark_missing: bool = False,
) -> SampleMessage:
    """``template`` with ``values`` (else its own examples) substituted into the texts.

    ``values`` is a list for positional templates (``values[0]`` fills ``{{1}}``) or a
    mapping by name for NAMED ones. With ``escape_markup`` a value's ``*``/``_``/``~``
    cannot change the body's formatting (rule R10 in :mod:`desktop.services.formatting`).
    With ``mark_missing`` (the designer's preview) a variable without a sample shows as a
    highlighted ``{{1}}`` (inline code), never as nothing.
    """
    data = template.to_graph() if isinstance(template, MessageTemplate) else template
    if not isinstance(data, Mapping):
        return SampleMessage()
    category = str(data.get("category") or "").upper()
    if category == "AUTHENTICATION":
        data = editable_template(dict(data))  # Meta's fetched form → the create form
    raw_components = data.get("components")
    components: list[Any] = raw_components if isinstance(raw_components, list) else []
    by_type: dict[str, Mapping[str, Any]] = {}
    for comp in components:
        if isinstance(comp, Mapping) and isinstance(comp.get("type"), str):
            by_type.setdefault(comp["type"].upper(), comp)
    if category == "AUTHENTICATION":
        return _authentication(by_type, values)

    transform = neutralize_markup if escape_markup else None
    header_text = ""
    media_kind: str | None = None
    header = by_type.get("HEADER")
    if header is not None:
        fmt = str(header.get("format") or "TEXT").upper()
        if fmt == "TEXT":
            text = _str(header.get("text"))
            samples = _examples(header, "header", text)
            if header_value is not None:
                samples = dict.fromkeys(variable_keys(text), header_value)
            if mark_missing:
                samples = _marked(text, samples)
            header_text = substitute(text, samples)
        else:
            media_kind = fmt.lower()
    body = by_type.get("BODY")
    body_text = ""
    if body is not None:
        text = _str(body.get("text"))
        samples = _examples(body, "body", text)
        if values is not None:
            samples = _values_by_key(text, values)
        if mark_missing:
            samples = _marked(text, samples)
        body_text = substitute(text, samples, transform)
    footer = by_type.get("FOOTER")
    footer_text = _str(footer.get("text")) if footer is not None else ""
    return SampleMessage(
        header_text=header_text,
        header_media_kind=media_kind,
        body=body_text,
        footer=footer_text,
        buttons=_buttons(by_type.get("BUTTONS")),
    )


def _authentication(
    by_type: Mapping[str, Mapping[str, Any]], values: Values | None
) -> SampleMessage:
    code = SAMPLE_OTP
    if isinstance(values, Sequence) and not isinstance(values, str) and values:
        code = str(values[0])
    elif isinstance(values, Mapping) and values:
        code = str(next(iter(values.values())))
    body = AUTH_BODY.format(code=code)
    body_comp = by_type.get("BODY") or {}
    if body_comp.get("add_security_recommendation") is True:
        body = f"{body} {AUTH_SECURITY}"
    footer = ""
    minutes = (by_type.get("FOOTER") or {}).get("code_expiration_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        footer = AUTH_EXPIRY.format(minutes=minutes)
    buttons = _buttons(by_type.get("BUTTONS"))
    buttons = tuple(
        SampleButton(b.label if b.label != COPY_CODE_LABEL else AUTH_BUTTON, b.kind)
        for b in buttons
    )
    return SampleMessage(body=body, footer=footer, buttons=buttons)


def _buttons(comp: Mapping[str, Any] | None) -> tuple[SampleButton, ...]:
    if comp is None or not isinstance(comp.get("buttons"), list):
        return ()
    out: list[SampleButton] = []
    for b in comp["buttons"]:
        if not isinstance(b, Mapping):
            continue
        kind_raw = str(b.get("type") or "").upper()
        kind = BUTTON_KINDS.get(kind_raw, "quick_reply")
        label = _str(b.get("text"))
        if kind_raw == "COPY_CODE" and not label:
            label = COPY_CODE_LABEL
        if kind_raw == "OTP" and not label:
            label = AUTH_BUTTON
        out.append(SampleButton(label, kind))
    return tuple(out)


def _marked(text: str, samples: dict[str, str]) -> dict[str, str]:
    """``samples`` with every variable of ``text`` that has no sample shown as ```{{key}}```."""
    out = dict(samples)
    for key in variable_keys(text):
        if not out.get(key, "").strip():
            out[key] = "`{{" + key + "}}`"
    return out


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _values_by_key(text: str, values: Values) -> dict[str, str]:
    if isinstance(values, Mapping):
        return {str(k): str(v) for k, v in values.items()}
    return {str(i + 1): str(v) for i, v in enumerate(values)}


def _examples(comp: Mapping[str, Any], part: str, text: str) -> dict[str, str]:
    """The sample values in ``comp["example"]``, keyed like the placeholders."""
    example = comp.get("example")
    if not isinstance(example, Mapping):
        return {}
    named = example.get(f"{part}_text_named_params")
    if isinstance(named, list):
        return {
            str(e.get("param_name")): str(e.get("example"))
            for e in named
            if isinstance(e, Mapping) and e.get("example") is not None
        }
    raw = example.get(f"{part}_text")
    if part == "body" and isinstance(raw, list) and raw and isinstance(raw[0], list):
        raw = raw[0]
    if not isinstance(raw, list):
        return {}
    if part == "header":
        keys = variable_keys(text)
        return {k: str(v) for k, v in zip(keys, raw, strict=False) if v is not None}
    return {str(i + 1): str(v) for i, v in enumerate(raw) if v is not None}


def render_sent(
    template: Mapping[str, Any] | MessageTemplate, sent: Mapping[str, Any]
) -> SampleMessage:
    """A sent template message as the customer sees it.

    ``template`` is the stored template definition; ``sent`` is the ``template`` object of
    the send payload (``{"name", "language", "components": [...parameters...]}``). The
    inbox uses this so a sent template looks exactly like its preview in the designer.
    """
    body_values: dict[str, str] = {}
    header_value: str | None = None
    components = sent.get("components") if isinstance(sent, Mapping) else None
    for comp in components if isinstance(components, list) else []:
        if not isinstance(comp, Mapping):
            continue
        kind = str(comp.get("type") or "").lower()
        params = comp.get("parameters")
        if not isinstance(params, list):
            continue
        values = [_param_text(p) for p in params]
        if kind == "header" and values and values[0] is not None:
            header_value = values[0]
        elif kind == "body":
            for i, (param, value) in enumerate(zip(params, values, strict=True)):
                if value is None:
                    continue
                name = param.get("parameter_name") if isinstance(param, Mapping) else None
                body_values[str(name) if name else str(i + 1)] = value
    data = template.to_graph() if isinstance(template, MessageTemplate) else template
    if str(data.get("category") or "").upper() == "AUTHENTICATION":
        code = body_values.get("1")
        return render_sample(data, [code] if code else None)
    return render_sample(data, body_values or None, header_value=header_value)


def _param_text(param: Any) -> str | None:
    if not isinstance(param, Mapping):
        return None
    kind = param.get("type")
    if kind == "text" and isinstance(param.get("text"), str):
        return str(param["text"])
    if kind in ("currency", "date_time"):
        inner = param.get(kind)
        if isinstance(inner, Mapping) and isinstance(inner.get("fallback_value"), str):
            return str(inner["fallback_value"])
    return None
