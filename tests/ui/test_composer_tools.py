"""Canned replies (managed in Settings, inserted with /shortcut) and the emoji picker,
on the whole app in sandbox mode over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.services.canned_replies import CannedReplies
from desktop.services.emoji_catalog import RECENT_FILE
from desktop.services.settings import config_dir
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

SHEENA = "16505551234"


async def open_sheena(app: RunningApp) -> InboxPage:
    services, inbox = parts(app)
    assert services.sandbox is not None
    await services.sandbox.customer_says(NUMBER_TOKYO, SHEENA, "Are you open today?")
    await until(lambda: inbox.conversations.rowCount() == 1, what="conversation listed")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.composer.editor.isEnabled(), what="window open")
    await until(lambda: bool(inbox.composer.tools.values.get("contact.name")), what="values")
    return inbox


def settings_page(app: RunningApp) -> SettingsPage:
    page = app.window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


async def test_settings_add_edit_delete_persist_in_the_database(app: RunningApp) -> None:
    services, inbox = parts(app)
    box = settings_page(app).canned_box
    dialog = box.open_editor(None)
    dialog.shortcut.setText("/hours")
    dialog.title.setText("Opening hours")
    dialog.text.setPlainText("We are open 9:00-18:00, {contact.first_name}.")
    assert await box.save(None, dialog)
    dialog.close()
    await until(lambda: box.model.rowCount() == 1, what="listed in Settings")
    # A second PC reads the same database: it offers the same reply.
    other_pc = CannedReplies(services.db)
    assert [(r.shortcut, r.title) for r in await other_pc.all()] == [("hours", "Opening hours")]
    await until(lambda: [r.shortcut for r in inbox.composer.tools.replies] == ["hours"])

    # The same shortcut again is refused with the reason; the dialog stays open.
    again = box.open_editor(None)
    again.shortcut.setText("HOURS")
    again.text.setPlainText("x")
    assert not await box.save(None, again)
    assert "/HOURS" in again.problem.text() and again.isVisible()
    again.close()

    box.list.setCurrentIndex(box.model.index(0))
    row = box.selected()
    assert row is not None and box.edit_button.isEnabled()
    edit = box.open_editor(row)
    assert edit.text.toPlainText().startswith("We are open")
    edit.shortcut.setText("open")
    edit.text.setPlainText("Open until 18:00.")
    assert await box.save(row, edit)
    edit.close()
    await until(lambda: [r.shortcut for r in inbox.composer.tools.replies] == ["open"])
    assert [(r.shortcut, r.text) for r in await other_pc.all()] == [("open", "Open until 18:00.")]

    box.list.setCurrentIndex(box.model.index(0))
    chosen = box.selected()
    assert chosen is not None
    await box.delete(chosen)
    await until(lambda: box.model.rowCount() == 0, what="deleted in Settings")
    assert await other_pc.all() == []
    await until(lambda: inbox.composer.tools.replies == [], what="gone from the composer")


async def test_slash_shortcut_expands_with_placeholders(app: RunningApp) -> None:
    services, _inbox = parts(app)
    canned = settings_page(app).canned_box._canned
    await canned.add("thanks", "Thank you", "Thank you, {contact.first_name}! {agent.name}")
    await canned.add("address", "Where we are", "2-1 Shibuya, Tokyo")
    inbox = await open_sheena(app)
    await until(lambda: len(inbox.composer.tools.replies) == 2, what="replies loaded")
    editor = inbox.composer.editor
    editor.setFocus()
    QTest.keyClicks(editor, "Hi! /th")
    popup = inbox.composer.tools.popup
    assert popup is not None and popup.isVisible()
    assert popup.model.rowCount() == 1 and popup.model.rows[0].shortcut == "thanks"
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert not popup.isVisible()
    # Sheena's first name is known; no agent profile is chosen: a visible, selected gap.
    assert editor.toPlainText() == "Hi! Thank you, Sheena! [agent name]"
    assert editor.textCursor().selectedText() == "[agent name]"
    QTest.keyClicks(editor, "Aiko")
    assert editor.toPlainText() == "Hi! Thank you, Sheena! Aiko"

    # Esc closes the list without touching the text (and without the inbox's Esc action).
    QTest.keyClicks(editor, " /zz")
    assert popup.isVisible() and popup.model.rowCount() == 0
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert editor.toPlainText() == "Hi! Thank you, Sheena! Aiko /zz"

    # The /… button lists every reply and inserts at the cursor.
    editor.clear()
    inbox.composer.canned_button.click()
    assert popup.isVisible() and popup.model.rowCount() == 2
    popup.move_selection(-1)  # to the last: "thanks" is listed after "address"
    popup.choose_current()
    assert editor.toPlainText() == "Thank you, Sheena! [agent name]"
    assert services.outbox is not None


async def test_emoji_inserted_at_the_cursor_and_recent_first(app: RunningApp) -> None:
    inbox = await open_sheena(app)
    editor = inbox.composer.editor
    editor.setPlainText("Hello world")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    inbox.composer.emoji_button.click()
    picker = inbox.composer.tools.picker
    assert picker is not None and picker.isVisible()
    picker.search.setText("thumbs up")
    assert picker.model.entries[0].char == "👍"
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert editor.toPlainText() == "Hello👍 world"
    assert editor.textCursor().position() == 5 + 2  # after the emoji (two UTF-16 units)

    editor.moveCursor(QTextCursor.MoveOperation.End)
    inbox.composer.emoji_button.click()
    picker.search.setText("パーティー")  # a Japanese keyword finds the partying face
    assert [e.char for e in picker.model.entries] == ["🥳"]
    picker.grid.clicked.emit(picker.model.index(0))
    assert editor.toPlainText() == "Hello👍 world🥳"

    inbox.composer.emoji_button.click()
    assert [e.char for e in picker.model.entries[:2]] == ["🥳", "👍"]
    QTest.keyClick(picker.search, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    stored = json.loads(Path(config_dir() / RECENT_FILE).read_text(encoding="utf-8"))
    assert stored[:2] == ["🥳", "👍"]
