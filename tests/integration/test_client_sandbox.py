"""Every CloudApiClient call against the real sandbox over loopback HTTP, errors included."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from webhook_recorder import WebhookRecorder

from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import (
    BUSINESS_ID,
    NUMBER_OSAKA,
    NUMBER_TEST,
    NUMBER_TOKYO,
    TEST_NUMBER_ALLOWED,
    WABA_CAFE,
    WABA_SHOP,
)
from desktop.services.cloud_api import CloudApiClient, CloudApiError, RetryPolicy

SECRET = "client-secret"
JP = "+819012345601"
JP_WA_ID = "819012345601"
FAST = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


@pytest_asyncio.fixture
async def world() -> AsyncIterator[tuple[SandboxServer, WebhookRecorder, CloudApiClient]]:
    recorder = WebhookRecorder(SECRET)
    await recorder.start()
    server = SandboxServer(
        webhook_url=recorder.url,
        app_secret=SECRET,
        review_delay=0.02,
        status_delay=0.01,
        read_delay=0.01,
        simulate_customers=False,
        webhook_retry_base=0.01,
    )
    await server.start()
    async with CloudApiClient("sandbox-token", base_url=server.base_url, retry=FAST) as api:
        yield server, recorder, api
    await server.stop()
    await recorder.stop()


async def fails(coro: Any, code: int) -> CloudApiError:
    with pytest.raises(CloudApiError) as caught:
        await coro
    error = caught.value
    assert error.code == code, repr(error)
    assert error.meta_answered and error.fbtrace_id
    assert str(error.advice)
    return error


@pytest.mark.asyncio
async def test_accounts_numbers_and_profile(world: Any) -> None:
    _, _, api = world
    wabas = await api.list_owned_wabas(BUSINESS_ID)
    assert [w["id"] for w in wabas] == [WABA_CAFE, WABA_SHOP]
    assert wabas[0]["currency"] == "JPY"
    waba = await api.get_waba(WABA_SHOP)
    assert waba["name"] == "Lucky Shrub Store" and waba["currency"] == "USD"
    numbers = await api.list_phone_numbers(WABA_CAFE)
    assert {n["id"] for n in numbers} == {NUMBER_TOKYO, NUMBER_OSAKA}
    assert all(n["platform_type"] == "CLOUD_API" and n["status"] == "CONNECTED" for n in numbers)
    test = await api.get_phone_number(NUMBER_TEST)
    assert test["account_mode"] == "SANDBOX"
    assert test["whatsapp_business_manager_messaging_limit"] == "TIER_250"
    assert await api.ping(WABA_CAFE) is True
    profile = await api.get_business_profile(NUMBER_TOKYO)
    assert profile["vertical"] == "RESTAURANT"
    assert await api.update_business_profile(NUMBER_TOKYO, about="年中無休") is True
    assert (await api.get_business_profile(NUMBER_TOKYO))["about"] == "年中無休"
    await fails(api.update_business_profile(NUMBER_TOKYO, about="x" * 200), 100)
    await fails(api.get_waba("1234"), 100)


@pytest.mark.asyncio
async def test_bad_token_maps_to_auth(world: Any) -> None:
    server, _, _ = world
    async with CloudApiClient("wrong", base_url=server.base_url, retry=FAST) as bad:
        error = await fails(bad.get_waba(WABA_CAFE), 190)
    assert error.kind == "auth" and error.http_status == 401
    assert "wrong" not in str(error)


@pytest.mark.asyncio
async def test_templates_lifecycle(world: Any) -> None:
    _, recorder, api = world
    templates = await api.list_templates(WABA_CAFE, limit=3)
    assert len(templates) == 10
    assert {t["status"] for t in templates} >= {"APPROVED", "REJECTED", "PAUSED"}
    assert all("quality_score" in t for t in templates)
    approved = await api.list_templates(WABA_CAFE, status="APPROVED")
    assert approved and all(t["status"] == "APPROVED" for t in approved)
    created = await api.create_template(
        WABA_CAFE,
        {
            "name": "table_ready",
            "language": "ja",
            "category": "UTILITY",
            "components": [
                {
                    "type": "BODY",
                    "text": "{{1}}様、お席の準備ができました。どうぞ。",
                    "example": {"body_text": [["佐藤"]]},
                }
            ],
        },
    )
    assert created["status"] == "PENDING" and created["category"] == "UTILITY"
    update = await recorder.wait_for(
        lambda: [
            u
            for u in recorder.changes("message_template_status_update")
            if str(u["message_template_id"]) == created["id"]
        ]
    )
    assert update[0]["event"] == "REJECTED" and update[0]["reason"] == "INVALID_FORMAT"
    fixed = [{"type": "BODY", "text": "お待たせしました、{{1}}様。お席の準備ができました。"}]
    assert await api.edit_template(created["id"], {"components": fixed}) is True
    await recorder.wait_for(
        lambda: [
            u
            for u in recorder.changes("message_template_status_update")
            if str(u["message_template_id"]) == created["id"] and u["event"] == "APPROVED"
        ]
    )
    assert (await api.get_template(created["id"]))["status"] == "APPROVED"
    assert await api.delete_template(WABA_CAFE, "table_ready", hsm_id=created["id"]) is True
    await fails(api.get_template(created["id"]), 100)
    await fails(api.delete_template(WABA_CAFE, "table_ready"), 100)


@pytest.mark.asyncio
async def test_every_send_method(world: Any) -> None:
    server, recorder, api = world
    inbound = await server.customer_says(NUMBER_TOKYO, JP_WA_ID, "メニューを見せてください")
    media_id = await api.upload_media(NUMBER_TOKYO, b"%PDF-1.4 menu", "application/pdf", "m.pdf")
    results = [
        await api.send_text(NUMBER_TOKYO, JP, "こちらです", reply_to=inbound),
        await api.send_template(
            NUMBER_TOKYO,
            JP,
            "order_confirmation",
            "ja",
            [
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "text": "佐藤"},
                        {"type": "text", "text": "A-1"},
                    ],
                }
            ],
        ),
        await api.send_reply_buttons(
            NUMBER_TOKYO, JP, "いかがですか？", [("y", "はい"), ("n", "いいえ")]
        ),
        await api.send_list(
            NUMBER_TOKYO,
            JP,
            "お選びください",
            "メニュー",
            [{"title": "ドリンク", "rows": [{"id": "c", "title": "コーヒー"}]}],
        ),
        await api.send_interactive(
            NUMBER_TOKYO,
            JP,
            {
                "type": "cta_url",
                "body": {"text": "予約はこちら"},
                "action": {
                    "name": "cta_url",
                    "parameters": {"display_text": "予約", "url": "https://x.example"},
                },
            },
        ),
        await api.send_media(
            NUMBER_TOKYO, JP, "document", media_id=media_id, filename="m.pdf", caption="メニュー"
        ),
        await api.send_media(NUMBER_TOKYO, JP, "image", link="https://x.example/a.png"),
        await api.send_location(NUMBER_TOKYO, JP, 35.68, 139.76, name="本店"),
        await api.send_contacts(
            NUMBER_TOKYO, JP, [{"name": {"formatted_name": "店長", "first_name": "店長"}}]
        ),
        await api.send_reaction(NUMBER_TOKYO, JP, inbound, "👍"),
    ]
    assert all(r.wamid.startswith("wamid.") for r in results)
    assert all(r.wa_id == JP_WA_ID for r in results)
    assert results[1].message_status == "accepted"
    assert await api.mark_read(NUMBER_TOKYO, inbound, typing_indicator=True) is True
    text_wamid = results[0].wamid
    await recorder.wait_for(
        lambda: any(s["status"] == "read" for s in recorder.statuses(text_wamid))
    )
    await server.flush_webhooks()
    for result in results:
        assert not any(s["status"] == "failed" for s in recorder.statuses(result.wamid))
    by_bsuid = await api.send_text(NUMBER_TOKYO, None, "ok", recipient="JP.2001458822310068")
    assert by_bsuid.wamid.startswith("wamid.")


@pytest.mark.asyncio
async def test_media_round_trip(world: Any) -> None:
    server, _, api = world
    media_id = await api.upload_media(NUMBER_TOKYO, b"\x89PNG\r\n\x1a\nabc", "image/png", "a.png")
    info = await api.get_media(media_id, phone_number_id=NUMBER_TOKYO)
    assert info["mime_type"] == "image/png" and info["file_size"] == 11
    data, mime = await api.download_media(media_id)
    assert data == b"\x89PNG\r\n\x1a\nabc" and mime == "image/png"
    voice = await server.customer_says(NUMBER_TOKYO, JP_WA_ID, type="audio")
    assert voice.startswith("wamid.")
    inbound_media = [m for m in server.world.media.values() if m.mime_type.startswith("audio/")]
    data, mime = await api.download_media(inbound_media[0].id)
    assert data.startswith(b"OggS") and mime == "audio/ogg"
    assert await api.delete_media(media_id) is True
    await fails(api.get_media(media_id), 100)
    await fails(api.upload_media(NUMBER_TOKYO, b"MZ", "application/x-msdownload", "a.exe"), 131053)


@pytest.mark.asyncio
async def test_registration_calls(world: Any) -> None:
    _, _, api = world
    assert await api.deregister(NUMBER_OSAKA) is True
    error = await fails(api.send_text(NUMBER_OSAKA, "+16505551235", "hi"), 133010)
    assert error.kind == "registration"
    assert await api.request_code(NUMBER_OSAKA, code_method="SMS", language="ja") is True
    await fails(api.verify_code(NUMBER_OSAKA, "000-000"), 136025)
    assert await api.verify_code(NUMBER_OSAKA, "123-456") is True
    await fails(api.register(NUMBER_OSAKA, "654321"), 133005)
    assert await api.register(NUMBER_OSAKA, "123456", data_localization_region="JP") is True
    assert (await api.send_text(NUMBER_OSAKA, "+16505551235", "hi")).wamid


@pytest.mark.asyncio
async def test_send_error_mapping(world: Any) -> None:
    server, recorder, api = world
    hello = ("hello_world", "en_US")
    error = await fails(api.send_template(NUMBER_TEST, "+16505559999", *hello), 131030)
    assert error.kind == "recipient" and not error.may_have_been_delivered
    assert (await api.send_template(NUMBER_TEST, f"+{TEST_NUMBER_ALLOWED[0]}", *hello)).wamid
    error = await fails(api.send_template(NUMBER_TOKYO, JP, "no_such", "en_US"), 132001)
    assert error.kind == "template"
    await fails(api.send_template(NUMBER_TOKYO, JP, "order_confirmation", "en_US"), 132000)
    await fails(api.send_template(NUMBER_TOKYO, JP, "winter_menu", "ja"), 132015)
    await fails(api.send_text(NUMBER_TOKYO, JP, "x" * 4097), 100)
    await fails(
        api.send_reply_buttons(NUMBER_TOKYO, JP, "pick", [(str(i), f"b{i}") for i in range(4)]),
        131009,
    )
    await fails(api.send_text("999", JP, "hi"), 100)
    server.expire_window(NUMBER_TOKYO, JP_WA_ID)
    late = await api.send_text(NUMBER_TOKYO, JP, "遅くなりました")
    failed = await recorder.wait_for(
        lambda: [s for s in recorder.statuses(late.wamid) if s["status"] == "failed"]
    )
    assert failed[0]["errors"][0]["code"] == 131047
