"""An admin's edit of the profiles on another PC shows in this window without a restart.

The other PC is a second :class:`Database` on the same file; its change reaches this app as
the change feed brings it (:class:`LiveUpdates` publishes :class:`AgentsChanged` on the hub,
tests/postgres/test_pg_agents_live.py shows that part on PostgreSQL). Nothing here is told
of the change any other way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from app_harness import parts, start_app, stop_app
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_async import until
from test_desk_people import switch_to
from test_stable_selection import click_row, conversation_of

from desktop.app import RunningApp
from desktop.models.db import Database
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.services.agent_channels import set_agent_channels
from desktop.services.events import AgentsChanged
from desktop.services.work import remove_agent, rename_agent, set_agent_colour
from desktop.ui.desk.prompt import DeskPrompt
from desktop.ui.desk.switcher import DeskSwitcher
from desktop.ui.i18n import install_translators
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"  # writes to Tokyo
TANAKA = "819012345604"  # writes to Osaka
CASES = [("en", "light"), ("ja", "dark"), ("en", "dark"), ("ja", "light")]


@contextmanager
def other_pc(app: RunningApp) -> Iterator[Database]:
    """Another PC on the same database."""
    other = Database(app.services.db.url)
    try:
        yield other
    finally:
        other.close()


def heard_from_other_pc(app: RunningApp, *agent_ids: int) -> None:
    """What the change feed's listener publishes when another PC changed these profiles."""
    app.services.hub.publish(AgentsChanged(frozenset(agent_ids)))


async def test_a_profile_renamed_and_recoloured_elsewhere_updates_labels_menus_and_rows(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    settings = app.window.page("settings")
    switcher = app.window.findChild(DeskSwitcher)
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    assert switcher is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    ben = await inbox._work.add_agent("Ben")
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "Table for two tonight?")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    chat = conversation_of(inbox, "佐藤 花子")
    click_row(qtbot, inbox, chat)
    await until(lambda: inbox.current_conversation_id == chat, what="thread open")
    assert inbox.assign(ben.id)
    await until(lambda: inbox.assign_button.text() == "Ben", what="assigned to Ben")

    with other_pc(app) as other:
        other.call(rename_agent, ben.id, "Benjamin Ito")
        other.call(set_agent_colour, ben.id, "#00897b")
    heard_from_other_pc(app, ben.id)

    await until(lambda: inbox.assign_button.text() == "Benjamin Ito", what="the new name")
    row = inbox.conversations.row_data(chat)
    assert row is not None and row.assignee_colour == "#00897b"  # the row's avatar
    inbox.assign_menu.aboutToShow.emit()  # filled when it opens
    names = [a.text() for a in inbox.assign_menu.actions()]
    assert "Benjamin Ito" in names and "Ben" not in names
    await until(lambda: settings.me.findText("Benjamin Ito") >= 0, what="Settings' list")
    switcher.menu_.aboutToShow.emit()
    assert any(a.text() == "Benjamin Ito" for a in switcher.menu_.actions())


async def test_channels_narrowed_elsewhere_refilter_this_desks_inbox(app: RunningApp) -> None:
    services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    aiko = inbox._work.me
    assert aiko is not None
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "Tokyo table for two?")
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "Osaka parking?")
    await until(lambda: inbox.conversations.rowCount() == 2, what="both listed")

    with other_pc(app) as other:
        other.call(set_agent_channels, aiko, False, [NUMBER_TOKYO])  # an admin elsewhere
    heard_from_other_pc(app, aiko)

    await until(lambda: inbox.conversations.rowCount() == 1, what="only Tokyo's chat")
    listed = inbox.conversations.row_data(inbox.conversations.conversation_id(0))
    assert listed is not None and listed.phone_number_id == NUMBER_TOKYO


@pytest.mark.parametrize(("language", "theme"), CASES, ids=["-".join(c) for c in CASES])
async def test_the_person_at_this_desk_removed_elsewhere_is_told_and_asked_again(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    qt_app = QApplication.instance()
    assert qt_app is not None
    install_translators(qt_app, language)
    app = await start_app(tmp_path, theme=theme)
    try:
        app.window.resize(1024, 700)
        await told_and_asked_again(app, tmp_path, f"{language}-{theme}")
    finally:
        await stop_app(app)
        install_translators(qt_app, "en")


async def told_and_asked_again(app: RunningApp, tmp_path: Path, case: str) -> None:
    _services, inbox = parts(app)
    settings = app.window.page("settings")
    prompt = app.window.findChild(DeskPrompt)
    switcher = app.window.findChild(DeskSwitcher)
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    assert prompt is not None and switcher is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    aiko = inbox._work.me
    assert aiko is not None
    await inbox._work.add_agent("Ben")
    await until(lambda: len(switcher._people.agents) == 2, what="both profiles known")
    assert prompt.isHidden()

    with other_pc(app) as other:
        other.call(remove_agent, aiko)  # Ben becomes admin: someone always is
    heard_from_other_pc(app, aiko)

    await until(lambda: prompt.isVisible(), what="the question again")
    assert inbox._work.me is None
    assert settings._settings.agent_id is None  # next start asks too
    assert "Aiko Tanaka" in prompt.question.text()
    assert [b.text() for b in prompt.buttons] == ["Ben"]
    assert "Aiko" not in switcher.accessibleName()
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    app.window.grab().save(str(folder / f"desk_person_removed-{case}.png"))
    assert prompt.question.width() >= prompt.question.sizeHint().width()  # not cut off

    switch_to(switcher, "Ben")
    await until(lambda: prompt.isHidden(), what="answered from the switcher")
    app.window.show_page("settings")
    await until(lambda: settings.admins.count() == 1, what="Settings lists Ben")
    settings.admins.setCurrentRow(0)
    settings.scroll_area.ensureWidgetVisible(settings.remove_agent_button)
    app.window.grab().save(str(folder / f"settings_profiles-{case}.png"))
    assert settings.remove_agent_button.isEnabled()
    assert settings.remove_agent_button.width() >= settings.remove_agent_button.sizeHint().width()


async def test_an_admin_renames_recolours_and_removes_a_profile_in_settings(
    app: RunningApp,
) -> None:
    _services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    ben = await inbox._work.add_agent("Ben")
    await until(lambda: settings.admins.count() == 2, what="both listed")
    assert not settings.rename_agent_button.isEnabled()  # nobody selected yet
    settings.admins.setCurrentRow(1)
    assert settings.selected_agent() == ben.id and settings.rename_agent_button.isEnabled()

    await settings.rename_agent(ben.id, "  Ben   Ito ")
    await until(
        lambda: (item := settings.admins.item(1)) is not None and item.text() == "Ben Ito",
        what="renamed",
    )
    assert settings.selected_agent() == ben.id  # the selection stays on the profile
    await until(lambda: settings.me.findText("Ben Ito") >= 0, what="the desk's list follows")
    await settings.rename_agent(ben.id, "   ")
    assert "type a name" in settings.result.text()

    # The colours are offered by name (with a swatch), never as a code.
    offered = {a.data(): a.text() for a in settings.colour_menu.actions()}
    assert offered["#00897b"] == "Teal" and not any("#" in text for text in offered.values())
    assert all(not a.icon().isNull() for a in settings.colour_menu.actions())
    await settings.recolour_agent(ben.id, "#00897b")
    await until(
        lambda: any(a.colour == "#00897b" for a in inbox._agents), what="the inbox's menu colour"
    )

    await settings.remove_agent(ben.id)
    await until(lambda: settings.admins.count() == 1, what="removed")
    # The inbox hears of it by its own notice, maybe a moment after Settings does.
    await until(lambda: [a.name for a in inbox._agents] == ["Aiko Tanaka"], what="inbox's menu")
