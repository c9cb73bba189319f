"""Start-up on databases that are odd, damaged, busy or hold data of the other mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.runtime.app_services import start_app_services
from desktop.runtime.options import SandboxTuning, StartOptions
from desktop.services.settings import AppSettings, MemorySecretStore


def sandbox_options(db_url: str | None = None) -> StartOptions:
    return StartOptions(
        settings=AppSettings(),
        secrets=MemorySecretStore(),
        db_url=db_url,
        force_sandbox=True,
        sandbox=SandboxTuning(simulate_customers=False, status_delay=0.01, review_delay=0.05),
        health_interval=3600,
    )


@pytest.mark.asyncio
async def test_the_default_data_folder_may_contain_a_percent_sign(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home" / "50%"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    services = await start_app_services(sandbox_options())
    try:
        assert "50%" in services.db.url
    finally:
        await services.aclose()
    assert list(home.rglob("sandbox.sqlite3"))
