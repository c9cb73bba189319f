"""A customer writes while the desk is on another page: it rings, counts and opens the chat."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from app_harness import fast_options, parts, stop_app
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import make_application, open_chat, start_services_into
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.services.inbox import number_rows
from desktop.ui.main_window import MainWindow
from desktop.ui.notifications import TrayBackend, app_icon
from desktop.ui.theme import apply_theme

SATO = "819012345601"


@dataclass
class RecordingBackend:
    """Stands in for the system tray: records what would have been shown."""

    reason: str = ""
    shown: list[tuple[str, str, int]] = field(default_factory=list)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    sounds: int = 0
    unread: list[int] = field(default_factory=list)

    def unavailable_reason(self) -> str:
        return self.reason

    def notify(self, title: str, body: str, conversation_id: int) -> None:
        self.shown.append((title, body, conversation_id))

    def notify_account(self, title: str, body: str, subject_id: str) -> None:
        self.accounts.append((title, body, subject_id))

    def play_sound(self) -> None:
        self.sounds += 1

    def set_unread(self, total: int) -> None:
        self.unread.append(total)


async def start(tmp_path: Path, backend: RecordingBackend):
    app = make_application()
    apply_theme(app, "light")
    window = MainWindow()
    window.resize(1200, 780)
    window.show()
    return await start_services_into(window, fast_options(tmp_path), backend)


@pytest.mark.asyncio
async def test_message_on_another_page_notifies_counts_and_opens_the_chat(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backend = RecordingBackend()
    app = await start(tmp_path, backend)
    try:
        services, inbox = parts(app)
        app.window.show_page("pricing")
        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "<b>席</b>を予約できますか？")
        await until(lambda: backend.shown, what="notification shown")
        title, body, conversation_id = backend.shown[0]
        assert title.startswith("佐藤 花子 · ")
        assert body == "<b>席</b>を予約できますか？"  # customer text as typed, never markup
        assert backend.sounds == 1
        await until(lambda: backend.unread and backend.unread[-1] == 1, what="tray count")
        assert app.window.windowTitle() == "(1) WABA Desk"
        assert app.window.unread_badge("inbox") == 1

        open_chat(app.window, inbox, conversation_id)  # what a click on the notification does
        assert app.window.stack.currentWidget() is inbox
        assert inbox.current_conversation_id == conversation_id
        await until(lambda: backend.unread[-1] == 0, what="read after opening")
        await until(lambda: app.window.windowTitle() == "WABA Desk", what="title cleared")
        assert app.window.unread_badge("inbox") == 0
    finally:
        await stop_app(app)


@pytest.mark.asyncio
async def test_a_muted_number_counts_but_stays_silent(qtbot: QtBot, tmp_path: Path) -> None:
    backend = RecordingBackend(reason="No notification area here.")
    app = await start(tmp_path, backend)
    try:
        services, _inbox = parts(app)
        settings = app.window.page("settings")
        assert settings is not None
        box = settings.notifications  # type: ignore[attr-defined]
        assert box.problem.text() == "No notification area here."
        channels = await services.db.run(number_rows)
        await until(lambda: box.channels.count() == len(channels), what="channels listed")
        for row in range(box.channels.count()):
            item = box.channels.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == NUMBER_TOKYO:
                item.setCheckState(Qt.CheckState.Unchecked)
        assert services.arrivals.settings.muted_channels == [NUMBER_TOKYO]

        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "静かに")
        await until(lambda: backend.unread and backend.unread[-1] == 1, what="still counted")
        assert backend.shown == [] and backend.sounds == 0
        # The choice is stored: the next start reads it back.
        from desktop.services.settings import load_settings

        assert load_settings().notifications.muted_channels == [NUMBER_TOKYO]
    finally:
        await stop_app(app)


def test_tray_backend_says_why_when_the_desktop_has_no_tray(qtbot: QtBot) -> None:
    tray = TrayBackend()
    # Offscreen there is no notification area: the reason is given, calls are harmless.
    assert "notification" in tray.unavailable_reason()
    tray.notify("t", "b", 1)
    tray.set_unread(3)
    assert tray._sound is None  # the audio backend is not loaded at start-up
    tray.play_sound()
    if tray._sound is not None:  # QtMultimedia is there: the first sound loaded the file
        assert tray._sound.source().toLocalFile().endswith(".wav")  # type: ignore[attr-defined]
    icon = app_icon(120)
    assert not icon.pixmap(64, 64).isNull()


def test_rail_badge_paints_without_error(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QLabel

    window.add_page("inbox", "Inbox", "✉", QLabel("x"))
    window.set_unread(1234)
    assert window.windowTitle() == "(1234) WABA Desk"
    image = window.rail.grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, 60, 2)
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 90
    )
    assert reds > 10
