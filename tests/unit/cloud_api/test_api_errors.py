"""Meta's errors become one CloudApiError with the right kind, advice and fields."""

from __future__ import annotations

import pickle
import traceback

import httpx
import pytest
from api_fake import TOKEN, Harness, meta_error, ok

from desktop.services.cloud_api import CATALOG, CloudApiError, RetryPolicy
from desktop.services.cloud_api.error_catalog import lookup
from desktop.services.text import Phrase

PN = "106540352242922"

# Every code of Meta's error-codes page and the kind the app branches on.
REFERENCE_CODES: dict[int, str] = {
    0: "auth",
    190: "auth",
    3: "permission",
    10: "permission",
    200: "permission",
    250: "permission",
    299: "permission",
    4: "rate_limit",
    80007: "rate_limit",
    130429: "rate_limit",
    131048: "rate_limit",
    131056: "rate_limit",
    131064: "policy",
    133016: "registration",
    368: "policy",
    131031: "policy",
    130497: "policy",
    1: "server",
    2: "server",
    131000: "server",
    131016: "server",
    133004: "server",
    33: "registration",
    100: "invalid",
    131008: "invalid",
    131009: "invalid",
    131005: "permission",
    131021: "recipient",
    131026: "recipient",
    131030: "recipient",
    131037: "registration",
    131042: "policy",
    131045: "registration",
    131047: "window",
    131049: "recipient",
    131050: "recipient",
    131051: "invalid",
    131052: "recipient",
    131053: "invalid",
    131057: "server",
    131062: "recipient",
    131063: "policy",
    130403: "recipient",
    130472: "recipient",
    132000: "template",
    132001: "template",
    132005: "template",
    132007: "template",
    132012: "template",
    132015: "template",
    132016: "template",
    132018: "template",
    132068: "template",
    132069: "template",
    133000: "registration",
    133005: "registration",
    133006: "registration",
    133008: "registration",
    133009: "registration",
    133010: "registration",
    133015: "registration",
    136024: "registration",
    137000: "recipient",
    134011: "policy",
    135000: "invalid",
    2388019: "template",
    2388039: "template",
    2388040: "template",
    2388047: "template",
    2388072: "template",
    2388073: "template",
    2388293: "template",
    2388299: "template",
}

NO_RETRY = RetryPolicy(attempts=1)


async def _fail(api: Harness, response: httpx.Response) -> CloudApiError:
    api.graph.replies[:] = [response]
    with pytest.raises(CloudApiError) as caught:
        await api.client.get_phone_number(PN)
    return caught.value


def test_every_reference_code_has_an_explicit_entry_or_family() -> None:
    for code, kind in REFERENCE_CODES.items():
        info = lookup(code, 400)
        assert info.kind == kind, code
        assert info.advice.strip() and info.title.strip(), code
    explicit = set(REFERENCE_CODES) - {200, 250, 299}
    assert explicit <= set(CATALOG), sorted(explicit - set(CATALOG))


def test_family_and_status_defaults() -> None:
    assert lookup(132999, 400).kind == "template"
    assert lookup(133999, 400).kind == "registration"
    assert lookup(2388999, 400).kind == "template"
    assert lookup(999999, 400).kind == "invalid"
    assert lookup(None, 401).kind == "auth"
    assert lookup(None, 403).kind == "permission"
    assert lookup(None, 404).kind == "invalid"
    assert lookup(None, 429).kind == "rate_limit" and lookup(None, 429).transient
    assert lookup(None, 502).kind == "server" and lookup(None, 502).transient
    assert lookup(None, 302).kind == "invalid"
    assert lookup(None, None).kind == "other"


@pytest.mark.parametrize("code", sorted(REFERENCE_CODES))
def test_advice_renders_with_details_for_every_code(code: int) -> None:
    error = _error_from_body(code)
    assert isinstance(error.advice, Phrase) and error.advice.context == "CloudApi"
    assert isinstance(error.title, Phrase) and error.title.context == "CloudApi"
    text = error.advice.render()
    assert "{" not in text and text.endswith(".")
    assert error.kind == REFERENCE_CODES[code]


def _error_from_body(code: int) -> CloudApiError:
    from desktop.services.cloud_api.errors import from_response

    response = meta_error(code, details="Parameter 'to' is invalid")
    return from_response(400, response.content, host="graph.test", secret=TOKEN)


@pytest.mark.asyncio
async def test_fields_of_meta_envelope_are_carried(api: Harness) -> None:
    api.client.retry = NO_RETRY
    error = await _fail(
        api,
        meta_error(
            130429,
            429,
            message="(#130429) Rate limit hit",
            subcode=2494055,
            details="Cloud API message throughput has been reached.",
        ),
    )
    assert error.code == 130429
    assert error.subcode == 2494055
    assert error.message == "(#130429) Rate limit hit"
    assert error.details == "Cloud API message throughput has been reached."
    assert error.fbtrace_id == "AbCdEf123"
    assert error.http_status == 429
    assert error.error_type == "OAuthException"
    assert error.kind == "rate_limit" and error.transient
    assert "Slow down" in error.advice.render()
    assert "130429" in str(error) and "AbCdEf123" in str(error)


@pytest.mark.asyncio
async def test_expired_token_advice(api: Harness) -> None:
    error = await _fail(api, meta_error(190, 401, message="Error validating access token"))
    assert error.kind == "auth" and not error.transient
    assert error.advice.render() == (
        "The access token has expired or was revoked: create a new system-user token in "
        "Business Settings and paste it in Settings."
    )
    assert len(api.graph.seen) == 1  # auth errors are not retried


@pytest.mark.asyncio
async def test_window_advice_points_to_templates(api: Harness) -> None:
    api.graph.reply(meta_error(131047, message="Re-engagement message"))
    with pytest.raises(CloudApiError) as caught:
        await api.client.send_text(PN, "+1555", "hi")
    assert caught.value.kind == "window"
    assert "template" in caught.value.advice.render()
    assert caught.value.may_have_been_delivered is False


@pytest.mark.asyncio
async def test_template_and_registration_kinds(api: Harness) -> None:
    assert (await _fail(api, meta_error(132001))).kind == "template"
    error = await _fail(api, meta_error(133010, message="Account not registered"))
    assert error.kind == "registration" and "Register" in error.advice.render()


@pytest.mark.asyncio
async def test_error_data_as_plain_string(api: Harness) -> None:
    error = await _fail(
        api,
        meta_error(
            100,
            message="Invalid parameter",
            subcode=2388040,
            details=None,
            error_data="Body text is too long",
            error_user_title="Message too long",
            error_user_msg="The body may have 1024 characters.",
            is_transient=False,
        ),
    )
    assert error.details == "Body text is too long"
    assert error.subcode == 2388040
    assert error.user_title == "Message too long"
    assert error.user_message == "The body may have 1024 characters."
    assert error.kind == "invalid"
    assert "Body text is too long" in error.advice.render()


@pytest.mark.asyncio
async def test_codes_as_strings_are_understood(api: Harness) -> None:
    response = httpx.Response(
        400, json={"error": {"message": "x", "code": "131047", "error_subcode": "2"}}
    )
    error = await _fail(api, response)
    assert (error.code, error.subcode, error.kind) == (131047, 2, "window")


@pytest.mark.asyncio
async def test_html_from_a_proxy_gives_a_clear_error(api: Harness) -> None:
    api.client.retry = NO_RETRY
    html = (
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    )
    error = await _fail(
        api, httpx.Response(502, content=html, headers={"content-type": "text/html"})
    )
    assert error.code is None and error.http_status == 502
    assert error.kind == "server" and error.transient
    assert "<" not in (error.details or "") and "Bad Gateway" in (error.details or "")
    assert "502" in error.advice.render()
    assert "HTTP 502" in error.message


@pytest.mark.asyncio
async def test_non_json_404_from_a_wrong_base_url(api: Harness) -> None:
    error = await _fail(api, httpx.Response(404, text="Not Found"))
    assert error.kind == "invalid"
    assert "base URL" in error.advice.render()


@pytest.mark.asyncio
async def test_2xx_with_garbage_body(api: Harness) -> None:
    error = await _fail(api, httpx.Response(200, text="<html>login</html>"))
    assert error.kind == "server" and error.http_status == 200
    assert "base URL" in error.advice.render()


@pytest.mark.asyncio
async def test_send_answered_without_message_id_may_have_been_delivered(api: Harness) -> None:
    api.graph.reply(ok({"messaging_product": "whatsapp"}))
    with pytest.raises(CloudApiError) as caught:
        await api.client.send_text(PN, "+1555", "hi")
    assert caught.value.may_have_been_delivered is True
    assert len(api.graph.seen) == 1


@pytest.mark.asyncio
async def test_token_never_leaks_into_errors(api: Harness) -> None:
    api.client.retry = NO_RETRY
    echo = f"<pre>Authorization: Bearer {TOKEN}</pre>"
    error = await _fail(api, httpx.Response(500, text=echo))
    error2 = await _fail(
        api, meta_error(100, message=f"bad token {TOKEN}", details=f"token={TOKEN}")
    )
    error3 = await _fail(api, httpx.ConnectError(f"failed for {TOKEN}"))
    for err in (error, error2, error3):
        texts = [
            str(err),
            repr(err),
            err.message,
            err.details or "",
            err.advice.render(),
            err.title.render(),
            "".join(traceback.format_exception(err)),
        ]
        assert all(TOKEN not in t for t in texts)
    assert "***" in (error.details or "")
    assert TOKEN not in repr(api.client)


@pytest.mark.asyncio
async def test_missing_token_is_an_auth_error_without_a_request() -> None:
    from api_fake import make_harness

    harness = make_harness(token=lambda: "")
    with pytest.raises(CloudApiError) as caught:
        await harness.client.ping("1")
    assert caught.value.kind == "auth" and "Settings" in caught.value.advice.render()
    assert harness.graph.seen == []
    await harness.client.aclose()


def test_error_survives_pickling() -> None:
    error = _error_from_body(131047)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.kind, copy.fbtrace_id) == (131047, "window", "AbCdEf123")
    assert copy.advice.render() == error.advice.render()


@pytest.mark.asyncio
async def test_trace_id_header_fills_in_for_bodies_without_one(api: Harness) -> None:
    api.client.retry = NO_RETRY
    error = await _fail(api, httpx.Response(500, text="oops", headers={"x-fb-trace-id": "HdrTr"}))
    assert error.fbtrace_id == "HdrTr"
