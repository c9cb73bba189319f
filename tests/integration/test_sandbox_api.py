"""The sandbox answers the Graph API paths the client calls with Meta's shapes and errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sandbox_support import SandboxTrio, running_sandbox

from desktop.sandbox import SandboxServer, SandboxStartError
from desktop.sandbox.seed import BUSINESS_ID, NUMBER_OSAKA, NUMBER_TEST, NUMBER_TOKYO, WABA_CAFE

SECRET = "test-secret"


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[SandboxTrio]:
    async with running_sandbox(SECRET, "v25.0") as trio:
        yield trio


def assert_error(resp: httpx.Response, code: int, status: int = 400) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert error["code"] == code, error
    assert error["fbtrace_id"]
    assert isinstance(error["message"], str) and error["message"]
    assert error["type"] in ("OAuthException", "GraphMethodException")
    return error


@pytest.mark.asyncio
async def test_wrong_or_missing_token_is_oauth_190(sandbox: Any) -> None:
    server, _, _ = sandbox
    async with httpx.AsyncClient(base_url=server.base_url) as anon:
        missing = await anon.get(f"/v25.0/{WABA_CAFE}")
        wrong = await anon.get(
            f"/v23.0/{WABA_CAFE}", headers={"Authorization": "Bearer not-the-token"}
        )
        ok = await anon.get(f"/v23.0/{WABA_CAFE}?access_token=sandbox-token")
    for resp in (missing, wrong):
        error = assert_error(resp, 190, 401)
        assert error["type"] == "OAuthException"
    assert ok.status_code == 200


@pytest.mark.asyncio
async def test_unknown_object_is_code_100_subcode_33(sandbox: Any) -> None:
    _, _, client = sandbox
    error = assert_error(await client.post("/123456789/messages", json={}), 100)
    assert error["error_subcode"] == 33
    assert "Object with ID '123456789' does not exist" in error["message"]
    assert "Unsupported post request" in error["message"]
    error = assert_error(await client.get("/987"), 100)
    assert error["error_subcode"] == 33


@pytest.mark.asyncio
async def test_business_wabas_and_numbers(sandbox: Any) -> None:
    server, _, client = sandbox
    resp = await client.get(f"/{BUSINESS_ID}/owned_whatsapp_business_accounts")
    assert resp.status_code == 200
    wabas = resp.json()["data"]
    assert [w["id"] for w in wabas] == server.waba_ids
    assert len(wabas) == 2
    waba = (await client.get(f"/{WABA_CAFE}?fields=name,currency,timezone_id")).json()
    assert waba == {"name": "Sakura Cafe", "currency": "JPY", "timezone_id": "88", "id": WABA_CAFE}
    numbers = (await client.get(f"/{WABA_CAFE}/phone_numbers")).json()["data"]
    assert {n["id"] for n in numbers} == {NUMBER_TOKYO, NUMBER_OSAKA}
    for number in numbers:
        assert number["code_verification_status"] == "VERIFIED"
        assert number["quality_rating"] in ("GREEN", "YELLOW", "RED")
        assert number["throughput"] == {"level": "STANDARD"}
    test = (
        await client.get(f"/{NUMBER_TEST}?fields=display_phone_number,account_mode,status")
    ).json()
    assert test == {
        "display_phone_number": "+1 555-010-0003",
        "account_mode": "SANDBOX",
        "status": "CONNECTED",
        "id": NUMBER_TEST,
    }
    assert len(server.phone_number_ids) == 3


@pytest.mark.asyncio
async def test_template_list_pages_with_cursors(sandbox: Any) -> None:
    _, _, client = sandbox
    everything = (await client.get(f"/{WABA_CAFE}/message_templates?limit=100")).json()["data"]
    assert len(everything) >= 8
    assert {t["status"] for t in everything} >= {"APPROVED", "REJECTED", "PAUSED"}
    seen: list[str] = []
    url: str | None = f"/{WABA_CAFE}/message_templates?limit=3&fields=name,status,language"
    pages = 0
    while url:
        body = (await client.get(url)).json()
        pages += 1
        assert set(body["paging"]["cursors"]) == {"before", "after"}
        for row in body["data"]:
            assert set(row) == {"name", "status", "language", "id"}
            seen.append(row["id"])
        url = body["paging"].get("next")
    assert seen == [t["id"] for t in everything]
    assert pages == -(-len(everything) // 3)
    approved = (await client.get(f"/{WABA_CAFE}/message_templates?status=APPROVED")).json()
    assert approved["data"] and all(t["status"] == "APPROVED" for t in approved["data"])
    by_name = (await client.get(f"/{WABA_CAFE}/message_templates?name=order_confirmation")).json()
    assert {t["language"] for t in by_name["data"]} == {"en_US", "ja"}


@pytest.mark.asyncio
async def test_template_create_edit_delete(sandbox: Any) -> None:
    server, recorder, client = sandbox
    body = {
        "name": "pickup_ready",
        "language": "en_US",
        "category": "UTILITY",
        "components": [
            {
                "type": "BODY",
                "text": "Hi {{1}}, your order is ready for pickup.",
                "example": {"body_text": [["Ana"]]},
            },
        ],
    }
    created = (await client.post(f"/{WABA_CAFE}/message_templates", json=body)).json()
    assert created["status"] == "PENDING" and created["category"] == "UTILITY"
    template_id = created["id"]
    duplicate = await client.post(f"/{WABA_CAFE}/message_templates", json=body)
    assert_error(duplicate, 100)
    await recorder.wait_for(
        lambda: [
            c
            for c in recorder.changes("message_template_status_update")
            if str(c["message_template_id"]) == template_id
        ]
    )
    one = (await client.get(f"/{template_id}?fields=status,name")).json()
    assert one == {"status": "APPROVED", "name": "pickup_ready", "id": template_id}
    edit = await client.post(
        f"/{template_id}",
        json={"components": [{"type": "BODY", "text": "Hello {{1}}, pick up today."}]},
    )
    assert edit.json() == {"success": True}
    assert (await client.get(f"/{template_id}?fields=status")).json()["status"] == "PENDING"
    bad_name = await client.post(
        f"/{WABA_CAFE}/message_templates", json={**body, "name": "Bad Name"}
    )
    assert_error(bad_name, 100)
    gone = await client.delete(
        f"/{WABA_CAFE}/message_templates", params={"name": "pickup_ready", "hsm_id": template_id}
    )
    assert gone.json() == {"success": True}
    assert_error(await client.get(f"/{template_id}"), 100)
    both = await client.delete(
        f"/{WABA_CAFE}/message_templates", params={"name": "order_confirmation"}
    )
    assert both.json() == {"success": True}
    left = (await client.get(f"/{WABA_CAFE}/message_templates?name=order_confirmation")).json()
    assert left["data"] == []
    assert_error(
        await client.delete(f"/{WABA_CAFE}/message_templates", params={"name": "nope"}), 100
    )
    assert server.world.templates  # the other WABA's templates are untouched


@pytest.mark.asyncio
async def test_media_upload_url_download_delete(sandbox: Any) -> None:
    server, _, client = sandbox
    png = b"\x89PNG\r\n\x1a\nsandbox"
    up = await client.post(
        f"/{NUMBER_TOKYO}/media",
        files={"file": ("a.png", png, "image/png")},
        data={"messaging_product": "whatsapp", "type": "image/png"},
    )
    assert up.status_code == 200, up.text
    media_id = up.json()["id"]
    info = (await client.get(f"/{media_id}")).json()
    assert set(info) == {"messaging_product", "url", "mime_type", "sha256", "file_size", "id"}
    assert info["mime_type"] == "image/png" and info["file_size"] == len(png)
    assert info["url"].startswith(server.base_url)
    async with httpx.AsyncClient() as anon:
        assert (await anon.get(info["url"])).status_code == 401
    data = await client.get(info["url"])
    assert data.content == png and data.headers["content-type"] == "image/png"
    bad = await client.post(
        f"/{NUMBER_TOKYO}/media",
        files={"file": ("a.exe", b"MZ", "application/x-msdownload")},
        data={"messaging_product": "whatsapp", "type": "application/x-msdownload"},
    )
    assert_error(bad, 131053)
    assert (await client.delete(f"/{media_id}")).json() == {"success": True}
    assert_error(await client.get(f"/{media_id}"), 100)


@pytest.mark.asyncio
async def test_registration_flow_and_unregistered_send(sandbox: Any) -> None:
    _, _, client = sandbox
    n = NUMBER_OSAKA
    assert (await client.post(f"/{n}/deregister")).json() == {"success": True}
    info = (await client.get(f"/{n}?fields=platform_type,status")).json()
    assert info["platform_type"] == "NOT_APPLICABLE"
    send = await client.post(
        f"/{n}/messages",
        json={
            "messaging_product": "whatsapp",
            "to": "+16505551235",
            "type": "text",
            "text": {"body": "hi"},
        },
    )
    assert_error(send, 133010)
    code = await client.post(f"/{n}/request_code", params={"code_method": "SMS", "language": "en"})
    assert code.json() == {"success": True}
    assert_error(await client.post(f"/{n}/verify_code", params={"code": "999999"}), 136025)
    assert (await client.post(f"/{n}/verify_code", params={"code": "123456"})).json() == {
        "success": True
    }
    wrong_pin = await client.post(
        f"/{n}/register", json={"messaging_product": "whatsapp", "pin": "000000"}
    )
    assert_error(wrong_pin, 133005)
    assert_error(
        await client.post(f"/{n}/register", json={"messaging_product": "whatsapp", "pin": "12"}),
        100,
    )
    ok = await client.post(
        f"/{n}/register", json={"messaging_product": "whatsapp", "pin": "123456"}
    )
    assert ok.json() == {"success": True}
    assert (await client.get(f"/{n}?fields=platform_type")).json()["platform_type"] == "CLOUD_API"


@pytest.mark.asyncio
async def test_business_profile_read_and_update(sandbox: Any) -> None:
    _, _, client = sandbox
    got = (
        await client.get(
            f"/{NUMBER_TOKYO}/whatsapp_business_profile", params={"fields": "about,vertical"}
        )
    ).json()
    assert got == {
        "data": [
            {
                "about": "Hand-roasted coffee and sweets",
                "vertical": "RESTAURANT",
                "messaging_product": "whatsapp",
            }
        ]
    }
    update = await client.post(
        f"/{NUMBER_TOKYO}/whatsapp_business_profile",
        json={
            "messaging_product": "whatsapp",
            "about": "毎日営業",
            "websites": ["https://a.example"],
        },
    )
    assert update.json() == {"success": True}
    again = (await client.get(f"/{NUMBER_TOKYO}/whatsapp_business_profile")).json()["data"][0]
    assert again["about"] == "毎日営業" and again["websites"] == ["https://a.example"]
    too_long = await client.post(
        f"/{NUMBER_TOKYO}/whatsapp_business_profile",
        json={"messaging_product": "whatsapp", "about": "x" * 140},
    )
    assert_error(too_long, 100)
    bad_site = await client.post(
        f"/{NUMBER_TOKYO}/whatsapp_business_profile",
        json={"messaging_product": "whatsapp", "websites": ["ftp://x"]},
    )
    assert_error(bad_site, 100)
    still = (await client.get(f"/{NUMBER_TOKYO}/whatsapp_business_profile")).json()["data"][0]
    assert still["about"] == "毎日営業"


@pytest.mark.asyncio
async def test_control_state_and_pause_over_http(sandbox: Any) -> None:
    server, recorder, _ = sandbox
    async with httpx.AsyncClient(
        base_url=server.base_url, headers={"Authorization": "Bearer sandbox-token"}
    ) as ctl:
        state = (await ctl.get("/_sandbox/state")).json()
        assert state["business"]["id"] == BUSINESS_ID
        assert len(state["customers"]) >= 20
        assert any(c["wa_id"] is None and c["username"] for c in state["customers"])
        test = next(n for n in state["phone_numbers"] if n["is_test_number"])
        assert len(test["allowed_recipients"]) == 5
        assert (await ctl.post("/_sandbox/customers/pause")).json()["customers_paused"] is True
        assert server.customers_paused
        assert (await ctl.post("/_sandbox/customers/resume")).json()["customers_paused"] is False
        assert not server.customers_paused
        sent = await ctl.post(
            "/_sandbox/inbound",
            json={
                "phone_number_id": NUMBER_TOKYO,
                "from": "819012345601",
                "type": "text",
                "text": "予約できますか？",
            },
        )
        wamid = sent.json()["id"]
        bad = await ctl.post("/_sandbox/inbound", json={"phone_number_id": "1", "from": "x"})
        assert bad.status_code == 400
        async with httpx.AsyncClient(base_url=server.base_url) as anon:
            assert (await anon.get("/_sandbox/state")).status_code == 401
    messages = await recorder.wait_for(lambda: [m for m in recorder.messages() if m["id"] == wamid])
    assert messages[0]["text"] == {"body": "予約できますか？"}


@pytest.mark.asyncio
async def test_start_on_a_busy_port_raises_a_clear_error(sandbox: Any) -> None:
    server, _, _ = sandbox
    port = int(server.base_url.rsplit(":", 1)[1])
    second = SandboxServer(webhook_url=None, app_secret="x", simulate_customers=False)
    with pytest.raises(SandboxStartError) as caught:
        await second.start("127.0.0.1", port)
    assert isinstance(caught.value, OSError)
    assert f"port {port}" in str(caught.value) and "already in use" in str(caught.value)
    await second.stop()
