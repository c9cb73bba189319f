"""Status, assignment and labels from the inbox, and the views that list by them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_async import until
from test_stable_selection import click_row, conversation_of, listed_ids, selected_id

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"
OLIVER = "447700900123"


def choose(inbox: InboxPage, combo_name: str, data: object) -> None:
    combo = getattr(inbox, combo_name)
    index = combo.findData(data)
    assert index >= 0, (combo_name, data)
    combo.setCurrentIndex(index)


async def listed_as(inbox: InboxPage, expected: set[int], what: str) -> None:
    await until(lambda: set(listed_ids(inbox)) == expected, what=what)


async def test_assign_label_resolve_and_each_view(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage) and inbox._work is not None
    await settings.add_agent("Aiko Tanaka", make_me=True)
    await settings.add_agent("Ben")
    await until(lambda: settings.me.count() == 3, what="agents offered in Settings")
    assert settings.me.currentText() == "Aiko Tanaka"
    me = inbox._work.me
    assert me is not None

    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "予約を変更したいです")
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Is my order ready?")
    await until(lambda: inbox.conversations.rowCount() == 2, what="both listed")
    sato, oliver = (conversation_of(inbox, n) for n in ("佐藤 花子", "Oliver Brown"))

    click_row(qtbot, inbox, sato)
    await until(lambda: "佐藤 花子" in inbox.title.text(), what="thread open")
    assert inbox.assign(me)
    assert inbox.add_label("Booking")

    def sato_row_has(check) -> bool:  # type: ignore[no-untyped-def]
        row = inbox.conversations.row_data(sato)
        return row is not None and bool(check(row))

    await until(lambda: sato_row_has(lambda r: r.assignee_name == "Aiko Tanaka"), what="assigned")
    await until(lambda: sato_row_has(lambda r: [x.name for x in r.labels] == ["Booking"]))
    assert inbox.assign_button.text() == "Aiko Tanaka"
    assert inbox.labels_button.text() == "Labels (1)"
    # The header's menus are filled as they open, from the open conversation.
    inbox.assign_menu.aboutToShow.emit()
    checked = [a.text() for a in inbox.assign_menu.actions() if a.isChecked()]
    assert checked == ["Aiko Tanaka"]
    inbox.labels_menu.aboutToShow.emit()
    assert [a.text() for a in inbox.labels_menu.actions() if a.isChecked()] == ["Booking"]
    inbox.status_menu.aboutToShow.emit()
    assert [a.text() for a in inbox.status_menu.actions() if a.isChecked()] == ["Open"]
    await until(lambda: inbox.label_filter.count() == 2, what="label offered as a filter")

    # The customer's labels beside the thread.
    inbox.contact_button.setChecked(True)
    chips = [w.text() for w in inbox.contact_panel.labels.findChildren(QLabel)]
    assert "Booking" in chips

    # Ctrl+E resolves; the open chat stays listed in "Open and pending" until left.
    inbox.composer.editor.setFocus()
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: sato_row_has(lambda r: r.status == "resolved"), what="resolved")
    assert inbox.status_button.text() == "Reopen"
    assert inbox.composer.editor.toPlainText() == ""  # Ctrl+E typed nothing
    assert sato in listed_ids(inbox) and selected_id(inbox) == sato
    click_row(qtbot, inbox, oliver)
    await listed_as(inbox, {oliver}, "resolved chat left the open view")

    choose(inbox, "status_filter", "resolved")
    await listed_as(inbox, {sato, oliver}, "resolved view (the open chat kept)")
    choose(inbox, "view_filter", "mine")
    await listed_as(inbox, {sato, oliver}, "mine: resolved and assigned to me")
    choose(inbox, "status_filter", "any")
    choose(inbox, "view_filter", "unassigned")
    await listed_as(inbox, {oliver}, "unassigned")
    choose(inbox, "view_filter", "all")
    choose(inbox, "label_filter", inbox.label_filter.itemData(1))
    await listed_as(inbox, {sato, oliver}, "label view (the open chat kept)")
    assert inbox.conversations.current_filter().label_id == inbox.label_filter.itemData(1)

    # The customer writes again: the resolved chat is open again.
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "もう一つ質問があります")
    await until(lambda: sato_row_has(lambda r: r.status == "open"), what="reopened by ingest")
    choose(inbox, "label_filter", None)
    choose(inbox, "status_filter", "resolved")
    await listed_as(inbox, {oliver}, "reopened chat left the resolved view")

    # Waiting for us: the customer wrote last. Answering takes a chat out of it (once left).
    choose(inbox, "status_filter", "any")
    choose(inbox, "view_filter", "waiting")
    await listed_as(inbox, {sato, oliver}, "both wait for an answer")
    qtbot.keyClicks(inbox.composer.editor, "It is ready for pickup.")
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)
    await until(lambda: inbox.messages.rowCount() == 2, what="reply stored")
    click_row(qtbot, inbox, sato)
    await listed_as(inbox, {sato}, "answered chat no longer waits")

    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    choose(inbox, "view_filter", "all")
    await listed_as(inbox, {sato, oliver}, "all")
    app.window.grab().save(str(folder / "inbox_work.png"))


async def test_message_info_names_the_agent_and_the_times(app: RunningApp, qtbot: QtBot) -> None:
    services, inbox = parts(app)
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage)
    await settings.add_agent("Aiko Tanaka", make_me=True)
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "営業時間は？")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    assert inbox.select_conversation(conversation_of(inbox, "佐藤 花子"))
    await until(lambda: inbox.messages.rowCount() == 1, what="thread loaded")
    qtbot.keyClicks(inbox.composer.editor, "We open at 9.")
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)

    def reply_read() -> bool:
        row = inbox.messages.message_row(1)
        return row is not None and row.status == "read"

    await until(reply_read, timeout=15, what="reply read")
    reply = inbox.messages.message_row(1)
    assert reply is not None
    menu = inbox.thread_menu(1)
    assert menu is not None and any(a.objectName() == "messageInfo" for a in menu.actions())
    dialog = await inbox.show_message_info(reply.id)
    assert dialog is not None
    assert dialog.rows["Sent by"] == "Aiko Tanaka"
    for status in ("Sent", "Delivered", "Read"):
        assert dialog.rows[status] and dialog.rows[status] != "Not yet reported", status
    dialog.close()

    question = inbox.messages.message_row(0)
    assert question is not None
    received = await inbox.show_message_info(question.id)
    assert received is not None and received.rows["Received"]
    assert "Sent by" not in received.rows
    received.close()
