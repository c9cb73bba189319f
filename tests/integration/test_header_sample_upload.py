"""A media header's sample against the sandbox over HTTP: checked before upload (type and
size in words), uploaded with the Resumable Upload API, and required by template review."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import WABA_CAFE
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.templates.header_sample import (
    HeaderSampleError,
    check_header_file,
    upload_header_sample,
)
from tests.images import png

MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[tuple[SandboxServer, CloudApiClient]]:
    server = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await server.start()
    client = CloudApiClient("sandbox-token", base_url=base, version="v23.0")
    try:
        yield server, client
    finally:
        await client.aclose()
        await server.stop()


def template(handle: str, fmt: str = "IMAGE") -> dict:
    return {
        "name": "spring_photo",
        "language": "en_US",
        "category": "MARKETING",
        "components": [
            {"type": "HEADER", "format": fmt, "example": {"header_handle": [handle]}},
            {"type": "BODY", "text": "Our spring collection is here."},
        ],
    }


def refusal(path: Path, fmt: str) -> str:
    with pytest.raises(HeaderSampleError) as caught:
        check_header_file(path, fmt)
    return caught.value.phrase.render()


def test_wrong_files_are_refused_before_upload_in_words(tmp_path: Path) -> None:
    text = tmp_path / "photo.png"
    text.write_text("hello", encoding="utf-8")
    assert "photo.png is not a JPEG or PNG file" in refusal(text, "IMAGE")
    big = tmp_path / "huge.png"
    with big.open("wb") as fh:  # a sparse file: its size is checked before it is read
        fh.write(png(10, 10))
        fh.truncate(6 * 1024 * 1024)
    assert "at most 5 MB" in refusal(big, "IMAGE")
    picture = tmp_path / "ok.png"
    picture.write_bytes(png(64, 64))
    assert "not a MP4 file" in refusal(picture, "VIDEO")
    assert "not a PDF file" in refusal(picture, "DOCUMENT")
    assert "Only an image, video or document header" in refusal(picture, "TEXT")
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert "is empty" in refusal(tmp_path / "empty.pdf", "DOCUMENT")
    assert "could not be read" in refusal(tmp_path / "missing.png", "IMAGE")
    video = tmp_path / "clip.mp4"
    video.write_bytes(MP4_HEAD)
    assert check_header_file(video, "VIDEO")[1] == "video/mp4"


@pytest.mark.asyncio
async def test_a_sample_is_uploaded_and_template_review_needs_a_real_one(
    sandbox, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server, client = sandbox
    picture = tmp_path / "spring.png"
    picture.write_bytes(png(640, 360))
    sample = await upload_header_sample(client, picture, "IMAGE")
    assert sample.handle.startswith("4::") and sample.mime_type == "image/png"
    assert server.upload_handles[sample.handle] == picture.read_bytes()
    created = await client.create_template(WABA_CAFE, template(sample.handle))
    assert created["status"] == "PENDING"

    with pytest.raises(CloudApiError) as caught:  # a handle typed by hand
        await client.create_template(WABA_CAFE, {**template("4::made-up"), "name": "other"})
    assert caught.value.subcode == 2494102
    assert "Upload the sample file" in (caught.value.user_message or caught.value.details or "")
    with pytest.raises(CloudApiError):  # a picture's handle on a video header
        await client.create_template(
            WABA_CAFE, {**template(sample.handle, "VIDEO"), "name": "clip"}
        )


@pytest.mark.asyncio
async def test_the_sandbox_refuses_an_oversize_upload_like_meta(sandbox) -> None:  # type: ignore[no-untyped-def]
    _server, client = sandbox
    with pytest.raises(CloudApiError) as caught:
        await client.upload_resumable(
            "880213655432177", b"x" * (5 * 1024 * 1024 + 1), file_type="image/png", file_name="a"
        )
    assert "exceeds the limit of 5 MB" in (caught.value.user_message or caught.value.details or "")
