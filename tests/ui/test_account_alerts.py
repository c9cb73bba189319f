"""A quality drop or a restriction reaches the desk on any page: a status-bar notice and a
desktop notification (recorded here instead of the system tray)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import stop_app
from pytestqt.qtbot import QtBot
from qt_async import until
from test_notification_window import RecordingBackend, start

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, WABA_CAFE


def rating(app: RunningApp) -> str | None:
    from desktop.models.entities import PhoneNumber

    return app.services.db.call(lambda s: s.get_one(PhoneNumber, NUMBER_OSAKA).quality_rating)


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
        await until(lambda: backend.accounts, what="quality notification")
        title, body, subject = backend.accounts[0]
        assert title.startswith("Quality of Sakura Cafe Osaka · ") and title.endswith(" dropped")
        assert body.startswith("Quality is now low") and subject == NUMBER_OSAKA
        assert any("dropped" in m for m in said)

        # the same reading again is no news
        sandbox.numbers_admin.set_quality(osaka, "RED")
        await sandbox.flush_webhooks()
        sandbox.numbers_admin.restrict(WABA_CAFE, "RESTRICTED_BIZ_INITIATED_MESSAGING")
        await sandbox.flush_webhooks()
        await until(lambda: len(backend.accounts) == 2, what="restriction notification")
        assert backend.accounts[1][0] == "Sakura Cafe was restricted by Meta"
        assert "Open Numbers" in backend.accounts[1][1] and backend.accounts[1][2] == WABA_CAFE
        assert any("was restricted" in m for m in said)
        assert backend.sounds == 0  # an account alert is not a customer message

        # turned off in Settings: the status bar still says it, no desktop notification
        app.notifier.desktop = False
        # a drop Meta sends no webhook for (GREEN → YELLOW) is found by a sync
        sandbox.numbers_admin.set_quality(osaka, "GREEN")  # leaving RED: Meta's UNFLAGGED
        await sandbox.flush_webhooks()
        await until(lambda: rating(app) == "GREEN", what="the new rating read again")
        await app.services.account_watch.check()  # seen before the next change (no coalescing)
        sandbox.numbers_admin.set_quality(osaka, "YELLOW")
        await app.services.refresh_accounts()
        await until(
            lambda: any("Quality is now medium" in m for m in said),
            what="medium notice",
        )
        assert len(backend.accounts) == 2 and backend.shown == []
    finally:
        await stop_app(app)


@pytest.mark.asyncio
async def test_an_unflagged_number_shows_its_new_rating_without_a_refresh(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Meta's UNFLAGGED says only that a low rating was lifted: the app reads the number again
    at once, so the page shows the new rating rather than "not rated yet"."""
    app = await start(tmp_path, RecordingBackend())
    try:
        sandbox = app.services.sandbox
        assert sandbox is not None
        osaka = sandbox.world.numbers[NUMBER_OSAKA]

        sandbox.numbers_admin.set_quality(osaka, "RED")
        await sandbox.flush_webhooks()
        await app.services.refresh_accounts()
        assert rating(app) == "RED"
        assert sandbox.numbers_admin.set_quality(osaka, "YELLOW")["webhook"] == "UNFLAGGED"
        await sandbox.flush_webhooks()
        await until(lambda: rating(app) == "YELLOW", what="the rating read again")
    finally:
        await stop_app(app)


@pytest.mark.asyncio
async def test_clicking_an_account_notification_opens_that_number(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.app import open_account
    from desktop.ui.notifications import TrayBackend
    from desktop.ui.numbers.numbers_page import ID_ROLE, NumbersPage

    backend = RecordingBackend()
    app = await start(tmp_path, backend)
    try:
        numbers = app.window.page("numbers")
        assert isinstance(numbers, NumbersPage)
        app.window.show_page("pricing")

        # The tray remembers what its last notification was about and says so when clicked.
        tray = TrayBackend(app.window)
        clicked: list[str] = []
        tray.account_activated.connect(clicked.append)
        tray.notify_account("Quality dropped", "Quality is now low", NUMBER_OSAKA)
        tray._message_clicked()  # what QSystemTrayIcon.messageClicked triggers
        assert clicked == [NUMBER_OSAKA]

        open_account(app.window, numbers, clicked[0])
        assert app.window.stack.currentWidget() is numbers
        await until(lambda: numbers.tree.currentIndex().data(ID_ROLE) == NUMBER_OSAKA)
        open_account(app.window, numbers, WABA_CAFE)  # a restriction names the account
        await until(lambda: numbers.tree.currentIndex().data(ID_ROLE) == WABA_CAFE)
    finally:
        await stop_app(app)
