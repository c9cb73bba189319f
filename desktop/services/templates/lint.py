"""Meta's template rules, checked before a template is submitted for review.

:func:`lint_template` takes the Graph-API create-template JSON (a plain ``dict``, as the
designer exports it or a user wrote it) and returns every problem at once, each with the
field path (``components[1].buttons[0].text``), an English message for the CLI and a
:class:`~desktop.services.text.Phrase` (context ``TemplateLint``) for the UI. Errors are
what Meta's review rejects (names, lengths, placeholders, buttons); warnings are what
Meta may reject, reclassify or render differently. The linter never raises on malformed
input: a wrong shape is an error in the report.
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.services.formatting import markers_touching_cjk, whatsapp_to_html
from desktop.services.templates.languages import LANGUAGE_NAMES
from desktop.services.templates.placeholders import (
    Placeholder,
    find_placeholders,
    stray_braces,
)
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "TemplateLint"

NAME_RE = re.compile(r"[a-z0-9_]+")
NAME_MAX = 512
HEADER_MAX = 60
BODY_MAX = 1024
FOOTER_MAX = 60
BUTTON_LABEL_MAX = 25
BUTTONS_MAX = 10
QUICK_REPLY_MAX = 10
URL_BUTTONS_MAX = 2
URL_MAX = 2000
PHONE_MAX = 20
COPY_CODE_MAX = 15
VARIABLES_MAX = 100
AUTH_EXPIRY_RANGE = (1, 90)
SUPPORTED_APPS_MAX = 5
PACKAGE_NAME_MAX = 224
SIGNATURE_HASH_LEN = 11

CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
PARAMETER_FORMATS = ("POSITIONAL", "NAMED")
COMPONENT_TYPES = ("HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER")
HEADER_FORMATS = ("TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION", "PRODUCT")
MEDIA_FORMATS = ("IMAGE", "VIDEO", "GIF", "DOCUMENT")
BUTTON_TYPES = (
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "COPY_CODE",
    "OTP",
    "FLOW",
    "VOICE_CALL",
    "MPM",
    "SPM",
    "CATALOG",
    "APP",
    "CALL_PERMISSION_REQUEST",
    "REQUEST_CONTACT_INFO",
)
LABELLED_BUTTONS = ("QUICK_REPLY", "URL", "PHONE_NUMBER", "FLOW", "VOICE_CALL", "APP")
OTP_TYPES = ("COPY_CODE", "ONE_TAP", "ZERO_TAP")
LANGUAGES = frozenset(LANGUAGE_NAMES)

_EMOJI_RE = re.compile(
    "[\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
    "\u2190-\u21ff\u2300-\u23ff\u3297\u3299\u24c2\u203c\u2049\u2122\u2139\u00a9\u00ae]"
)
_PROMOTIONAL_RE = re.compile(
    r"\b(sale|discounts?|\d+\s?% off|offers?|coupons?|promo(?:tion)?s?|deals?|buy now|"
    r"shop now|limited time|free shipping|special price|best price)\b"
    r"|割引|セール|キャンペーン|クーポン|特価|お得|半額",
    re.IGNORECASE,
)
_SENSITIVE_RE = re.compile(
    r"\b(card number|credit card|cvv|cvc|password|social security|national id|"
    r"bank account number)\b|カード番号|暗証番号|パスワード|マイナンバー",
    re.IGNORECASE,
)

Severity = Literal["error", "warning"]

# Messages show variables such as {{1}}; str.format would eat the braces, so they are args.
_BRACE_ARGS = {
    "one": "{{1}}",
    "two": "{{2}}",
    "first_name": "{{first_name}}",
    "open": "{{",
    "close": "}}",
}


@dataclass(frozen=True)
class LintItem:
    """One problem: where, which rule, and what to do about it."""

    field: str
    rule: str
    message: str
    phrase: Phrase
    severity: Severity = "error"


@dataclass
class LintReport:
    errors: list[LintItem] = field(default_factory=list)
    warnings: list[LintItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def rules(self) -> set[str]:
        return {i.rule for i in self.errors} | {i.rule for i in self.warnings}

    def as_json(self) -> dict[str, list[dict[str, str]]]:
        """``{"errors": [{"field", "message"}], "warnings": [...]}`` (the CLI's --json)."""
        return {
            "errors": [{"field": i.field, "message": i.message} for i in self.errors],
            "warnings": [{"field": i.field, "message": i.message} for i in self.warnings],
        }


def lint_template(
    template: Any,
    *,
    existing: Iterable[tuple[str, str]] = (),
    bodies: Iterable[tuple[str, str, str]] = (),
) -> LintReport:
    """Every rule Meta checks at submission on ``template`` (a Graph-API create-template dict).

    ``existing`` lists the (name, language) pairs already in the WABA; the template's own
    pair there is a duplicate. (When re-linting a template being edited, leave it out.)
    ``bodies`` lists the WABA's other templates as (name, language, body text): Meta
    rejects a second template with the same body in one language.
    """
    linter = _Linter(existing, bodies)
    linter.run(template)
    return linter.report


class _Linter:
    def __init__(
        self, existing: Iterable[tuple[str, str]], bodies: Iterable[tuple[str, str, str]] = ()
    ) -> None:
        self.existing = {(n, lang) for n, lang in existing}
        self.bodies = {(lang, _same_text(text)): n for n, lang, text in bodies if text}
        self.language = ""
        self.name = ""
        self.report = LintReport()
        self.category = ""
        self.named = False

    # -- reporting -------------------------------------------------------------------------

    def _add(self, severity: Severity, path: str, rule: str, source: str, args: dict) -> None:
        phrase = Phrase(CONTEXT, source, {**_BRACE_ARGS, **args})
        item = LintItem(path, rule, phrase.render(), phrase, severity)
        (self.report.errors if severity == "error" else self.report.warnings).append(item)

    def error(self, path: str, rule: str, source: str, **args: Any) -> None:
        self._add("error", path, rule, source, args)

    def warn(self, path: str, rule: str, source: str, **args: Any) -> None:
        self._add("warning", path, rule, source, args)

    # -- the template ----------------------------------------------------------------------

    def run(self, t: Any) -> None:
        if not isinstance(t, dict):
            self.error(
                "",
                "template.not_object",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A template must be a JSON object with name, language, category and "
                    "components. Export it again from the designer or Meta's API.",
                ),
            )
            return
        self._name(t.get("name"))
        self._language(t.get("language"))
        self._category(t.get("category"))
        self._parameter_format(t.get("parameter_format"))
        name, language = t.get("name"), t.get("language")
        self.language = language if isinstance(language, str) else ""
        self.name = name if isinstance(name, str) else ""
        if isinstance(name, str) and isinstance(language, str):  # noqa: SIM102
            if (name, language) in self.existing:
                self.error(
                    "name",
                    "duplicate",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "This WABA already has a template named {name} in {language}. Choose "
                        "another name, or edit the existing template instead.",
                    ),
                    name=name,
                    language=language,
                )
        self._components(t.get("components"))

    def _name(self, name: Any) -> None:
        if not isinstance(name, str) or not name:
            self.error(
                "name",
                "name.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The template needs a name: lowercase letters, digits and underscores, "
                    "such as order_update.",
                ),
            )
            return
        if not NAME_RE.fullmatch(name):
            suggestion = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "my_template"
            self.error(
                "name",
                "name.pattern",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The name may only use lowercase letters a-z, digits and underscores. "
                    "Rename it, for example to {suggestion}.",
                ),
                suggestion=suggestion[:NAME_MAX],
            )
        if len(name) > NAME_MAX:
            self.error(
                "name",
                "name.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The name has {length} characters; Meta allows at most {limit}. Shorten it.",
                ),
                length=len(name),
                limit=NAME_MAX,
            )

    def _language(self, language: Any) -> None:
        if not isinstance(language, str) or not language:
            self.error(
                "language",
                "language.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The template needs a language code such as en_US or ja.",
                ),
            )
        elif language not in LANGUAGES:
            hint = language.replace("-", "_")
            self.warn(
                "language",
                "language.unknown",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{language} is not a language code Meta is known to accept. Check the "
                    "spelling (for example en_US, pt_BR, ja); did you mean {hint}?",
                ),
                language=language,
                hint=hint if hint in LANGUAGES else "en_US",
            )

    def _category(self, category: Any) -> None:
        if not isinstance(category, str) or not category:
            self.error(
                "category",
                "category.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Choose a category: MARKETING, UTILITY or AUTHENTICATION.",
                ),
            )
            return
        if category not in CATEGORIES:
            self.error(
                "category",
                "category.unknown",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{category} is not a category. Use MARKETING, UTILITY or AUTHENTICATION "
                    "(upper case).",
                ),
                category=category,
            )
            return
        self.category = category

    def _parameter_format(self, value: Any) -> None:
        if value is None:
            return
        if value not in PARAMETER_FORMATS:
            self.error(
                "parameter_format",
                "parameter_format.unknown",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "parameter_format must be POSITIONAL ({one}, {two}) or NAMED "
                    "({first_name}); leave it out for POSITIONAL.",
                ),
            )
            return
        self.named = value == "NAMED"

    # -- components ------------------------------------------------------------------------

    def _components(self, components: Any) -> None:
        if not isinstance(components, list) or not components:
            self.error(
                "components",
                "components.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The template needs a components list with at least a BODY.",
                ),
            )
            return
        seen: dict[str, int] = {}
        order: list[str] = []
        for i, comp in enumerate(components):
            path = f"components[{i}]"
            if not isinstance(comp, dict):
                self.error(
                    path,
                    "component.not_object",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "Each component must be an object with a type (HEADER, BODY, FOOTER "
                        "or BUTTONS).",
                    ),
                )
                continue
            kind = comp.get("type")
            kind_upper = kind.upper() if isinstance(kind, str) else ""
            if kind_upper not in COMPONENT_TYPES:
                self.error(
                    f"{path}.type",
                    "component.type_unknown",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "Unknown component type {type}. Use HEADER, BODY, FOOTER or BUTTONS.",
                    ),
                    type=str(kind),
                )
                continue
            if kind_upper in seen:
                self.error(
                    path,
                    "component.duplicate",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "A template may have only one {type} component; merge this one into "
                        "components[{first}].",
                    ),
                    type=kind_upper,
                    first=seen[kind_upper],
                )
                continue
            seen[kind_upper] = i
            order.append(kind_upper)
            handler = {
                "HEADER": self._header,
                "BODY": self._body,
                "FOOTER": self._footer,
                "BUTTONS": self._buttons,
                "CAROUSEL": self._marketing_only,
                "LIMITED_TIME_OFFER": self._marketing_only,
            }[kind_upper]
            handler(comp, path)
        if "BODY" not in seen:
            self.error(
                "components",
                "body.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint", "Every template needs a BODY component. Add one."
                ),
            )
        expected = [k for k in ("HEADER", "BODY", "FOOTER", "BUTTONS") if k in order]
        if [k for k in order if k in expected] != expected:
            self.warn(
                "components",
                "component.order",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Put the components in the order HEADER, BODY, FOOTER, BUTTONS, as "
                    "WhatsApp shows them.",
                ),
            )
        if self.category == "AUTHENTICATION":
            self._authentication(components, seen)
        elif self.category in ("UTILITY", "MARKETING"):
            self._category_consistency(components)

    def _text(self, comp: dict, path: str, required: bool) -> str | None:
        text = comp.get("text")
        if text is None:
            return None
        if not isinstance(text, str):
            self.error(
                f"{path}.text",
                "text.not_string",
                QT_TRANSLATE_NOOP("TemplateLint", "The text must be a string."),
            )
            return None
        del required
        return text

    def _placeholders(self, text: str, path: str) -> list[Placeholder]:
        """Valid variables of ``text``; reports malformed ones and the wrong style."""
        found = find_placeholders(text)
        valid: list[Placeholder] = []
        for p in found:
            if p.kind == "invalid":
                self.error(
                    path,
                    "placeholder.invalid",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "{placeholder} is not a valid variable. Write {one}, {two}, … or, "
                        "for NAMED templates, lowercase names like {first_name}, with no "
                        "spaces or symbols inside the braces.",
                    ),
                    placeholder=p.raw,
                )
            else:
                valid.append(p)
        if stray_braces(text):
            self.error(
                path,
                "placeholder.braces",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Unmatched {open} or {close}. Variables need exactly two braces on each side, "
                    "such as {one}.",
                ),
            )
        named = [p for p in valid if p.kind == "named"]
        positional = [p for p in valid if p.kind == "positional"]
        if named and not self.named:
            self.error(
                path,
                "variables.named_in_positional",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{placeholder} is a named variable but the template uses numbered "
                    "variables. Choose Named under Variables, or use {one}, {two}, ….",
                ),
                placeholder=named[0].raw,
            )
        if positional and self.named:
            self.error(
                path,
                "variables.positional_in_named",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{placeholder} is a numbered variable but the template uses named "
                    "variables. Use a name like {first_name}, or choose Numbered under "
                    "Variables.",
                ),
                placeholder=positional[0].raw,
            )
        if positional and not self.named:
            self._sequence(positional, path)
        return valid

    def _sequence(self, positional: list[Placeholder], path: str) -> None:
        first_seen: list[int] = []
        for p in positional:
            n = int(p.key)
            if n not in first_seen:
                first_seen.append(n)
        wanted = list(range(1, len(first_seen) + 1))
        if sorted(first_seen) != wanted:
            missing = [n for n in range(1, max(first_seen) + 1) if n not in first_seen]
            self.error(
                path,
                "variables.gap",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Variables must be numbered 1, 2, 3 … without gaps; {missing} is "
                    "missing. Renumber them.",
                ),
                missing="{{" + str(missing[0] if missing else 1) + "}}",
            )
        elif first_seen != wanted:
            self.error(
                path,
                "variables.order",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Variables must appear in order: {one} first, then {two}, and so on. "
                    "Renumber them in reading order.",
                ),
            )

    def _edges(self, text: str, valid: list[Placeholder], path: str, part: str) -> None:
        """No variable at the very start or end (2388299); none side by side."""
        stripped_start = len(text) - len(text.lstrip())
        stripped_end = len(text.rstrip())
        at_edge = any(p.start == stripped_start or p.end == stripped_end for p in valid)
        if at_edge:
            source = QT_TRANSLATE_NOOP(
                "TemplateLint",
                "The {part} may not start or end with a variable. Add words before the first "
                "or after the last one (a full stop is enough at the end).",
            )
            if part == "body":
                self.error(path, f"{part}.variable_edge", source, part=part)
            else:
                self.warn(path, f"{part}.variable_edge", source, part=part)
        ordered = sorted(valid, key=lambda p: p.start)
        for a, b in itertools.pairwise(ordered):
            between = text[a.end : b.start]
            if between == "":
                self.error(
                    path,
                    "variables.adjacent",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "{first}{second}: two variables may not touch. Put words or "
                        "punctuation between them.",
                    ),
                    first=a.raw,
                    second=b.raw,
                )
            elif not between.strip():
                self.warn(
                    path,
                    "variables.adjacent_space",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "{first} and {second} are separated only by spaces; Meta often "
                        "rejects this. Put a word or punctuation between them.",
                    ),
                    first=a.raw,
                    second=b.raw,
                )

    def _example_values(self, comp: dict, path: str, keys: list[str], part: str) -> None:
        """Every variable of a header/body needs a sample in ``example``."""
        example = comp.get("example")
        ex_path = f"{path}.example"
        if self.named:
            field_name = f"{part}_text_named_params"
            entries = example.get(field_name) if isinstance(example, dict) else None
            if not isinstance(entries, list):
                self._missing_example(ex_path, part, keys, field_name)
                return
            names: dict[str, Any] = {}
            for j, entry in enumerate(entries):
                if not isinstance(entry, dict) or not isinstance(entry.get("param_name"), str):
                    self.error(
                        f"{ex_path}.{field_name}[{j}]",
                        f"{part}.example_shape",
                        QT_TRANSLATE_NOOP(
                            "TemplateLint",
                            'Each sample must look like {{"param_name": "first_name", '
                            '"example": "Pablo"}}.',
                        ),
                    )
                    continue
                names[entry["param_name"]] = entry.get("example")
            for key in keys:
                value = names.get(key)
                if not isinstance(value, str) or not value.strip():
                    self.error(
                        f"{ex_path}.{field_name}",
                        f"{part}.example_missing",
                        QT_TRANSLATE_NOOP(
                            "TemplateLint",
                            "Give a sample value for {variable} in {field}; Meta reviews the "
                            "template with it.",
                        ),
                        variable="{{" + key + "}}",
                        field=field_name,
                    )
            for extra in sorted(set(names) - set(keys)):
                self.warn(
                    f"{ex_path}.{field_name}",
                    f"{part}.example_unused",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "The sample for {name} belongs to no variable in the text. Remove it "
                        "or add {variable} to the text.",
                    ),
                    name=extra,
                    variable="{{" + extra + "}}",
                )
            return
        if part == "header":
            values = example.get("header_text") if isinstance(example, dict) else None
            if not isinstance(values, list) or not values:
                self._missing_example(ex_path, part, keys, "header_text")
                return
            flat = values
            field_name = "header_text"
        else:
            values = example.get("body_text") if isinstance(example, dict) else None
            if not isinstance(values, list) or not values:
                self._missing_example(ex_path, part, keys, "body_text")
                return
            if not isinstance(values[0], list):
                self.error(
                    f"{ex_path}.body_text",
                    "body.example_shape",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        'body_text is a list inside a list: write [["Pablo", "860198"]], '
                        'not ["Pablo", "860198"].',
                    ),
                )
                return
            flat = values[0]
            field_name = "body_text"
        if len(flat) != len(keys):
            self.error(
                f"{ex_path}.{field_name}",
                f"{part}.example_count",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The {part} has {variables} variable(s) but {samples} sample value(s). "
                    "Give exactly one sample per variable, in order.",
                ),
                part=part,
                variables=len(keys),
                samples=len(flat),
            )
        for j, value in enumerate(flat):
            if not isinstance(value, str) or not value.strip():
                self.error(
                    f"{ex_path}.{field_name}[{j}]"
                    if part == "header"
                    else f"{ex_path}.{field_name}[0][{j}]",
                    f"{part}.example_empty",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "This sample is empty. Write a realistic value, such as a name or "
                        "an order number.",
                    ),
                )

    def _missing_example(self, path: str, part: str, keys: list[str], field_name: str) -> None:
        self.error(
            path,
            f"{part}.example_missing",
            QT_TRANSLATE_NOOP(
                "TemplateLint",
                "The {part} has variables ({variables}) but no samples in example.{field}. "
                "Add one realistic sample per variable; Meta rejects templates without them.",
            ),
            part=part,
            variables=", ".join("{{" + k + "}}" for k in keys),
            field=field_name,
        )

    # -- header ----------------------------------------------------------------------------

    def _header(self, comp: dict, path: str) -> None:
        fmt = comp.get("format")
        if not isinstance(fmt, str) or fmt.upper() not in HEADER_FORMATS:
            self.error(
                f"{path}.format",
                "header.format",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The header needs a format: TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION "
                    "or PRODUCT.",
                ),
            )
            return
        fmt = fmt.upper()
        if fmt == "TEXT":
            self._header_text(comp, path)
        elif fmt in MEDIA_FORMATS:
            example = comp.get("example")
            handles = example.get("header_handle") if isinstance(example, dict) else None
            if (
                not isinstance(handles, list)
                or not handles
                or not all(isinstance(h, str) and h for h in handles)
            ):
                self.error(
                    f"{path}.example.header_handle",
                    "header.handle_missing",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "This header needs a sample file for Meta's review: its upload "
                        'handle, such as "4::aW...".',
                    ),
                    format=fmt,
                )
            if fmt == "GIF":
                self.warn(
                    f"{path}.format",
                    "header.gif",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "GIF headers can only be sent through the Marketing Messages API "
                        "(MP4 up to 3.5 MB). Use VIDEO or IMAGE for Cloud API sends.",
                    ),
                )
        elif fmt == "LOCATION" and self.category not in ("", "UTILITY", "MARKETING"):
            self.error(
                f"{path}.format",
                "header.location_category",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Location headers are only allowed in UTILITY and MARKETING templates. "
                    "Change the header or the category.",
                ),
            )
        if fmt != "TEXT" and isinstance(comp.get("text"), str) and comp["text"]:
            self.warn(
                f"{path}.text",
                "header.text_ignored",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A {format} header shows no text; remove the text or use a TEXT header.",
                ),
                format=fmt,
            )

    def _header_text(self, comp: dict, path: str) -> None:
        text = self._text(comp, path, required=True)
        tpath = f"{path}.text"
        if not text:
            self.error(
                tpath,
                "header.text_missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A text header needs text (up to 60 characters), or choose No header.",
                ),
            )
            return
        if len(text) > HEADER_MAX:
            self.error(
                tpath,
                "header.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The header has {length} characters; the limit is {limit}. Shorten it.",
                ),
                length=len(text),
                limit=HEADER_MAX,
            )
        if "\n" in text or "\r" in text:
            self.error(
                tpath,
                "header.newline",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The header must be one line. Remove the line break.",
                ),
            )
        if _EMOJI_RE.search(_strip_placeholders(text)):
            self.error(
                tpath,
                "header.emoji",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Headers may not contain emoji. Move the emoji to the body.",
                ),
            )
        if _formats(text):
            self.error(
                tpath,
                "header.formatting",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Headers do not support formatting (*bold*, _italic_, ~strike~, code). "
                    "Remove the markers; WhatsApp already shows the header in bold.",
                ),
            )
        elif any(ch in text for ch in "*~`"):
            self.warn(
                tpath,
                "header.marker_chars",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Headers should not contain * ~ or ` characters; Meta may reject them as "
                    "formatting.",
                ),
            )
        valid = self._placeholders(text, tpath)
        keys = _distinct_keys(valid)
        if len(keys) > 1:
            self.error(
                tpath,
                "header.variables_count",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A header may contain at most one variable; it has {count}. Move the "
                    "others to the body.",
                ),
                count=len(keys),
            )
        if valid:
            self._edges(text, valid, tpath, "header")
            self._example_values(comp, path, keys, "header")

    # -- body ------------------------------------------------------------------------------

    def _body(self, comp: dict, path: str) -> None:
        if self.category == "AUTHENTICATION":
            return  # preset body; checked in _authentication
        text = self._text(comp, path, required=True)
        tpath = f"{path}.text"
        if not text or not text.strip():
            self.error(
                tpath,
                "body.text_missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The body needs text (up to 1,024 characters).",
                ),
            )
            return
        if len(text) > BODY_MAX:
            self.error(
                tpath,
                "body.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The body has {length} characters (formatting markers count too); the "
                    "limit is {limit}. Shorten it by {excess}.",
                ),
                length=len(text),
                limit=BODY_MAX,
                excess=len(text) - BODY_MAX,
            )
        twin = self.bodies.get((self.language, _same_text(text)))
        if twin is not None and twin != self.name:
            self.error(
                tpath,
                "body.duplicate",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The body is the same as the template {name} in this language; Meta "
                    "rejects a second template with the same text. Change the wording, or "
                    "edit {name} instead.",
                ),
                name=twin,
            )
        valid = self._placeholders(text, tpath)
        keys = _distinct_keys(valid)
        if valid:
            self._edges(text, valid, tpath, "body")
            self._example_values(comp, path, keys, "body")
        if len(keys) > VARIABLES_MAX:
            self.error(
                tpath,
                "body.too_many_variables",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The body has {count} variables; keep it to {limit} or fewer.",
                ),
                count=len(keys),
                limit=VARIABLES_MAX,
            )
        if keys:
            words = _word_count(_strip_placeholders(text))
            if words < 2 * len(valid) + 1:
                self.warn(
                    tpath,
                    "body.variable_density",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "Too many variables for so little text ({words} words, {count} "
                        "variables); Meta rejects such templates. Add at least {needed} words "
                        "of fixed text.",
                    ),
                    words=words,
                    count=len(valid),
                    needed=2 * len(valid) + 1 - words,
                )
        if markers_touching_cjk(text):
            self.warn(
                tpath,
                "body.cjk_marker",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A formatting marker touches a Japanese/Chinese/Korean letter, so WhatsApp "
                    "will probably show it literally. Put a space or 「」 around the formatted "
                    "words: これは *太字* です.",
                ),
            )
        if _SENSITIVE_RE.search(text):
            self.warn(
                tpath,
                "body.sensitive",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Templates must not ask for full card numbers, account numbers, national "
                    "IDs or passwords. Reword the request.",
                ),
            )

    # -- footer ----------------------------------------------------------------------------

    def _footer(self, comp: dict, path: str) -> None:
        if self.category == "AUTHENTICATION":
            return
        text = self._text(comp, path, required=True)
        tpath = f"{path}.text"
        if not text:
            self.error(
                tpath,
                "footer.text_missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The footer is empty. Write up to 60 characters or remove the footer.",
                ),
            )
            return
        if len(text) > FOOTER_MAX:
            self.error(
                tpath,
                "footer.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The footer has {length} characters; the limit is {limit}. Shorten it.",
                ),
                length=len(text),
                limit=FOOTER_MAX,
            )
        if find_placeholders(text) or stray_braces(text):
            self.error(
                tpath,
                "footer.variables",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Footers cannot contain variables. Move {open}…{close} to the body or write "
                    "the text out.",
                ),
            )
        if _formats(text):
            self.warn(
                tpath,
                "footer.formatting",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Footers are shown as plain grey text; the formatting markers will appear "
                    "literally. Remove them.",
                ),
            )

    # -- buttons ---------------------------------------------------------------------------

    def _buttons(self, comp: dict, path: str) -> None:
        buttons = comp.get("buttons")
        bpath = f"{path}.buttons"
        if not isinstance(buttons, list) or not buttons:
            self.error(
                bpath,
                "buttons.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A BUTTONS component needs a list of 1 to 10 buttons, or remove it.",
                ),
            )
            return
        if len(buttons) > BUTTONS_MAX:
            self.error(
                bpath,
                "buttons.too_many",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{count} buttons; a template may have at most {limit}. Remove some.",
                ),
                count=len(buttons),
                limit=BUTTONS_MAX,
            )
        kinds: list[str] = []
        for j, button in enumerate(buttons):
            kinds.append(self._button(button, f"{bpath}[{j}]"))
        counts = {k: kinds.count(k) for k in set(kinds)}
        for kind, limit, rule in (
            ("QUICK_REPLY", QUICK_REPLY_MAX, "quick_reply.too_many"),
            ("URL", URL_BUTTONS_MAX, "url.too_many"),
            ("PHONE_NUMBER", 1, "phone.too_many"),
            ("COPY_CODE", 1, "copy_code.too_many"),
            ("OTP", 1, "otp.too_many"),
        ):
            if counts.get(kind, 0) > limit:
                self.error(
                    bpath,
                    rule,
                    _TOO_MANY_BUTTONS[kind],
                    count=counts[kind],
                    limit=limit,
                )
        pattern = "".join("Q" if k == "QUICK_REPLY" else "N" for k in kinds)
        if "Q" in pattern and "N" in pattern and not re.fullmatch(r"Q+N+|N+Q+", pattern):
            self.error(
                bpath,
                "quick_reply.grouping",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Quick-reply buttons must form one group, all before or all after the "
                    "other buttons (QR, QR, URL is fine; QR, URL, QR is not). Reorder them.",
                ),
            )
        if len(buttons) > 3:
            self.warn(
                bpath,
                "buttons.see_all",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "With more than three buttons WhatsApp shows only the first two and a "
                    '"See all options" button. Put the most important ones first.',
                ),
            )
        if len(buttons) >= 4 or ("Q" in pattern and "N" in pattern):
            self.warn(
                bpath,
                "buttons.desktop",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Templates with four or more buttons, or quick replies mixed with other "
                    "buttons, cannot be viewed on WhatsApp Desktop; customers there see a "
                    "prompt to use their phone.",
                ),
            )

    def _button(self, button: Any, path: str) -> str:
        if not isinstance(button, dict):
            self.error(
                path,
                "button.not_object",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Each button must be an object such as "
                    '{{"type": "QUICK_REPLY", "text": "Yes"}}.',
                ),
            )
            return ""
        kind = button.get("type")
        kind = kind.upper() if isinstance(kind, str) else ""
        if kind not in BUTTON_TYPES:
            self.error(
                f"{path}.type",
                "button.type_unknown",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Unknown button type {type}. Use QUICK_REPLY, URL, PHONE_NUMBER, "
                    "COPY_CODE, OTP or FLOW.",
                ),
                type=str(button.get("type")),
            )
            return ""
        label = button.get("text")
        if kind in LABELLED_BUTTONS or label is not None:
            self._button_label(label, f"{path}.text", required=kind in LABELLED_BUTTONS)
        if kind == "URL":
            self._url_button(button, path)
        elif kind == "PHONE_NUMBER":
            self._phone_button(button, path)
        elif kind == "COPY_CODE" and self.category == "AUTHENTICATION":
            # an offer code here is a mistake for the OTP "copy code" button: say so, and
            # run no coupon rules on a one-time password
            self.error(
                f"{path}.type",
                "auth.copy_code_offer",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Authentication templates send a one-time password, not an offer code. "
                    "Choose the button Copy code, One-tap autofill or Zero-tap instead.",
                ),
            )
        elif kind == "COPY_CODE":
            example = button.get("example")
            if not isinstance(example, str) or not example.strip():
                self.error(
                    f"{path}.example",
                    "copy_code.example",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        'A Copy offer code button needs a sample code, such as "SAVE20".',
                    ),
                )
            elif len(example) > COPY_CODE_MAX:
                self.error(
                    f"{path}.example",
                    "copy_code.length",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "The sample code has {length} characters; codes are at most {limit}.",
                    ),
                    length=len(example),
                    limit=COPY_CODE_MAX,
                )
        elif kind == "OTP":
            self._otp_button(button, path)
        elif kind == "FLOW" and not any(
            button.get(k) for k in ("flow_id", "flow_name", "flow_json")
        ):
            self.error(
                path,
                "flow.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A form (Flow) button must name the Flow it opens; set it up in "
                    "WhatsApp Manager and import the template from there.",
                ),
            )
        return kind

    def _button_label(self, label: Any, path: str, required: bool) -> None:
        if not isinstance(label, str) or not label.strip():
            if required:
                self.error(
                    path,
                    "button.text_missing",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "The button needs a label of up to 25 characters.",
                    ),
                )
            return
        if len(label) > BUTTON_LABEL_MAX:
            self.error(
                path,
                "button.text_length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The button label has {length} characters; the limit is {limit}. Shorten it.",
                ),
                length=len(label),
                limit=BUTTON_LABEL_MAX,
            )
        if find_placeholders(label) or stray_braces(label):
            self.error(
                path,
                "button.text_variables",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Button labels cannot contain variables. Write the label out.",
                ),
            )
        if "\n" in label:
            self.error(
                path,
                "button.text_newline",
                QT_TRANSLATE_NOOP("TemplateLint", "Button labels must be one line."),
            )

    def _url_button(self, button: dict, path: str) -> None:
        url = button.get("url")
        upath = f"{path}.url"
        if not isinstance(url, str) or not url.strip():
            self.error(
                upath,
                "url.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A website button needs an address starting with https://.",
                ),
            )
            return
        if len(url) > URL_MAX:
            self.error(
                upath,
                "url.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The URL has {length} characters; the limit is {limit}.",
                ),
                length=len(url),
                limit=URL_MAX,
            )
        found = find_placeholders(url)
        bare = url
        for p in reversed(found):
            bare = bare[: p.start] + "x" + bare[p.end :]
        parsed = urllib.parse.urlsplit(bare)
        if parsed.scheme.lower() == "http" and parsed.netloc:
            self.error(
                upath,
                "url.https",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{url} starts with http://; WhatsApp buttons need a secure address. "
                    "Write it with https:// (check that your site answers there).",
                ),
                url=url,
            )
        elif (
            parsed.scheme != "https"
            or not parsed.netloc
            or "." not in parsed.netloc
            or any(ch.isspace() for ch in bare)
            or (found and found[0].start < len(parsed.scheme) + 3 + len(parsed.netloc))
        ):
            self.error(
                upath,
                "url.format",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{url} is not a valid web address. Write a full URL such as "
                    "https://example.com/track/{one}, without spaces.",
                ),
                url=url,
            )
        invalid = [p for p in found if p.kind == "invalid"]
        if invalid or stray_braces(url):
            self.error(
                upath,
                "placeholder.invalid",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The URL's variable must be written {one}.",
                ),
            )
        if len(found) > 1:
            self.error(
                upath,
                "url.variables",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A URL may contain only one variable, {one}, at its end.",
                ),
            )
        elif found and found[0].end != len(url.rstrip()):
            self.error(
                upath,
                "url.variable_position",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The URL's variable must be at the very end, as in "
                    "https://example.com/track/{one}.",
                ),
            )
        if found:
            example = button.get("example")
            if (
                not isinstance(example, list)
                or len(example) != 1
                or not isinstance(example[0], str)
                or not example[0].strip()
            ):
                self.error(
                    f"{path}.example",
                    "url.example_missing",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "A website address with a variable needs a sample of the full "
                        "address, such as https://example.com/track/860198.",
                    ),
                )

    def _phone_button(self, button: dict, path: str) -> None:
        number = button.get("phone_number")
        ppath = f"{path}.phone_number"
        if not isinstance(number, str) or not number.strip():
            self.error(
                ppath,
                "phone.missing",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "A call button needs the phone number with the country code, such as "
                    "15550051310.",
                ),
            )
            return
        if len(number) > PHONE_MAX:
            self.error(
                ppath,
                "phone.length",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "The phone number has {length} characters; the limit is {limit}.",
                ),
                length=len(number),
                limit=PHONE_MAX,
            )
        if not re.fullmatch(r"\+?[0-9]+", number.strip()):
            self.error(
                ppath,
                "phone.format",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{number}: write the phone number as digits with the country code, "
                    "optionally after +, such as +15550051310; no spaces, dashes or brackets.",
                ),
                number=number,
            )
            return
        digits = number.strip().lstrip("+")
        import phonenumbers  # imported here: it is slow to load and rarely needed

        try:
            parsed = phonenumbers.parse("+" + digits, None)
            valid = phonenumbers.is_possible_number(parsed)
        except phonenumbers.NumberParseException:
            valid = False
        if not valid:
            self.warn(
                ppath,
                "phone.invalid",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{number} does not look like a full international number. Start with "
                    "the country code (81 for Japan, 1 for the US).",
                ),
                number=number,
            )

    def _otp_button(self, button: dict, path: str) -> None:
        if self.category and self.category != "AUTHENTICATION":
            self.error(
                f"{path}.type",
                "otp.category",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Password buttons (copy code, one-tap, zero-tap) are only for "
                    "Authentication templates. Choose another kind of button, or the "
                    "Authentication category.",
                ),
            )
        otp_type = button.get("otp_type")
        if otp_type not in OTP_TYPES:
            self.error(
                f"{path}.otp_type",
                "otp.type",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP.",
                ),
            )
            return
        if otp_type in ("ONE_TAP", "ZERO_TAP"):
            apps = button.get("supported_apps")
            if apps is None and button.get("package_name"):
                apps = [
                    {
                        "package_name": button.get("package_name"),
                        "signature_hash": button.get("signature_hash"),
                    }
                ]
            if not isinstance(apps, list) or not apps or len(apps) > SUPPORTED_APPS_MAX:
                self.error(
                    f"{path}.supported_apps",
                    "otp.apps",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "One-tap and zero-tap buttons need your Android app: its package "
                        "name and signature hash (up to 5 apps).",
                    ),
                )
            else:
                for k, app in enumerate(apps):
                    package = app.get("package_name") if isinstance(app, dict) else None
                    signature = app.get("signature_hash") if isinstance(app, dict) else None
                    if (
                        not isinstance(package, str)
                        or not package
                        or len(package) > PACKAGE_NAME_MAX
                        or not isinstance(signature, str)
                        or len(signature) != SIGNATURE_HASH_LEN
                    ):
                        self.error(
                            f"{path}.supported_apps[{k}]",
                            "otp.app",
                            QT_TRANSLATE_NOOP(
                                "TemplateLint",
                                "Each app needs package_name (up to 224 characters, e.g. "
                                "com.example.app) and its 11-character signature_hash.",
                            ),
                        )
            if otp_type == "ZERO_TAP" and button.get("zero_tap_terms_accepted") is not True:
                self.error(
                    f"{path}.zero_tap_terms_accepted",
                    "otp.zero_tap_terms",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "Zero-tap needs you to accept WhatsApp's zero-tap terms (the box under "
                        "the buttons).",
                    ),
                )

    # -- categories ------------------------------------------------------------------------

    def _marketing_only(self, comp: dict, path: str) -> None:
        if self.category and self.category != "MARKETING":
            self.error(
                f"{path}.type",
                "component.marketing_only",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "{type} components are only allowed in MARKETING templates.",
                ),
                type=str(comp.get("type")),
            )
        if str(comp.get("type")).upper() == "CAROUSEL":
            cards = comp.get("cards")
            if not isinstance(cards, list) or not 2 <= len(cards) <= 10:
                self.error(
                    f"{path}.cards",
                    "carousel.cards",
                    QT_TRANSLATE_NOOP("TemplateLint", "A carousel needs between 2 and 10 cards."),
                )

    def _authentication(self, components: list, seen: dict[str, int]) -> None:
        if "HEADER" in seen:
            self.error(
                f"components[{seen['HEADER']}]",
                "auth.header",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "Authentication templates have no header. Remove it.",
                ),
            )
        if "BODY" in seen:
            body = components[seen["BODY"]]
            if body.get("text"):
                self.error(
                    f"components[{seen['BODY']}].text",
                    "auth.body_text",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "The body of an authentication template is fixed by WhatsApp "
                        '("{one} is your verification code."). Remove the text; you may set '
                        "add_security_recommendation.",
                    ),
                )
            security = body.get("add_security_recommendation")
            if security is not None and not isinstance(security, bool):
                self.error(
                    f"components[{seen['BODY']}].add_security_recommendation",
                    "auth.security",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint", "add_security_recommendation must be true or false."
                    ),
                )
        if "FOOTER" in seen:
            footer = components[seen["FOOTER"]]
            minutes = footer.get("code_expiration_minutes")
            low, high = AUTH_EXPIRY_RANGE
            if footer.get("text"):
                self.error(
                    f"components[{seen['FOOTER']}].text",
                    "auth.footer_text",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "The footer of an authentication template is fixed; set "
                        "code_expiration_minutes instead of text.",
                    ),
                )
            if minutes is not None and (
                isinstance(minutes, bool)
                or not isinstance(minutes, int)
                or not low <= minutes <= high
            ):
                self.error(
                    f"components[{seen['FOOTER']}].code_expiration_minutes",
                    "auth.expiration",
                    QT_TRANSLATE_NOOP(
                        "TemplateLint",
                        "code_expiration_minutes must be a whole number from {low} to {high}.",
                    ),
                    low=low,
                    high=high,
                )
        buttons_comp = components[seen["BUTTONS"]] if "BUTTONS" in seen else None
        buttons = buttons_comp.get("buttons") if isinstance(buttons_comp, dict) else None
        otp = [
            b
            for b in (buttons or [])
            if isinstance(b, dict) and str(b.get("type", "")).upper() == "OTP"
        ]
        if not isinstance(buttons, list) or len(buttons) != 1 or len(otp) != 1:
            self.error(
                f"components[{seen['BUTTONS']}].buttons" if "BUTTONS" in seen else "components",
                "auth.buttons",
                QT_TRANSLATE_NOOP(
                    "TemplateLint",
                    "An authentication template needs exactly one button: Copy code, One-tap "
                    "autofill or Zero-tap.",
                ),
            )

    def _category_consistency(self, components: list) -> None:
        for i, comp in enumerate(components):
            if not isinstance(comp, dict):
                continue
            kind = str(comp.get("type", "")).upper()
            for key in ("add_security_recommendation", "code_expiration_minutes"):
                if key in comp:
                    self.error(
                        f"components[{i}].{key}",
                        "auth.fields_outside",
                        QT_TRANSLATE_NOOP(
                            "TemplateLint",
                            "{field} only applies to AUTHENTICATION templates. Remove it.",
                        ),
                        field=key,
                    )
            if self.category != "UTILITY":
                continue
            text = comp.get("text")
            if kind in ("HEADER", "BODY", "FOOTER") and isinstance(text, str):
                m = _PROMOTIONAL_RE.search(text)
                if m:
                    self.warn(
                        f"components[{i}].text",
                        "category.promotional",
                        QT_TRANSLATE_NOOP(
                            "TemplateLint",
                            '"{word}" sounds promotional. Meta will likely move this utility '
                            "template to marketing (billed at marketing rates). Remove the "
                            "promotion or choose the Marketing category.",
                        ),
                        word=m.group(0),
                    )
            if kind == "BUTTONS" and isinstance(comp.get("buttons"), list):
                for j, b in enumerate(comp["buttons"]):
                    if isinstance(b, dict) and str(b.get("type", "")).upper() == "COPY_CODE":
                        self.warn(
                            f"components[{i}].buttons[{j}]",
                            "category.coupon_utility",
                            QT_TRANSLATE_NOOP(
                                "TemplateLint",
                                "Offer codes are marketing content. Choose the Marketing "
                                "category, or remove the Copy offer code button.",
                            ),
                        )


#: "Too many buttons of this kind", in the words the form uses for each kind.
_TOO_MANY_BUTTONS = {
    "QUICK_REPLY": QT_TRANSLATE_NOOP(
        "TemplateLint", "{count} quick-reply buttons; at most {limit}. Remove the extra ones."
    ),
    "URL": QT_TRANSLATE_NOOP(
        "TemplateLint", "{count} website buttons; at most {limit}. Remove the extra ones."
    ),
    "PHONE_NUMBER": QT_TRANSLATE_NOOP(
        "TemplateLint", "{count} call buttons; at most {limit}. Remove the extra ones."
    ),
    "COPY_CODE": QT_TRANSLATE_NOOP(
        "TemplateLint", "{count} offer-code buttons; at most {limit}. Remove the extra ones."
    ),
    "OTP": QT_TRANSLATE_NOOP(
        "TemplateLint", "{count} password buttons; at most {limit}. Remove the extra ones."
    ),
}


def _same_text(text: str) -> str:
    """``text`` as compared for sameness: case, spacing and line breaks do not count."""
    return " ".join(text.split()).casefold()


def _distinct_keys(valid: list[Placeholder]) -> list[str]:
    keys: list[str] = []
    for p in valid:
        if p.key not in keys:
            keys.append(p.key)
    return keys


def _formats(text: str) -> bool:
    """True when WhatsApp would show part of ``text`` bold, italic, struck or as code."""
    if not any(ch in text for ch in "*_~`"):
        return False
    rendered = whatsapp_to_html(text)
    return any(tag in rendered for tag in ("<b>", "<i>", "<s>", "monospace"))


def _word_count(text: str) -> int:
    """Words of fixed text; Japanese/Chinese runs count one word per two characters."""
    count = 0
    for token in text.split():
        cjk = sum(1 for ch in token if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
        rest = "".join(ch for ch in token if ch.isalnum() and not ("\u3040" <= ch <= "\u9fff"))
        count += (cjk + 1) // 2 + (1 if rest else 0) if cjk else 1
    return count


def _strip_placeholders(text: str) -> str:
    return re.sub(r"\{\{[^{}]*\}\}", " ", text)
