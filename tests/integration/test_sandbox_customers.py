"""Inbound messages of every type, BSUID-only users, media bytes, simulated customers."""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from webhook_recorder import WebhookRecorder

from desktop.sandbox import SandboxError, SandboxServer
from desktop.sandbox.seed import NUMBER_TOKYO

SECRET = "test-secret"
JP_CUSTOMER = "819012345601"
USERNAME_ONLY = "JP.2001458822310068"


async def make(**kwargs: Any) -> tuple[SandboxServer, WebhookRecorder]:
    recorder = WebhookRecorder(SECRET)
    await recorder.start()
    options: dict[str, Any] = {
        "review_delay": 0.05,
        "status_delay": 0.01,
        "read_delay": 0.01,
        "simulate_customers": False,
        "webhook_retry_base": 0.01,
    }
    options.update(kwargs)
    server = SandboxServer(webhook_url=recorder.url, app_secret=SECRET, **options)
    await server.start()
    return server, recorder


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[tuple[SandboxServer, WebhookRecorder]]:
    server, recorder = await make()
    yield server, recorder
    await server.stop()
    await recorder.stop()


INBOUND_CASES: list[tuple[str, dict[str, Any] | None, set[str]]] = [
    ("text", None, {"body"}),
    ("image", None, {"id", "mime_type", "sha256", "url", "caption"}),
    ("video", None, {"id", "mime_type", "sha256"}),
    ("audio", None, {"id", "mime_type", "sha256", "voice"}),
    ("document", None, {"id", "mime_type", "sha256", "filename"}),
    ("sticker", None, {"id", "mime_type", "sha256", "animated"}),
    ("location", None, {"latitude", "longitude", "name", "address"}),
    ("reaction", {"emoji": "👍"}, {"message_id", "emoji"}),
    ("interactive", None, {"type"}),  # a button, list, flow or call-permission reply
    (
        "interactive",
        {"type": "list_reply", "list_reply": {"id": "express", "title": "Express"}},
        {"type", "list_reply"},
    ),
    ("button", None, {"payload", "text"}),
    ("order", None, {"catalog_id", "product_items"}),
    ("system", None, {"body", "wa_id", "type"}),
]


@pytest.mark.asyncio
async def test_every_inbound_type_reaches_the_webhook(sandbox: Any) -> None:
    server, recorder = sandbox
    wamids = {}
    for index, (kind, payload, keys) in enumerate(INBOUND_CASES):
        wamid = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type=kind, payload=payload)
        wamids[wamid] = (index, kind, keys)
    contacts_msg = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type="contacts")
    unsupported = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type="unsupported")
    await server.flush_webhooks()
    by_id = {m["id"]: m for m in recorder.messages()}
    for wamid, (_, kind, keys) in wamids.items():
        message = by_id[wamid]
        assert message["type"] == kind
        assert message["from"] == JP_CUSTOMER
        assert message["timestamp"].isdigit()
        assert keys <= set(message[kind]), (kind, message)
    assert by_id[contacts_msg]["contacts"][0]["name"]["formatted_name"]
    assert by_id[unsupported]["errors"][0]["code"] == 131051
    values = recorder.changes("messages")
    assert values[0]["contacts"][0] == {
        "profile": {"name": "佐藤 花子", "country_code": "JP"},
        "wa_id": JP_CUSTOMER,
        "user_id": "JP.2001458822310061",
    }


@pytest.mark.asyncio
async def test_context_reply_and_japanese_text(sandbox: Any) -> None:
    server, recorder = sandbox
    first = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "明日は営業していますか？")
    reply = await server.customer_says(
        NUMBER_TOKYO, JP_CUSTOMER, "追伸", payload={"context": {"from": "81345670001", "id": first}}
    )
    await server.flush_webhooks()
    by_id = {m["id"]: m for m in recorder.messages()}
    assert by_id[first]["text"] == {"body": "明日は営業していますか？"}
    assert by_id[reply]["context"] == {"from": "81345670001", "id": first}


@pytest.mark.asyncio
async def test_username_user_has_bsuid_and_no_wa_id(sandbox: Any) -> None:
    server, recorder = sandbox
    wamid = await server.customer_says(NUMBER_TOKYO, USERNAME_ONLY, "こんばんは")
    await server.flush_webhooks()
    value = next(v for v in recorder.changes("messages") if v.get("messages"))
    contact = value["contacts"][0]
    assert "wa_id" not in contact
    assert contact["user_id"] == USERNAME_ONLY
    assert contact["profile"]["username"] == "@ren.nakamura"  # with the @, as Meta sends it
    message = value["messages"][0]
    assert message["id"] == wamid and "from" not in message
    assert message["from_user_id"] == USERNAME_ONLY
    async with httpx.AsyncClient(
        base_url=f"{server.base_url}/v25.0", headers={"Authorization": "Bearer sandbox-token"}
    ) as client:
        resp = await client.post(
            f"/{NUMBER_TOKYO}/messages",
            json={
                "messaging_product": "whatsapp",
                "recipient": USERNAME_ONLY,
                "type": "text",
                "text": {"body": "ありがとうございます"},
            },
        )
    assert resp.status_code == 200, resp.text
    assert resp.json()["contacts"][0]["user_id"] == USERNAME_ONLY
    assert resp.json()["contacts"][0]["wa_id"] == ""
    sent = resp.json()["messages"][0]["id"]
    await recorder.wait_for(lambda: any(s["status"] == "read" for s in recorder.statuses(sent)))
    status = recorder.statuses(sent)[0]
    assert status["recipient_id"] == "" and status["recipient_user_id"] == USERNAME_ONLY


@pytest.mark.asyncio
async def test_inbound_media_bytes_are_real_files(sandbox: Any) -> None:
    server, recorder = sandbox
    kinds = ["image", "audio", "document", "sticker", "video"]
    for kind in kinds:
        await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type=kind)
    await server.flush_webhooks()
    media = {m["type"]: m[m["type"]] for m in recorder.messages()}
    got = {}
    async with httpx.AsyncClient(
        base_url=f"{server.base_url}/v25.0", headers={"Authorization": "Bearer sandbox-token"}
    ) as client:
        for kind in kinds:
            info = (await client.get(f"/{media[kind]['id']}")).json()
            assert info["mime_type"] == media[kind]["mime_type"]
            data = (await client.get(info["url"])).content
            assert len(data) == info["file_size"]
            got[kind] = data
    png = got["image"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
    idat_len = int.from_bytes(png[33:37], "big")
    assert png[37:41] == b"IDAT"
    assert len(zlib.decompress(png[41 : 41 + idat_len])) == 48 * (1 + 48 * 3)
    assert got["audio"].startswith(b"OggS") and b"OpusHead" in got["audio"]
    assert media["audio"]["voice"] is True
    assert got["document"].startswith(b"%PDF-1.4") and got["document"].rstrip().endswith(b"%%EOF")
    assert got["sticker"][:4] == b"RIFF" and got["sticker"][8:12] == b"WEBP"
    assert got["video"][4:8] == b"ftyp"


@pytest.mark.asyncio
async def test_customer_says_rejects_unknown_number_and_type(sandbox: Any) -> None:
    server, _ = sandbox
    with pytest.raises(SandboxError, match="Unknown phone number"):
        await server.customer_says("42", JP_CUSTOMER, "hi")
    with pytest.raises(SandboxError, match="Unknown inbound type"):
        await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type="hologram")


@pytest.mark.asyncio
async def test_customers_answer_interactive_buttons() -> None:
    server, recorder = await make(simulate_customers=True, customer_interval=3600.0)
    server.sim.rng.seed(1)  # deterministic answer choices
    server.sim.rng.random = lambda: 0.0  # type: ignore[method-assign]  # always answer
    try:
        await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "予約を変更したい")
        async with httpx.AsyncClient(
            base_url=f"{server.base_url}/v25.0", headers={"Authorization": "Bearer sandbox-token"}
        ) as client:
            resp = await client.post(
                f"/{NUMBER_TOKYO}/messages",
                json={
                    "messaging_product": "whatsapp",
                    "to": JP_CUSTOMER,
                    "type": "interactive",
                    "interactive": {
                        "type": "button",
                        "body": {"text": "どちらにしますか？"},
                        "action": {
                            "buttons": [
                                {"type": "reply", "reply": {"id": "keep", "title": "そのまま"}},
                                {"type": "reply", "reply": {"id": "move", "title": "変更"}},
                            ]
                        },
                    },
                },
            )
        wamid = resp.json()["messages"][0]["id"]
        answers = await recorder.wait_for(
            lambda: [m for m in recorder.messages() if m.get("context", {}).get("id") == wamid]
        )
    finally:
        await server.stop()
        await recorder.stop()
    answer = answers[0]
    assert answer["type"] == "interactive"
    assert answer["interactive"]["type"] == "button_reply"
    assert answer["interactive"]["button_reply"]["id"] in ("keep", "move")


@pytest.mark.asyncio
async def test_simulated_customers_write_and_can_be_paused() -> None:
    server, recorder = await make(simulate_customers=True, customer_interval=0.01)
    try:
        await recorder.wait_for(lambda: len(recorder.messages()) >= 3)
        server.pause_customers()
        assert server.customers_paused
        await server.flush_webhooks()
        before = len(recorder.messages())
        # Five turns of the customer loop pass while paused (however slow the machine is).
        paused_turns = server.sim.turns_paused

        async def five_paused_turns() -> None:
            while server.sim.turns_paused < paused_turns + 5:
                await asyncio.sleep(0.01)

        await asyncio.wait_for(five_paused_turns(), timeout=10)
        await server.flush_webhooks()
        assert len(recorder.messages()) == before
        server.resume_customers()
        assert not server.customers_paused
        await recorder.wait_for(lambda: len(recorder.messages()) > before)
    finally:
        await server.stop()
        await recorder.stop()
    seeded = {c["user_id"] for c in server.state()["customers"]}
    assert {m["from_user_id"] for m in recorder.messages()} <= seeded


@pytest.mark.asyncio
async def test_new_senders_by_phone_or_bsuid(sandbox: Any) -> None:
    server, recorder = sandbox
    await server.customer_says(NUMBER_TOKYO, "+44 7700 900456", "hello from London")
    await server.customer_says(NUMBER_TOKYO, "BR.5511987654321", "olá")
    await server.flush_webhooks()
    contacts = [v["contacts"][0] for v in recorder.changes("messages") if v.get("contacts")]
    assert contacts[0]["wa_id"] == "447700900456"
    assert contacts[0]["profile"]["country_code"] == "GB"
    assert contacts[0]["user_id"].startswith("GB.")
    assert "wa_id" not in contacts[1] and contacts[1]["user_id"] == "BR.5511987654321"
    with pytest.raises(SandboxError, match="full phone number"):
        await server.customer_says(NUMBER_TOKYO, "12", "too short")


@pytest.mark.asyncio
async def test_simulated_customers_use_every_type_now_and_then(sandbox: Any) -> None:
    from desktop.sandbox.simulation import TYPE_WEIGHTS

    server, _ = sandbox
    customer = server.sim.world.find_customer(JP_CUSTOMER)
    key = (customer.home_number_id, customer.user_id)
    server.sim._last_said[key] = "wamid.SAID"
    server.sim.world.last_outbound[key] = "wamid.OURS"
    seen = {server.sim._next_type(customer) for _ in range(20_000)}
    assert seen == {"text"} | {kind for kind, _ in TYPE_WEIGHTS}


@pytest.mark.asyncio
async def test_edits_revokes_echoes_and_preferences_in_metas_shapes(sandbox: Any) -> None:
    server, recorder = sandbox
    said = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "予約は3人です")
    edit = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "予約は4人です", type="edit")
    revoke = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type="revoke")
    customer = server.sim.world.find_customer(JP_CUSTOMER)
    number = server.sim.world.numbers[NUMBER_TOKYO]
    echo = server.sim.business_types_on_phone(number, customer, "承知しました")
    server.sim.customer_chooses_marketing(number, customer, stop=True)
    old_number = customer.wa_id
    change = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, type="system")
    await server.flush_webhooks()
    by_id = {m["id"]: m for m in recorder.messages()}
    assert by_id[edit]["edit"] == {
        "original_message_id": said,
        "message": {"type": "text", "text": {"body": "予約は4人です"}},
    }
    assert by_id[revoke]["revoke"] == {"original_message_id": said}
    (echoes,) = recorder.changes("smb_message_echoes")
    (sent,) = echoes["message_echoes"]
    assert sent["id"] == echo and sent["to"] == JP_CUSTOMER and sent["from"] == number.digits
    assert sent["type"] == "text" and sent["text"] == {"body": "承知しました"}
    (prefs,) = recorder.changes("user_preferences")
    (pref,) = prefs["user_preferences"]
    assert (pref["category"], pref["value"], pref["wa_id"]) == (
        "marketing_messages",
        "stop",
        JP_CUSTOMER,
    )
    system = by_id[change]["system"]
    assert system["type"] == "user_changed_number" and by_id[change]["from"] == old_number
    # Meta names the customer by the new number from now on.
    assert customer.wa_id == system["wa_id"] != old_number
