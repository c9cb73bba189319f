"""Start-up on databases that are odd, damaged, busy or hold data of the other mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import start_webhook_server
from damaged_db import make_damaged_db, make_history_db
from sqlalchemy import func, select

from desktop.models.db import Database, DatabaseUnavailable
from desktop.models.entities import Waba
from desktop.runtime.app_services import start_app_services
from desktop.runtime.options import SandboxTuning, StartOptions
from desktop.sandbox.server import SandboxServer
from desktop.services.database_care import explain
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


def waba_count(url: str, sandbox: bool) -> int:
    db = Database(url)
    try:
        return int(
            db.call(
                lambda s: s.scalar(select(func.count(Waba.id)).where(Waba.is_sandbox.is_(sandbox)))
            )
        )
    finally:
        db.close()


@pytest.mark.asyncio
async def test_the_sandbox_refuses_a_database_with_live_conversations(tmp_path: Path) -> None:
    url = make_history_db(tmp_path / "shop.sqlite3")  # real webhooks, stored by the receiver
    with pytest.raises(DatabaseUnavailable) as caught:
        await start_app_services(sandbox_options(url))
    assert caught.value.kind == "mode" and caught.value.detail == "live"
    assert "live WhatsApp data" in str(caught.value)
    assert waba_count(url, sandbox=True) == 0  # no demo account was written
    explained = explain(caught.value, None).render()
    assert "without --sandbox" in explained and str(tmp_path / "shop.sqlite3") in explained


@pytest.mark.asyncio
async def test_sandbox_and_live_mode_each_keep_their_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    services = await start_app_services(sandbox_options(url))
    await services.aclose()
    # The sandbox may start on its own database again.
    services = await start_app_services(sandbox_options(url))
    await services.aclose()
    sandbox_wabas = waba_count(url, sandbox=True)
    assert sandbox_wabas > 0

    meta = SandboxServer(webhook_url=None, app_secret="s", simulate_customers=False)
    base = await meta.start()
    live = StartOptions(
        settings=AppSettings(base_url=base, waba_ids=[meta.waba_ids[0]], webhook_port=0),
        secrets=MemorySecretStore(
            {"access_token": "sandbox-token", "app_secret": "s", "verify_token": "v"}
        ),
        db_url=url,
        health_interval=3600,
    )
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            await start_app_services(live)
        assert caught.value.kind == "mode" and caught.value.detail == "sandbox"
        assert waba_count(url, sandbox=False) == 0
        # Live mode on its own (fresh) database claims it; the sandbox is then refused there.
        live.db_url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
        services = await start_app_services(live)
        await services.aclose()
        with pytest.raises(DatabaseUnavailable, match="live WhatsApp data"):
            await start_app_services(sandbox_options(live.db_url))
    finally:
        await meta.stop()
