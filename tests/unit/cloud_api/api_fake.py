"""Test helpers: a scripted fake of Meta's Graph API on httpx.MockTransport, a recording sleep."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

from desktop.services.cloud_api import CloudApiClient, RetryPolicy

TOKEN = "EAAG-secret-token-1234567890"
BASE = "https://graph.test"

Reply = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


@dataclass
class Seen:
    """One request as the fake server saw it."""

    method: str
    url: str
    path: str
    params: dict[str, str]
    headers: httpx.Headers
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeGraph:
    """Answers requests from a script (one reply per request; the last one repeats)."""

    replies: list[Reply] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)

    def reply(self, *replies: Reply) -> FakeGraph:
        self.replies.extend(replies)
        return self

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        self.seen.append(
            Seen(
                method=request.method,
                url=str(request.url),
                path=request.url.path,
                params=dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
                headers=request.headers,
                body=body,
            )
        )
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, BaseException):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    @property
    def last(self) -> Seen:
        return self.seen[-1]


class SleepRecorder:
    """Stands in for asyncio.sleep: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def meta_error(
    code: int,
    status: int = 400,
    *,
    message: str = "error",
    subcode: int | None = None,
    details: Any = "details here",
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> httpx.Response:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEf123",
    }
    if details is not None:
        error["error_data"] = (
            {"messaging_product": "whatsapp", "details": details}
            if isinstance(details, str)
            else details
        )
    if subcode is not None:
        error["error_subcode"] = subcode
    error.update(extra)
    return httpx.Response(status, json={"error": error}, headers=headers)


def sent(wamid: str = "wamid.HBgLMTY1", wa_id: str = "16505551234") -> httpx.Response:
    return ok(
        {
            "messaging_product": "whatsapp",
            "contacts": [{"input": "+" + wa_id, "wa_id": wa_id}],
            "messages": [{"id": wamid}],
        }
    )


@dataclass
class Harness:
    client: CloudApiClient
    graph: FakeGraph
    sleep: SleepRecorder


def make_harness(
    *, retry: RetryPolicy | None = None, token: str | Callable[[], str] = TOKEN
) -> Harness:
    graph = FakeGraph()
    sleep = SleepRecorder()
    client = CloudApiClient(
        token,
        base_url=BASE,
        retry=retry or RetryPolicy(attempts=4, base_delay=0.5, max_delay=8.0, jitter=0.5),
        transport=httpx.MockTransport(graph.handler),
        sleep=sleep,
        rng=random.Random(7),
    )
    return Harness(client, graph, sleep)
