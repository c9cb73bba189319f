"""The inbox's search box lists matching messages from every thread; a hit opens its thread."""

from __future__ import annotations

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
SATO = "819012345601"


async def test_search_lists_every_matching_message_and_opens_its_thread(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    assert services.sandbox is not None
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "明日の予約を変更できますか？")
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "よろしくお願いします")
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "配送はいつですか")
    await until(lambda: inbox.conversations.rowCount() == 2)
    results = inbox.message_results
    assert results.isHidden()

    # A word from an older message (not the chat's last one), two characters long.
    inbox.search.insert("予")  # typed one character at a time (keyClicks is ASCII-only)
    inbox.search.insert("約")
    await until(lambda: results.model.rowCount() == 1, what="one hit listed")
    assert not results.isHidden()
    hit = results.model.hit(0)
    assert hit is not None and hit.text == "明日の予約を変更できますか？"
    assert hit.spans == ((3, 2),)
    assert results.header.text() == "Messages"
    results.view.grab()  # the delegate paints without raising
    # No conversation is named 予約: the hits get the list's room
    await until(lambda: inbox.conversations.rowCount() == 0, what="no conversation listed")
    assert inbox.conversation_view.isHidden() and not inbox.empty_label.isHidden()

    inbox.search.clear()
    await until(lambda: results.isHidden() and results.model.rowCount() == 0)
    await until(lambda: not inbox.conversation_view.isHidden(), what="the list back")
    qtbot.keyClicks(inbox.search, "zzzz")
    await until(lambda: not results.isHidden(), what="no-match header")
    assert "zzzz" in results.header.text() and results.model.rowCount() == 0

    inbox.search.clear()
    inbox.search.insert("配送は")
    await until(lambda: results.model.rowCount() == 1)
    target = results.model.hit(0)
    assert target is not None and target.contact_name != inbox.title.text()
    qtbot.mouseClick(
        results.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=results.view.visualRect(results.model.index(0)).center(),
    )
    await until(lambda: inbox.current_conversation_id == target.conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1, what="its thread open")
    assert inbox.search.text() == ""


async def test_a_hit_late_in_a_long_message_shows_in_a_narrow_list(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.inbox.message_search import around_first_hit

    metrics = QFontMetrics(QFont())
    text = "Your order #64236 has shipped and is out for delivery today, thank you"
    first = text.index("delivery")
    width = metrics.horizontalAdvance(text[:30])  # far narrower than the text up to the hit
    shown, spans = around_first_hit(text, ((first, 8),), metrics, width)
    assert shown.startswith("…") and shown.endswith(text[first:])
    start, length = spans[0]
    assert shown[start : start + length] == "delivery"
    assert metrics.horizontalAdvance(shown[: start + length]) <= width
    # a hit that already shows is left alone
    assert around_first_hit(text, ((0, 4),), metrics, width) == (text, ((0, 4),))
