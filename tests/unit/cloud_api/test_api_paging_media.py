"""Paged lists are followed to the end; media downloads carry the token only where safe."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from api_fake import BASE, TOKEN, FakeGraph, Harness, ok

from desktop.services.cloud_api import CloudApiClient, CloudApiError

WABA = "102290129340398"


def _page(ids: list[str], after: str | None, next_url: str | None) -> httpx.Response:
    paging: dict[str, object] = {"cursors": {"before": "B", "after": after or "END"}}
    if next_url:
        paging["next"] = next_url
    return ok({"data": [{"id": i, "name": f"t{i}"} for i in ids], "paging": paging})


@pytest.mark.asyncio
async def test_list_templates_follows_every_page(api: Harness) -> None:
    next1 = f"{BASE}/v25.0/{WABA}/message_templates?fields=name&limit=2&after=C1"
    next2 = f"{BASE}/v25.0/{WABA}/message_templates?fields=name&limit=2&after=C2"
    api.graph.reply(
        _page(["1", "2"], "C1", next1),
        _page(["3", "4"], "C2", next2),
        _page(["5"], None, None),
    )
    items = await api.client.list_templates(WABA, fields="name", limit=2)
    assert [i["id"] for i in items] == ["1", "2", "3", "4", "5"]
    assert [s.params.get("after") for s in api.graph.seen] == [None, "C1", "C2"]
    assert all(s.params["limit"] == "2" for s in api.graph.seen)
    assert all(s.headers["authorization"] == f"Bearer {TOKEN}" for s in api.graph.seen)


@pytest.mark.asyncio
async def test_token_in_next_url_is_dropped_and_base_url_kept(api: Harness) -> None:
    # Meta may put access_token in paging.next; a sandbox may name another host.
    next1 = "http://other-host:9/v25.0/x/message_templates?access_token=LEAK&after=C1&limit=1"
    api.graph.reply(_page(["1"], "C1", next1), _page(["2"], None, None))
    items = await api.client.list_templates(WABA, limit=1)
    assert [i["id"] for i in items] == ["1", "2"]
    second = api.graph.seen[1]
    assert second.url.startswith(f"{BASE}/v25.0/{WABA}/message_templates?")
    assert "access_token" not in second.params and "LEAK" not in second.url
    assert second.params["after"] == "C1"


@pytest.mark.asyncio
async def test_next_without_query_uses_the_after_cursor(api: Harness) -> None:
    api.graph.reply(_page(["1"], "C1", "https://graph.test/next"), _page(["2"], None, None))
    items = await api.client.list_phone_numbers(WABA)
    assert [i["id"] for i in items] == ["1", "2"]
    assert api.graph.seen[1].params["after"] == "C1"
    assert "fields" in api.graph.seen[1].params


@pytest.mark.asyncio
async def test_a_server_repeating_the_same_page_does_not_loop(api: Harness) -> None:
    same = f"{BASE}/v25.0/{WABA}/phone_numbers?after=SAME"
    api.graph.reply(_page(["1"], "SAME", same))
    items = await api.client.list_phone_numbers(WABA)
    assert len(api.graph.seen) == 2
    assert [i["id"] for i in items] == ["1", "1"]


@pytest.mark.asyncio
async def test_empty_list(api: Harness) -> None:
    api.graph.reply(ok({"data": []}))
    assert await api.client.list_templates(WABA) == []


# ---------------------------------------------------------------- media download


def _media_info(url: str, content: bytes, mime: str = "image/png") -> httpx.Response:
    return ok(
        {
            "messaging_product": "whatsapp",
            "url": url,
            "mime_type": mime,
            "sha256": hashlib.sha256(content).hexdigest(),
            "file_size": len(content),
            "id": "M1",
        }
    )


@pytest.mark.asyncio
async def test_download_media_uses_the_url_with_the_bearer(api: Harness) -> None:
    data = b"\x89PNG\r\n\x1a\nrest"
    url = "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=M1&ext=1&hash=h"
    api.graph.reply(
        _media_info(url, data),
        httpx.Response(200, content=data, headers={"content-type": "image/png"}),
    )
    content, mime = await api.client.download_media("M1")
    assert (content, mime) == (data, "image/png")
    meta, download = api.graph.seen
    assert meta.path == "/v25.0/M1"
    assert download.url == url
    assert download.headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.asyncio
async def test_download_media_fetches_a_fresh_url_after_404(api: Harness) -> None:
    data = b"OggS voice"
    api.graph.reply(
        _media_info("https://lookaside.test/old", data, "audio/ogg"),
        httpx.Response(404, text="gone"),
        _media_info("https://lookaside.test/new", data, "audio/ogg"),
        httpx.Response(200, content=data, headers={"content-type": "audio/ogg; codecs=opus"}),
    )
    content, mime = await api.client.download_media("M1")
    assert content == data and mime == "audio/ogg"
    assert [s.url for s in api.graph.seen][1:] == [
        "https://lookaside.test/old",
        f"{BASE}/v25.0/M1",
        "https://lookaside.test/new",
    ]


@pytest.mark.asyncio
async def test_download_media_detects_corruption(api: Harness) -> None:
    api.graph.reply(_media_info("https://lookaside.test/x", b"expected"), ok_bytes(b"other"))
    with pytest.raises(CloudApiError) as caught:
        await api.client.download_media("M1")
    assert "sha256" in caught.value.message


def ok_bytes(data: bytes) -> httpx.Response:
    return httpx.Response(200, content=data, headers={"content-type": "application/octet-stream"})


@pytest.mark.asyncio
async def test_download_media_refuses_plain_http_elsewhere(api: Harness) -> None:
    api.graph.reply(_media_info("http://evil.example/x", b"x"))
    with pytest.raises(CloudApiError) as caught:
        await api.client.download_media("M1")
    assert caught.value.kind == "invalid"
    assert len(api.graph.seen) == 1  # the token was not sent to that host


@pytest.mark.asyncio
async def test_download_media_from_the_sandbox_over_http() -> None:
    data = b"%PDF-1.4"
    graph = FakeGraph().reply(
        _media_info("http://127.0.0.1:8765/_media/M1", data, "application/pdf"), ok_bytes(data)
    )
    async with CloudApiClient(
        "sandbox-token",
        base_url="http://127.0.0.1:8765",
        transport=httpx.MockTransport(graph.handler),
    ) as client:
        content, mime = await client.download_media("M1")
    assert content == data and mime == "application/pdf"
    assert graph.last.headers["authorization"] == "Bearer sandbox-token"
