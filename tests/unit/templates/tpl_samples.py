"""Valid templates of each kind, which the tests then break one rule at a time."""

from __future__ import annotations

from typing import Any

NAMED_UTILITY: dict[str, Any] = {
    "name": "order_confirmation",
    "language": "en_US",
    "category": "UTILITY",
    "parameter_format": "NAMED",
    "components": [
        {
            "type": "HEADER",
            "format": "TEXT",
            "text": "Order {{order_id}} confirmed",
            "example": {
                "header_text_named_params": [{"param_name": "order_id", "example": "860198"}]
            },
        },
        {
            "type": "BODY",
            "text": "Thank you, {{first_name}}! Your order {{order_id}} ships today.",
            "example": {
                "body_text_named_params": [
                    {"param_name": "first_name", "example": "Pablo"},
                    {"param_name": "order_id", "example": "860198"},
                ]
            },
        },
        {"type": "FOOTER", "text": "Reply STOP to opt out"},
        {
            "type": "BUTTONS",
            "buttons": [
                {"type": "QUICK_REPLY", "text": "Stop updates"},
                {
                    "type": "URL",
                    "text": "Track",
                    "url": "https://x.example/t/{{1}}",
                    "example": ["860198"],
                },
                {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"},
            ],
        },
    ],
}

POSITIONAL_MARKETING: dict[str, Any] = {
    "name": "summer_sale_ja",
    "language": "ja",
    "category": "MARKETING",
    "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
        {
            "type": "BODY",
            "text": "こんにちは {{1}} 様、夏のセールが始まりました！ *全品20%オフ* のクーポン "
            "{{2}} をご利用ください。",
            "example": {"body_text": [["田中", "SUMMER20"]]},
        },
        {"type": "FOOTER", "text": "配信停止は「停止」と返信"},
        {
            "type": "BUTTONS",
            "buttons": [
                {"type": "COPY_CODE", "example": "SUMMER20"},
                {"type": "URL", "text": "ショップへ", "url": "https://shop.example/sale"},
            ],
        },
    ],
}

AUTHENTICATION: dict[str, Any] = {
    "name": "login_code",
    "language": "en_US",
    "category": "AUTHENTICATION",
    "components": [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy"}]},
    ],
}
