"""Requests an attacker or a broken client might send: refused cheaply, without tracebacks."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy import select

from desktop.models.entities import Message, WebhookEvent
from tests.integration.webhook_support import (
    ReceiverHarness,
    count,
    fixture_json,
    running_receiver,
    value_of,
)


@pytest_asyncio.fixture
async def harness(db_url: str) -> AsyncIterator[ReceiverHarness]:
    async with running_receiver(db_url) as h:
        yield h


def no_tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


@pytest.mark.asyncio
async def test_unsigned_gzip_garbage_is_401_without_traceback(
    harness: ReceiverHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for _ in range(5):
        response = await harness.post(
            b"this is not gzip", signed=False, **{"Content-Encoding": "gzip"}
        )
        assert response.status_code == 401
    assert no_tracebacks(caplog) == []
    assert count(harness.db, WebhookEvent) == 0


@pytest.mark.asyncio
async def test_signed_compressed_body_is_refused_415_without_traceback(
    harness: ReceiverHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for body in (b"this is not gzip", gzip.compress(json.dumps(fixture_json("in_text")).encode())):
        response = await harness.post(body, **{"Content-Encoding": "gzip"})
        assert response.status_code == 415
    assert no_tracebacks(caplog) == []
    assert count(harness.db, WebhookEvent) == 0


@pytest.mark.asyncio
async def test_malformed_signature_header_is_401_without_reading(
    harness: ReceiverHarness,
) -> None:
    body = json.dumps(fixture_json("in_text")).encode()
    for header in ("sha256=", "sha256=zz", "md5=abc", "sha256=" + "0" * 63):
        response = await harness.post(body, signed=False, **{"X-Hub-Signature-256": header})
        assert response.status_code == 401
    assert count(harness.db, WebhookEvent) == 0


@pytest.mark.asyncio
async def test_lone_surrogate_is_stored_and_shown_as_replacement_character(
    harness: ReceiverHarness,
) -> None:
    payload = fixture_json("in_text")
    value_of(payload)["messages"][0]["text"]["body"] = "half an emoji: @@"
    value_of(payload)["contacts"][0]["profile"]["name"] = "Ken @@"
    body = json.dumps(payload).encode().replace(b"@@", b"\\ud800")
    assert b"\\ud800" in body
    response = await harness.post(body)
    assert response.status_code == 200
    text = harness.db.call(lambda s: s.scalar(select(Message.text)))
    assert text == "half an emoji: \ufffd"
    raw = harness.db.call(lambda s: s.scalar(select(WebhookEvent.raw)))
    assert "\\ud800" in raw  # the body as received, for the record


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    [b'{"entry": [], "x": NaN}', b'{"entry": [], "x": 1e400}', b'{"entry": "x", "y": 1e400}'],
    ids=["nan", "infinite", "infinite-odd-shape"],
)
async def test_javascript_numbers_never_fail_the_receiver(
    harness: ReceiverHarness, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    caplog.set_level(logging.DEBUG)
    response = await harness.post(body)
    assert response.status_code in (200, 400)
    assert no_tracebacks(caplog) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    [
        b"[" * 5000 + b"]" * 5000,
        b'{"entry": [], "x": ' + b"9" * 5000 + b"}",
        b"\xff\xfe{}",
    ],
    ids=["deep", "huge-int", "not-utf8"],
)
async def test_bodies_that_are_not_json_are_400_without_traceback(
    harness: ReceiverHarness, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    caplog.set_level(logging.DEBUG)
    response = await harness.post(body)
    assert response.status_code == 400
    assert no_tracebacks(caplog) == []
    assert count(harness.db, WebhookEvent) == 0
