"""Sending through the sandbox: every payload type, Meta's validation codes, the allow list."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sandbox_support import SandboxTrio, running_sandbox

from desktop.sandbox.seed import NUMBER_TEST, NUMBER_TOKYO, TEST_NUMBER_ALLOWED

SECRET = "test-secret"
JP_CUSTOMER = "819012345601"


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[SandboxTrio]:
    # No review during these tests: a seeded PENDING template must stay pending (132001),
    # which a 50 ms review made a race on a loaded machine.
    async with running_sandbox(SECRET, "v24.0", review_delay=3600) as trio:
        yield trio


def msg(to: str, kind: str, content: Any, **extra: Any) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": kind,
        kind: content,
        **extra,
    }


def error_of(resp: httpx.Response, code: int) -> dict[str, Any]:
    assert resp.status_code == 400, resp.text
    error = resp.json()["error"]
    assert error["code"] == code, error
    assert error["fbtrace_id"] and error["type"] == "OAuthException"
    return error


async def upload(client: httpx.AsyncClient) -> str:
    resp = await client.post(
        f"/{NUMBER_TOKYO}/media",
        files={"file": ("p.png", b"\x89PNG\r\n\x1a\n", "image/png")},
        data={"messaging_product": "whatsapp", "type": "image/png"},
    )
    return str(resp.json()["id"])


@pytest.mark.asyncio
async def test_every_outbound_type_is_accepted_with_a_wamid(sandbox: Any) -> None:
    server, _, client = sandbox
    inbound = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "こんにちは")
    media_id = await upload(client)
    payloads = [
        msg("+81 90-1234-5601", "text", {"preview_url": False, "body": "*Hello* there"}),
        msg(JP_CUSTOMER, "text", {"body": "quoted"}, context={"message_id": inbound}),
        msg(JP_CUSTOMER, "image", {"id": media_id, "caption": "menu"}),
        msg(JP_CUSTOMER, "video", {"link": "https://example.com/a.mp4"}),
        msg(JP_CUSTOMER, "document", {"link": "https://example.com/a.pdf", "filename": "a.pdf"}),
        msg(JP_CUSTOMER, "audio", {"link": "https://example.com/a.ogg"}),
        msg(JP_CUSTOMER, "sticker", {"link": "https://example.com/a.webp"}),
        msg(JP_CUSTOMER, "location", {"latitude": 35.68, "longitude": 139.76, "name": "駅"}),
        msg(
            JP_CUSTOMER,
            "contacts",
            [
                {
                    "name": {"formatted_name": "John Smith", "first_name": "John"},
                    "phones": [{"phone": "+1 650 555 1234"}],
                }
            ],
        ),
        msg(JP_CUSTOMER, "reaction", {"message_id": inbound, "emoji": "😀"}),
        msg(
            JP_CUSTOMER,
            "interactive",
            {
                "type": "button",
                "body": {"text": "Reschedule?"},
                "action": {
                    "buttons": [
                        {"type": "reply", "reply": {"id": "a", "title": "Yes"}},
                        {"type": "reply", "reply": {"id": "b", "title": "No"}},
                    ]
                },
            },
        ),
        msg(
            JP_CUSTOMER,
            "interactive",
            {
                "type": "list",
                "body": {"text": "Pick"},
                "action": {
                    "button": "Options",
                    "sections": [
                        {
                            "title": "Fast",
                            "rows": [{"id": "x", "title": "Express", "description": "1d"}],
                        }
                    ],
                },
            },
        ),
        msg(
            JP_CUSTOMER,
            "interactive",
            {
                "type": "cta_url",
                "body": {"text": "See dates"},
                "action": {
                    "name": "cta_url",
                    "parameters": {"display_text": "See Dates", "url": "https://x.example"},
                },
            },
        ),
        msg(
            JP_CUSTOMER,
            "template",
            {
                "name": "order_confirmation",
                "language": {"code": "ja"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": "佐藤"},
                            {"type": "text", "text": "A-1"},
                        ],
                    }
                ],
            },
        ),
        msg(JP_CUSTOMER, "template", {"name": "hello_world", "language": {"code": "en_US"}}),
    ]
    wamids = set()
    for body in payloads:
        resp = await client.post(f"/{NUMBER_TOKYO}/messages", json=body)
        assert resp.status_code == 200, (body["type"], resp.text)
        data = resp.json()
        assert data["messaging_product"] == "whatsapp"
        assert data["contacts"] == [{"input": body["to"], "wa_id": JP_CUSTOMER}]
        wamid = data["messages"][0]["id"]
        assert wamid.startswith("wamid.")
        if body["type"] == "template":
            assert data["messages"][0]["message_status"] == "accepted"
        wamids.add(wamid)
    assert len(wamids) == len(payloads)
    read = await client.post(
        f"/{NUMBER_TOKYO}/messages",
        json={
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": inbound,
            "typing_indicator": {"type": "text"},
        },
    )
    assert read.json() == {"success": True}
    error_of(
        await client.post(
            f"/{NUMBER_TOKYO}/messages",
            json={"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.unknown"},
        ),
        131009,
    )


@pytest.mark.asyncio
async def test_invalid_payloads_get_meta_codes(sandbox: Any) -> None:
    _, _, client = sandbox
    url = f"/{NUMBER_TOKYO}/messages"
    no_to = {"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}}
    error = error_of(await client.post(url, json=no_to), 131008)
    assert "to" in error["error_data"]["details"]
    error = error_of(
        await client.post(url, json=msg(JP_CUSTOMER, "text", {"body": "x" * 4097})), 100
    )
    assert "4096" in error["error_data"]["details"]
    four = {
        "type": "button",
        "body": {"text": "Pick"},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": str(i), "title": f"B{i}"}} for i in range(4)
            ]
        },
    }
    error_of(await client.post(url, json=msg(JP_CUSTOMER, "interactive", four)), 131009)
    error = error_of(await client.post(url, json=msg(JP_CUSTOMER, "hologram", {})), 100)
    assert "hologram" in error["error_data"]["details"]
    error_of(await client.post(url, json=msg(JP_CUSTOMER, "text", {})), 131008)
    error_of(await client.post(url, json=msg(JP_CUSTOMER, "image", {"id": "404"})), 131009)
    error_of(await client.post(url, json=msg("not-a-number", "text", {"body": "x"})), 131009)
    no_product = msg(JP_CUSTOMER, "text", {"body": "x"})
    del no_product["messaging_product"]
    error_of(await client.post(url, json=no_product), 100)
    bad_json = await client.post(
        url, content=b"{oops", headers={"Content-Type": "application/json"}
    )
    error_of(bad_json, 100)


@pytest.mark.asyncio
async def test_template_errors_132001_and_132000(sandbox: Any) -> None:
    _, _, client = sandbox
    url = f"/{NUMBER_TOKYO}/messages"
    unknown = msg(JP_CUSTOMER, "template", {"name": "nope", "language": {"code": "en_US"}})
    error = error_of(await client.post(url, json=unknown), 132001)
    assert error["error_data"]["details"] == "template name (nope) does not exist in en_US"
    wrong_lang = msg(JP_CUSTOMER, "template", {"name": "hello_world", "language": {"code": "en"}})
    error_of(await client.post(url, json=wrong_lang), 132001)
    pending = msg(
        JP_CUSTOMER, "template", {"name": "shipping_update", "language": {"code": "en_US"}}
    )
    error_of(await client.post(url, json=pending), 132001)
    rejected = msg(JP_CUSTOMER, "template", {"name": "flash_promo", "language": {"code": "en_US"}})
    error_of(await client.post(url, json=rejected), 132001)
    paused = msg(JP_CUSTOMER, "template", {"name": "winter_menu", "language": {"code": "ja"}})
    error_of(await client.post(url, json=paused), 132015)
    short = msg(
        JP_CUSTOMER,
        "template",
        {
            "name": "order_confirmation",
            "language": {"code": "en_US"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "only one"}]}],
        },
    )
    error = error_of(await client.post(url, json=short), 132000)
    assert "(1)" in error["error_data"]["details"] and "(2)" in error["error_data"]["details"]
    no_url_param = msg(
        JP_CUSTOMER,
        "template",
        {
            "name": "appointment_reminder",
            "language": {"code": "en_US"},
            "components": [
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "parameter_name": "first_name", "text": "Ana"},
                        {"type": "text", "parameter_name": "date", "text": "June 3"},
                    ],
                }
            ],
        },
    )
    error_of(await client.post(url, json=no_url_param), 132000)
    with_url = dict(no_url_param)
    with_url["template"] = {
        **no_url_param["template"],
        "components": [
            *no_url_param["template"]["components"],
            {
                "type": "button",
                "sub_type": "url",
                "index": "0",
                "parameters": [{"type": "text", "text": "A1"}],
            },
        ],
    }
    assert (await client.post(url, json=with_url)).status_code == 200


@pytest.mark.asyncio
async def test_test_number_only_sends_to_allowed_recipients(sandbox: Any) -> None:
    _, _, client = sandbox
    url = f"/{NUMBER_TEST}/messages"
    hello = {"name": "hello_world", "language": {"code": "en_US"}}
    assert len(TEST_NUMBER_ALLOWED) == 5
    for wa_id in TEST_NUMBER_ALLOWED:
        resp = await client.post(url, json=msg(f"+{wa_id}", "template", hello))
        assert resp.status_code == 200, resp.text
    error = error_of(await client.post(url, json=msg("+16505559999", "template", hello)), 131030)
    assert "allowed list" in error["message"]
    error_of(await client.post(url, json=msg(JP_CUSTOMER, "text", {"body": "hi"})), 131030)
