"""A quality drop or a restriction reaches the desk on any page: a status-bar notice and a
desktop notification (recorded here instead of the system tray)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import stop_app
from pytestqt.qtbot import QtBot
from qt_async import until
from test_notification_window import RecordingBackend, start

from desktop.sandbox.seed import NUMBER_OSAKA, WABA_CAFE


@pytest.mark.asyncio
async def test_quality_drop_and_restriction_notify_on_any_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backend = RecordingBackend()
    app = await start(tmp_path, backend)
    try:
        sandbox = app.services.sandbox
        assert sandbox is not None
        app.window.show_page("pricing")
        # Every status-bar message, kept: a notice may time out before a loaded machine looks.
        said: list[str] = []
        app.window.status.messageChanged.connect(said.append)
        osaka = sandbox.world.numbers[NUMBER_OSAKA]
        sandbox.numbers_admin.set_quality(osaka, "RED")
        await sandbox.flush_webhooks()
        await until(lambda: backend.shown, what="quality notification")
        title, body, conversation = backend.shown[0]
        assert title.startswith("Quality of Sakura Cafe Osaka · ") and title.endswith(" dropped")
        assert body.startswith("Quality is now low") and conversation == -1
        assert any("dropped" in m for m in said)

        # the same reading again is no news
        sandbox.numbers_admin.set_quality(osaka, "RED")
        await sandbox.flush_webhooks()
        sandbox.numbers_admin.restrict(WABA_CAFE, "RESTRICTED_BIZ_INITIATED_MESSAGING")
        await sandbox.flush_webhooks()
        await until(lambda: len(backend.shown) == 2, what="restriction notification")
        assert backend.shown[1][0] == "Sakura Cafe was restricted by Meta"
        assert "Open Numbers" in backend.shown[1][1]
        assert any("was restricted" in m for m in said)
        assert backend.sounds == 0  # an account alert is not a customer message

        # turned off in Settings: the status bar still says it, no desktop notification
        app.notifier.desktop = False
        # a drop Meta sends no webhook for (GREEN → YELLOW) is found by a sync
        sandbox.numbers_admin.set_quality(osaka, "GREEN")
        await sandbox.flush_webhooks()
        await app.services.refresh_accounts()
        sandbox.numbers_admin.set_quality(osaka, "YELLOW")
        await app.services.refresh_accounts()
        await until(
            lambda: any("Quality is now medium" in m for m in said),
            what="medium notice",
        )
        assert len(backend.shown) == 2
    finally:
        await stop_app(app)
