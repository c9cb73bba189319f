"""Thread details: day separators over the paged thread, and a click on a quote jumps to it.

Messages are written straight into the app's SQLite file with chosen timestamps (days ago,
yesterday, today), then the real inbox opens the thread.
"""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta

import pytest
from app_harness import parts, set_last_inbound
from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.inbox import THREAD_PAGE
from desktop.ui.chat import BUBBLE_HIGHLIGHT_ROLE, BUBBLE_SPEC_ROLE
from desktop.ui.inbox.day_separators import SEPARATOR_HEIGHT, DayBubbleDelegate, day_label
from desktop.ui.inbox.forwarding import ForwardDialog
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.message_model import MessageListModel
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog

TANAKA = "819012345604"
OLIVER = "447700900123"


def insert(
    session: Session,
    conversation_id: int,
    rows: list[tuple[str, int, str | None]],
    *,
    direction_of: int = 2,
) -> None:
    """Messages (text, unix time, quoted wamid) with wamids ``wamid.test.<n>``."""
    connection = session.connection()
    for n, (body, ts, context) in enumerate(rows):
        connection.exec_driver_sql(
            "INSERT INTO message (conversation_id, phone_number_id, wamid, direction, type,"
            " text, payload, status, timestamp, attempts, created_at, context_wamid)"
            " VALUES (?, ?, ?, ?, 'text', ?, ?, ?, ?, 0, '2026-01-01 00:00:00', ?)",
            (
                conversation_id,
                NUMBER_OSAKA,
                f"wamid.test.{n}",
                "in" if n % direction_of else "out",
                body,
                json.dumps({"text": {"body": body}}),
                None if n % direction_of else "read",
                ts,
                context,
            ),
        )


def outgoing_texts(session: Session, conversation_id: int) -> list[tuple[str, str | None]]:
    rows = session.connection().exec_driver_sql(
        "SELECT direction, text FROM message WHERE conversation_id = ? AND direction = 'out'",
        (conversation_id,),
    )
    return [(r[0], r[1]) for r in rows]


def noon(days_ago: int) -> int:
    day = date.today() - timedelta(days=days_ago)
    return int(datetime(day.year, day.month, day.day, 12, 0).timestamp())


OPEN_PAGE = MessageListModel.OPEN_PAGE  # what opening a thread reads


async def open_chat(app: RunningApp, rows: list[tuple[str, int, str | None]]) -> InboxPage:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "the newest message")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await services.db.run(insert, conversation_id, rows)
    assert inbox.select_conversation(conversation_id)
    await until(
        lambda: (
            inbox.messages.rowCount() == len(rows) + 1
            or (len(rows) + 1 > OPEN_PAGE and inbox.messages.rowCount() == OPEN_PAGE)
        ),
        what="thread loaded",
    )
    return inbox


@pytest.mark.asyncio
async def test_day_separators_today_yesterday_and_older(app: RunningApp) -> None:
    three_days = noon(3)
    inbox = await open_chat(
        app,
        [
            ("three days ago, first", three_days, None),
            ("three days ago, second", three_days + 60, None),
            ("yesterday", noon(1), None),
            ("earlier today", int(time.time()) - 30, None),
        ],
    )
    delegate = inbox.thread_view.itemDelegate()
    assert isinstance(delegate, DayBubbleDelegate)
    model = inbox.messages
    texts = [delegate.separator_text(model.index(r)) for r in range(model.rowCount())]
    older = date.today() - timedelta(days=3)
    long_date = QLocale().toString(older, QLocale.FormatType.LongFormat)
    assert texts == [long_date, None, "Yesterday", "Today", None]
    assert str(older.year) in long_date

    # The separator adds its band to the row; the bubble below is the same size.
    view = inbox.thread_view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, view.viewport().width(), 100)
    first = delegate.sizeHint(option, model.index(0)).height()
    second = delegate.sizeHint(option, model.index(1)).height()
    assert first - second == SEPARATOR_HEIGHT  # two one-line bubbles of the same shape

    # Every row paints (separator and bubble) without falling back.
    image = QImage(QSize(option.rect.width(), 200), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for r in range(model.rowCount()):
            option.rect = QRect(
                0, 0, image.width(), delegate.sizeHint(option, model.index(r)).height()
            )
            delegate.paint(painter, option, model.index(r))
    finally:
        painter.end()
    assert len(delegate.failures) == 0

    # Japanese: the date as Japan writes it.
    japanese = day_label(older, date.today(), QLocale(QLocale.Language.Japanese))
    assert f"{older.year}年{older.month}月{older.day}日" in japanese


@pytest.mark.asyncio
async def test_click_on_a_quote_opens_the_page_around_the_original(
    app: RunningApp, qtbot: QtBot
) -> None:
    start = int(time.time()) - 5 * 86400
    history = [(f"history message {n}", start + n * 60, None) for n in range(THREAD_PAGE + 100)]
    # The newest of them quotes the fifth, far above the loaded page.
    history[-1] = ("About your order from Monday", start + len(history) * 60, "wamid.test.5")
    inbox = await open_chat(app, history)
    model, view = inbox.messages, inbox.thread_view
    services, _ = parts(app)
    original = await services.db.run(
        lambda s: (
            s.connection()
            .exec_driver_sql("SELECT id FROM message WHERE wamid = 'wamid.test.5'")
            .scalar()
        )
    )
    assert model.row_of(original) is None  # not on the loaded page

    quoting = next(
        r for r in range(model.rowCount()) if model.message_row(r).context_wamid == "wamid.test.5"
    )
    index = model.index(quoting)
    view.scrollTo(index)
    await until(lambda: view.viewport().rect().intersects(view.visualRect(index)))
    spec = index.data(BUBBLE_SPEC_ROLE)
    assert spec.reply_quote == "history message 5"
    delegate = view.itemDelegate()
    assert isinstance(delegate, DayBubbleDelegate)
    rect = view.visualRect(index)
    quote = delegate.renderer.layout(spec, rect.width()).quote
    assert quote is not None
    at = quote.center().toPoint() + QPoint(
        rect.left(), rect.top() + delegate.separator_height(index)
    )
    assert inbox.quote_jump.quoted_wamid_at(at) == "wamid.test.5"
    assert inbox.quote_jump.quoted_wamid_at(QPoint(at.x(), rect.top() - 3)) is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)

    await until(lambda: model.row_of(original) is not None, what="page around the original")
    assert model.focus_id == original
    row = model.row_of(original)
    assert row is not None
    assert model.index(row).data(BUBBLE_HIGHLIGHT_ROLE) is True
    await until(
        lambda: view.viewport().rect().intersects(view.visualRect(model.index(row))),
        what="original on screen",
    )

    # A quote of a message already loaded scrolls to it without reading the thread again.
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    target = model.id_at(0)
    wamid = model.message_row(0).wamid
    assert target is not None and wamid is not None
    assert await inbox.quote_jump.jump(wamid)
    assert model.focus_id == target and not resets and model.row_of(target) is not None


@pytest.mark.asyncio
async def test_forward_sends_in_window_and_offers_a_template_when_closed(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "Please send me the address")
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Hello!")
    await until(lambda: inbox.conversations.rowCount() == 2)
    tanaka, oliver = (
        next(
            cid
            for r in range(2)
            if (cid := inbox.conversations.conversation_id(r)) is not None
            and inbox.conversations.row_data(cid).contact_wa_id == wa_id
        )
        for wa_id in (TANAKA, OLIVER)
    )
    assert inbox.select_conversation(tanaka)
    await until(lambda: inbox.messages.rowCount() == 1, what="thread open")

    def forward_from_menu() -> ForwardDialog:
        menu = inbox.thread_menu(0)
        assert menu is not None
        action = next(a for a in menu.actions() if a.objectName() == "forward")
        assert action.isEnabled() and action.text() == "Forward…"
        action.trigger()
        dialogs = [d for d in inbox.findChildren(ForwardDialog) if d.isVisible()]
        assert len(dialogs) == 1
        return dialogs[0]

    dialog = forward_from_menu()
    assert dialog.preview.text() == "Please send me the address"
    await until(lambda: dialog.model.rowCount() == 2, what="chats offered")
    dialog.search.setText("Oliver")
    await until(lambda: dialog.model.rowCount() == 1, what="search narrows the chats")
    assert dialog.choose(oliver)
    dialog.forward_button.click()

    async def outgoing() -> list[tuple[str, str | None]]:
        return await services.db.run(outgoing_texts, oliver)

    await until(lambda: "Forwarded to" in inbox.notice.text(), what="forwarded notice")
    assert "Oliver Brown" in inbox.notice.text()
    assert await outgoing() == [("out", "Please send me the address")]

    # Oliver's window closes: forwarding explains and offers the template form instead.
    await set_last_inbound(services, oliver, hours_ago=30)
    dialog = forward_from_menu()
    await until(lambda: dialog.model.rowCount() == 2, what="chats offered")
    assert dialog.choose(oliver)
    dialog.forward_button.click()
    await until(
        lambda: inbox.forwarding.closed_box is not None and inbox.forwarding.closed_box.isVisible(),
        what="window-closed explanation",
    )
    box = inbox.forwarding.closed_box
    assert box is not None and "24 hours" in box.text() and "Oliver Brown" in box.text()
    choose = next(b for b in box.buttons() if b.text() == "Choose a template…")
    choose.click()
    await until(
        lambda: any(
            d.isVisible() and d.conversation_id == oliver
            for d in inbox.findChildren(TemplateSendDialog)
        ),
        what="template form for the closed chat",
    )
    assert await outgoing() == [("out", "Please send me the address")]  # nothing more sent
