"""Live mode is the same code path with other settings: run it against the simulator."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.entities import Message, PhoneNumber
from desktop.runtime.app_services import AppServices, start_app_services
from desktop.runtime.options import StartOptions
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.sandbox.server import SandboxServer
from desktop.services.settings import AppSettings, MemorySecretStore

SECRET = "live-app-secret"


async def start_live(tmp_path: Path, token: str) -> tuple[SandboxServer, AppServices]:
    meta = SandboxServer(
        webhook_url=None,
        app_secret=SECRET,
        simulate_customers=False,
        status_delay=0.02,
        read_delay=0.05,
        review_delay=0.05,
    )
    base = await meta.start()
    settings = AppSettings(base_url=base, waba_ids=[meta.waba_ids[0]], webhook_port=0)
    secrets = MemorySecretStore({"access_token": token, "app_secret": SECRET, "verify_token": "vt"})
    services = await start_app_services(
        StartOptions(
            settings=settings,
            secrets=secrets,
            db_url=f"sqlite:///{tmp_path / 'live.sqlite3'}",
            health_interval=3600,
        )
    )
    return meta, services


@pytest.mark.asyncio
async def test_live_mode_syncs_and_receives_signed_webhooks(tmp_path: Path) -> None:
    meta, services = await start_live(tmp_path, "sandbox-token")
    try:
        assert services.mode == "live" and services.sandbox is None
        numbers = await services.db.run(lambda s: sorted(s.scalars(select(PhoneNumber.id))))
        assert NUMBER_TOKYO in numbers
        meta.set_webhook(services.webhook_url, SECRET)
        await meta.customer_says(NUMBER_TOKYO, "819012345601", "本番モードのテスト")
        await meta.flush_webhooks()

        async def stored() -> int:
            return await services.db.run(lambda s: s.scalar(select(func.count(Message.id))))

        for _ in range(200):
            if await stored() == 1:
                break
            await asyncio.sleep(0.02)
        assert await stored() == 1
        health = await services.check_health()
        assert health.api_ok is True and health.webhook_ok is True
    finally:
        await services.aclose()
        await meta.stop()


@pytest.mark.asyncio
async def test_wrong_token_is_explained_and_nothing_is_lost(tmp_path: Path) -> None:
    meta, services = await start_live(tmp_path, "not-the-token")
    try:
        assert services.mode == "live"
        health = await services.check_health()
        assert health.api_ok is False
        assert "token" in health.api_detail.lower()
        # The failed start-up sync is kept for the window to show once it listens.
        assert services.recent_errors
        assert "token" in services.recent_errors[-1].advice.render().lower()
        # The receiver still runs: webhooks are stored even while the token is being fixed.
        assert health.webhook_ok is True
    finally:
        await services.aclose()
        await meta.stop()
