"""The composer follows the 24-hour window; failures show on the bubble with Meta's error."""

from __future__ import annotations

import pytest
from app_harness import parts, set_last_inbound
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


async def test_closed_window_blocks_free_form_and_says_why(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "領収書をください")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    assert inbox.select_conversation(conversation_id)
    await until(
        lambda: (
            inbox.composer.send_button.isEnabled() is False and inbox.composer.editor.isEnabled()
        )
    )

    # 25 hours pass without the customer writing: both sides agree the window closed.
    await set_last_inbound(services, conversation_id, hours_ago=25)
    services.sandbox.expire_window(NUMBER_OSAKA, TANAKA)
    await inbox.conversations.reload()
    await until(lambda: not inbox.composer.editor.isEnabled(), what="composer disabled")
    assert "24-hour" in inbox.composer.window_label.text()
    assert "template" in inbox.composer.window_label.text()
    # The greyed-out box says why, and Template… is the one button that leads.
    composer = inbox.composer
    assert "window is closed" in composer.editor.placeholderText()
    assert composer.template_button.property("primary") is True
    assert composer.template_button.isDefault() and composer.template_button.isEnabled()
    assert composer.send_button.isHidden()

    # Even a send that slips through (e.g. a stale screen) is refused before any HTTP call.
    attempted = services.outbox.sends_attempted if services.outbox else -1
    await inbox._send_text(conversation_id, "late reply")
    assert inbox.composer.editor.toPlainText() == "late reply"  # nothing typed is lost
    assert not inbox.notice.isHidden() and "template" in inbox.notice.text()
    assert services.outbox is not None and services.outbox.sends_attempted == attempted


async def test_meta_failure_shows_on_the_bubble(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "こんばんは")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1)
    # The sandbox thinks the window closed (our clock does not): Meta accepts the send,
    # then reports 131047 by webhook, like the real Cloud API.
    services.sandbox.expire_window(NUMBER_OSAKA, TANAKA)
    assert services.outbox is not None
    await services.outbox.send_text(conversation_id, "Thank you!")
    await until(lambda: inbox.messages.rowCount() == 2)

    def failed() -> bool:
        row = inbox.messages.message_row(1)
        return row is not None and row.status == "failed"

    await until(failed, timeout=15, what="failed status arrives")
    row = inbox.messages.message_row(1)
    assert row is not None and row.error_code == 131047
    from desktop.ui.chat import BUBBLE_SPEC_ROLE

    spec = inbox.messages.data(inbox.messages.index(1), BUBBLE_SPEC_ROLE)
    assert spec.error and "131047" in spec.error
    assert "approved template" in spec.error  # what to do, not just what failed


async def test_drafts_stay_with_their_conversation(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "一つ目")
    await services.sandbox.customer_says(NUMBER_OSAKA, "16505551235", "second")
    await until(lambda: inbox.conversations.rowCount() == 2)
    first, second = (inbox.conversations.conversation_id(i) for i in range(2))
    assert first is not None and second is not None
    inbox.select_conversation(first)
    inbox.composer.editor.setPlainText("half-written answer")
    inbox.select_conversation(second)
    assert inbox.composer.editor.toPlainText() == ""
    inbox.select_conversation(first)
    assert inbox.composer.editor.toPlainText() == "half-written answer"


async def test_closing_soon_view_lists_windows_about_to_close(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "まだ間に合いますか")
    await services.sandbox.customer_says(NUMBER_OSAKA, "16505551235", "just now")
    await until(lambda: inbox.conversations.rowCount() == 2)
    tanaka = next(
        cid
        for i in range(2)
        if (cid := inbox.conversations.conversation_id(i)) is not None
        and (row := inbox.conversations.row_data(cid)) is not None
        and row.contact_wa_id == TANAKA
    )
    await set_last_inbound(services, tanaka, hours_ago=22.5)
    inbox.view_filter.setCurrentIndex(inbox.view_filter.findData("closing"))
    await until(lambda: inbox.conversations.rowCount() == 1, what="only the closing one")
    assert inbox.conversations.conversation_id(0) == tanaka
    inbox.view_filter.setCurrentIndex(inbox.view_filter.findData("all"))
    await until(lambda: inbox.conversations.rowCount() == 2)
