"""The sandbox's add-number flow over HTTP, with each of Meta's error paths."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sandbox_support import SandboxTrio, running_sandbox

from desktop.sandbox.seed import NUMBER_TEST, NUMBER_TOKYO, WABA_CAFE

SECRET = "numbers-hook"


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[SandboxTrio]:
    async with running_sandbox(SECRET, "v23.0") as trio:
        yield trio


def error_of(resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code >= 400, resp.text
    return dict(resp.json()["error"])


async def add(client: httpx.AsyncClient, national: str, name: str = "Sakura Cafe Kyoto") -> str:
    r = await client.post(
        f"/{WABA_CAFE}/phone_numbers",
        json={"cc": "81", "phone_number": national, "verified_name": name},
    )
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


async def control(trio: SandboxTrio, action: str, **body: Any) -> httpx.Response:
    server = trio[0]
    async with httpx.AsyncClient(
        base_url=f"{server.base_url}/_sandbox", headers={"Authorization": "Bearer sandbox-token"}
    ) as c:
        return await c.post(f"/{action}", json=body)


@pytest.mark.asyncio
async def test_add_verify_register_then_the_name_is_reviewed(sandbox: SandboxTrio) -> None:
    _, recorder, client = sandbox
    number_id = await add(client, "757001234")
    listed = (await client.get(f"/{WABA_CAFE}/phone_numbers")).json()["data"]
    assert number_id in [n["id"] for n in listed]
    got = (
        await client.get(f"/{number_id}", params={"fields": "code_verification_status,status"})
    ).json()
    assert (got["code_verification_status"], got["status"]) == ("NOT_VERIFIED", "DISCONNECTED")
    ok = await client.post(
        f"/{number_id}/request_code", params={"code_method": "SMS", "language": "ja"}
    )
    assert ok.json() == {"success": True}
    assert (await client.post(f"/{number_id}/verify_code", params={"code": "123456"})).json()[
        "success"
    ]
    r = await client.post(
        f"/{number_id}/register", json={"messaging_product": "whatsapp", "pin": "246810"}
    )
    assert r.json() == {"success": True}
    await recorder.wait_for(lambda: recorder.changes("phone_number_name_update"))
    update = recorder.changes("phone_number_name_update")[0]
    assert update["decision"] == "APPROVED" and update["display_phone_number"] == "81757001234"
    got = (await client.get(f"/{number_id}", params={"fields": "status,name_status"})).json()
    assert (got["status"], got["name_status"]) == ("CONNECTED", "APPROVED")


@pytest.mark.asyncio
async def test_a_name_meta_would_reject_is_declined_by_webhook(sandbox: SandboxTrio) -> None:
    _, recorder, client = sandbox
    number_id = await add(client, "757005678", name="BEST WHATSAPP DEALS")
    await client.post(
        f"/{number_id}/request_code", params={"code_method": "VOICE", "language": "en_US"}
    )
    await client.post(f"/{number_id}/verify_code", params={"code": "123-456"})
    await client.post(
        f"/{number_id}/register", json={"messaging_product": "whatsapp", "pin": "246810"}
    )
    await recorder.wait_for(lambda: recorder.changes("phone_number_name_update"))
    update = recorder.changes("phone_number_name_update")[0]
    assert update["decision"] == "REJECTED" and "WhatsApp" in update["rejection_reason"]


@pytest.mark.asyncio
async def test_code_requests_too_soon_wrong_and_expired_codes(sandbox: SandboxTrio) -> None:
    _, _, client = sandbox
    number_id = await add(client, "757002222")
    ask = {"code_method": "SMS", "language": "en_US"}
    assert (await client.post(f"/{number_id}/request_code", params=ask)).status_code == 200
    again = error_of(await client.post(f"/{number_id}/request_code", params=ask))
    assert again["code"] == 136024 and "wait" in again["error_data"]["details"]
    wrong = error_of(await client.post(f"/{number_id}/verify_code", params={"code": "000000"}))
    assert wrong["code"] == 136025 and "wrong" in wrong["error_data"]["details"]
    assert (
        await control(sandbox, "numbers/expire_code", phone_number_id=number_id)
    ).status_code == 200
    expired = error_of(await client.post(f"/{number_id}/verify_code", params={"code": "123456"}))
    assert expired["code"] == 136025 and "expired" in expired["error_data"]["details"]
    early = error_of(
        await client.post(
            f"/{number_id}/register", json={"messaging_product": "whatsapp", "pin": "246810"}
        )
    )
    assert early["code"] == 133006


@pytest.mark.asyncio
async def test_pin_mismatch_and_a_number_registered_elsewhere(sandbox: SandboxTrio) -> None:
    _, _, client = sandbox
    wrong_pin = error_of(
        await client.post(
            f"/{NUMBER_TOKYO}/register", json={"messaging_product": "whatsapp", "pin": "999999"}
        )
    )
    assert wrong_pin["code"] == 133005
    elsewhere = error_of(
        await client.post(
            f"/{WABA_CAFE}/phone_numbers",
            json={"cc": "81", "phone_number": "9012349999", "verified_name": "Sakura"},
        )
    )
    assert elsewhere["code"] == 100 and "already registered" in elsewhere["error_data"]["details"]


@pytest.mark.asyncio
async def test_allowed_recipients_are_capped_at_five(sandbox: SandboxTrio) -> None:
    server = sandbox[0]
    assert len(server.world.numbers[NUMBER_TEST].allowed_recipients) == 5
    full = await control(
        sandbox, "numbers/allowed/add", phone_number_id=NUMBER_TEST, wa_id="+1 650 555 1299"
    )
    assert full.status_code == 400 and "at most 5" in full.json()["error"]["message"]
    removed = await control(
        sandbox, "numbers/allowed/remove", phone_number_id=NUMBER_TEST, wa_id="16505551241"
    )
    assert "16505551241" not in removed.json()["allowed_recipients"]
    added = await control(
        sandbox, "numbers/allowed/add", phone_number_id=NUMBER_TEST, wa_id="+1 650 555 1299"
    )
    assert added.status_code == 200 and "16505551299" in added.json()["allowed_recipients"]


@pytest.mark.asyncio
async def test_quality_and_limit_changes_on_demand_send_webhooks(sandbox: SandboxTrio) -> None:
    _, recorder, _ = sandbox
    assert (
        await control(sandbox, "numbers/quality", phone_number_id=NUMBER_TOKYO, rating="RED")
    ).json()["webhook"] == "FLAGGED"
    assert (
        await control(sandbox, "numbers/quality", phone_number_id=NUMBER_TOKYO, rating="YELLOW")
    ).json()["webhook"] == "UNFLAGGED"
    await control(sandbox, "numbers/limit", tier="TIER_UNLIMITED")
    await recorder.wait_for(lambda: len(recorder.changes("business_capability_update")) == 2)
    events = [c["event"] for c in recorder.changes("phone_number_quality_update")]
    assert events == ["FLAGGED", "UNFLAGGED"]
    bad = await control(sandbox, "numbers/quality", phone_number_id=NUMBER_TOKYO, rating="BLUE")
    assert bad.status_code == 400
