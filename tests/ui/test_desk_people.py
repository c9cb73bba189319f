"""Who is at this desk: the switcher on the rail, the question at start, per-person drafts,
and the admin lock on Settings and Numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until
from test_stable_selection import click_row, conversation_of

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.desk.admin_lock import AdminLock
from desktop.ui.desk.people import DeskPeople
from desktop.ui.desk.prompt import DeskPrompt
from desktop.ui.desk.switcher import DeskSwitcher
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"


def switch_to(switcher: DeskSwitcher, name: str) -> None:
    switcher.menu_.aboutToShow.emit()  # the menu is filled as it opens
    action = next(a for a in switcher.menu_.actions() if a.text().startswith(name))
    action.trigger()


async def test_a_non_admin_reads_settings_and_numbers_but_cannot_change_them(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    _services, inbox = parts(app)
    window = app.window
    settings = window.page("settings")
    numbers = window.page("numbers")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    switcher = window.findChild(DeskSwitcher)
    assert switcher is not None
    settings_lock = settings.findChild(AdminLock)
    numbers_lock = numbers.findChild(AdminLock) if numbers else None
    assert settings_lock is not None and numbers_lock is not None
    assert not settings_lock.locked  # a new database: no admin yet, everybody may

    await settings.add_agent("Aiko Tanaka", make_me=True)  # the first profile: admin
    await inbox._work.add_agent("Ben")
    await until(lambda: settings.admins.count() == 2, what="admins listed in Settings")
    assert settings.admins.item(0).checkState() == Qt.CheckState.Checked
    assert "(admin)" in switcher.toolTip()

    switch_to(switcher, "Ben")
    await until(lambda: settings_lock.locked and numbers_lock.locked, what="locked for Ben")
    assert "Aiko Tanaka" in settings_lock.text.text()
    assert not settings.save_button.isEnabled()  # still there to read, not to change
    assert settings.save_button.isVisibleTo(settings)
    assert settings._settings.agent_id == inbox._work.me  # the choice is stored
    window.resize(1024, 700)
    window.show_page("settings")
    window.grab().save(str(tmp_path / "settings_locked.png"))

    switch_to(switcher, "Aiko")
    await until(lambda: not settings_lock.locked and not numbers_lock.locked, what="unlocked")
    assert settings.save_button.isEnabled()

    # The last admin cannot give the role away (nobody could change Settings then).
    settings.admins.item(0).setCheckState(Qt.CheckState.Unchecked)
    await until(lambda: "at least one admin" in settings.result.text(), what="refused")
    await until(lambda: settings.admins.item(0).checkState() == Qt.CheckState.Checked, what="kept")


async def test_start_question_and_drafts_that_follow_the_person(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    work = inbox._work
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and work is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    ben = await work.add_agent("Ben")

    # Next start: the question, with last time's person first.
    people = DeskPeople(work, settings.choose_me, app.window)
    prompt = DeskPrompt(people, app.window)
    await until(lambda: len(prompt.buttons) == 2, what="the question at start")
    assert prompt.buttons[0].text() == "Aiko Tanaka" and prompt.buttons[0].isDefault()

    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "予約を変更したいです")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    click_row(qtbot, inbox, conversation_of(inbox, "佐藤 花子"))
    await until(lambda: "佐藤 花子" in inbox.title.text(), what="thread open")
    inbox.composer.editor.setPlainText("Aiko's half-typed answer")

    prompt.buttons[1].click()  # Ben sits down
    await until(lambda: work.me == ben.id, what="Ben at the desk")
    assert prompt.isHidden()
    assert inbox.composer.editor.toPlainText() == ""
    inbox.composer.editor.setPlainText("Ben's note")

    settings.choose_me(people.agents[0].id)  # Aiko is back
    await until(lambda: inbox.composer.editor.toPlainText() == "Aiko's half-typed answer")
    settings.choose_me(ben.id)
    await until(lambda: inbox.composer.editor.toPlainText() == "Ben's note")


async def test_a_profile_name_is_shown_as_written_never_as_markup(app: RunningApp) -> None:
    _services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    hostile = '<img src="/etc/x.png"><b>Ana</b>'
    await settings.add_agent(hostile, make_me=True)  # the admin
    other = await inbox._work.add_agent("Ben")
    switcher = app.window.findChild(DeskSwitcher)
    lock = settings.findChild(AdminLock)
    assert switcher is not None and lock is not None
    await until(lambda: hostile in switcher.accessibleName(), what="switcher names the admin")
    assert "<img" not in switcher.toolTip() and "&lt;img" in switcher.toolTip()
    settings.choose_me(other.id)
    await until(lambda: lock.locked, what="locked for Ben")
    assert lock.text.textFormat() == Qt.TextFormat.PlainText
    assert hostile in lock.text.text()
