"""Fixtures for the Cloud API client tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from api_fake import Harness, make_harness


@pytest_asyncio.fixture
async def api() -> AsyncIterator[Harness]:
    harness = make_harness()
    yield harness
    await harness.client.aclose()
