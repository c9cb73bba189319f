"""A restarted sandbox (same seed, same demo world) never reuses a wamid."""

from __future__ import annotations

import pytest

from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer


async def wamids_of_one_run() -> tuple[list[str], list[str]]:
    sandbox = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    await sandbox.start()
    try:
        ids = [await sandbox.customer_says(NUMBER_TOKYO, "819012345601", f"m{i}") for i in range(5)]
        return ids, list(sandbox.waba_ids)
    finally:
        await sandbox.stop()


@pytest.mark.asyncio
async def test_same_world_new_message_ids() -> None:
    first, wabas_first = await wamids_of_one_run()
    second, wabas_second = await wamids_of_one_run()
    assert wabas_first == wabas_second  # the seeded demo accounts stay put
    assert not set(first) & set(second)
