"""Meta's ``pricing_analytics`` from the real sandbox over loopback HTTP: the client's call,
the sandbox's own billing behind it, Meta's parameter errors, and the comparison with it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
import pytest_asyncio
from webhook_recorder import WebhookRecorder

from desktop.sandbox import SandboxServer
from desktop.sandbox.pricing_analytics import unit_cost
from desktop.sandbox.seed import NUMBER_TEST, TEST_NUMBER_ALLOWED, WABA_CAFE, WABA_SHOP
from desktop.services.cloud_api import CloudApiClient, CloudApiError, RetryPolicy
from desktop.services.pricing.meta_figures import (
    OurTotals,
    compare,
    fetch_meta_figures,
)

SECRET = "analytics-secret"
FAST = RetryPolicy(attempts=1, base_delay=0.01, max_delay=0.02)
CUSTOMER = TEST_NUMBER_ALLOWED[0]


@pytest_asyncio.fixture
async def world() -> AsyncIterator[tuple[SandboxServer, CloudApiClient]]:
    recorder = WebhookRecorder(SECRET)
    await recorder.start()
    server = SandboxServer(
        webhook_url=recorder.url,
        app_secret=SECRET,
        status_delay=0.01,
        read_delay=0.01,
        simulate_customers=False,
        webhook_retry_base=0.01,
    )
    await server.start()
    async with CloudApiClient("sandbox-token", base_url=server.base_url, retry=FAST) as api:
        yield server, api
    await server.stop()
    await recorder.stop()


async def delivered(server: SandboxServer, count: int) -> None:
    """Wait until ``count`` sends have their delivered status (the billing moment)."""
    for _ in range(2000):
        done = [m for m in server.world.outbound.values() if m.delivered_at is not None]
        if len(done) >= count:
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the sandbox never delivered the messages")


async def send_some(server: SandboxServer, api: CloudApiClient) -> None:
    """Two utility templates (charged: one outside, one inside the window from Oct 2026)
    and one free service reply inside the customer service window."""
    await api.send_template(NUMBER_TEST, f"+{CUSTOMER}", "hello_world", "en_US")
    await server.customer_says(NUMBER_TEST, CUSTOMER, "Hi!")
    await api.send_text(NUMBER_TEST, f"+{CUSTOMER}", "Hello, how can we help?")
    await api.send_template(NUMBER_TEST, f"+{CUSTOMER}", "hello_world", "en_US")
    await delivered(server, 3)


@pytest.mark.asyncio
async def test_the_sandbox_reports_what_it_billed(world: Any) -> None:
    server, api = world
    await send_some(server, api)
    now = int(time.time()) + 1
    points, currency = await api.pricing_analytics(WABA_SHOP, start=now - 86_400 * 40, end=now)
    assert currency == "USD"
    by_kind = {(p["pricing_category"], p["pricing_type"]): p for p in points}
    utility = by_kind[("UTILITY", "REGULAR")]
    # the rate of the card in force for a North American recipient, per delivered message
    rate = unit_cost("utility", "regular", "US", now, "USD")
    assert rate > 0
    assert utility["volume"] == 2
    assert Decimal(str(utility["cost"])) == rate * 2
    service = by_kind[("SERVICE", "FREE_CUSTOMER_SERVICE")]
    assert service["volume"] == 1 and service["cost"] == 0
    # the same field on the edge, with Meta's query parameters, gives the same figures
    async with httpx.AsyncClient(headers={"Authorization": "Bearer sandbox-token"}) as raw:
        response = await raw.get(
            f"{server.base_url}/v25.0/{WABA_SHOP}/pricing_analytics",
            params={
                "start": now - 86_400,
                "end": now,
                "granularity": "MONTHLY",
                "dimensions": '["PRICING_CATEGORY"]',
                "metric_types": '["VOLUME"]',
            },
        )
    monthly = response.json()["data"][0]["data_points"]
    assert {p["pricing_category"]: p["volume"] for p in monthly} == {"UTILITY": 2, "SERVICE": 1}
    assert all("cost" not in p for p in monthly)  # only the metric asked for
    # the other account sent nothing
    assert (await api.pricing_analytics(WABA_CAFE, start=now - 86_400, end=now))[0] == []


@pytest.mark.asyncio
async def test_the_comparison_agrees_with_the_engines_own_figures(world: Any) -> None:
    server, api = world
    await send_some(server, api)
    now = int(time.time()) + 1
    accounts = await fetch_meta_figures(api, [(WABA_SHOP, "UTC")], now)
    month = datetime.fromtimestamp(now, UTC).strftime("%Y-%m")
    rate = unit_cost("utility", "regular", "US", now, "USD")
    ours = {(WABA_SHOP, month, "utility"): OurTotals("USD", 2, rate * 2)}
    rows = compare(accounts, ours, [month])
    by_category = {r.category: r for r in rows}
    assert by_category["utility"].agrees and by_category["utility"].difference == 0
    assert by_category["service"].agrees and by_category["service"].meta_free == 1
    # one message fewer on our side: Meta counted one more, and says so
    ours = {(WABA_SHOP, month, "utility"): OurTotals("USD", 1, rate)}
    row = next(r for r in compare(accounts, ours, [month]) if r.category == "utility")
    assert not row.agrees and "1 more" in row.reasons[0].render()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ("pricing_analytics.start(1).granularity(DAILY)", "end is required"),
        ("pricing_analytics.start({s}).end({e}).granularity(WEEKLY)", "must be one of"),
        ("pricing_analytics.start({e}).end({s}).granularity(DAILY)", "later than start"),
        ("pricing_analytics.start(1000).end({e}).granularity(DAILY)", "lookback"),
        (
            'pricing_analytics.start({s}).end({e}).granularity(DAILY).dimensions(["COLOUR"])',
            "dimensions",
        ),
        ("pricing_analytics.start(soon).end({e}).granularity(DAILY)", "UNIX timestamp"),
        ("pricing_analytics.start({s}.end({e})", "Syntax error"),
    ],
)
async def test_bad_parameters_get_metas_error(world: Any, fields: str, words: str) -> None:
    _server, api = world
    now = int(time.time())
    spec = fields.replace("{s}", str(now - 3600)).replace("{e}", str(now))
    with pytest.raises(CloudApiError) as caught:
        await api.get_waba(WABA_SHOP, fields=f"currency,{spec}")
    error = caught.value
    assert error.code == 100 and error.meta_answered
    assert words in error.message
