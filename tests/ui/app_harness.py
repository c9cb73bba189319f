"""Starts the whole app in sandbox mode on a tmp DB, fast enough for tests."""

from __future__ import annotations

from pathlib import Path

from desktop.app import RunningApp, make_application, start_services_into
from desktop.services.runtime import SandboxTuning, StartOptions
from desktop.services.settings import AppSettings, MemorySecretStore
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_theme


def fast_options(tmp_path: Path, **settings: object) -> StartOptions:
    return StartOptions(
        settings=AppSettings(**settings),  # type: ignore[arg-type]
        secrets=MemorySecretStore(),
        db_url=f"sqlite:///{tmp_path / 'app.sqlite3'}",
        force_sandbox=True,
        sandbox=SandboxTuning(
            customer_interval=3600,
            review_delay=0.2,
            status_delay=0.05,
            read_delay=0.2,
            simulate_customers=False,
        ),
        health_interval=3600,
    )


async def start_app(tmp_path: Path, **settings: object) -> RunningApp:
    app = make_application()
    apply_theme(app, str(settings.get("theme", "light")))
    window = MainWindow()
    window.resize(1200, 780)
    window.show()
    return await start_services_into(window, fast_options(tmp_path, **settings))


async def stop_app(app: RunningApp) -> None:
    from desktop.ui.tasks import drain

    app.window.close()
    await drain()
    await app.services.aclose()  # type: ignore[attr-defined]
    app.window.deleteLater()
