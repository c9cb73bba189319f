"""The send-safety rules hold on real sockets, not only on mocked exceptions.

A tiny asyncio TCP server on 127.0.0.1 (port 0) misbehaves the ways networks do: nobody
listening, reading the request then hanging up, reading it and never answering. The
client must retry what never arrived and refuse to repeat what may have arrived.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import pytest_asyncio
from api_fake import SleepRecorder

from desktop.services.cloud_api import CloudApiClient, CloudApiError, RetryPolicy

PN = "106540352242922"
Behaviour = Callable[[bytes, asyncio.StreamWriter], Awaitable[None]]


class LoopbackServer:
    """Reads whole HTTP/1.1 requests, records them, then acts out a scripted behaviour."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.behaviours: list[Behaviour] = []
        self.server: asyncio.Server | None = None
        self.port = 0
        self.released = asyncio.Event()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.released.set()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def never_answer(self, body: bytes, writer: asyncio.StreamWriter) -> None:
        del body, writer
        await self.released.wait()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                behaviour = self.behaviours.pop(0) if self.behaviours else answer_sent
                await behaviour(body, writer)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def answer_sent(body: bytes, writer: asyncio.StreamWriter) -> None:
    del body
    payload = json.dumps(
        {
            "messaging_product": "whatsapp",
            "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
            "messages": [{"id": "wamid.LOOP"}],
        }
    ).encode()
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(payload)).encode()
        + b"\r\n\r\n"
        + payload
    )
    await writer.drain()


async def hang_up(body: bytes, writer: asyncio.StreamWriter) -> None:
    del body
    writer.close()


@pytest_asyncio.fixture
async def server() -> AsyncIterator[LoopbackServer]:
    srv = LoopbackServer()
    await srv.start()
    yield srv
    await srv.stop()


def _client(port: int, *, timeout: float = 5.0) -> tuple[CloudApiClient, SleepRecorder]:
    sleep = SleepRecorder()
    client = CloudApiClient(
        "loop-token",
        base_url=f"http://127.0.0.1:{port}",
        timeout=timeout,
        retry=RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.002),
        sleep=sleep,
    )
    return client, sleep


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.asyncio
async def test_send_over_real_http(server: LoopbackServer) -> None:
    client, _ = _client(server.port)
    async with client:
        result = await client.send_text(PN, "16505551234", "hi")
    assert result.wamid == "wamid.LOOP"
    assert len(server.requests) == 1
    assert b"authorization: bearer loop-token" in server.requests[0].lower()


@pytest.mark.asyncio
async def test_nobody_listening_is_retried_and_not_ambiguous() -> None:
    client, sleep = _client(_closed_port())
    async with client:
        with pytest.raises(CloudApiError) as caught:
            await client.send_text(PN, "+16505551234", "hi")
    assert caught.value.kind == "network"
    assert caught.value.may_have_been_delivered is False
    assert len(sleep.delays) == 2  # three attempts in all


@pytest.mark.asyncio
async def test_hang_up_after_request_is_not_resent(server: LoopbackServer) -> None:
    server.behaviours = [hang_up]
    client, sleep = _client(server.port)
    async with client:
        with pytest.raises(CloudApiError) as caught:
            await client.send_text(PN, "+16505551234", "hi")
    assert caught.value.may_have_been_delivered is True
    assert len(server.requests) == 1 and sleep.delays == []


@pytest.mark.asyncio
async def test_no_answer_is_not_resent(server: LoopbackServer) -> None:
    server.behaviours = [server.never_answer]
    client, sleep = _client(server.port, timeout=0.3)
    async with client:
        with pytest.raises(CloudApiError) as caught:
            await client.send_text(PN, "+16505551234", "hi")
    assert caught.value.may_have_been_delivered is True
    assert "ReadTimeout" in caught.value.message
    assert len(server.requests) == 1 and sleep.delays == []


@pytest.mark.asyncio
async def test_read_after_hang_up_is_retried(server: LoopbackServer) -> None:
    server.behaviours = [hang_up]

    async def answer_number(body: bytes, writer: asyncio.StreamWriter) -> None:
        del body
        payload = b'{"id":"106540352242922"}'
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(payload)).encode()
            + b"\r\n\r\n"
            + payload
        )
        await writer.drain()

    server.behaviours.append(answer_number)
    client, sleep = _client(server.port)
    async with client:
        number = await client.get_phone_number(PN)
    assert number == {"id": PN}
    assert len(server.requests) == 2 and len(sleep.delays) == 1
