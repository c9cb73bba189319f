"""Templates fetched from Meta become editable (create-shaped) templates."""

from __future__ import annotations

import copy
from typing import Any

from tpl_samples import NAMED_UTILITY

from desktop.services.templates import editable_template, lint_template

FETCHED_AUTH: dict[str, Any] = {
    "name": "verification_code",
    "language": "en_US",
    "category": "AUTHENTICATION",
    "components": [
        {
            "type": "BODY",
            "text": "*{{1}}* is your verification code. For your security, do not share this code.",
        },
        {"type": "FOOTER", "text": "This code expires in 10 minutes."},
        {
            "type": "BUTTONS",
            "buttons": [
                {
                    "type": "URL",
                    "text": "Copy code",
                    "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}",
                }
            ],
        },
    ],
    "status": "APPROVED",
    "id": "77",
}


def test_fetched_authentication_template_becomes_create_shaped() -> None:
    original = copy.deepcopy(FETCHED_AUTH)
    assert lint_template(FETCHED_AUTH).errors  # Meta's rendered form is not a create body
    editable = editable_template(FETCHED_AUTH)
    assert original == FETCHED_AUTH  # input untouched
    assert editable["components"] == [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {
            "type": "BUTTONS",
            "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}],
        },
    ]
    assert editable["id"] == "77"
    assert lint_template(editable).errors == []


def test_one_tap_and_plain_body() -> None:
    fetched = copy.deepcopy(FETCHED_AUTH)
    fetched["components"][0]["text"] = "{{1}} is your verification code."
    fetched["components"][2]["buttons"][0]["url"] = (
        "https://www.whatsapp.com/otp/code/?otp_type=ONE_TAP&code=otp{{1}}"
    )
    fetched["components"][2]["buttons"][0]["supported_apps"] = [
        {"package_name": "com.example.app", "signature_hash": "K8a/AINcGX7"}
    ]
    editable = editable_template(fetched)
    assert editable["components"][0] == {"type": "BODY"}
    button = editable["components"][2]["buttons"][0]
    assert (
        button["otp_type"] == "ONE_TAP"
        and button["supported_apps"][0]["package_name"] == "com.example.app"
    )


def test_other_categories_are_unchanged() -> None:
    assert editable_template(NAMED_UTILITY) == NAMED_UTILITY
    assert editable_template({"category": "AUTHENTICATION", "components": "x"}) == {
        "category": "AUTHENTICATION",
        "components": "x",
    }


def test_fetched_authentication_template_previews_like_the_created_one() -> None:
    from desktop.services.templates import render_sample

    assert render_sample(FETCHED_AUTH) == render_sample(editable_template(FETCHED_AUTH))
    assert render_sample(FETCHED_AUTH).footer == "This code expires in 10 minutes."
