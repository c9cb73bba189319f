"""Demo data the sandbox starts with: one business, two WABAs, three numbers, ~20 customers.

Ids are fixed so the app and tests can rely on them; customers' recent activity (which
windows are open) is drawn from the seeded random generator.
"""

from __future__ import annotations

import random
import time
from typing import Any

from desktop.sandbox.state import (
    Business,
    Customer,
    PhoneNumber,
    SandboxWorld,
    Template,
    Waba,
)

BUSINESS_ID = "104996615822345"
WABA_CAFE = "102290129340398"
WABA_SHOP = "108427389001572"
NUMBER_TOKYO = "106540352242922"
NUMBER_OSAKA = "113254987650011"
NUMBER_TEST = "119876543210987"

# (user_id, display name, wa_id or None, home number, language, username)
_CUSTOMERS: list[tuple[str, str, str | None, str, str, str | None]] = [
    ("JP.2001458822310061", "佐藤 花子", "819012345601", NUMBER_TOKYO, "ja", None),
    ("JP.2001458822310062", "鈴木 一郎", "819012345602", NUMBER_TOKYO, "ja", None),
    ("JP.2001458822310063", "高橋 美咲", "819012345603", NUMBER_TOKYO, "ja", None),
    ("JP.2001458822310064", "田中 健太", "819012345604", NUMBER_OSAKA, "ja", None),
    ("JP.2001458822310065", "渡辺 さくら", "819012345605", NUMBER_OSAKA, "ja", None),
    ("JP.2001458822310066", "伊藤 翔", "819012345606", NUMBER_TOKYO, "ja", None),
    ("JP.2001458822310067", "山本 由美", "819012345607", NUMBER_OSAKA, "ja", None),
    ("JP.2001458822310068", "中村 蓮", None, NUMBER_TOKYO, "ja", "ren.nakamura"),
    ("US.1349120865530274", "Sheena Nelson", "16505551234", NUMBER_TOKYO, "en", None),
    ("US.1349120865530275", "Marcus Lee", "16505551235", NUMBER_OSAKA, "en", None),
    ("US.1349120865530276", "Priya Sharma", "16505551236", NUMBER_TOKYO, "en", None),
    ("GB.1349120865530277", "Oliver Brown", "447700900123", NUMBER_OSAKA, "en", None),
    ("US.1349120865530278", "Ana Souza", "16505551238", NUMBER_TOKYO, "en", None),
    ("US.1349120865530279", "Daniel Kim", "16505551239", NUMBER_OSAKA, "en", "dkim"),
    ("US.1349120865530280", "Lucía Gómez", "19835552319", NUMBER_TOKYO, "en", None),
    ("US.1349120865530281", "Tom Walker", "16505551241", NUMBER_TEST, "en", None),
    ("US.1349120865530282", "Emma Wilson", "16505551242", NUMBER_TEST, "en", None),
    ("US.1349120865530283", "Noah Davis", "16505551243", NUMBER_TEST, "en", None),
    ("US.1349120865530284", "Mia Johnson", "16505551244", NUMBER_TEST, "en", None),
    ("US.1349120865530285", "Liam Martin", "16505551245", NUMBER_TEST, "en", None),
]

TEST_NUMBER_ALLOWED = ["16505551241", "16505551242", "16505551243", "16505551244", "16505551245"]


def _body(text: str, example: list[str] | None = None) -> dict[str, Any]:
    component: dict[str, Any] = {"type": "BODY", "text": text}
    if example:
        component["example"] = {"body_text": [example]}
    return component


def _templates(waba_id: str, base: int) -> list[Template]:
    hour = time.time() - 3600
    specs: list[tuple[str, str, str, list[dict[str, Any]], str, str, str]] = [
        (
            "hello_world",
            "en_US",
            "UTILITY",
            [
                {"type": "HEADER", "format": "TEXT", "text": "Hello World"},
                _body(
                    "Welcome and congratulations!! This message demonstrates your ability to "
                    "send a WhatsApp message notification from the Cloud API, hosted by Meta."
                ),
                {"type": "FOOTER", "text": "WhatsApp Business Platform sample message"},
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "order_confirmation",
            "en_US",
            "UTILITY",
            [
                _body(
                    "Hi {{1}}, your order {{2}} is confirmed and ships today.", ["Pablo", "860198"]
                ),
                {"type": "FOOTER", "text": "Reply STOP to opt out"},
                {
                    "type": "BUTTONS",
                    "buttons": [
                        {"type": "QUICK_REPLY", "text": "Track order"},
                        {"type": "QUICK_REPLY", "text": "Stop updates"},
                    ],
                },
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "order_confirmation",
            "ja",
            "UTILITY",
            [
                _body(
                    "こんにちは、{{1}}様。ご注文 {{2}} を承りました。本日発送いたします。",
                    ["佐藤", "860198"],
                ),
                {
                    "type": "BUTTONS",
                    "buttons": [
                        {"type": "QUICK_REPLY", "text": "配送状況"},
                        {"type": "QUICK_REPLY", "text": "配信停止"},
                    ],
                },
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "appointment_reminder",
            "en_US",
            "UTILITY",
            [
                {
                    "type": "BODY",
                    "text": "Hello {{first_name}}, see you on {{date}} at our shop.",
                    "example": {
                        "body_text_named_params": [
                            {"param_name": "first_name", "example": "Pablo"},
                            {"param_name": "date", "example": "June 3"},
                        ]
                    },
                },
                {
                    "type": "BUTTONS",
                    "buttons": [
                        {
                            "type": "URL",
                            "text": "Reschedule",
                            "url": "https://example.com/booking/{{1}}",
                            "example": ["A1234"],
                        }
                    ],
                },
            ],
            "NAMED",
            "APPROVED",
            "NONE",
        ),
        (
            "summer_sale",
            "en_US",
            "MARKETING",
            [
                {
                    "type": "HEADER",
                    "format": "TEXT",
                    "text": "Summer {{1}}",
                    "example": {"header_text": ["Sale"]},
                },
                _body("Dear {{1}}, enjoy 20% off everything this week only.", ["Pablo"]),
                {"type": "FOOTER", "text": "Reply STOP to opt out"},
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "spring_campaign",
            "ja",
            "MARKETING",
            [
                _body(
                    "こんにちは、{{1}}様。春の新メニューをご用意しました。ぜひお越しください。",
                    ["佐藤"],
                )
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "verification_code",
            "en_US",
            "AUTHENTICATION",
            [
                {
                    "type": "BODY",
                    "text": "{{1}} is your verification code.",
                    "add_security_recommendation": True,
                },
                {"type": "FOOTER", "text": "This code expires in 10 minutes."},
                {
                    "type": "BUTTONS",
                    "buttons": [{"type": "URL", "text": "Copy code", "url": "https://x/{{1}}"}],
                },
            ],
            "POSITIONAL",
            "APPROVED",
            "NONE",
        ),
        (
            "shipping_update",
            "en_US",
            "UTILITY",
            [_body("Hi {{1}}, your parcel left our warehouse today.", ["Pablo"])],
            "POSITIONAL",
            "PENDING",
            "NONE",
        ),
        (
            "flash_promo",
            "en_US",
            "UTILITY",
            [_body("Huge discount! Buy now and get 50% off.")],
            "POSITIONAL",
            "REJECTED",
            "PROMOTIONAL",
        ),
        (
            "winter_menu",
            "ja",
            "MARKETING",
            [_body("冬季限定メニューのお知らせです。")],
            "POSITIONAL",
            "PAUSED",
            "NONE",
        ),
    ]
    out = []
    for index, (name, lang, category, comps, fmt, status, reason) in enumerate(specs):
        out.append(
            Template(
                id=str(base + index),
                waba_id=waba_id,
                name=name,
                language=lang,
                category=category,
                components=comps,
                parameter_format=fmt,
                status=status,
                rejected_reason=reason,
                created_at=hour - index * 86400,
            )
        )
    return out


def build_world(rng: random.Random, now: float) -> SandboxWorld:
    business = Business(id=BUSINESS_ID, name="Sakura Trading Demo")
    wabas = {
        WABA_CAFE: Waba(
            id=WABA_CAFE,
            name="Sakura Cafe",
            business_id=BUSINESS_ID,
            currency="JPY",
            timezone_id="88",
            country="JP",
            message_template_namespace="a7f2c0d1_9e4b_4c1e_8f0a_1b2c3d4e5f60",
        ),
        WABA_SHOP: Waba(
            id=WABA_SHOP,
            name="Lucky Shrub Store",
            business_id=BUSINESS_ID,
            currency="USD",
            timezone_id="1",
            country="US",
            message_template_namespace="c3d4e5f6_0a1b_4c2d_9e8f_7a6b5c4d3e21",
        ),
    }
    profile = {
        "about": "Hand-roasted coffee and sweets",
        "address": "1-2-3 Marunouchi, Chiyoda-ku, Tokyo",
        "description": "Sakura Cafe answers on WhatsApp from 9:00 to 18:00 JST.",
        "email": "hello@sakura-cafe.example",
        "profile_picture_url": "",
        "websites": ["https://sakura-cafe.example"],
        "vertical": "RESTAURANT",
    }
    numbers = {
        NUMBER_TOKYO: PhoneNumber(
            id=NUMBER_TOKYO,
            waba_id=WABA_CAFE,
            display_phone_number="+81 3-4567-0001",
            verified_name="Sakura Cafe Tokyo",
            messaging_limit="TIER_10K",
            profile=dict(profile),
        ),
        NUMBER_OSAKA: PhoneNumber(
            id=NUMBER_OSAKA,
            waba_id=WABA_CAFE,
            display_phone_number="+81 6-7890-0002",
            verified_name="Sakura Cafe Osaka",
            quality_rating="YELLOW",
            profile={**profile, "address": "4-5-6 Umeda, Kita-ku, Osaka", "websites": []},
        ),
        NUMBER_TEST: PhoneNumber(
            id=NUMBER_TEST,
            waba_id=WABA_SHOP,
            display_phone_number="+1 555-010-0003",
            verified_name="Test Number",
            is_test=True,
            messaging_limit="TIER_250",
            name_status="AVAILABLE_WITHOUT_REVIEW",
            allowed_recipients=list(TEST_NUMBER_ALLOWED),
            profile={
                "about": "Lucky Shrub test line",
                "vertical": "RETAIL",
                "websites": [],
                "messaging_product": "whatsapp",
            },
        ),
    }
    customers: dict[str, Customer] = {}
    for user_id, name, wa_id, home, lang, username in _CUSTOMERS:
        customers[user_id] = Customer(
            user_id=user_id,
            name=name,
            wa_id=wa_id,
            home_number_id=home,
            language=lang,
            username=username,
            country_code=user_id.split(".", 1)[0],
        )
    templates = {}
    for waba_id, base in ((WABA_CAFE, 1689556908129800), (WABA_SHOP, 1689556908129900)):
        for template in _templates(waba_id, base):
            templates[template.id] = template
    world = SandboxWorld(
        business=business, wabas=wabas, numbers=numbers, customers=customers, templates=templates
    )
    # About half the customers wrote within the last day: their windows are open.
    for index, customer in enumerate(customers.values()):
        if index % 2 == 0:
            world.last_inbound[(customer.home_number_id, customer.user_id)] = now - rng.uniform(
                600, 20 * 3600
            )
        elif index % 4 == 1:
            world.last_inbound[(customer.home_number_id, customer.user_id)] = now - rng.uniform(
                30 * 3600, 72 * 3600
            )
    return world
