"""Send parameters built from the user's values and checked against the template."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.services.templates import (
    SendParamsError,
    SendValues,
    build_send_components,
    check_send_components,
    encode_url_suffix,
)


def rules(problems: list[Any]) -> set[str]:
    return {p.rule for p in problems}


def failing(template: dict[str, Any], values: SendValues) -> dict[str, str]:
    with pytest.raises(SendParamsError) as info:
        build_send_components(template, values)
    return {p.rule: p.field for p in info.value.problems}


def test_named_template_components() -> None:
    components = build_send_components(
        NAMED_UTILITY,
        SendValues(
            header_text="860198",
            body={"order_id": "860198", "first_name": "Jessica"},
            buttons={1: "860198/a b|c"},
        ),
    )
    assert components == [
        {
            "type": "header",
            "parameters": [{"type": "text", "text": "860198", "parameter_name": "order_id"}],
        },
        {
            "type": "body",
            "parameters": [
                {"type": "text", "parameter_name": "first_name", "text": "Jessica"},
                {"type": "text", "parameter_name": "order_id", "text": "860198"},
            ],
        },
        {
            "type": "button",
            "sub_type": "url",
            "index": "1",
            "parameters": [{"type": "text", "text": "860198/a%20b%7Cc"}],
        },
    ]


def test_positional_template_components() -> None:
    components = build_send_components(
        POSITIONAL_MARKETING,
        SendValues(
            body=["田中", "SUMMER20"],
            header_media={"id": "1234"},
            buttons={0: "SUMMER20"},
        ),
    )
    assert components == [
        {"type": "header", "parameters": [{"type": "image", "image": {"id": "1234"}}]},
        {
            "type": "body",
            "parameters": [{"type": "text", "text": "田中"}, {"type": "text", "text": "SUMMER20"}],
        },
        {
            "type": "button",
            "sub_type": "copy_code",
            "index": "0",
            "parameters": [{"type": "coupon_code", "coupon_code": "SUMMER20"}],
        },
    ]


def test_authentication_components() -> None:
    components = build_send_components(AUTHENTICATION, SendValues(otp_code="482913"))
    assert components == [
        {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
        {
            "type": "button",
            "sub_type": "url",
            "index": "0",
            "parameters": [{"type": "text", "text": "482913"}],
        },
    ]
    assert "otp.missing" in failing(AUTHENTICATION, SendValues())
    assert "param.length" in failing(AUTHENTICATION, SendValues(otp_code="1" * 16))


def test_count_mismatch() -> None:
    found = failing(
        POSITIONAL_MARKETING,
        SendValues(body=["only one"], header_media={"id": "1"}, buttons={0: "X"}),
    )
    assert found == {"body.count": "body"}


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("two\nlines", "param.whitespace"),
        ("tab\there", "param.whitespace"),
        ("five     spaces", "param.whitespace"),
        ("", "param.empty"),
        ("   ", "param.empty"),
    ],
)
def test_value_rules(value: str, rule: str) -> None:
    found = failing(
        POSITIONAL_MARKETING,
        SendValues(body=["ok", value], header_media={"id": "1"}, buttons={0: "X"}),
    )
    assert found[rule] == "body[1].text"


def test_four_spaces_are_allowed() -> None:
    build_send_components(
        POSITIONAL_MARKETING,
        SendValues(body=["a    b", "c"], header_media={"id": "1"}, buttons={0: "X"}),
    )


def test_missing_parts() -> None:
    found = failing(NAMED_UTILITY, SendValues(body={"first_name": "A"}))
    assert found["body.count"] == "body"
    assert found["body.name_missing"] == "body"
    assert found["header.missing"] == "header"
    assert found["button.missing"] == "buttons[1]"
    found = failing(POSITIONAL_MARKETING, SendValues(body=["a", "b"]))
    assert found["header.missing"] == "header" and found["button.missing"] == "buttons[0]"


def test_named_vs_positional_mismatch() -> None:
    found = failing(
        NAMED_UTILITY,
        SendValues(header_text="1", body=["A", "B"], buttons={1: "x"}),
    )
    assert "param.name" in found and "body.named_values" in found
    problems = check_send_components(
        POSITIONAL_MARKETING,
        [
            {"type": "header", "parameters": [{"type": "image", "image": {"id": "1"}}]},
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "a", "parameter_name": "x"},
                    {"type": "text", "text": "b"},
                ],
            },
            {
                "type": "button",
                "sub_type": "copy_code",
                "index": "0",
                "parameters": [{"type": "coupon_code", "coupon_code": "X"}],
            },
        ],
    )
    assert rules(problems) == {"param.name"}


def test_url_suffix_must_be_encoded() -> None:
    components = [
        {
            "type": "header",
            "parameters": [{"type": "text", "text": "1", "parameter_name": "order_id"}],
        },
        {
            "type": "body",
            "parameters": [
                {"type": "text", "parameter_name": "first_name", "text": "A"},
                {"type": "text", "parameter_name": "order_id", "text": "1"},
            ],
        },
        {
            "type": "button",
            "sub_type": "url",
            "index": "1",
            "parameters": [{"type": "text", "text": "a b:c"}],
        },
    ]
    problems = check_send_components(NAMED_UTILITY, components)
    assert rules(problems) == {"url.encoding"}
    assert "a%20b%3Ac" in problems[0].message
    components[2]["parameters"][0]["text"] = "a%20b%3Ac"
    assert check_send_components(NAMED_UTILITY, components) == []


def test_encode_url_suffix() -> None:
    assert encode_url_suffix("summer 2023:a|b") == "summer%202023%3Aa%7Cb"
    assert encode_url_suffix("ça/ñ?x=1&y=2") == "%C3%A7a/%C3%B1?x=1&y=2"


def test_not_approved_and_wrong_types() -> None:
    t = copy.deepcopy(POSITIONAL_MARKETING)
    t["status"] = "PENDING"
    found = failing(t, SendValues(body=["a", "b"], header_media={"id": "1"}, buttons={0: "X"}))
    assert found == {"template.not_approved": "template"}
    problems = check_send_components(
        POSITIONAL_MARKETING,
        [
            {"type": "header", "parameters": [{"type": "video", "video": {"id": "1"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": "a"}, {"type": "image"}]},
            {"type": "button", "sub_type": "url", "index": "0", "parameters": []},
            {"type": "button", "sub_type": "quick_reply", "index": "7", "parameters": []},
        ],
    )
    assert {"param.format", "button.unknown"} <= rules(problems)
    assert rules(check_send_components(POSITIONAL_MARKETING, "nope")) == {"components.shape"}


def test_media_link_and_location() -> None:
    found = failing(
        POSITIONAL_MARKETING,
        SendValues(
            body=["a", "b"], header_media={"link": "http://x.example/a.jpg"}, buttons={0: "X"}
        ),
    )
    assert found == {"header.media_link": "header.image.link"}
    t = copy.deepcopy(POSITIONAL_MARKETING)
    t["components"][0] = {"type": "HEADER", "format": "LOCATION"}
    ok = build_send_components(
        t,
        SendValues(
            body=["a", "b"],
            header_location={"latitude": "35.68", "longitude": "139.76", "name": "Tokyo"},
            buttons={0: "X"},
        ),
    )
    assert ok[0]["parameters"][0]["type"] == "location"
    found = failing(
        t, SendValues(body=["a", "b"], header_location={"latitude": "north"}, buttons={0: "X"})
    )
    assert set(found) == {"header.location"}


def test_markup_warning_and_escaping() -> None:
    values = SendValues(body=["*VIP*", "b"], header_media={"id": "1"}, buttons={0: "X"})
    components = build_send_components(POSITIONAL_MARKETING, values)
    warnings = check_send_components(POSITIONAL_MARKETING, components)
    assert [w.rule for w in warnings] == ["param.markup"]
    assert warnings[0].severity == "warning"
    values.escape_markup = True
    escaped = build_send_components(POSITIONAL_MARKETING, values)
    assert escaped[1]["parameters"][0]["text"] == "*\u200bVIP*\u200b"
    assert check_send_components(POSITIONAL_MARKETING, escaped) == []


def test_quick_reply_payload() -> None:
    components = build_send_components(
        NAMED_UTILITY,
        SendValues(
            header_text="1",
            body={"first_name": "A", "order_id": "1"},
            buttons={0: "STOP", 1: "1"},
        ),
    )
    assert components[2] == {
        "type": "button",
        "sub_type": "quick_reply",
        "index": "0",
        "parameters": [{"type": "payload", "payload": "STOP"}],
    }


def test_problems_carry_translatable_phrases() -> None:
    with pytest.raises(SendParamsError) as info:
        build_send_components(AUTHENTICATION, SendValues())
    problem = info.value.problems[0]
    assert problem.phrase.context == "TemplateSend"
    assert problem.message == "Enter the one-time code to send."
