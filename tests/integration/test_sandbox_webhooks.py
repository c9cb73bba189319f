"""Webhooks from the sandbox: signed, retried, ordered; statuses with pricing; reviews."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio
from aiohttp import web
from sandbox_support import SandboxTrio, running_sandbox
from webhook_recorder import WebhookRecorder

from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO, WABA_CAFE

SECRET = "hook-secret"
JP_CUSTOMER = "819012345601"


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[SandboxTrio]:
    async with running_sandbox(SECRET, "v23.0") as trio:
        yield trio


async def send(
    client: httpx.AsyncClient, to: str, kind: str, content: Any, number: str = NUMBER_TOKYO
) -> str:
    resp = await client.post(
        f"/{number}/messages",
        json={"messaging_product": "whatsapp", "to": to, "type": kind, kind: content},
    )
    assert resp.status_code == 200, resp.text
    return str(resp.json()["messages"][0]["id"])


async def statuses_until(recorder: WebhookRecorder, wamid: str, final: str) -> list[dict[str, Any]]:
    await recorder.wait_for(lambda: any(s["status"] == final for s in recorder.statuses(wamid)))
    return recorder.statuses(wamid)


@pytest.mark.asyncio
async def test_webhooks_are_signed_with_the_app_secret() -> None:
    bodies: list[tuple[bytes, str]] = []
    got = asyncio.Event()

    async def receive(request: web.Request) -> web.Response:
        bodies.append((await request.read(), request.headers["X-Hub-Signature-256"]))
        got.set()
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    server = SandboxServer(
        webhook_url=url, app_secret="s3cr3t", simulate_customers=False, review_delay=60
    )
    await server.start()
    try:
        await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "hello")
        await server.flush_webhooks()
        await asyncio.wait_for(got.wait(), 5)
    finally:
        await server.stop()
        await runner.cleanup()
    raw, header = bodies[0]
    expected = hmac.new(b"s3cr3t", raw, hashlib.sha256).hexdigest()
    assert header == f"sha256={expected}"
    assert header != "sha256=" + hmac.new(b"other", raw, hashlib.sha256).hexdigest()


@pytest.mark.asyncio
async def test_wrong_secret_is_retried_until_set_webhook_fixes_it(sandbox: Any) -> None:
    server, recorder, _ = sandbox
    server.set_webhook(recorder.url, "not-the-secret")
    wamid = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "are you there?")
    await recorder.wait_for(lambda: recorder.rejected_signatures >= 2)
    assert recorder.messages() == []
    server.set_webhook(recorder.url, SECRET)
    await server.flush_webhooks()
    assert [m["id"] for m in recorder.messages()] == [wamid]


@pytest.mark.asyncio
async def test_failed_deliveries_are_retried_in_order(sandbox: Any) -> None:
    server, recorder, _ = sandbox
    recorder.fail_next = 3
    sent = [await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, f"m{i}") for i in range(6)]
    await server.flush_webhooks()
    assert recorder.failed == 3
    assert [m["id"] for m in recorder.messages()] == sent
    assert server.state()["webhooks"]["failed_attempts"] >= 3


@pytest.mark.asyncio
async def test_unreachable_receiver_keeps_the_queue(sandbox: Any) -> None:
    server, recorder, _ = sandbox
    server.set_webhook("http://127.0.0.1:9/nothing-listens-here", SECRET)
    wamid = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "queued")
    with pytest.raises(TimeoutError):
        await server.flush_webhooks(timeout=0.2)
    assert server.state()["webhooks"]["pending"] >= 1
    assert server.state()["webhooks"]["last_error"]
    assert recorder.posts == []
    server.set_webhook(recorder.url, SECRET)
    await server.flush_webhooks()
    assert [m["id"] for m in recorder.messages()] == [wamid]


@pytest.mark.asyncio
async def test_service_message_in_window_is_free_and_read(sandbox: Any) -> None:
    server, recorder, client = sandbox
    await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "質問があります")
    wamid = await send(client, f"+{JP_CUSTOMER}", "text", {"body": "どうぞ"})
    statuses = await statuses_until(recorder, wamid, "read")
    assert [s["status"] for s in statuses] == ["sent", "delivered", "read"]
    sent, delivered, read = statuses
    assert sent["recipient_id"] == JP_CUSTOMER
    assert sent["pricing"] == {
        "billable": False,
        "pricing_model": "PMP",
        "type": "free_customer_service",
        "category": "service",
    }
    assert sent["conversation"]["origin"] == {"type": "service"}
    assert int(sent["conversation"]["expiration_timestamp"]) > int(sent["timestamp"])
    assert delivered["pricing"] == sent["pricing"]
    assert "expiration_timestamp" not in delivered["conversation"]
    assert "pricing" not in read and "conversation" not in read
    value = next(v for v in recorder.changes("messages") if v.get("statuses"))
    assert value["metadata"] == {
        "display_phone_number": "81345670001",
        "phone_number_id": NUMBER_TOKYO,
    }
    assert value["_waba_id"] == WABA_CAFE


@pytest.mark.asyncio
async def test_free_form_outside_window_fails_with_131047(sandbox: Any) -> None:
    server, recorder, client = sandbox
    server.expire_window(NUMBER_TOKYO, JP_CUSTOMER)
    wamid = await send(client, f"+{JP_CUSTOMER}", "text", {"body": "late"})
    statuses = await statuses_until(recorder, wamid, "failed")
    assert [s["status"] for s in statuses] == ["failed"]
    error = statuses[0]["errors"][0]
    assert error["code"] == 131047
    assert error["title"] == "Re-engagement message"
    assert "24 hours" in error["error_data"]["details"]
    never = await send(client, "+14155550100", "text", {"body": "cold"})
    assert (await statuses_until(recorder, never, "failed"))[0]["errors"][0]["code"] == 131047
    template = await send(
        client,
        f"+{JP_CUSTOMER}",
        "template",
        {
            "name": "spring_campaign",
            "language": {"code": "ja"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "佐藤"}]}],
        },
    )
    statuses = await statuses_until(recorder, template, "delivered")
    assert statuses[0]["pricing"] == {
        "billable": True,
        "pricing_model": "PMP",
        "type": "regular",
        "category": "marketing",
    }


@pytest.mark.asyncio
async def test_utility_template_pricing_depends_on_window(sandbox: Any) -> None:
    server, recorder, client = sandbox
    template = {"name": "hello_world", "language": {"code": "en_US"}}
    server.expire_window(NUMBER_TOKYO, JP_CUSTOMER)
    outside = await send(client, JP_CUSTOMER, "template", template)
    await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "hi")
    inside = await send(client, JP_CUSTOMER, "template", template)
    out_sent = (await statuses_until(recorder, outside, "sent"))[0]
    in_sent = (await statuses_until(recorder, inside, "sent"))[0]
    assert out_sent["pricing"]["category"] == "utility"
    assert out_sent["pricing"]["type"] == "regular"
    # Free inside the window until September 2026, charged again from October 2026.
    free = datetime.now(UTC).date() < date(2026, 10, 1)
    assert in_sent["pricing"] == {
        "billable": not free,
        "pricing_model": "PMP",
        "type": "free_customer_service" if free else "regular",
        "category": "utility",
    }


@pytest.mark.asyncio
async def test_reaction_gets_only_sent(sandbox: Any) -> None:
    server, recorder, client = sandbox
    inbound = await server.customer_says(NUMBER_TOKYO, JP_CUSTOMER, "thanks!")
    reaction = await send(client, JP_CUSTOMER, "reaction", {"message_id": inbound, "emoji": "❤️"})
    marker = await send(client, JP_CUSTOMER, "text", {"body": "after"})
    await statuses_until(recorder, marker, "read")
    assert [s["status"] for s in recorder.statuses(reaction)] == ["sent"]


@pytest.mark.asyncio
async def test_statuses_arrive_in_order_per_number(sandbox: Any) -> None:
    server, recorder, client = sandbox
    await server.customer_says(NUMBER_OSAKA, "819012345604", "hi")
    wamids = [
        await send(client, "819012345604", "text", {"body": f"{i}"}, NUMBER_OSAKA) for i in range(5)
    ]
    for wamid in wamids:
        await statuses_until(recorder, wamid, "read")
    rank = {"sent": 0, "delivered": 1, "read": 2}
    for wamid in wamids:
        order = [rank[s["status"]] for s in recorder.statuses(wamid)]
        assert order == sorted(order) == [0, 1, 2]


@pytest.mark.asyncio
async def test_template_review_posts_status_updates(sandbox: Any) -> None:
    _, recorder, client = sandbox
    bodies = {
        "pickup_ready": ("UTILITY", "Hi {{1}}, your order is ready for pickup."),
        "two_vars": ("MARKETING", "Hello {{1}}{{2}} welcome to our shop."),
        "ends_var": ("UTILITY", "Your code is {{1}}"),
        "sneaky_sale": ("UTILITY", "Big sale this week: 30% off for {{1}} only today."),
    }
    ids = {}
    for name, (category, text) in bodies.items():
        resp = await client.post(
            f"/{WABA_CAFE}/message_templates",
            json={
                "name": name,
                "language": "en_US",
                "category": category,
                "components": [{"type": "BODY", "text": text}],
            },
        )
        assert resp.json()["status"] == "PENDING"
        ids[name] = int(resp.json()["id"])
    updates = await recorder.wait_for(
        lambda: (
            found
            if len(
                found := {
                    u["message_template_name"]: u
                    for u in recorder.changes("message_template_status_update")
                    if u["message_template_id"] in ids.values()
                }
            )
            == 4
            else None
        )
    )
    assert updates["pickup_ready"]["event"] == "APPROVED"
    assert updates["pickup_ready"]["reason"] == "NONE"
    assert updates["pickup_ready"]["message_template_language"] == "en-US"
    assert updates["two_vars"]["event"] == "REJECTED"
    assert updates["two_vars"]["reason"] == "INVALID_FORMAT"
    assert "next to each other" in updates["two_vars"]["rejection_info"]["reason"]
    assert updates["ends_var"]["reason"] == "INVALID_FORMAT"
    assert updates["sneaky_sale"]["reason"] == "PROMOTIONAL"
    assert updates["sneaky_sale"]["message_template_category"] == "UTILITY"
    listed = (await client.get(f"/{WABA_CAFE}/message_templates?name=two_vars")).json()["data"]
    assert listed[0]["status"] == "REJECTED"
