"""Start-up on databases that are odd, damaged, busy or hold data of the other mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import start_webhook_server
from damaged_db import make_damaged_db

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


def test_the_receiver_refuses_a_damaged_database_before_answering_anything(
    tmp_path: Path,
) -> None:
    url = make_damaged_db(tmp_path / "damaged.sqlite3")
    server = start_webhook_server(url, "secret")
    try:
        _, stderr = server.communicate(timeout=120)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 2
    reasons = [line for line in stderr.splitlines() if line.startswith("wabadesk:")]
    assert len(reasons) == 1 and "damaged" in reasons[0], stderr
    assert "Traceback" not in stderr
