"""Templates rendered with sample values: what the preview and the inbox both show."""

from __future__ import annotations

import copy
from typing import Any

from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.services.templates import MessageTemplate, SampleButton, render_sample


def test_named_template_uses_its_examples() -> None:
    sample = render_sample(NAMED_UTILITY)
    assert sample.header_text == "Order 860198 confirmed"
    assert sample.body == "Thank you, Pablo! Your order 860198 ships today."
    assert sample.footer == "Reply STOP to opt out"
    assert sample.buttons == (
        SampleButton("Stop updates", "quick_reply"),
        SampleButton("Track", "url"),
        SampleButton("Call", "phone"),
    )
    assert sample.header_media_kind is None


def test_positional_template_with_media_header_and_copy_code() -> None:
    sample = render_sample(POSITIONAL_MARKETING)
    assert sample.header_media_kind == "image"
    assert sample.header_text == ""
    assert "田中 様" in sample.body and "SUMMER20 を" in sample.body
    assert "*全品20%オフ*" in sample.body  # markup left for the bubble to format
    assert sample.buttons[0] == SampleButton("Copy offer code", "copy_code")


def test_user_values_replace_examples() -> None:
    sample = render_sample(POSITIONAL_MARKETING, ["佐藤", "CODE1"])
    assert "佐藤 様" in sample.body and "CODE1" in sample.body
    named = render_sample(NAMED_UTILITY, {"first_name": "Ana"}, header_value="42")
    assert named.body == "Thank you, Ana! Your order {{order_id}} ships today."
    assert named.header_text == "Order 42 confirmed"


def test_escaping_values_keeps_formatting_intact() -> None:
    plain = render_sample(POSITIONAL_MARKETING, ["*VIP*", "X"])
    assert "*VIP*" in plain.body
    escaped = render_sample(POSITIONAL_MARKETING, ["*VIP*", "X"], escape_markup=True)
    assert "*\u200bVIP*\u200b" in escaped.body


def test_authentication_preset_texts() -> None:
    sample = render_sample(AUTHENTICATION)
    assert sample.body == (
        "*123456* is your verification code. For your security, do not share this code."
    )
    assert sample.footer == "This code expires in 10 minutes."
    assert sample.buttons == (SampleButton("Copy", "otp"),)
    t = copy.deepcopy(AUTHENTICATION)
    t["components"][0]["add_security_recommendation"] = False
    del t["components"][2]["buttons"][0]["text"]
    sample = render_sample(t, ["987654"])
    assert sample.body == "*987654* is your verification code."
    assert sample.buttons == (SampleButton("Copy code", "otp"),)


def test_model_input_and_broken_input_never_raise() -> None:
    assert render_sample(MessageTemplate.from_graph(copy.deepcopy(NAMED_UTILITY))) == render_sample(
        NAMED_UTILITY
    )
    broken: list[Any] = [
        {},
        {"components": "x"},
        {"components": [None, {"type": 3}, {"type": "BODY", "text": None}]},
        {"components": [{"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": "oops"}}]},
        {"components": [{"type": "BUTTONS", "buttons": [None, {"type": "URL"}]}]},
        {"components": [{"type": "HEADER", "format": "TEXT", "text": "{{1}"}]},
    ]
    for t in broken:
        render_sample(t)
    typing = {"components": [{"type": "BODY", "text": "Hello {{1"}]}
    assert render_sample(typing).body == "Hello {{1"


def test_sent_message_renders_with_the_values_that_were_sent() -> None:
    from desktop.services.templates import SendValues, build_send_components, render_sent

    components = build_send_components(
        NAMED_UTILITY,
        SendValues(
            header_text="77", body={"first_name": "Jessica", "order_id": "77"}, buttons={1: "77"}
        ),
    )
    sent = {"name": "order_confirmation", "language": {"code": "en_US"}, "components": components}
    shown = render_sent(NAMED_UTILITY, sent)
    assert shown.header_text == "Order 77 confirmed"
    assert shown.body == "Thank you, Jessica! Your order 77 ships today."
    assert shown.buttons == render_sample(NAMED_UTILITY).buttons

    positional = render_sent(
        POSITIONAL_MARKETING,
        {
            "components": [
                {"type": "header", "parameters": [{"type": "image", "image": {"id": "1"}}]},
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "text": "佐藤"},
                        {
                            "type": "currency",
                            "currency": {
                                "fallback_value": "¥1,000",
                                "code": "JPY",
                                "amount_1000": 1000000,
                            },
                        },
                    ],
                },
            ]
        },
    )
    assert "佐藤 様" in positional.body and "¥1,000 を" in positional.body
    assert positional.header_media_kind == "image"
    auth = render_sent(
        AUTHENTICATION,
        {"components": [{"type": "body", "parameters": [{"type": "text", "text": "555111"}]}]},
    )
    assert auth.body.startswith("*555111* is your verification code.")
    assert render_sent(NAMED_UTILITY, {"components": "junk"}) == render_sample(NAMED_UTILITY)
