"""Each of Meta's template rules, broken one at a time on otherwise valid templates."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.services.templates import lint_template
from desktop.services.text import Phrase

Mutator = Callable[[dict[str, Any]], None]


def errors(t: Any, **kw: Any) -> dict[str, str]:
    """rule → field of every error."""
    return {i.rule: i.field for i in lint_template(t, **kw).errors}


def warnings(t: Any) -> dict[str, str]:
    return {i.rule: i.field for i in lint_template(t).warnings}


@pytest.mark.parametrize("template", [NAMED_UTILITY, POSITIONAL_MARKETING, AUTHENTICATION])
def test_valid_templates_have_no_errors(template: dict[str, Any]) -> None:
    report = lint_template(copy.deepcopy(template))
    assert report.errors == []
    assert report.ok


def comp(t: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(c for c in t["components"] if c["type"] == kind)


def body(t: dict[str, Any]) -> dict[str, Any]:
    return comp(t, "BODY")


def buttons(t: dict[str, Any]) -> list[dict[str, Any]]:
    return comp(t, "BUTTONS")["buttons"]


def set_body(t: dict[str, Any], text: str, samples: list[str] | None = None) -> None:
    b = body(t)
    b["text"] = text
    if samples is None:
        b.pop("example", None)
    else:
        b["example"] = {"body_text": [samples]}


# (name, base template, mutation, expected error rule, expected field)
CASES: list[tuple[str, dict[str, Any], Mutator, str, str]] = [
    ("name upper", NAMED_UTILITY, lambda t: t.update(name="Order-Confirm"), "name.pattern", "name"),
    ("name space", NAMED_UTILITY, lambda t: t.update(name="order confirm"), "name.pattern", "name"),
    ("name long", NAMED_UTILITY, lambda t: t.update(name="a" * 513), "name.length", "name"),
    ("name missing", NAMED_UTILITY, lambda t: t.pop("name"), "name.missing", "name"),
    ("language", NAMED_UTILITY, lambda t: t.pop("language"), "language.missing", "language"),
    ("no category", NAMED_UTILITY, lambda t: t.pop("category"), "category.missing", "category"),
    (
        "bad category",
        NAMED_UTILITY,
        lambda t: t.update(category="utility"),
        "category.unknown",
        "category",
    ),
    (
        "parameter format",
        NAMED_UTILITY,
        lambda t: t.update(parameter_format="KEYWORD"),
        "parameter_format.unknown",
        "parameter_format",
    ),
    (
        "no components",
        NAMED_UTILITY,
        lambda t: t.update(components=[]),
        "components.missing",
        "components",
    ),
    (
        "no body",
        NAMED_UTILITY,
        lambda t: t["components"].pop(1),
        "body.missing",
        "components",
    ),
    (
        "two footers",
        NAMED_UTILITY,
        lambda t: t["components"].insert(3, {"type": "FOOTER", "text": "again"}),
        "component.duplicate",
        "components[3]",
    ),
    (
        "component type",
        NAMED_UTILITY,
        lambda t: t["components"].append({"type": "SIDEBAR"}),
        "component.type_unknown",
        "components[4].type",
    ),
    (
        "component not object",
        NAMED_UTILITY,
        lambda t: t["components"].append("BODY"),
        "component.not_object",
        "components[4]",
    ),
    # header
    (
        "header format",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(format="AUDIO"),
        "header.format",
        "components[0].format",
    ),
    (
        "header too long",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(text="Order {{order_id}} " + "x" * 60),
        "header.length",
        "components[0].text",
    ),
    (
        "header newline",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(text="Order {{order_id}}\nconfirmed"),
        "header.newline",
        "components[0].text",
    ),
    (
        "header emoji",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(text="Order {{order_id}} confirmed 🎉"),
        "header.emoji",
        "components[0].text",
    ),
    (
        "header bold",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(text="Order {{order_id}} *confirmed*"),
        "header.formatting",
        "components[0].text",
    ),
    (
        "header two variables",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").update(text="Order {{order_id}} for {{first_name}} ok"),
        "header.variables_count",
        "components[0].text",
    ),
    (
        "header example missing",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").pop("example"),
        "header.example_missing",
        "components[0].example",
    ),
    (
        "header text missing",
        NAMED_UTILITY,
        lambda t: comp(t, "HEADER").pop("text"),
        "header.text_missing",
        "components[0].text",
    ),
    (
        "media handle",
        POSITIONAL_MARKETING,
        lambda t: comp(t, "HEADER").pop("example"),
        "header.handle_missing",
        "components[0].example.header_handle",
    ),
    # body
    (
        "body too long",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hi {{1}}, " + "x" * 1020 + " ok", ["a"]),
        "body.length",
        "components[1].text",
    ),
    (
        "body empty",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "  "),
        "body.text_missing",
        "components[1].text",
    ),
    (
        "variable gap",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello {{1}}, your code is {{3}} today.", ["a", "b"]),
        "variables.gap",
        "components[1].text",
    ),
    (
        "variable order",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello {{2}}, your code is {{1}} today.", ["a", "b"]),
        "variables.order",
        "components[1].text",
    ),
    (
        "variable at start",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "{{1}}, your sale starts today for everyone.", ["a"]),
        "body.variable_edge",
        "components[1].text",
    ),
    (
        "variable at end",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Your sale code for this week is {{1}}", ["a"]),
        "body.variable_edge",
        "components[1].text",
    ),
    (
        "adjacent",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{1}}{{2}} and welcome back.", ["a", "b"]),
        "variables.adjacent",
        "components[1].text",
    ),
    (
        "space in braces",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{ 1}} and welcome back.", []),
        "placeholder.invalid",
        "components[1].text",
    ),
    (
        "dash in braces",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{x-y}} and welcome back.", []),
        "placeholder.invalid",
        "components[1].text",
    ),
    (
        "hash in braces",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{#1}} and welcome back.", []),
        "placeholder.invalid",
        "components[1].text",
    ),
    (
        "single braces",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{1} and welcome back.", []),
        "placeholder.braces",
        "components[1].text",
    ),
    (
        "examples missing",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{1}}, welcome back to our shop.", None),
        "body.example_missing",
        "components[1].example",
    ),
    (
        "examples count",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{1}}, your code {{2}} works today.", ["a"]),
        "body.example_count",
        "components[1].example.body_text",
    ),
    (
        "examples flat",
        POSITIONAL_MARKETING,
        lambda t: body(t).update(example={"body_text": ["田中", "SUMMER20"]}),
        "body.example_shape",
        "components[1].example.body_text",
    ),
    (
        "example empty",
        POSITIONAL_MARKETING,
        lambda t: body(t).update(example={"body_text": [["田中", " "]]}),
        "body.example_empty",
        "components[1].example.body_text[0][1]",
    ),
    (
        "named in positional",
        POSITIONAL_MARKETING,
        lambda t: set_body(t, "Hello dear {{first_name}}, welcome back.", []),
        "variables.named_in_positional",
        "components[1].text",
    ),
    (
        "positional in named",
        NAMED_UTILITY,
        lambda t: body(t).update(text="Thank you, {{1}}! Your order {{order_id}} ships today."),
        "variables.positional_in_named",
        "components[1].text",
    ),
    (
        "named example missing",
        NAMED_UTILITY,
        lambda t: body(t)["example"]["body_text_named_params"].pop(0),
        "body.example_missing",
        "components[1].example.body_text_named_params",
    ),
    (
        "named with positional examples",
        NAMED_UTILITY,
        lambda t: body(t).update(example={"body_text": [["Pablo", "860198"]]}),
        "body.example_missing",
        "components[1].example",
    ),
    # footer
    (
        "footer long",
        NAMED_UTILITY,
        lambda t: comp(t, "FOOTER").update(text="x" * 61),
        "footer.length",
        "components[2].text",
    ),
    (
        "footer variable",
        NAMED_UTILITY,
        lambda t: comp(t, "FOOTER").update(text="Bye {{first_name}}"),
        "footer.variables",
        "components[2].text",
    ),
    # buttons
    (
        "label long",
        NAMED_UTILITY,
        lambda t: buttons(t)[0].update(text="x" * 26),
        "button.text_length",
        "components[3].buttons[0].text",
    ),
    (
        "label missing",
        NAMED_UTILITY,
        lambda t: buttons(t)[0].pop("text"),
        "button.text_missing",
        "components[3].buttons[0].text",
    ),
    (
        "label variable",
        NAMED_UTILITY,
        lambda t: buttons(t)[0].update(text="Stop {{1}}"),
        "button.text_variables",
        "components[3].buttons[0].text",
    ),
    (
        "button type",
        NAMED_UTILITY,
        lambda t: buttons(t)[0].update(type="EMAIL"),
        "button.type_unknown",
        "components[3].buttons[0].type",
    ),
    (
        "eleven buttons",
        NAMED_UTILITY,
        lambda t: comp(t, "BUTTONS").update(
            buttons=[{"type": "QUICK_REPLY", "text": f"B{i}"} for i in range(11)]
        ),
        "buttons.too_many",
        "components[3].buttons",
    ),
    (
        "qr split",
        NAMED_UTILITY,
        lambda t: buttons(t).append({"type": "QUICK_REPLY", "text": "More"}),
        "quick_reply.grouping",
        "components[3].buttons",
    ),
    (
        "three urls",
        NAMED_UTILITY,
        lambda t: buttons(t).extend(
            [
                {"type": "URL", "text": "A", "url": "https://a.example"},
                {"type": "URL", "text": "B", "url": "https://b.example"},
            ]
        ),
        "url.too_many",
        "components[3].buttons",
    ),
    (
        "two phones",
        NAMED_UTILITY,
        lambda t: buttons(t).append(
            {"type": "PHONE_NUMBER", "text": "Call 2", "phone_number": "15550051311"}
        ),
        "phone.too_many",
        "components[3].buttons",
    ),
    (
        "url scheme",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="x.example/t/{{1}}"),
        "url.format",
        "components[3].buttons[1].url",
    ),
    (
        "url space",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="https://x.example/my page/{{1}}"),
        "url.format",
        "components[3].buttons[1].url",
    ),
    (
        "url variable in middle",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="https://x.example/{{1}}/track"),
        "url.variable_position",
        "components[3].buttons[1].url",
    ),
    (
        "url variable in host",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="https://{{1}}"),
        "url.format",
        "components[3].buttons[1].url",
    ),
    (
        "url two variables",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="https://x.example/{{1}}/{{2}}"),
        "url.variables",
        "components[3].buttons[1].url",
    ),
    (
        "url example",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].pop("example"),
        "url.example_missing",
        "components[3].buttons[1].example",
    ),
    (
        "url long",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].update(url="https://x.example/" + "a" * 2000),
        "url.length",
        "components[3].buttons[1].url",
    ),
    (
        "url missing",
        NAMED_UTILITY,
        lambda t: buttons(t)[1].pop("url"),
        "url.missing",
        "components[3].buttons[1].url",
    ),
    (
        "phone format",
        NAMED_UTILITY,
        lambda t: buttons(t)[2].update(phone_number="+1 (555) 005-1310"),
        "phone.format",
        "components[3].buttons[2].phone_number",
    ),
    (
        "phone long",
        NAMED_UTILITY,
        lambda t: buttons(t)[2].update(phone_number="1" * 21),
        "phone.length",
        "components[3].buttons[2].phone_number",
    ),
    (
        "phone missing",
        NAMED_UTILITY,
        lambda t: buttons(t)[2].pop("phone_number"),
        "phone.missing",
        "components[3].buttons[2].phone_number",
    ),
    (
        "copy code long",
        POSITIONAL_MARKETING,
        lambda t: buttons(t)[0].update(example="X" * 16),
        "copy_code.length",
        "components[3].buttons[0].example",
    ),
    (
        "copy code missing",
        POSITIONAL_MARKETING,
        lambda t: buttons(t)[0].pop("example"),
        "copy_code.example",
        "components[3].buttons[0].example",
    ),
    (
        "two copy codes",
        POSITIONAL_MARKETING,
        lambda t: buttons(t).append({"type": "COPY_CODE", "example": "X"}),
        "copy_code.too_many",
        "components[3].buttons",
    ),
    (
        "otp outside auth",
        POSITIONAL_MARKETING,
        lambda t: buttons(t).append({"type": "OTP", "otp_type": "COPY_CODE"}),
        "otp.category",
        "components[3].buttons[2].type",
    ),
    (
        "location header auth",
        AUTHENTICATION,
        lambda t: t["components"].insert(0, {"type": "HEADER", "format": "LOCATION"}),
        "header.location_category",
        "components[0].format",
    ),
    (
        "carousel in utility",
        NAMED_UTILITY,
        lambda t: t["components"].append({"type": "CAROUSEL", "cards": [{}, {}]}),
        "component.marketing_only",
        "components[4].type",
    ),
    (
        "security outside auth",
        NAMED_UTILITY,
        lambda t: body(t).update(add_security_recommendation=True),
        "auth.fields_outside",
        "components[1].add_security_recommendation",
    ),
    # authentication
    (
        "auth header",
        AUTHENTICATION,
        lambda t: t["components"].insert(0, {"type": "HEADER", "format": "TEXT", "text": "Code"}),
        "auth.header",
        "components[0]",
    ),
    (
        "auth body text",
        AUTHENTICATION,
        lambda t: body(t).update(text="Your code is {{1}}."),
        "auth.body_text",
        "components[0].text",
    ),
    (
        "auth expiry",
        AUTHENTICATION,
        lambda t: comp(t, "FOOTER").update(code_expiration_minutes=91),
        "auth.expiration",
        "components[1].code_expiration_minutes",
    ),
    (
        "auth footer text",
        AUTHENTICATION,
        lambda t: comp(t, "FOOTER").update(text="Expires soon"),
        "auth.footer_text",
        "components[1].text",
    ),
    (
        "auth two buttons",
        AUTHENTICATION,
        lambda t: buttons(t).append({"type": "QUICK_REPLY", "text": "Not me"}),
        "auth.buttons",
        "components[2].buttons",
    ),
    (
        "auth no buttons",
        AUTHENTICATION,
        lambda t: t["components"].pop(2),
        "auth.buttons",
        "components",
    ),
    (
        "otp type",
        AUTHENTICATION,
        lambda t: buttons(t)[0].update(otp_type="TWO_TAP"),
        "otp.type",
        "components[2].buttons[0].otp_type",
    ),
    (
        "one tap apps",
        AUTHENTICATION,
        lambda t: buttons(t)[0].update(otp_type="ONE_TAP"),
        "otp.apps",
        "components[2].buttons[0].supported_apps",
    ),
    (
        "one tap hash",
        AUTHENTICATION,
        lambda t: buttons(t)[0].update(
            otp_type="ONE_TAP",
            supported_apps=[{"package_name": "com.example.app", "signature_hash": "short"}],
        ),
        "otp.app",
        "components[2].buttons[0].supported_apps[0]",
    ),
    (
        "zero tap terms",
        AUTHENTICATION,
        lambda t: buttons(t)[0].update(
            otp_type="ZERO_TAP",
            supported_apps=[{"package_name": "com.example.app", "signature_hash": "K8a/AINcGX7"}],
        ),
        "otp.zero_tap_terms",
        "components[2].buttons[0].zero_tap_terms_accepted",
    ),
]


@pytest.mark.parametrize(
    ("base", "mutate", "rule", "field"),
    [pytest.param(b, m, r, f, id=n) for n, b, m, r, f in CASES],
)
def test_each_rule(base: dict[str, Any], mutate: Mutator, rule: str, field: str) -> None:
    t = copy.deepcopy(base)
    assert lint_template(t).errors == []
    mutate(t)
    found = errors(t)
    assert rule in found, found
    assert found[rule] == field


def test_every_item_has_an_english_message_and_a_translatable_phrase() -> None:
    for _, base, mutate, _rule, _ in CASES:
        t = copy.deepcopy(base)
        mutate(t)
        for item in lint_template(t).errors + lint_template(t).warnings:
            assert isinstance(item.phrase, Phrase)
            assert item.phrase.context == "TemplateLint"
            assert item.message == item.phrase.render()
            assert item.message and "{" not in item.message.replace("{{", "").replace("}}", "")


def test_messages_show_variables_with_double_braces() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    set_body(t, "Hello {{1}}, your code is {{3}} today.", ["a", "b"])
    item = next(i for i in lint_template(t).errors if i.rule == "variables.gap")
    assert "{{2}}" in item.message


def test_translation_is_applied_through_the_phrase() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    t["name"] = "Bad Name"
    item = next(i for i in lint_template(t).errors if i.rule == "name.pattern")
    assert "bad_name" in item.message
    translated = item.phrase.render(lambda ctx, src: "名前を {suggestion} に変更してください。")
    assert translated == "名前を bad_name に変更してください。"


def test_duplicate_name_and_language() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    assert "duplicate" in errors(t, existing=[("order_confirmation", "en_US")])
    assert "duplicate" not in errors(t, existing=[("order_confirmation", "ja")])
    assert "duplicate" not in errors(t, existing=[("other", "en_US")])


def test_not_an_object() -> None:
    for value in ([], "x", 3, None):
        assert set(errors(value)) == {"template.not_object"}


def test_wrong_shapes_do_not_crash() -> None:
    t = {"name": 3, "language": ["en"], "category": None, "components": {"type": "BODY"}}
    found = errors(t)
    assert {"name.missing", "language.missing", "category.missing", "components.missing"} <= set(
        found
    )
    t = copy.deepcopy(NAMED_UTILITY)
    body(t)["text"] = 42
    comp(t, "BUTTONS")["buttons"] = "QUICK_REPLY"
    found = errors(t)
    assert "text.not_string" in found and "buttons.missing" in found


# -- warnings ----------------------------------------------------------------------------------


def test_unknown_language_is_a_warning_with_a_hint() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    t["language"] = "en-US"
    report = lint_template(t)
    assert report.errors == []
    item = next(i for i in report.warnings if i.rule == "language.unknown")
    assert "en_US" in item.message


def test_promotional_words_in_utility() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    body(t)["text"] = (
        "Thank you, {{first_name}}! Your order {{order_id}} ships today. Get 20% off next time!"
    )
    assert warnings(t)["category.promotional"] == "components[1].text"
    t["category"] = "MARKETING"
    assert "category.promotional" not in warnings(t)


def test_japanese_promotional_words_in_utility() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    t["category"] = "UTILITY"
    w = warnings(t)
    assert "category.promotional" in w
    assert w["category.coupon_utility"] == "components[3].buttons[0]"


def test_more_than_three_buttons_and_desktop() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    assert "buttons.see_all" not in warnings(t)
    assert "buttons.desktop" in warnings(t)  # quick reply mixed with other buttons
    comp(t, "BUTTONS")["buttons"] = [{"type": "QUICK_REPLY", "text": f"B{i}"} for i in range(4)]
    w = warnings(t)
    assert "buttons.see_all" in w and "buttons.desktop" in w
    comp(t, "BUTTONS")["buttons"] = [{"type": "QUICK_REPLY", "text": f"B{i}"} for i in range(3)]
    assert "buttons.desktop" not in warnings(t) and "buttons.see_all" not in warnings(t)


def test_cjk_marker_warning() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    body(t)["text"] = "こんにちは {{1}} 様、これは*太字*です。クーポン {{2}} をどうぞ。"
    assert warnings(t)["body.cjk_marker"] == "components[1].text"


def test_variable_density_warning() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    set_body(t, "Hi {{1}} and {{2}} ok", ["a", "b"])
    assert "body.variable_density" in warnings(t)
    set_body(t, "Hello {{1}}, your order {{2}} has shipped and arrives tomorrow.", ["a", "b"])
    assert "body.variable_density" not in warnings(t)


def test_variables_separated_only_by_space_warn() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    set_body(t, "Dear customer {{1}} {{2}}, welcome back to our shop.", ["a", "b"])
    assert "variables.adjacent_space" in warnings(t)
    assert "variables.adjacent" not in errors(t)


def test_sensitive_data_warning() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    set_body(t, "Hello {{1}}, reply with your card number to get {{2}} today.", ["a", "b"])
    assert "body.sensitive" in warnings(t)


def test_gif_and_header_variable_edge_warnings() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    comp(t, "HEADER")["format"] = "GIF"
    assert "header.gif" in warnings(t)
    u = copy.deepcopy(NAMED_UTILITY)
    comp(u, "HEADER")["text"] = "Order {{order_id}}"
    assert "header.variable_edge" in warnings(u)
    assert "header.variable_edge" not in errors(u)


def test_phone_number_that_cannot_exist_warns() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    buttons(t)[2]["phone_number"] = "+999123"
    assert "phone.invalid" in warnings(t)
    buttons(t)[2]["phone_number"] = "+819012345678"
    assert "phone.invalid" not in warnings(t)


def test_component_order_warning() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    t["components"].reverse()
    assert "component.order" in warnings(t)


def test_json_shape() -> None:
    t = copy.deepcopy(NAMED_UTILITY)
    t["name"] = "Bad"
    data = lint_template(t).as_json()
    assert set(data) == {"errors", "warnings"}
    assert data["errors"][0] == {"field": "name", "message": data["errors"][0]["message"]}
    assert all(set(w) == {"field", "message"} for w in data["warnings"])


def test_variable_density_counts_japanese_text() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    set_body(t, "こんにちは {{1}} 様、ご注文 {{2}} は発送済みです。", ["田中", "1"])
    assert "body.variable_density" not in warnings(t)
    set_body(t, "様 {{1}} と {{2}} 。", ["田中", "1"])
    assert "body.variable_density" in warnings(t)


def test_url_buttons_need_https_as_the_rule_says() -> None:
    template = copy.deepcopy(NAMED_UTILITY)
    buttons = template["components"][3]["buttons"]
    url_button = next(b for b in buttons if b["type"] == "URL")
    url_button["url"] = url_button["url"].replace("https://", "http://")
    report = lint_template(template)
    assert "url.https" in {i.rule for i in report.errors}


def test_same_body_as_another_template_in_that_language() -> None:
    template = copy.deepcopy(NAMED_UTILITY)
    body = next(c for c in template["components"] if c["type"] == "BODY")["text"]
    spaced = "  " + body.upper().replace(" ", "\n ") + " "
    report = lint_template(template, bodies=[("older_one", "en_US", spaced)])
    assert "body.duplicate" in {i.rule for i in report.errors}
    assert "older_one" in next(i.message for i in report.errors if i.rule == "body.duplicate")
    assert lint_template(template, bodies=[("older_one", "ja", body)]).errors == []
    assert lint_template(template, bodies=[(template["name"], "en_US", body)]).errors == []


def test_an_offer_code_button_in_an_authentication_template_is_not_linted_as_a_coupon() -> None:
    template = copy.deepcopy(AUTHENTICATION)
    template["components"][2]["buttons"] = [{"type": "COPY_CODE", "example": ""}]
    rules = {i.rule for i in lint_template(template).errors}
    assert "auth.copy_code_offer" in rules
    assert not any(rule.startswith("copy_code.") for rule in rules)


FORM_RULE_WORDS = re.compile(
    r"\b(MARKETING|UTILITY|AUTHENTICATION|COPY_CODE|OTP|ONE_TAP|ZERO_TAP|QUICK_REPLY|"
    r"PHONE_NUMBER|POSITIONAL|NAMED|TEXT|IMAGE|FLOW|[a-z]+_[a-z_]+)\b"
)


def test_problems_the_form_can_cause_are_in_the_forms_words() -> None:
    marketing = copy.deepcopy(POSITIONAL_MARKETING)
    utility = copy.deepcopy(NAMED_UTILITY)
    auth = copy.deepcopy(AUTHENTICATION)
    utility["components"][1]["text"] = "Big sale on your order {{order_id}} today, {{first_name}}!"
    utility["components"][3] = {
        "type": "BUTTONS",
        "buttons": [
            {"type": "URL", "text": "Go", "url": ""},
            {"type": "PHONE_NUMBER", "text": "Call", "phone_number": ""},
            {"type": "COPY_CODE", "example": ""},
            {"type": "FLOW", "text": "Form"},
        ],
    }
    del marketing["components"][0]["example"]  # an image header without its sample file
    marketing["components"][1]["text"] += " {{name}}"
    auth["components"][2]["buttons"] = [
        {"type": "OTP", "otp_type": "ZERO_TAP", "text": "Fill"},
        {"type": "OTP", "otp_type": "ONE_TAP", "text": "Fill"},
    ]
    # a password button left over after switching an authentication template to marketing
    marketing["components"][-1]["buttons"].append({"type": "OTP", "otp_type": "COPY_CODE"})
    assert "otp.category" in {i.rule for i in lint_template(marketing).errors}
    messages = [
        item.message
        for template in (marketing, utility, auth)
        for item in (lambda r: r.errors + r.warnings)(lint_template(template))
        if not item.rule.startswith(("name", "buttons.", "components"))
    ]
    assert messages
    wordy = [m for m in messages if FORM_RULE_WORDS.search(m.replace("{{first_name}}", ""))]
    assert wordy == []
