"""Import → model → export gives back exactly the input."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.services.templates import MessageTemplate, TemplateShapeError

FROM_META: dict[str, Any] = {
    "name": "seasonal_promo",
    "parameter_format": "POSITIONAL",
    "components": [
        {
            "type": "HEADER",
            "format": "TEXT",
            "text": "Our {{1}} is on!",
            "example": {"header_text": ["Summer Sale"]},
        },
        {
            "type": "BODY",
            "text": "Shop now through {{1}} and use code {{2}} to get {{3}} off.",
            "example": {"body_text": [["the end of August", "25OFF", "25%"]]},
        },
        {"type": "FOOTER", "text": None},
        {
            "type": "BUTTONS",
            "buttons": [
                {
                    "type": "FLOW",
                    "text": "Book",
                    "flow_id": "123",
                    "navigate_screen": "A",
                    "flow_action": "navigate",
                },
                {
                    "type": "OTP",
                    "otp_type": "ONE_TAP",
                    "supported_apps": [{"package_name": "a.b", "signature_hash": "12345678901"}],
                },
            ],
        },
        {"type": "CAROUSEL", "cards": [{"components": []}, {"components": []}]},
    ],
    "language": "en_US",
    "status": "APPROVED",
    "category": "MARKETING",
    "id": "594425479261596",
    "quality_score": {"score": "GREEN", "date": 1700000000},
    "rejected_reason": "NONE",
}


@pytest.mark.parametrize(
    "template",
    [NAMED_UTILITY, POSITIONAL_MARKETING, AUTHENTICATION, FROM_META],
    ids=["named", "positional", "auth", "meta"],
)
def test_round_trip_equals_input(template: dict[str, Any]) -> None:
    original = copy.deepcopy(template)
    model = MessageTemplate.from_graph(copy.deepcopy(template))
    exported = model.to_graph()
    assert exported == original
    # key order too, so an exported file diffs cleanly against the imported one
    assert json.dumps(exported, ensure_ascii=False) == json.dumps(original, ensure_ascii=False)


def test_model_fields_are_typed() -> None:
    model = MessageTemplate.from_graph(copy.deepcopy(NAMED_UTILITY))
    assert model.name == "order_confirmation"
    assert model.is_named
    assert model.header is not None and model.header.variables == ["order_id"]
    assert model.body is not None and model.body.variables == ["first_name", "order_id"]
    assert model.footer is not None and model.footer.text == "Reply STOP to opt out"
    assert [b.type for b in model.buttons] == ["QUICK_REPLY", "URL", "PHONE_NUMBER"]
    assert model.buttons[1].url_variables == ["1"]
    meta = MessageTemplate.from_graph(copy.deepcopy(FROM_META))
    assert meta.status == "APPROVED"
    assert meta.extra["id"] == "594425479261596"
    assert meta.buttons[0].extra["flow_id"] == "123"


def test_edits_show_in_the_export() -> None:
    model = MessageTemplate.from_graph(copy.deepcopy(POSITIONAL_MARKETING))
    assert model.body is not None
    model.body.text = "New text {{1}} and {{2}} here."
    model.category = "UTILITY"
    out = model.to_graph()
    assert out["components"][1]["text"] == "New text {{1}} and {{2}} here."
    assert out["category"] == "UTILITY"
    assert "parameter_format" not in out


def test_new_template_from_scratch() -> None:
    from desktop.services.templates import TemplateButton, TemplateComponent

    model = MessageTemplate(
        name="hello",
        language="ja",
        category="UTILITY",
        components=[
            TemplateComponent(type="BODY", text="こんにちは"),
            TemplateComponent(
                type="BUTTONS", buttons=[TemplateButton(type="QUICK_REPLY", text="はい")]
            ),
        ],
    )
    assert model.to_graph() == {
        "name": "hello",
        "language": "ja",
        "category": "UTILITY",
        "components": [
            {"type": "BODY", "text": "こんにちは"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "はい"}]},
        ],
    }


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], ""),
        ({"language": "en"}, "name"),
        ({"name": "x", "language": "en", "components": {}}, "components"),
        ({"name": "x", "language": "en", "components": ["BODY"]}, "components[0]"),
        ({"name": "x", "language": "en", "components": [{"text": "hi"}]}, "components[0].type"),
        (
            {"name": "x", "language": "en", "components": [{"type": "BUTTONS", "buttons": [{}]}]},
            "components[0].buttons[0].type",
        ),
        (
            {"name": "x", "language": "en", "components": [{"type": "BODY", "text": 5}]},
            "components[0].text",
        ),
        ({"name": "x", "language": {"code": "en"}}, "language"),
        (
            {
                "name": "x",
                "language": "en",
                "components": [{"type": "FOOTER", "code_expiration_minutes": "5"}],
            },
            "components[0].code_expiration_minutes",
        ),
    ],
)
def test_shape_errors_name_the_field(data: Any, field: str) -> None:
    with pytest.raises(TemplateShapeError) as info:
        MessageTemplate.from_graph(data)
    assert info.value.field == field
