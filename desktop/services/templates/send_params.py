"""The ``components`` of a template send (``POST /messages``; Meta's page: https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages).

The send form collects the user's values; :func:`build_send_components` turns them into
Meta's parameter objects and :func:`check_send_components` validates any components
against the approved template *before* the call, so mistakes Meta would answer with
132000 (count), 132012 (format), 132018/100 (newline, tab, 4+ spaces) or a broken URL
suffix are shown next to the field instead of after a failed send.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.services.formatting import neutralize_markup
from desktop.services.templates.lint import LintItem
from desktop.services.templates.model import MessageTemplate
from desktop.services.templates.placeholders import variable_keys
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "TemplateSend"
TEXT_PARAM_MAX = 32_768
CODE_MAX = 15
_MEDIA = ("IMAGE", "VIDEO", "DOCUMENT", "GIF")
_MARKERS_RE = re.compile(r"[*_~`]")
# What may stand in a URL suffix unencoded; everything else must be %XX (":" and "|" too).
_SUFFIX_RE = re.compile(r"(?:[A-Za-z0-9\-._~/?=&+,;!*'()@$]|%[0-9A-Fa-f]{2})*")


@dataclass
class SendValues:
    """What the user typed in the send form."""

    #: Body variables: a list for POSITIONAL templates, a mapping by name for NAMED ones.
    body: Sequence[str] | Mapping[str, str] = ()
    #: Value of the text header's variable.
    header_text: str | None = None
    #: Media header: ``{"id": "<media id>"}`` or ``{"link": "https://…"}`` (+ ``filename``).
    header_media: Mapping[str, str] | None = None
    #: Location header: ``{"latitude", "longitude", "name", "address"}``.
    header_location: Mapping[str, Any] | None = None
    #: By button index: URL suffix (raw, encoded here), quick-reply payload, or coupon code.
    buttons: Mapping[int, str] = field(default_factory=dict)
    #: The one-time password of an AUTHENTICATION template.
    otp_code: str | None = None
    #: Insert zero-width spaces so values cannot change the body's formatting.
    escape_markup: bool = False


class SendParamsError(ValueError):
    """The values do not fit the template; ``problems`` says where and why."""

    def __init__(self, problems: list[LintItem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


def _problem(path: str, rule: str, source: str, severity: str = "error", **args: Any) -> LintItem:
    phrase = Phrase(CONTEXT, source, args)
    return LintItem(
        path, rule, phrase.render(), phrase, "error" if severity == "error" else "warning"
    )


def _graph(template: Mapping[str, Any] | MessageTemplate) -> MessageTemplate:
    if isinstance(template, MessageTemplate):
        return template
    return MessageTemplate.from_graph(dict(template))


def encode_url_suffix(value: str) -> str:
    """Percent-encode a URL button's suffix as Meta wants (space → %20, : → %3A, | → %7C)."""
    return urllib.parse.quote(value, safe="/?=&-._~")


def build_send_components(
    template: Mapping[str, Any] | MessageTemplate, values: SendValues
) -> list[dict[str, Any]]:
    """Meta's ``template.components`` for ``values``; raises :class:`SendParamsError`."""
    tpl = _graph(template)
    problems: list[LintItem] = []
    components: list[dict[str, Any]] = []
    if (tpl.category or "").upper() == "AUTHENTICATION":
        code = values.otp_code
        if code is None and isinstance(values.body, Sequence) and values.body:
            code = values.body[0]
        if not code:
            problems.append(
                _problem(
                    "otp_code",
                    "otp.missing",
                    QT_TRANSLATE_NOOP("TemplateSend", "Enter the one-time code to send."),
                )
            )
        else:
            components = [
                {"type": "body", "parameters": [{"type": "text", "text": code}]},
                {
                    "type": "button",
                    "sub_type": "url",
                    "index": "0",
                    "parameters": [{"type": "text", "text": code}],
                },
            ]
    else:
        components = _build_regular(tpl, values, problems)
    problems += check_send_components(tpl, components)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SendParamsError(errors)
    return components


def _build_regular(
    tpl: MessageTemplate, values: SendValues, problems: list[LintItem]
) -> list[dict[str, Any]]:
    components: list[dict[str, Any]] = []
    header = tpl.header
    if header is not None:
        fmt = (header.format or "TEXT").upper()
        if fmt == "TEXT" and header.variables:
            if values.header_text is not None:
                param: dict[str, Any] = {"type": "text", "text": values.header_text}
                if tpl.is_named:
                    param["parameter_name"] = header.variables[0]
                components.append({"type": "header", "parameters": [param]})
        elif fmt in _MEDIA and values.header_media is not None:
            kind = fmt.lower()
            components.append(
                {"type": "header", "parameters": [{"type": kind, kind: dict(values.header_media)}]}
            )
        elif fmt == "LOCATION" and values.header_location is not None:
            components.append(
                {
                    "type": "header",
                    "parameters": [{"type": "location", "location": dict(values.header_location)}],
                }
            )
    body = tpl.body
    keys = body.variables if body is not None else []
    if keys:
        escape = neutralize_markup if values.escape_markup else (lambda v: v)
        params: list[dict[str, Any]] = []
        if isinstance(values.body, Mapping):
            for key in keys:
                if key in values.body:
                    params.append(
                        {"type": "text", "parameter_name": key, "text": escape(values.body[key])}
                    )
        else:
            if tpl.is_named:
                problems.append(
                    _problem(
                        "body",
                        "body.named_values",
                        QT_TRANSLATE_NOOP(
                            "TemplateSend",
                            "This template uses named variables; give the values by name.",
                        ),
                    )
                )
            params = [{"type": "text", "text": escape(v)} for v in values.body]
        components.append({"type": "body", "parameters": params})
    for index, button in enumerate(tpl.buttons):
        kind = button.type.upper()
        given = values.buttons.get(index)
        if kind == "URL" and button.url_variables:
            if given is not None:
                components.append(
                    {
                        "type": "button",
                        "sub_type": "url",
                        "index": str(index),
                        "parameters": [{"type": "text", "text": encode_url_suffix(given)}],
                    }
                )
        elif kind == "COPY_CODE":
            if given is not None:
                components.append(
                    {
                        "type": "button",
                        "sub_type": "copy_code",
                        "index": str(index),
                        "parameters": [{"type": "coupon_code", "coupon_code": given}],
                    }
                )
        elif kind == "QUICK_REPLY" and given is not None:
            components.append(
                {
                    "type": "button",
                    "sub_type": "quick_reply",
                    "index": str(index),
                    "parameters": [{"type": "payload", "payload": given}],
                }
            )
    return components


def check_send_components(
    template: Mapping[str, Any] | MessageTemplate, components: Any
) -> list[LintItem]:
    """Problems (errors and warnings) of sending ``components`` with ``template``."""
    tpl = _graph(template)
    out: list[LintItem] = []
    status = tpl.status
    if status is not None and status != "APPROVED":
        out.append(
            _problem(
                "template",
                "template.not_approved",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "The template is {status}; only APPROVED templates can be sent. Wait for "
                    "review or pick another template.",
                ),
                status=status,
            )
        )
    if not isinstance(components, list):
        out.append(
            _problem(
                "components",
                "components.shape",
                QT_TRANSLATE_NOOP("TemplateSend", "components must be a list."),
            )
        )
        return out
    if (tpl.category or "").upper() == "AUTHENTICATION":
        _check_authentication(components, out)
        return out
    headers = [c for c in components if isinstance(c, dict) and c.get("type") == "header"]
    bodies = [c for c in components if isinstance(c, dict) and c.get("type") == "body"]
    buttons = [c for c in components if isinstance(c, dict) and c.get("type") == "button"]
    _check_header(tpl, headers, out)
    _check_body(tpl, bodies, out)
    _check_buttons(tpl, buttons, out)
    return out


def _check_text(path: str, value: Any, out: list[LintItem], limit: int = TEXT_PARAM_MAX) -> None:
    if not isinstance(value, str) or not value.strip():
        out.append(
            _problem(
                path,
                "param.empty",
                QT_TRANSLATE_NOOP("TemplateSend", "Enter a value; it may not be empty."),
            )
        )
        return
    if "\n" in value or "\t" in value or "     " in value:
        out.append(
            _problem(
                path,
                "param.whitespace",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "Values may not contain line breaks, tabs or more than four spaces in a "
                    "row (Meta rejects the send). Put them on one line.",
                ),
            )
        )
    if len(value) > limit:
        out.append(
            _problem(
                path,
                "param.length",
                QT_TRANSLATE_NOOP(
                    "TemplateSend", "The value has {length} characters; at most {limit}."
                ),
                length=len(value),
                limit=limit,
            )
        )


def _check_header(tpl: MessageTemplate, headers: list[dict], out: list[LintItem]) -> None:
    header = tpl.header
    path = "header"
    if header is None:
        if headers:
            out.append(
                _problem(
                    path,
                    "header.unexpected",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend", "This template has no header; remove the header values."
                    ),
                )
            )
        return
    fmt = (header.format or "TEXT").upper()
    params = headers[0].get("parameters") if headers else None
    needs = (fmt == "TEXT" and bool(header.variables)) or fmt in (*_MEDIA, "LOCATION")
    if not needs:
        if headers:
            out.append(
                _problem(
                    path,
                    "header.unexpected",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend", "This template's header takes no values; remove them."
                    ),
                )
            )
        return
    if not isinstance(params, list) or len(params) != 1 or not isinstance(params[0], dict):
        source = {
            "TEXT": QT_TRANSLATE_NOOP("TemplateSend", "Enter the header's value."),
            "LOCATION": QT_TRANSLATE_NOOP(
                "TemplateSend", "Choose the location to show in the header."
            ),
        }.get(
            fmt,
            QT_TRANSLATE_NOOP(
                "TemplateSend",
                "Choose the header's {kind}: an uploaded media id or an https link.",
            ),
        )
        out.append(_problem(path, "header.missing", source, kind=fmt.lower()))
        return
    param = params[0]
    if fmt == "TEXT":
        if param.get("type") != "text":
            out.append(_format_problem(path, "text", str(param.get("type"))))
            return
        _check_text(f"{path}.text", param.get("text"), out)
        _check_name(tpl, param, header.variables[:1], f"{path}", out)
        _warn_markup(f"{path}.text", param.get("text"), out)
    elif fmt == "LOCATION":
        location = param.get("location")
        if param.get("type") != "location" or not isinstance(location, dict):
            out.append(_format_problem(path, "location", str(param.get("type"))))
            return
        for key in ("latitude", "longitude"):
            try:
                float(location.get(key))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                out.append(
                    _problem(
                        f"{path}.location.{key}",
                        "header.location",
                        QT_TRANSLATE_NOOP(
                            "TemplateSend", "Enter the location's {key} as a number."
                        ),
                        key=key,
                    )
                )
    else:
        kind = fmt.lower()
        media = param.get(kind)
        if param.get("type") != kind or not isinstance(media, dict):
            out.append(_format_problem(path, kind, str(param.get("type"))))
            return
        media_id, link = media.get("id"), media.get("link")
        if not media_id and not link:
            out.append(
                _problem(
                    f"{path}.{kind}",
                    "header.media",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend",
                        "Give the {kind} as an uploaded media id or an https link.",
                    ),
                    kind=kind,
                )
            )
        elif link and not str(link).startswith("https://"):
            out.append(
                _problem(
                    f"{path}.{kind}.link",
                    "header.media_link",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend",
                        "Media links must start with https:// and be reachable by Meta.",
                    ),
                )
            )


def _format_problem(path: str, expected: str, got: str) -> LintItem:
    return _problem(
        path,
        "param.format",
        QT_TRANSLATE_NOOP(
            "TemplateSend",
            "Expected a {expected} value here but got {got}. Rebuild the values from the template.",
        ),
        expected=expected,
        got=got,
    )


def _check_name(
    tpl: MessageTemplate, param: dict, keys: list[str], path: str, out: list[LintItem]
) -> None:
    name = param.get("parameter_name")
    if tpl.is_named and name not in keys:
        out.append(
            _problem(
                path,
                "param.name",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "This template uses named variables; each value needs parameter_name "
                    "({names}).",
                ),
                names=", ".join(keys),
            )
        )
    elif not tpl.is_named and name is not None:
        out.append(
            _problem(
                path,
                "param.name",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "This template uses numbered variables; remove parameter_name and give "
                    "the values in order.",
                ),
            )
        )


def _warn_markup(path: str, value: Any, out: list[LintItem]) -> None:
    if isinstance(value, str) and _MARKERS_RE.search(value.replace("\u200b", "")):
        if "\u200b" in value:
            return
        out.append(
            _problem(
                path,
                "param.markup",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "The value contains * _ ~ or ` and may change the message's formatting. "
                    "Turn on escaping if it should show as typed.",
                ),
                severity="warning",
            )
        )


def _check_body(tpl: MessageTemplate, bodies: list[dict], out: list[LintItem]) -> None:
    keys = tpl.body.variables if tpl.body is not None else []
    params = bodies[0].get("parameters") if bodies else []
    if not isinstance(params, list):
        params = []
    if len(params) != len(keys):
        out.append(
            _problem(
                "body",
                "body.count",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "The template's body has {expected} variable(s) but {given} value(s) were "
                    "given. Fill in every variable.",
                ),
                expected=len(keys),
                given=len(params),
            )
        )
    names_seen: list[str] = []
    for i, param in enumerate(params):
        path = f"body[{i}]"
        if not isinstance(param, dict):
            out.append(_format_problem(path, "text", type(param).__name__))
            continue
        kind = param.get("type")
        if kind == "text":
            _check_text(f"{path}.text", param.get("text"), out)
            _warn_markup(f"{path}.text", param.get("text"), out)
        elif kind in ("currency", "date_time"):
            fallback = (param.get(kind) or {}).get("fallback_value")
            _check_text(f"{path}.{kind}.fallback_value", fallback, out)
        else:
            out.append(_format_problem(path, "text", str(kind)))
        _check_name(tpl, param, keys, path, out)
        name = param.get("parameter_name")
        if tpl.is_named and isinstance(name, str):
            names_seen.append(name)
    if tpl.is_named:
        for key in keys:
            if key not in names_seen:
                out.append(
                    _problem(
                        "body",
                        "body.name_missing",
                        QT_TRANSLATE_NOOP("TemplateSend", "Enter a value for {name}."),
                        name=key,
                    )
                )


def _check_buttons(tpl: MessageTemplate, buttons: list[dict], out: list[LintItem]) -> None:
    given: dict[int, dict] = {}
    for b in buttons:
        try:
            index = int(b.get("index"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            out.append(
                _problem(
                    "buttons",
                    "button.index",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend", "Each button value needs the button's index (0, 1, …)."
                    ),
                )
            )
            continue
        given[index] = b
    template_buttons = tpl.buttons
    for index, b in given.items():
        path = f"buttons[{index}]"
        if index >= len(template_buttons) or index < 0:
            out.append(
                _problem(
                    path,
                    "button.unknown",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend", "The template has no button number {number}."
                    ),
                    number=index + 1,
                )
            )
            continue
        kind = template_buttons[index].type.upper()
        expected_sub = {"URL": "url", "COPY_CODE": "copy_code", "QUICK_REPLY": "quick_reply"}
        if b.get("sub_type") != expected_sub.get(kind):
            out.append(
                _format_problem(path, str(expected_sub.get(kind, kind)), str(b.get("sub_type")))
            )
            continue
        params = b.get("parameters")
        param = params[0] if isinstance(params, list) and len(params) == 1 else None
        if not isinstance(param, dict):
            out.append(_format_problem(path, kind.lower(), "nothing"))
            continue
        if kind == "URL":
            suffix = param.get("text")
            _check_text(f"{path}.text", suffix, out, limit=2000)
            if isinstance(suffix, str) and not _SUFFIX_RE.fullmatch(suffix):
                out.append(
                    _problem(
                        f"{path}.text",
                        "url.encoding",
                        QT_TRANSLATE_NOOP(
                            "TemplateSend",
                            "The URL suffix must be percent-encoded (space as %20, : as %3A, "
                            "| as %7C): {encoded}",
                        ),
                        encoded=encode_url_suffix(urllib.parse.unquote(suffix)),
                    )
                )
        elif kind == "COPY_CODE":
            _check_text(f"{path}.coupon_code", param.get("coupon_code"), out, limit=CODE_MAX)
    for index, tb in enumerate(template_buttons):
        kind = tb.type.upper()
        needs = (kind == "URL" and bool(tb.url_variables)) or kind == "COPY_CODE"
        if needs and index not in given:
            out.append(
                _problem(
                    f"buttons[{index}]",
                    "button.missing",
                    QT_TRANSLATE_NOOP(
                        "TemplateSend",
                        "Button {number} ({label}) needs a value: the end of its link, or the "
                        "code to copy.",
                    ),
                    number=index + 1,
                    label=tb.text or kind,
                )
            )


def _check_authentication(components: list, out: list[LintItem]) -> None:
    body = next((c for c in components if isinstance(c, dict) and c.get("type") == "body"), None)
    params = body.get("parameters") if body else None
    code = (
        params[0].get("text")
        if isinstance(params, list) and params and isinstance(params[0], dict)
        else None
    )
    if not isinstance(code, str) or not code:
        out.append(
            _problem(
                "otp_code",
                "otp.missing",
                QT_TRANSLATE_NOOP("TemplateSend", "Enter the one-time code to send."),
            )
        )
        return
    _check_text("otp_code", code, out, limit=CODE_MAX)
    button = next(
        (c for c in components if isinstance(c, dict) and c.get("type") == "button"), None
    )
    bparams = button.get("parameters") if button else None
    if (
        button is None
        or str(button.get("index")) != "0"
        or not isinstance(bparams, list)
        or not bparams
        or not isinstance(bparams[0], dict)
        or bparams[0].get("text") != code
    ):
        out.append(
            _problem(
                "buttons[0]",
                "otp.button",
                QT_TRANSLATE_NOOP(
                    "TemplateSend",
                    "The code must also be given to the OTP button (index 0), the same as in "
                    "the body.",
                ),
            )
        )


def template_variable_keys(template: Mapping[str, Any] | MessageTemplate) -> list[str]:
    """The body's variable keys, for building a send form."""
    tpl = _graph(template)
    return variable_keys(tpl.body.text or "") if tpl.body is not None else []
