"""The channels each person sees: the admin's editor in Settings, and an inbox, badges and
notifications that leave out a channel the person at the desk does not see."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import parts, stop_app
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import next_emit, until
from test_notification_window import RecordingBackend, start
from test_stable_selection import click_row, conversation_of

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.services.agent_channels import AgentChannels
from desktop.ui.desk.channels_editor import ALL, AgentChannelsEditor
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"  # writes to Tokyo
TANAKA = "819012345604"  # writes to Osaka


def item_for(editor: AgentChannelsEditor, data: str) -> int:
    return next(
        row
        for row in range(editor.channels.count())
        if editor.channels.item(row).data(Qt.ItemDataRole.UserRole) == data
    )


async def test_the_admin_ticks_the_channels_a_person_sees(app: RunningApp) -> None:
    _services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    work = inbox._work
    await settings.add_agent("Aiko Tanaka", make_me=True)
    ben = await work.add_agent("Ben")
    editor = settings.agent_channels
    await until(lambda: editor.agent.count() == 2, what="profiles offered")
    await until(lambda: editor.channels.count() >= 3, what="channels listed")

    editor.agent.setCurrentIndex(editor.agent.findData(ben.id))
    await until(lambda: editor.chosen_agent() == ben.id, what="Ben chosen")
    every = editor.channels.item(item_for(editor, ALL))
    assert every.checkState() == Qt.CheckState.Checked  # a new profile sees everything
    osaka = editor.channels.item(item_for(editor, NUMBER_OSAKA))
    assert not osaka.flags() & Qt.ItemFlag.ItemIsEnabled  # nothing to tick while "every"
    assert "Osaka" in osaka.text() or "+81" in osaka.text()
    assert not osaka.icon().isNull()  # the channel's colour

    done = next_emit(editor.stored)  # stored, and read back into the list
    every.setCheckState(Qt.CheckState.Unchecked)  # now choose: every channel is still ticked
    await done
    assert editor.channels.item(item_for(editor, ALL)).checkState() == Qt.CheckState.Unchecked
    osaka = editor.channels.item(item_for(editor, NUMBER_OSAKA))
    assert osaka.flags() & Qt.ItemFlag.ItemIsEnabled and osaka.checkState() == Qt.CheckState.Checked
    stored = await work.agent_channels(ben.id)
    assert not stored.all_channels and NUMBER_OSAKA in stored.number_ids

    done = next_emit(editor.stored)
    # (read the row again: the list is rebuilt whenever the numbers are synced meanwhile)
    editor.channels.item(item_for(editor, NUMBER_OSAKA)).setCheckState(Qt.CheckState.Unchecked)
    await done
    stored = await work.agent_channels(ben.id)
    assert NUMBER_OSAKA not in stored.number_ids and NUMBER_TOKYO in stored.number_ids
    osaka = editor.channels.item(item_for(editor, NUMBER_OSAKA))
    assert osaka.checkState() == Qt.CheckState.Unchecked  # as stored
    # Aiko's own choice is untouched.
    assert await work.agent_channels(settings._work.me or 0) == AgentChannels(True)


async def test_a_channel_the_person_does_not_see_is_gone_from_their_inbox_and_notices(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backend = RecordingBackend()
    app = await start(tmp_path, backend)
    try:
        services, inbox = parts(app)
        work = inbox._work
        settings = app.window.page("settings")
        assert work is not None and isinstance(settings, SettingsPage)
        await settings.add_agent("Aiko Tanaka", make_me=True)  # the admin, sees everything
        aiko = work.me
        ben = await work.add_agent("Ben")
        await work.set_agent_channels(ben.id, False, [NUMBER_TOKYO])  # Ben: Tokyo only

        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "Tokyo table for two?")
        await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "Osaka parking?")
        await until(lambda: inbox.conversations.rowCount() == 2, what="both listed for Aiko")
        await until(lambda: backend.unread and backend.unread[-1] == 2, what="Aiko's count")
        osaka = conversation_of(inbox, "田中 健太")
        click_row(qtbot, inbox, osaka)  # Aiko is answering the Osaka chat
        await until(lambda: inbox.current_conversation_id == osaka, what="thread open")
        inbox.composer.editor.setPlainText("Aiko's half-typed answer")

        settings.choose_me(ben.id)  # Ben sits down: Osaka's chat closes and leaves the list
        await until(lambda: inbox.conversations.rowCount() == 1, what="only Tokyo for Ben")
        listed = inbox.conversations.row_data(inbox.conversations.conversation_id(0))
        assert listed is not None and listed.phone_number_id == NUMBER_TOKYO
        assert inbox.current_conversation_id is None
        await until(lambda: backend.unread[-1] == 1, what="Ben's tray count")
        assert app.window.unread_badge("inbox") == 1
        channels = [inbox.number_filter.itemData(i) for i in range(inbox.number_filter.count())]
        assert NUMBER_OSAKA not in channels and NUMBER_TOKYO in channels
        inbox.search.setText("parking")  # search does not reach Osaka's messages either
        await until(lambda: inbox.message_results.model.rowCount() == 0, what="no hit")
        inbox.search.setText("")

        app.window.show_page("pricing")
        shown = len(backend.shown)
        await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "Hello? Osaka again")
        await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "And Tokyo again")
        await until(lambda: len(backend.shown) > shown, what="Tokyo rings for Ben")
        await until(lambda: backend.unread[-1] == 2, what="Tokyo's second message counted")
        texts = " ".join(body for _t, body, _c in backend.shown[shown:])
        assert "Tokyo again" in texts and "Osaka" not in texts
        assert inbox.conversations.rowCount() == 1

        settings.choose_me(aiko)
        await until(lambda: inbox.conversations.rowCount() == 2, what="Aiko sees both again")
        await until(lambda: backend.unread[-1] == 3, what="Aiko's count again (Osaka read once)")
        inbox.select_conversation(osaka)
        await until(
            lambda: inbox.composer.editor.toPlainText() == "Aiko's half-typed answer",
            what="Aiko's draft kept",
        )
    finally:
        await stop_app(app)
