"""Send later in the app (sandbox mode): scheduled, told when the window will be closed,
offered the template with its price, and still waiting after the app restarts.

Set ``WABADESK_SCREENSHOTS=folder`` to keep PNGs of the dialog (light and dark, English and
Japanese).
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest
from app_harness import parts, start_app, stop_app
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.ui.i18n import install_translators
from desktop.ui.inbox.send_later_dialog import SendLaterDialog

TANAKA = "819012345604"
HOUR = 3600
CASES = [("en", "light"), ("ja", "dark")]
if os.environ.get("WABADESK_SCREENSHOTS"):
    CASES = [("en", "light"), ("en", "dark"), ("ja", "light"), ("ja", "dark")]


async def open_dialog(app: RunningApp) -> tuple[SendLaterDialog, int]:
    services, inbox = parts(app)
    assert services.sandbox is not None
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "明日の予約、変更できますか")
    await until(lambda: inbox.conversations.rowCount() == 1, what="the conversation")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    inbox.composer.editor.setPlainText("Your table is ready")
    button = inbox.findChild(QPushButton, "sendLaterButton")
    assert isinstance(button, QPushButton) and button.isVisible()
    button.click()
    dialog = inbox.findChild(SendLaterDialog, "sendLaterDialog")
    assert isinstance(dialog, SendLaterDialog)
    await until(lambda: dialog.advice is not None, what="the window checked")
    return dialog, conversation_id


@pytest.mark.asyncio
async def test_send_later_warns_of_the_closed_window_and_survives_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = await start_app(tmp_path)
    try:
        dialog, conversation_id = await open_dialog(app)
        assert dialog.text.toPlainText() == "Your table is ready"  # the draft comes along
        dialog.set_send_at(time.time() + HOUR)
        advice = await dialog.check()
        assert advice.window_open and dialog.template_host.isHidden()
        text_id = await dialog.schedule()
        assert text_id is not None and dialog.waiting.count() == 1

        dialog.set_send_at(time.time() + 25 * HOUR)
        advice = await dialog.check()
        assert not advice.window_open and advice.template is not None
        assert "closes" in dialog.window_note.text() and "template" in dialog.window_note.text()
        assert dialog.price.text().startswith("Cost:") and dialog.template_host.isVisible()
        assert dialog.schedule_button.text() == "Schedule the template"
        for key in list(dialog._fields):
            dialog.field(key).setText("Tanaka")
        template_id = await dialog.schedule()
        assert template_id is not None and dialog.waiting.count() == 2
        dialog.close()
    finally:
        await stop_app(app)

    app = await start_app(tmp_path)  # the same database file
    try:
        services, _inbox = parts(app)
        from desktop.services.send_later import SendLater

        later = SendLater(services.db, services.hub, services.outbox)
        waiting = await later.scheduled(conversation_id)
        assert [m.message_id for m in waiting] == [text_id, template_id]
        assert [m.type for m in waiting] == ["text", "template"]
        assert services.sandbox is not None
        assert not [m for m in services.sandbox.world.outbound.values() if m.type == "text"]
        assert await later.cancel(text_id)
        assert [m.message_id for m in await later.scheduled(conversation_id)] == [template_id]
    finally:
        await stop_app(app)


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_send_later_dialog_screens(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    qt_app = QCoreApplication.instance()
    assert qt_app is not None
    install_translators(qt_app, language)
    app = await start_app(tmp_path, theme=theme)
    keep = os.environ.get("WABADESK_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    try:
        dialog, _conversation_id = await open_dialog(app)
        dialog.set_send_at(time.time() + 25 * HOUR)
        await dialog.check()
        await asyncio.sleep(0.2)
        assert dialog.grab().save(str(folder / f"send_later_{language}_{theme}.png"))
        assert dialog.template_host.isVisible() and dialog.price.text()
    finally:
        install_translators(qt_app, "en")
        await stop_app(app)
