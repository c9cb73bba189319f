"""The profile photo against the sandbox over HTTP: checked, uploaded through the Resumable
Upload API (session, bytes, handle) and set on the profile; wrong pictures say what to do."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from desktop.sandbox import SandboxServer
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.numbers.onboarding import OnboardingError
from desktop.services.numbers.profile_photo import photo_problems, upload_profile_photo
from tests.images import jpeg, png


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


async def refusal(client: CloudApiClient, data: bytes) -> str:
    with pytest.raises(OnboardingError) as caught:
        await upload_profile_photo(client, NUMBER_TOKYO, data, "logo")
    return caught.value.phrase.render()


@pytest.mark.asyncio
async def test_upload_a_photo_and_refuse_wrong_ones(sandbox) -> None:  # type: ignore[no-untyped-def]
    server, client = sandbox
    picture = png(640, 640)
    assert photo_problems(picture) == []
    await upload_profile_photo(client, NUMBER_TOKYO, picture, "logo.png")
    [(handle, stored)] = server.upload_handles.items()
    assert stored == picture
    profile = await client.get_business_profile(NUMBER_TOKYO)
    assert profile["profile_picture_url"].endswith(handle)

    assert "not a JPEG or PNG" in await refusal(client, b"GIF89a" + b"\x00" * 100)
    assert "at least 192 × 192" in await refusal(client, png(100, 100))
    assert "Crop it to a square" in await refusal(client, jpeg(800, 600))
    assert "at most 5 MB" in await refusal(client, jpeg(640, 640, padding=6 * 1024 * 1024))
    assert photo_problems(jpeg(640, 640)) == []
    assert len(server.upload_handles) == 1  # nothing was sent for the wrong ones


@pytest.mark.asyncio
async def test_sandbox_checks_the_upload_like_meta(sandbox) -> None:  # type: ignore[no-untyped-def]
    _server, client = sandbox
    with pytest.raises(CloudApiError) as caught:
        await client.upload_resumable("880213655432177", b"x", file_type="image/gif", file_name="a")
    assert "file_type" in (caught.value.details or caught.value.message)
    with pytest.raises(CloudApiError):
        await client.update_business_profile(NUMBER_TOKYO, profile_picture_handle="4::made-up")
