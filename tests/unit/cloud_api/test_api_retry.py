"""Retry rules: backoff with jitter, Retry-After, and never a blind re-send of a message."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import httpx
import pytest
from api_fake import Harness, make_harness, meta_error, ok, sent

from desktop.services.cloud_api import CloudApiError, RetryPolicy
from desktop.services.cloud_api.retry import parse_retry_after, parse_usage_wait

PN = "106540352242922"


async def _get(api: Harness) -> dict[str, object]:
    return await api.client.get_phone_number(PN)


async def _send(api: Harness) -> object:
    return await api.client.send_text(PN, "+16505551234", "hello")


# ---------------------------------------------------------------- the policy itself


def test_backoff_without_jitter_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, jitter=0.0)
    assert [policy.backoff(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_partial_jitter_stays_in_its_band_and_varies() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0, jitter=0.5)
    rng = random.Random(1)
    draws = [policy.backoff(3, rng) for _ in range(200)]
    assert all(2.0 <= d <= 4.0 for d in draws)
    assert len({round(d, 6) for d in draws}) > 100


def test_full_jitter_spans_zero_to_backoff() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0, jitter=1.0)
    rng = random.Random(2)
    draws = [policy.backoff(2, rng) for _ in range(500)]
    assert all(0.0 <= d <= 2.0 for d in draws)
    assert min(draws) < 0.2 and max(draws) > 1.8


def test_retry_after_is_a_floor_and_too_long_ends_retries() -> None:
    policy = RetryPolicy(base_delay=0.5, jitter=0.0, max_retry_after=30.0)
    assert policy.delay(1, 5.0) == 5.0
    assert policy.delay(1, 0.1) == 0.5
    assert policy.delay(1, 31.0) is None


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 25 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_parse_business_use_case_usage() -> None:
    header = (
        '{"102290129340398":[{"type":"whatsapp","call_count":100,'
        '"estimated_time_to_regain_access":2},{"estimated_time_to_regain_access":5}]}'
    )
    assert parse_usage_wait(header) == 300.0
    assert parse_usage_wait('{"1":[{"estimated_time_to_regain_access":0}]}') is None
    assert parse_usage_wait("not json") is None


# ---------------------------------------------------------------- repeatable calls


@pytest.mark.asyncio
async def test_get_retries_5xx_then_succeeds(api: Harness) -> None:
    api.graph.reply(httpx.Response(503, text="unavailable"), ok({"id": PN}))
    assert (await _get(api))["id"] == PN
    assert len(api.graph.seen) == 2
    assert len(api.sleep.delays) == 1 and 0.25 <= api.sleep.delays[0] <= 0.5


@pytest.mark.asyncio
async def test_get_retries_network_errors_with_growing_waits(api: Harness) -> None:
    api.graph.reply(
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        ok({"id": PN}),
    )
    assert (await _get(api))["id"] == PN
    assert len(api.graph.seen) == 4
    low_high = [(0.25, 0.5), (0.5, 1.0), (1.0, 2.0)]
    assert len(api.sleep.delays) == 3
    for delay, (low, high) in zip(api.sleep.delays, low_high, strict=True):
        assert low <= delay <= high


@pytest.mark.asyncio
async def test_get_gives_up_after_attempts(api: Harness) -> None:
    api.graph.reply(meta_error(131000, 500, message="Something went wrong"))
    with pytest.raises(CloudApiError) as caught:
        await _get(api)
    assert len(api.graph.seen) == 4 and len(api.sleep.delays) == 3
    assert caught.value.code == 131000 and caught.value.transient


@pytest.mark.asyncio
async def test_get_honours_retry_after(api: Harness) -> None:
    api.graph.reply(httpx.Response(429, headers={"Retry-After": "3"}), ok({"id": PN}))
    await _get(api)
    assert api.sleep.delays == [3.0]


@pytest.mark.asyncio
async def test_long_retry_after_is_reported_not_slept(api: Harness) -> None:
    api.graph.reply(meta_error(4, 400, headers={"Retry-After": "600"}))
    with pytest.raises(CloudApiError) as caught:
        await _get(api)
    assert caught.value.retry_after == 600.0 and caught.value.kind == "rate_limit"
    assert api.sleep.delays == [] and len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_waba_rate_limit_reads_usage_header(api: Harness) -> None:
    usage = '{"102290129340398":[{"estimated_time_to_regain_access":3}]}'
    api.graph.reply(meta_error(80007, 400, headers={"X-Business-Use-Case-Usage": usage}))
    with pytest.raises(CloudApiError) as caught:
        await api.client.list_phone_numbers("102290129340398")
    assert caught.value.code == 80007 and caught.value.retry_after == 180.0
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("code", [1, 2, 4, 80007, 130429, 131000, 131016, 131057, 133004])
async def test_transient_meta_codes_are_retried(api: Harness, code: int) -> None:
    api.graph.reply(meta_error(code, 400), ok({"id": PN}))
    await _get(api)
    assert len(api.graph.seen) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("code", [100, 190, 131047, 132001, 133010, 131056, 368])
async def test_permanent_meta_codes_are_not_retried(api: Harness, code: int) -> None:
    api.graph.reply(meta_error(code, 400), ok({"id": PN}))
    with pytest.raises(CloudApiError) as caught:
        await _get(api)
    assert caught.value.code == code
    assert len(api.graph.seen) == 1 and api.sleep.delays == []


@pytest.mark.asyncio
async def test_meta_is_transient_flag_is_honoured(api: Harness) -> None:
    api.graph.reply(meta_error(555, 400, is_transient=True), ok({"id": PN}))
    await _get(api)
    assert len(api.graph.seen) == 2


@pytest.mark.asyncio
async def test_bad_url_scheme_is_not_retried() -> None:
    harness = make_harness()
    harness.graph.reply(httpx.UnsupportedProtocol("no"))
    with pytest.raises(CloudApiError) as caught:
        await harness.client.get_phone_number(PN)
    assert caught.value.kind == "network" and len(harness.graph.seen) == 1
    await harness.client.aclose()


@pytest.mark.asyncio
async def test_ping_tries_once(api: Harness) -> None:
    api.graph.reply(httpx.Response(503))
    with pytest.raises(CloudApiError) as caught:
        await api.client.ping(PN)
    assert caught.value.kind == "server"
    assert len(api.graph.seen) == 1 and api.sleep.delays == []


@pytest.mark.asyncio
async def test_network_error_names_the_host(api: Harness) -> None:
    api.client.retry = RetryPolicy(attempts=1)
    api.graph.reply(httpx.ConnectError("Name or service not known"))
    with pytest.raises(CloudApiError) as caught:
        await _get(api)
    error = caught.value
    assert error.kind == "network" and error.transient and not error.may_have_been_delivered
    assert "graph.test" in error.advice.render()


@pytest.mark.asyncio
async def test_mark_read_is_repeatable_after_a_read_timeout(api: Harness) -> None:
    api.graph.reply(httpx.ReadTimeout("slow"), ok({"success": True}))
    assert await api.client.mark_read(PN, "wamid.IN")
    assert len(api.graph.seen) == 2


# ---------------------------------------------------------------- sends (not repeatable)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("no answer"), httpx.PoolTimeout("busy")],
)
async def test_send_retried_when_it_never_left(api: Harness, failure: Exception) -> None:
    api.graph.reply(failure, sent("wamid.OK"))
    result = await _send(api)
    assert result.wamid == "wamid.OK"  # type: ignore[attr-defined]
    assert len(api.graph.seen) == 2
    assert api.graph.seen[0].body == api.graph.seen[1].body
    assert len(api.sleep.delays) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        httpx.WriteTimeout("stalled"),
    ],
)
async def test_send_with_unknown_outcome_is_never_repeated(
    api: Harness, failure: Exception
) -> None:
    api.graph.reply(failure, sent("wamid.DUPLICATE"))
    with pytest.raises(CloudApiError) as caught:
        await _send(api)
    error = caught.value
    assert error.kind == "network" and error.may_have_been_delivered is True
    assert "may have reached" in error.advice.render()
    assert len(api.graph.seen) == 1 and api.sleep.delays == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("code", "status"), [(130429, 429), (131000, 500), (131057, 400)])
async def test_send_retried_when_meta_answered_transient(
    api: Harness, code: int, status: int
) -> None:
    api.graph.reply(meta_error(code, status), sent("wamid.OK"))
    result = await _send(api)
    assert result.wamid == "wamid.OK"  # type: ignore[attr-defined]
    assert len(api.graph.seen) == 2


@pytest.mark.asyncio
async def test_send_gives_up_on_persistent_throughput_limit(api: Harness) -> None:
    api.graph.reply(meta_error(130429, 429))
    with pytest.raises(CloudApiError) as caught:
        await _send(api)
    assert caught.value.kind == "rate_limit"
    assert caught.value.may_have_been_delivered is False
    assert len(api.graph.seen) == 4 and len(api.sleep.delays) == 3


@pytest.mark.asyncio
async def test_send_pair_rate_limit_is_left_to_the_caller(api: Harness) -> None:
    api.graph.reply(meta_error(131056, 400), sent())
    with pytest.raises(CloudApiError) as caught:
        await _send(api)
    assert caught.value.kind == "rate_limit" and caught.value.transient
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_send_answered_by_a_proxy_5xx_is_ambiguous(api: Harness) -> None:
    api.graph.reply(httpx.Response(504, text="<h1>Gateway Timeout</h1>"), sent())
    with pytest.raises(CloudApiError) as caught:
        await _send(api)
    assert caught.value.may_have_been_delivered is True
    assert caught.value.kind == "server"
    assert "may have reached" in caught.value.advice.render()
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_send_answered_by_a_plain_429_is_not_repeated(api: Harness) -> None:
    api.graph.reply(httpx.Response(429, text="slow down"), sent())
    with pytest.raises(CloudApiError) as caught:
        await _send(api)
    assert caught.value.kind == "rate_limit"
    assert caught.value.may_have_been_delivered is False
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_create_template_read_timeout_is_ambiguous(api: Harness) -> None:
    api.graph.reply(httpx.ReadTimeout("slow"), ok({"id": "1"}))
    with pytest.raises(CloudApiError) as caught:
        await api.client.create_template("WABA", {"name": "x"})
    assert caught.value.may_have_been_delivered is True
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_register_is_not_repeated_after_a_dropped_connection(api: Harness) -> None:
    # register/deregister count against Meta's 10-per-72-hours limit
    api.graph.reply(httpx.RemoteProtocolError("dropped"), ok({"success": True}))
    with pytest.raises(CloudApiError):
        await api.client.register(PN, "123456")
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_attempts_one_means_no_retry() -> None:
    harness = make_harness(retry=RetryPolicy(attempts=1))
    harness.graph.reply(httpx.ConnectError("refused"), sent())
    with pytest.raises(CloudApiError):
        await harness.client.send_text(PN, "+1555", "x")
    assert len(harness.graph.seen) == 1
    await harness.client.aclose()
