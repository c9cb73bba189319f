"""A long thread opens a page at a time, keeps the reader's place, and never yanks the view.

The thread's history is written straight into the app's SQLite file (1,000 messages, as a
year of a busy customer would leave), then the real inbox opens it.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from app_harness import parts
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services import inbox as inbox_service
from desktop.services.inbox import THREAD_PAGE
from desktop.ui.chat import BUBBLE_HIGHLIGHT_ROLE
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.message_model import MessageListModel

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
HISTORY = 1_000
NEEDLE = 420  # the old message the search test looks for


def add_history(session: Session, conversation_id: int, count: int) -> None:
    """``count`` messages before the thread's first one, alternating in and out."""
    start = int(time.time()) - 10 * 86400
    connection = session.connection()
    for n in range(count):
        body = f"history message {n}" + (" with the word kumquat" if n == NEEDLE else "")
        connection.exec_driver_sql(
            "INSERT INTO message (conversation_id, phone_number_id, wamid, direction, type,"
            " text, payload, status, timestamp, attempts, created_at)"
            " VALUES (?, ?, ?, ?, 'text', ?, ?, ?, ?, 0, '2026-01-01 00:00:00')",
            (
                conversation_id,
                NUMBER_OSAKA,
                f"wamid.history.{n}",
                "in" if n % 2 else "out",
                body,
                json.dumps({"text": {"body": body}}),
                None if n % 2 else "read",
                start + n * 60,
            ),
        )


async def open_long_thread(app: RunningApp) -> tuple[InboxPage, int]:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "the newest message")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await services.db.run(add_history, conversation_id, HISTORY)
    assert inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() > 0, what="thread loaded")
    return inbox, conversation_id


def last_row_visible(inbox: InboxPage) -> bool:
    view = inbox.thread_view
    rect = view.visualRect(inbox.messages.index(inbox.messages.rowCount() - 1))
    return view.viewport().rect().intersects(rect)


async def test_a_long_thread_opens_one_page_and_pages_up_keeping_the_place(
    app: RunningApp,
) -> None:
    inbox, _ = await open_long_thread(app)
    messages, view = inbox.messages, inbox.thread_view
    first_page = MessageListModel.OPEN_PAGE
    assert messages.rowCount() == first_page  # not 1,001
    assert messages.has_older and not messages.has_newer
    assert messages.message_row(first_page - 1).text == "the newest message"  # type: ignore[union-attr]
    await until(lambda: last_row_visible(inbox), what="opened at the newest message")
    assert view.following

    # Near the top, the page above is read; the row at the top stays where it was.
    first_id = messages.message_id(0)
    assert first_id is not None
    view.verticalScrollBar().setValue(0)
    loaded = first_page + THREAD_PAGE
    await until(lambda: messages.rowCount() == loaded, what="older page")
    row = messages.row_of(first_id)
    assert row == THREAD_PAGE
    await until(lambda: not view.bubbles.deferred_count, what="sizes measured")
    top = view.visualRect(messages.index(row)).top()
    assert abs(top) <= 2 and view.verticalScrollBar().value() > 0
    assert not view.following
    texts = [messages.message_row(r).text for r in (0, THREAD_PAGE)]  # type: ignore[union-attr]
    assert texts == [
        f"history message {HISTORY - loaded + 1}",
        f"history message {HISTORY - first_page + 1}",
    ]

    # Up to the first message of all, a page at a time.
    while messages.has_older:
        count = messages.rowCount()
        await until(lambda: view.verticalScrollBar().value() > 0, what="place kept")
        view.verticalScrollBar().setValue(0)
        await until(lambda count=count: messages.rowCount() > count, what="next page")  # type: ignore[misc]
    assert messages.rowCount() == HISTORY + 1
    assert messages.message_row(0).text == "history message 0"  # type: ignore[union-attr]
    app.window.grab()


async def test_one_wheel_notch_scrolls_about_three_lines(app: RunningApp) -> None:
    inbox, _ = await open_long_thread(app)
    view = inbox.thread_view
    bar = view.verticalScrollBar()
    await until(lambda: last_row_visible(inbox))
    before = bar.value()
    centre = QPointF(view.viewport().rect().center())
    notch = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),  # one notch up
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), notch)
    moved = before - bar.value()
    line = view.fontMetrics().lineSpacing()
    assert 2 * line <= moved <= 5 * line  # about three lines of text, not three bubbles
    assert moved == QApplication.wheelScrollLines() * bar.singleStep()


async def test_new_message_while_reading_history_shows_the_pill(app: RunningApp) -> None:
    inbox, _ = await open_long_thread(app)
    services, _ = parts(app)
    messages, view = inbox.messages, inbox.thread_view
    bar = view.verticalScrollBar()
    await until(lambda: last_row_visible(inbox))

    # At the bottom, a new message scrolls into view and there is no pill.
    count = messages.rowCount()
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "at the bottom")
    await until(lambda: messages.rowCount() == count + 1)
    await until(lambda: last_row_visible(inbox), what="followed")
    assert view.pill.isHidden()

    # Reading further up: the view stays, the pill appears.
    bar.setValue(bar.maximum() // 2)
    await until(lambda: not view.bubbles.deferred_count, what="sizes measured")
    top = view.indexAt(QPoint(10, 0)).data(Qt.ItemDataRole.DisplayRole)
    count = messages.rowCount()
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "while reading")
    await until(lambda: messages.rowCount() == count + 1)
    await until(lambda: not view.pill.isHidden(), what="pill shown")
    assert not last_row_visible(inbox) and not view.following
    # what the reader was reading is still at the top of the view
    assert view.indexAt(QPoint(10, 0)).data(Qt.ItemDataRole.DisplayRole) == top
    assert view.pill.text() == "New messages ↓"

    view.pill.click()
    await until(lambda: last_row_visible(inbox), what="taken to the newest")
    assert view.pill.isHidden() and view.following


async def test_search_hit_opens_the_thread_at_the_message(app: RunningApp, qtbot: QtBot) -> None:
    inbox, conversation_id = await open_long_thread(app)
    messages, view = inbox.messages, inbox.thread_view
    assert messages.rowCount() == MessageListModel.OPEN_PAGE
    results = inbox.message_results
    qtbot.keyClicks(inbox.search, "kumquat")
    await until(lambda: results.model.rowCount() == 1, what="hit listed")
    hit = results.model.hit(0)
    assert hit is not None and hit.conversation_id == conversation_id
    assert messages.row_of(hit.message_id) is None  # far above the latest page
    qtbot.mouseClick(
        results.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=results.view.visualRect(results.model.index(0)).center(),
    )
    await until(lambda: messages.row_of(hit.message_id) is not None, what="opened at the hit")
    row = messages.row_of(hit.message_id)
    assert row is not None
    assert messages.rowCount() == THREAD_PAGE and messages.has_older and messages.has_newer
    index = messages.index(row)
    assert index.data(BUBBLE_HIGHLIGHT_ROLE) is True
    await until(lambda: view.viewport().rect().intersects(view.visualRect(index)), what="shown")
    assert "kumquat" in messages.message_row(row).text  # type: ignore[union-attr]

    # Down to the newest message: the pages below are read on the way.
    while messages.has_newer:
        count = messages.rowCount()
        view.scrollToBottom()
        await until(lambda count=count: messages.rowCount() > count, what="newer page")  # type: ignore[misc]
    assert messages.message_row(messages.rowCount() - 1).text == "the newest message"  # type: ignore[union-attr]


async def test_a_resize_measures_the_rows_on_screen_not_every_bubble(app: RunningApp) -> None:
    inbox, _ = await open_long_thread(app)
    view, bubbles = inbox.thread_view, inbox.thread_view.bubbles
    await until(lambda: last_row_visible(inbox) and not bubbles.deferred_count, what="settled")
    loaded = inbox.messages.rowCount()
    before = bubbles.size_computations
    app.window.resize(app.window.width() - 150, app.window.height())
    view.doItemsLayout()
    measured = bubbles.size_computations - before
    assert 0 < measured < loaded // 2  # the screen's rows, not every loaded one
    assert bubbles.deferred_count == loaded - measured
    await until(lambda: not bubbles.deferred_count, what="the rest measured between events")
    assert bubbles.size_computations - before == loaded
    await until(lambda: last_row_visible(inbox), what="still at the newest message")


async def test_a_threads_page_is_asked_for_before_what_opening_it_causes(
    app: RunningApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening repaints half the window and asks for other reads; the page goes first."""
    inbox, conversation_id = await open_long_thread(app)
    services, _ = parts(app)
    order: list[str] = []
    read_page = inbox_service.thread_latest

    def page(session: Session, *args: Any, **kwargs: Any) -> Any:
        order.append("page")
        return read_page(session, *args, **kwargs)

    monkeypatch.setattr(inbox_service, "thread_latest", page)
    showing = inbox.messages.load(conversation_id)  # asked for here, shown when awaited
    await services.db.run(lambda _session: order.append("asked after"))
    await showing
    assert order == ["page", "asked after"]
    assert inbox.messages.rowCount() == MessageListModel.OPEN_PAGE
