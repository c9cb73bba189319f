"""When another desk changed the open conversation first, this desk is told what it did,
and the header shows the other desk's change instead of this one's."""

from __future__ import annotations

import pytest
from app_harness import parts
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy import update
from test_stable_selection import click_row, conversation_of

from desktop.app import RunningApp
from desktop.models.db import Database
from desktop.models.entities import Conversation
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"


async def test_the_desk_that_lost_is_told_who_took_the_chat(app: RunningApp, qtbot: QtBot) -> None:
    services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    ben = await inbox._work.add_agent("Ben")
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "予約を変更したいです")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    sato = conversation_of(inbox, "佐藤 花子")
    click_row(qtbot, inbox, sato)
    await until(lambda: "佐藤 花子" in inbox.title.text(), what="thread open")
    assert inbox.assign_button.text() == "Unassigned"

    # Another PC gives the chat to Ben; this window has not heard of it yet.
    other = Database(services.db.url)
    try:
        other.call(
            lambda s: s.execute(
                update(Conversation).where(Conversation.id == sato).values(assignee_id=ben.id)
            )
        )
    finally:
        other.close()
    assert inbox.assign(inbox._work.me)
    await until(lambda: inbox.notice.isVisible(), what="the loser is told")
    assert "Ben" in inbox.notice.text() and "not made" in inbox.notice.text()
    await until(lambda: inbox.assign_button.text() == "Ben", what="the header shows Ben")
    row = inbox.conversations.row_data(sato)
    assert row is not None and row.assignee_name == "Ben"
